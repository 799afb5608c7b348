import {forTerminal} from './terminal.js'

/** A stream the command writes to: the process's standard output, or a test's. */
export interface OutputStream {
  write(chunk: string, callback?: (error?: Error | null) => void): unknown
  isTTY?: boolean
  columns?: number
}

/** Where a command reads and writes: the process's streams, or a test's. */
export interface CommandIo {
  stdout: OutputStream
  stderr: {write(chunk: string): unknown; isTTY?: boolean}
  stdin: AsyncIterable<string | Uint8Array> & {isTTY?: boolean}
  /** Clock for defaults such as the reference time. */
  now: () => Date
}

/** Exit codes, as `newsdump --help` documents them. */
export const EXIT = {
  success: 0,
  /** An input could not be read (the others still were). */
  badInput: 1,
  usage: 2,
  /** Standard output could not be written (a closed pipe, a full disk). */
  output: 3
} as const

/** A failure the user can fix: exit code 1 (bad input) or 2 (bad usage). */
export class CommandError extends Error {
  readonly exitCode: 1 | 2
  constructor(message: string, exitCode: 1 | 2) {
    super(message)
    this.name = 'CommandError'
    this.exitCode = exitCode
  }
}

/** Standard output (or the file named for the output) failed: the command stops, with exit code 3. */
export class OutputError extends Error {
  constructor(cause: unknown, what = 'the output') {
    super(`cannot write ${what}: ${reason(cause)}`)
    this.name = 'OutputError'
  }
}

/**
 * Standard output, buffered: text is collected and written in chunks of
 * about 64 kB (4 kB on a terminal, so rows appear as they come), each
 * write waited for, so a slow reader holds the command back instead of
 * its memory filling. A failed write (`EPIPE`, `ENOSPC`) makes this and
 * every later call throw an `OutputError`.
 */
export class Output {
  readonly stream: OutputStream
  /** Called before text goes out (to clear a progress line on the same terminal). */
  beforeWrite: () => void = () => {}
  private buffer = ''
  private failure: unknown = null
  private readonly limit: number
  private readonly what: string | undefined

  /**
   * @param stream
   *   Standard output, or a file's stream.
   * @param what
   *   What it is, for the message when a write fails (default `the output`).
   */
  constructor(stream: OutputStream, what?: string) {
    this.stream = stream
    this.limit = stream.isTTY ? 4096 : 65_536
    this.what = what
  }

  get isTTY(): boolean {
    return Boolean(this.stream.isTTY)
  }

  /** Queue `text`; write the queue when it is full. */
  async write(text: string): Promise<void> {
    this.buffer += text
    if (this.buffer.length >= this.limit) await this.flush()
  }

  /** Write what is queued, and wait until it is written. */
  async flush(): Promise<void> {
    if (this.failure !== null) throw new OutputError(this.failure, this.what)
    if (this.buffer.length === 0) return
    const chunk = this.buffer
    this.buffer = ''
    this.beforeWrite()
    try {
      await new Promise<void>((resolve, reject) => {
        this.stream.write(chunk, (error) => (error ? reject(error) : resolve()))
      })
    } catch (error) {
      this.failure = error
      throw new OutputError(error, this.what)
    }
  }
}

/**
 * Messages on standard error, each one line, control characters made
 * visible, under the command's name; remembers whether an input failed,
 * for the exit code.
 */
export class Report {
  failed = false
  private readonly io: CommandIo
  private readonly command: string
  /** Called before a message goes out (to clear a progress line). */
  beforeWrite: () => void = () => {}

  constructor(io: CommandIo, command: string) {
    this.io = io
    this.command = command
  }

  /** An input that could not be read: the run goes on, and ends with exit code 1. */
  problem(message: string): void {
    this.failed = true
    this.say(message)
  }

  /** Something the user should know about one input, that changes no exit code. */
  warn(input: string, message: string): void {
    this.say(`${input}: warning: ${message}`)
  }

  /** A note that is no warning (what was skipped and why). */
  note(message: string): void {
    this.say(message)
  }

  private say(message: string): void {
    this.beforeWrite()
    this.io.stderr.write(`newsdump ${this.command}: ${forTerminal(message)}\n`)
  }
}

/**
 * The error for an input that cannot be read: exit code 1, naming it and
 * saying why (`no such file or directory`, `permission denied`, …).
 *
 * @param path
 *   The path as given.
 * @param error
 *   What the file system threw.
 */
export function cannotRead(path: string, error: unknown): CommandError {
  return new CommandError(`${path}: cannot read: ${reason(error)}`, 1)
}

const reasons: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many levels of symbolic links',
  ENOTDIR: 'a part of the path is not a directory',
  EIO: 'input/output error',
  ENXIO: 'no such device or address',
  EMFILE: 'too many open files',
  EPIPE: 'broken pipe (the reader closed it)',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EBADF: 'bad file descriptor'
}

/**
 * Why a file-system call failed, in words, for one line of a message.
 *
 * @param error
 *   What was thrown.
 */
export function reason(error: unknown): string {
  const code = (error as {code?: unknown} | null)?.code
  if (typeof code === 'string' && Object.hasOwn(reasons, code)) return reasons[code]!
  const message = error instanceof Error ? error.message : String(error)
  return message.split('\n')[0]!
}
