import {main} from './main.js'

// The `newsdump` executable: run the command line and set the exit code.
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  now: () => new Date()
})
