import type {Dirent, Stats} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {usageError} from './args.js'
import {reason, type CommandIo, type Report} from './io.js'

/** Files a directory is read for: `.txt`, `.text` and `.md`, in any letter case. */
export const DUMP_EXTENSIONS = ['.txt', '.text', '.md'] as const

const dumpName = /\.(?:txt|text|md)$/i

/**
 * Expand the paths of a command line into the inputs to read.
 *
 * `-` and files stay as given (any name, a FIFO or a device too). A
 * directory is read recursively for regular files whose names end in
 * `.txt`, `.text` or `.md` (any case), entries sorted by name (by code
 * unit, as `LC_ALL=C ls` sorts), so runs are repeatable. Symbolic links are
 * followed, to files and to directories; a link back to a directory being
 * read (a loop) is skipped with a note. A path, file or subdirectory that
 * cannot be read is reported with its name and the reason, and the rest
 * is still expanded; so is a directory with nothing to read.
 *
 * @param paths
 *   Paths from the command line.
 * @param report
 *   Where problems go (each makes the exit code 1).
 * @returns
 *   The inputs, in order.
 */
export async function expandPaths(paths: readonly string[], report: Report): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    if (path === '-') {
      files.push(path)
      continue
    }
    let info: Stats
    try {
      info = await stat(path)
    } catch (error) {
      report.problem(`${path}: cannot read: ${reason(error)}`)
      continue
    }
    if (!info.isDirectory()) {
      files.push(path)
      continue
    }
    const before = files.length
    const complete = await walk(path, [key(info)], files, report)
    if (files.length === before && complete) report.problem(`${path}: nothing to read: no ${DUMP_EXTENSIONS.join(', ')} files in it`)
  }
  return files
}

/** Add the dumps under `folder` to `files`; whether every part of it could be read. */
async function walk(folder: string, ancestors: readonly string[], files: string[], report: Report): Promise<boolean> {
  let entries: Dirent[]
  try {
    entries = await readdir(folder, {withFileTypes: true})
  } catch (error) {
    report.problem(`${folder}: cannot read: ${reason(error)}`)
    return false
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  let complete = true
  for (const entry of entries) {
    const path = join(folder, entry.name)
    let isDirectory = entry.isDirectory()
    let isFile = entry.isFile()
    let identity: string | null = null
    if (entry.isSymbolicLink() || isDirectory) {
      let info: Stats
      try {
        info = await stat(path)
      } catch (error) {
        // A broken link matters only where it would have been a dump.
        if (dumpName.test(entry.name)) {
          report.problem(`${path}: cannot read: ${reason(error)}`)
          complete = false
        }
        continue
      }
      isDirectory = info.isDirectory()
      isFile = info.isFile()
      identity = key(info)
    }
    if (isDirectory) {
      const loop = ancestors.indexOf(identity!)
      if (loop !== -1) {
        report.note(`${path}: skipped: a symbolic-link loop (it leads back to a directory being read)`)
        continue
      }
      if (!(await walk(path, [...ancestors, identity!], files, report))) complete = false
    } else if (isFile && dumpName.test(entry.name)) {
      files.push(path)
    }
  }
  return complete
}

/** A directory's identity, however it is reached. */
function key(info: Stats): string {
  return `${info.dev}:${info.ino}`
}

/**
 * The inputs a command was given, or `-` when none was and standard input
 * is a pipe or a file (`cat dump.txt | newsdump split`). On a terminal,
 * nothing named is a usage error: the command would wait for typing.
 *
 * @param positionals
 *   Paths from the command line.
 * @param io
 *   Streams.
 * @param what
 *   What the command reads, for the message.
 * @param usage
 *   The command's usage line.
 * @returns
 *   The paths.
 * @throws {CommandError}
 *   Exit code 2 when nothing is named and standard input is a terminal.
 */
export function inputsOrStdin(positionals: readonly string[], io: CommandIo, what: string, usage: string): string[] {
  if (positionals.length > 0) return [...positionals]
  if (io.stdin.isTTY) throw usageError(`no input: name ${what}, or pipe text in`, usage)
  return ['-']
}
