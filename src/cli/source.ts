import {open, type FileHandle} from 'node:fs/promises'
import {decodeChunks, detectEncoding, SAMPLE_BYTES, type Encoding} from './encoding.js'
import {cannotRead, CommandError, type CommandIo} from './io.js'

/** Bytes read from a file at a time. */
const CHUNK_BYTES = 256 * 1024

/** Default most bytes held from a pipe or standard input: 1 GiB. */
export const DEFAULT_PIPE_LIMIT = 1024 * 1024 * 1024

/**
 * One input, opened once and read once, as the commands see it.
 *
 * A regular file is opened once and read from its start on every pass
 * (`splitDumpStream` reads a dump two or more times), in chunks, so a dump
 * larger than memory is never held whole. Anything else (standard input, a
 * pipe, a FIFO, `<(…)`, a character device such as `/dev/stdin`) can be
 * read only once: it is read into memory, as bytes, up to a limit, and the
 * passes decode those bytes. Nothing is ever written to disk.
 */
export interface InputSource {
  /** The path as given, `-` for standard input. */
  readonly name: string
  /** `file`: a regular file, read again on every pass; `pipe`: read once into memory. */
  readonly kind: 'file' | 'pipe'
  /** A regular file's modification time; `null` for everything else. */
  readonly modified: Date | null
  /** Bytes in all. */
  readonly size: number
  readonly encoding: Encoding
  /** The text from its start, decoded, in chunks: once per pass. */
  open(): AsyncIterable<string>
  /** The whole text, for inputs that are one article. */
  text(): Promise<string>
  close(): Promise<void>
}

/** How inputs are read. */
export interface SourceOptions {
  /** `--encoding`: decode with this, whatever the bytes say. */
  encoding?: string | undefined
  /** Most bytes held from a pipe or standard input. */
  pipeLimit: number
  /** The option that raises the limit, for the message. */
  limitOption?: string
  /** Called as bytes of a pass are read: bytes so far in this pass, and the pass's number from 1. */
  onRead?: (bytes: number, pass: number) => void
}

/**
 * Open an input: a path, or `-` for standard input.
 *
 * @param name
 *   The path as given, or `-`.
 * @param io
 *   Streams (standard input).
 * @param options
 *   Encoding, the limit for pipes, and a progress callback.
 * @returns
 *   The source; close it when done.
 * @throws {CommandError}
 *   Exit code 1, naming the input, when it cannot be read or a pipe holds
 *   more than the limit.
 */
export async function openInput(name: string, io: CommandIo, options: SourceOptions): Promise<InputSource> {
  if (name === '-') return bufferedSource(name, await readAll(name, io.stdin, options), options)
  let handle: FileHandle
  try {
    handle = await open(name, 'r')
  } catch (error) {
    throw cannotRead(name, error)
  }
  try {
    const info = await handle.stat()
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), {code: 'EISDIR'})
    if (info.isFile()) return await fileSource(name, handle, info.size, info.mtime, options)
    const chunks = await readAll(name, readSequentially(handle), options)
    await handle.close()
    return bufferedSource(name, chunks, options)
  } catch (error) {
    await handle.close().catch(() => {})
    throw error instanceof CommandError ? error : cannotRead(name, error)
  }
}

async function fileSource(name: string, handle: FileHandle, size: number, modified: Date, options: SourceOptions): Promise<InputSource> {
  const sample = Buffer.alloc(Math.min(SAMPLE_BYTES, Math.max(size, 1)))
  const {bytesRead} = await handle.read(sample, 0, sample.length, 0)
  const encoding = detectEncoding(sample.subarray(0, bytesRead), options.encoding)
  let passes = 0
  const read = async function* (): AsyncGenerator<Uint8Array> {
    const pass = ++passes
    let position = 0
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
      let got: number
      try {
        got = (await handle.read(buffer, 0, CHUNK_BYTES, position)).bytesRead
      } catch (error) {
        throw cannotRead(name, error)
      }
      if (got === 0) return
      position += got
      options.onRead?.(position, pass)
      yield buffer.subarray(0, got)
    }
  }
  return {
    name,
    kind: 'file',
    modified,
    size,
    encoding,
    open: () => decodeChunks(read(), encoding.name),
    text: () => joinText(decodeChunks(read(), encoding.name), name),
    close: () => handle.close()
  }
}

