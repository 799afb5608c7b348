import {main} from './main.js'

// A failed write to standard output (`EPIPE` when the reader of a pipe is
// gone, `ENOSPC` on a full disk) reaches the command through the write's
// callback (see `Output`), which stops it with one line and exit code 3.
// Node also emits the error on the stream: without a listener that would
// be an uncaught exception with a stack trace. Standard error failing too
// (`2>&1 | head`) leaves nothing to tell.
process.stdout.on('error', () => {})
process.stderr.on('error', () => {})

// The `newsdump` executable: run the command line and set the exit code.
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  now: () => new Date()
})
