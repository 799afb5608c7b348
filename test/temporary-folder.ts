// vitest global setup: `npm test` must leave nothing in the temporary folder.
//
// The run gets a private temporary folder (TMPDIR, which `os.tmpdir()` and
// every child process read: the CLI, npm, Chromium), listed before and after;
// anything still in it after the last test fails the run (exit code 1) and is
// named. Other programs on the machine may use the system's temporary folder
// meanwhile; they cannot disturb a folder of our own.
import {mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'newsdump-test-run-'))
  const before = readdirSync(folder)
  const previous = process.env.TMPDIR
  process.env.TMPDIR = folder
  return () => {
    const left = readdirSync(folder).filter((name) => !before.includes(name))
    rmSync(folder, {recursive: true, force: true})
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
    if (left.length > 0) {
      console.error(`npm test left ${left.length} entr${left.length === 1 ? 'y' : 'ies'} in the temporary folder: ${left.join(', ')}`)
      process.exitCode = 1
    }
  }
}