function bufferedSource(name: string, chunks: Buffer[], options: SourceOptions): InputSource {
  const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0)
  const encoding = detectEncoding(head(chunks, SAMPLE_BYTES), options.encoding)
  let passes = 0
  const read = function* (): Generator<Uint8Array> {
    const pass = ++passes
    let position = 0
    for (const chunk of chunks) {
      // Large chunks in slices, so progress moves and decoded text comes in pieces.
      for (let start = 0; start < chunk.length; start += CHUNK_BYTES) {
        const piece = chunk.subarray(start, start + CHUNK_BYTES)
        position += piece.length
        options.onRead?.(position, pass)
        yield piece
      }
    }
  }
  return {
    name,
    kind: 'pipe',
    modified: null,
    size,
    encoding,
    open: () => decodeChunks(read(), encoding.name),
    text: () => joinText(decodeChunks(read(), encoding.name), name),
    close: async () => {
      chunks.length = 0
    }
  }
}

/** The first `bytes` bytes of a list of chunks. */
function head(chunks: readonly Buffer[], bytes: number): Buffer {
  const taken: Buffer[] = []
  let size = 0
  for (const chunk of chunks) {
    if (size >= bytes) break
    taken.push(chunk)
    size += chunk.length
  }
  return Buffer.concat(taken).subarray(0, bytes)
}

/** Read a stream to its end, as bytes, refusing more than the limit. */
async function readAll(name: string, stream: AsyncIterable<string | Uint8Array>, options: SourceOptions): Promise<Buffer[]> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      size += bytes.length
      if (size > options.pipeLimit) {
        throw new CommandError(
          `${name}: more than ${formatMegabytes(options.pipeLimit)} from a pipe, which is held in memory to be read only once: save it to a file (files are streamed) or raise ${options.limitOption ?? '--pipe-limit'}`,
          1
        )
      }
      chunks.push(bytes)
      options.onRead?.(size, 0)
    }
  } catch (error) {
    throw error instanceof CommandError ? error : cannotRead(name, error)
  }
  return chunks
}

/** A file that is no regular file (a FIFO, a device), read from where it stands. */
async function* readSequentially(handle: FileHandle): AsyncGenerator<Buffer> {
  for (;;) {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
    const {bytesRead} = await handle.read(buffer, 0, CHUNK_BYTES, null)
    if (bytesRead === 0) return
    yield buffer.subarray(0, bytesRead)
  }
}

async function joinText(chunks: AsyncIterable<string>, name: string): Promise<string> {
  const parts: string[] = []
  for await (const chunk of chunks) parts.push(chunk)
  try {
    return parts.join('')
  } catch (error) {
    // V8 caps a string at about 512 million characters.
    throw new CommandError(`${name}: too large to hold as one text (${error instanceof Error ? error.message : String(error)})`, 1)
  }
}

/**
 * Megabytes, for messages (`1024 MB`, `1.5 MB`).
 *
 * @param bytes
 *   Bytes.
 */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024)
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`
}

/**
 * Read an input once, from start to end, decoded as it comes: for commands
 * that need a single pass (`newsdump headers`), so even standard input is
 * never held whole. The encoding is told from the first bytes, as
 * `openInput` does.
 *
 * @param name
 *   The path as given, or `-`.
 * @param io
 *   Streams (standard input).
 * @param options
 *   `encoding` to force one; `onWarning` for an input that looks like no text.
 * @throws {CommandError}
 *   Exit code 1, naming the input, when it cannot be read.
 */
export async function* streamText(name: string, io: CommandIo, options: {encoding?: string | undefined; onWarning?: (warning: string) => void}): AsyncGenerator<string> {
  let handle: FileHandle | undefined
  try {
    let bytes: AsyncIterable<string | Uint8Array>
    if (name === '-') {
      bytes = io.stdin
    } else {
      handle = await open(name, 'r')
      if ((await handle.stat()).isDirectory()) throw Object.assign(new Error('is a directory'), {code: 'EISDIR'})
      bytes = readSequentially(handle)
    }
    // The first bytes are held until there are enough to tell the encoding.
    const head: Buffer[] = []
    let held = 0
    let decoder: InstanceType<typeof TextDecoder> | undefined
    const start = function* (): Generator<string> {
      const sample = Buffer.concat(head)
      const encoding = detectEncoding(sample.subarray(0, SAMPLE_BYTES), options.encoding)
      if (encoding.warning) options.onWarning?.(encoding.warning)
      decoder = new TextDecoder(encoding.name, {ignoreBOM: false})
      const text = decoder.decode(sample, {stream: true})
      if (text) yield text
    }
    for await (const chunk of bytes) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      if (decoder) {
        const text = decoder.decode(buffer, {stream: true})
        if (text) yield text
        continue
      }
      head.push(buffer)
      held += buffer.length
      if (held >= SAMPLE_BYTES) yield* start()
    }
    if (!decoder) yield* start()
    const rest = decoder!.decode()
    if (rest) yield rest
  } catch (error) {
    throw error instanceof CommandError ? error : cannotRead(name, error)
  } finally {
    await handle?.close()
  }
}
