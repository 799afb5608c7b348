import {readdirSync, statSync} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'
import {join} from 'node:path'

/** Where a command reads and writes: the process's streams, or a test's. */
export interface CommandIo {
  stdout: {write(chunk: string): unknown; isTTY?: boolean; columns?: number}
  stderr: {write(chunk: string): unknown; isTTY?: boolean}
  stdin: AsyncIterable<string | Uint8Array>
  /** Clock for defaults such as the reference time. */
  now: () => Date
}

/** A failure the user can fix: exit code 1 (bad input) or 2 (bad usage). */
export class CommandError extends Error {
  readonly exitCode: 1 | 2
  constructor(message: string, exitCode: 1 | 2) {
    super(message)
    this.name = 'CommandError'
    this.exitCode = exitCode
  }
}

/** One input text, with where it came from. */
export interface Input {
  /** The path as given, or `-` for standard input. */
  name: string
  text: string
  /** The file's modification time; `null` for standard input. */
  modified: Date | null
}

/**
 * Read one input: a file, or `-` for standard input. A byte-order mark is
 * kept (`splitDump` accounts for it); bytes that are not UTF-8 become U+FFFD.
 *
 * @param name
 *   Path or `-`.
 * @param io
 *   Streams.
 * @returns
 *   The input.
 * @throws {CommandError}
 *   Exit code 1, naming the file, when it cannot be read.
 */
export async function readInput(name: string, io: CommandIo): Promise<Input> {
  if (name === '-') return {name, text: decode(await readStdin(io)), modified: null}
  try {
    const [bytes, info] = await Promise.all([readFile(name), stat(name)])
    return {name, text: decode(bytes), modified: info.mtime}
  } catch (error) {
    throw cannotRead(name, error)
  }
}

/**
 * Read all of standard input, as bytes.
 *
 * @param io
 *   Streams.
 * @returns
 *   The bytes.
 */
export async function readStdin(io: CommandIo): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk))
  return Buffer.concat(chunks)
}

/**
 * Expand paths: files as given, directories read recursively for `.txt`
 * files (sorted, so runs are repeatable), `-` as is.
 *
 * @param paths
 *   Paths from the command line.
 * @returns
 *   Files to read.
 * @throws {CommandError}
 *   Exit code 1, naming the path, when it does not exist.
 */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = []
  for (const path of paths) {
    if (path === '-') {
      files.push(path)
      continue
    }
    let info
    try {
      info = statSync(path)
    } catch (error) {
      throw cannotRead(path, error)
    }
    if (info.isDirectory()) files.push(...walk(path))
    else files.push(path)
  }
  return files
}

function walk(folder: string): string[] {
  const files: string[] = []
  for (const entry of readdirSync(folder, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) files.push(...walk(path))
    else if (entry.isFile() && entry.name.endsWith('.txt')) files.push(path)
  }
  return files
}

function decode(bytes: Buffer): string {
  return new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
}

/**
 * The error for a file that cannot be read: exit code 1, naming the file
 * and why (`no such file or directory`, `permission denied`, …).
 *
 * @param path
 *   The path as given.
 * @param error
 *   What the file system threw.
 */
export function cannotRead(path: string, error: unknown): CommandError {
  return new CommandError(`${path}: cannot read: ${reason(error)}`, 1)
}

function reason(error: unknown): string {
  const code = (error as {code?: string}).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'EACCES') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}
