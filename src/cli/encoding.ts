import {usageError} from './args.js'

/** Bytes judged to tell the encoding and whether an input is text at all. */
export const SAMPLE_BYTES = 64 * 1024

/** Invalid UTF-8 sequences above this share of the sample's characters: no text. */
const MOSTLY_INVALID = 0.3
/** NUL at alternate bytes in at least this share of the sample: UTF-16 without a mark. */
const UTF16_NULS = 0.25

/** How an input is decoded, and what is odd about it. */
export interface Encoding {
  /** A WHATWG encoding name, as `TextDecoder` spells it (`utf-8`, `utf-16le`). */
  name: string
  /** Whether a byte-order mark told it. */
  bom: boolean
  /** Why the input may not be text, or be in another encoding; `null` when it reads cleanly. */
  warning: string | null
}

/**
 * Check an `--encoding` value: any label `TextDecoder` knows (`utf-8`,
 * `utf-16le`, `utf-16be`, `latin1`, `windows-1252`, `shift_jis`, …).
 *
 * @param label
 *   The option's value, if given.
 * @param usage
 *   The command's usage line.
 * @returns
 *   The encoding's name, or `undefined`.
 * @throws {CommandError}
 *   Exit code 2 for a label no decoder knows.
 */
export function encodingOption(label: string | undefined, usage: string): string | undefined {
  if (label === undefined) return undefined
  try {
    return new TextDecoder(label).encoding
  } catch {
    throw usageError(`--encoding: no such encoding ${JSON.stringify(label)} (try utf-8, utf-16le, utf-16be or windows-1252)`, usage)
  }
}

/**
 * Tell an input's encoding from its first bytes: a UTF-8 byte-order mark,
 * or a UTF-16 one (little- or big-endian); else UTF-8. `forced` (from
 * `--encoding`) wins over the mark. The sample is also checked for signs
 * that the input is no text: NUL bytes (with a hint when they look like
 * UTF-16 without a mark), or mostly invalid UTF-8; a few invalid bytes in
 * otherwise good text get a milder warning that names `--encoding`.
 *
 * @param sample
 *   The first bytes (up to `SAMPLE_BYTES`).
 * @param forced
 *   The encoding to use whatever the bytes say.
 * @returns
 *   The encoding, and a warning or `null`.
 */
export function detectEncoding(sample: Uint8Array, forced?: string | undefined): Encoding {
  let name = forced ?? 'utf-8'
  let bom = false
  if (forced === undefined) {
    if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) bom = true
    else if (sample[0] === 0xff && sample[1] === 0xfe) [name, bom] = ['utf-16le', true]
    else if (sample[0] === 0xfe && sample[1] === 0xff) [name, bom] = ['utf-16be', true]
  }
  return {name, bom, warning: textWarning(sample, name)}
}

function textWarning(sample: Uint8Array, encoding: string): string | null {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const text = new TextDecoder(encoding, {ignoreBOM: true}).decode(sample, {stream: true})
    return text.includes('\u0000') ? 'it holds NUL characters: this does not look like text' : null
  }
  let nuls = 0
  let odd = 0
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] !== 0) continue
    nuls++
    if (index % 2 === 1) odd++
  }
  if (nuls > 0) {
    if (nuls >= sample.length * UTF16_NULS && (odd / nuls > 0.9 || odd / nuls < 0.1)) {
      const guess = odd > nuls / 2 ? 'utf-16le' : 'utf-16be'
      return `it holds NUL bytes: it looks like UTF-16 without a byte-order mark (pass --encoding ${guess}), or it is not text`
    }
    return 'it holds NUL bytes: this does not look like text'
  }
  if (encoding !== 'utf-8') return null
  const text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(sample, {stream: true})
  const invalid = count(text, '\ufffd') - countReplacementCharacters(sample)
  if (invalid <= 0) return null
  if (invalid > text.length * MOSTLY_INVALID) {
    return 'it is mostly not valid UTF-8: this does not look like text (if it is, name its encoding with --encoding)'
  }
  return `it is not valid UTF-8 (${invalid} invalid byte sequence${invalid === 1 ? '' : 's'} in its first ${SAMPLE_BYTES / 1024} KiB, read as U+FFFD): if it is in another encoding, pass --encoding (for instance windows-1252)`
}

function count(text: string, character: string): number {
  let found = 0
  for (let index = text.indexOf(character); index !== -1; index = text.indexOf(character, index + 1)) found++
  return found
}

/** U+FFFD written as such (EF BF BD): text that holds it is not invalid. */
function countReplacementCharacters(bytes: Uint8Array): number {
  let found = 0
  for (let index = 0; index + 2 < bytes.length; index++) {
    if (bytes[index] === 0xef && bytes[index + 1] === 0xbf && bytes[index + 2] === 0xbd) found++
  }
  return found
}

/**
 * Decode chunks of bytes to chunks of text, a character cut between two
 * chunks kept whole. A byte-order mark stays in the text as U+FEFF, as
 * `splitDump` expects (it is boilerplate at offset 0, so offsets stay those
 * of the decoded file).
 *
 * @param chunks
 *   Bytes, in order.
 * @param encoding
 *   The encoding's name.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, encoding: string): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, {ignoreBOM: true})
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, {stream: true})
    if (text.length > 0) yield text
  }
  const rest = decoder.decode()
  if (rest.length > 0) yield rest
}
