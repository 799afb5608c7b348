/**
 * One physical line of the input. Offsets are UTF-16 code units into the
 * original string; `end` stops before the line terminator, `next` is where
 * the following line starts (after the terminator).
 */
export interface Line {
  /** Start of the line. */
  start: number
  /** End of the line's content, before its terminator. */
  end: number
  /** Start of the next line (after `\n`, `\r\n`, `\r`, U+0085, U+2028 or U+2029). */
  next: number
  /** Offset of the first non-whitespace character (`end` for a blank line). */
  contentStart: number
  /** Offset after the last non-whitespace character (`contentStart` for a blank line). */
  contentEnd: number
}

export const BYTE_ORDER_MARK = 0xfe_ff

/**
 * Cut text into lines, keeping exact offsets.
 *
 * Every line terminator that editors and browsers honour counts: LF, CRLF,
 * lone CR, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR
 * (U+2029). A byte-order mark at offset 0 belongs to no line: the first
 * line starts after it, so the mark ends up in boilerplate.
 *
 * @param text
 *   The whole dump.
 * @param from
 *   Where to start (a line start; default 0).
 * @param to
 *   Where to stop (a line start or the end; default the end).
 * @param skipMark
 *   Whether a byte-order mark at `from` is skipped (default: at offset 0).
 * @returns
 *   The lines in order; `[]` for empty text.
 */
export function scanLines(text: string, from = 0, to = text.length, skipMark = from === 0): Line[] {
  const lines: Line[] = []
  const length = to
  let start = skipMark && text.charCodeAt(from) === BYTE_ORDER_MARK ? from + 1 : from

  const ends = new LineEnds(text, length)
  while (start < length) {
    const end = ends.at(start)
    const next = nextLineStart(text, end, length)
    const contentStart = contentStartOf(text, start, end)
    const contentEnd = contentEndOf(text, contentStart, end)
    lines.push({start, end, next, contentStart, contentEnd})
    start = next
  }

  return lines
}

/**
 * Finds line ends in one text by `indexOf` per kind of terminator (native
 * and fast on long lines), remembering each kind's next occurrence: a
 * text without CR, NEL or the Unicode separators costs one `indexOf('\n')`
 * per line, and each other kind is searched again only once passed.
 */
export class LineEnds {
  private readonly text: string
  private readonly limit: number
  /** The next occurrence of `\n`, `\r`, U+0085, U+2028 and U+2029 at or after the last asked start, or `limit` when none. */
  private readonly next: [number, number, number, number, number]

  /**
   * @param text
   *   Text to read.
   * @param limit
   *   Where the text to read ends.
   */
  constructor(text: string, limit: number) {
    this.text = text
    this.limit = limit
    this.next = [-1, -1, -1, -1, -1]
  }

  /**
   * Where the line that starts at `start` ends, before its terminator (as
   * `lineEnd` gives it). Starts must be asked in increasing order.
   *
   * @param start
   *   Start of the line.
   */
  at(start: number): number {
    const next = this.next
    let end = this.limit
    for (let kind = 0; kind < 5; kind++) {
      let found = next[kind]!
      if (found < start) {
        found = this.text.indexOf(TERMINATORS[kind]!, start)
        if (found === -1 || found > this.limit) found = this.limit
        next[kind] = found
      }
      if (found < end) end = found
    }
    return end
  }
}

const TERMINATORS = ['\n', '\r', '\u0085', '\u2028', '\u2029'] as const

/**
 * Where the line that starts at `start` ends, before its terminator. A plain
 * loop over code units: a regex split would allocate every line and lose the
 * terminators' lengths.
 *
 * @param text
 *   Text holding the line.
 * @param start
 *   Start of the line.
 * @param limit
 *   Where the text to read ends.
 * @returns
 *   The offset of its terminator, or `limit`.
 */
export function lineEnd(text: string, start: number, limit: number): number {
  let end = start
  while (end < limit && !isLineBreak(text.charCodeAt(end))) end++
  return end
}

/**
 * Where the next line starts after a line that ends at `end`: past `\r\n` as
 * one terminator, or past one line break.
 *
 * @param text
 *   Text holding the line.
 * @param end
 *   End of the line, from `lineEnd`.
 * @param limit
 *   Where the text to read ends.
 * @returns
 *   The start of the next line, or `limit` after the last.
 */
export function nextLineStart(text: string, end: number, limit: number): number {
  if (end >= limit) return end
  return text.charCodeAt(end) === 13 && end + 1 < limit && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
}

/**
 * Where a line's content starts and ends, surrounding whitespace left out
 * (as `String.prototype.trim` sees it).
 *
 * @param text
 *   Text holding the line.
 * @param start
 *   Start of the line.
 * @param end
 *   End of the line, before its terminator.
 * @returns
 *   `contentStart` and `contentEnd` (equal for a blank line).
 */
export function measureContent(text: string, start: number, end: number): {contentStart: number; contentEnd: number} {
  const contentStart = contentStartOf(text, start, end)
  return {contentStart, contentEnd: contentEndOf(text, contentStart, end)}
}

/**
 * Where a line's content starts: the first code unit of `[start, end)` that
 * is not white space, or `end` for a blank line. Numbers, not an object, so
 * that the line scanners allocate nothing for it.
 *
 * @param text
 *   Text holding the line.
 * @param start
 *   Start of the line.
 * @param end
 *   End of the line, before its terminator.
 * @returns
 *   The content's start.
 */
export function contentStartOf(text: string, start: number, end: number): number {
  let at = start
  while (at < end && isWhitespace(text.charCodeAt(at))) at++
  return at
}

/**
 * Where a line's content ends: after the last code unit of
 * `[contentStart, end)` that is not white space.
 *
 * @param text
 *   Text holding the line.
 * @param contentStart
 *   The content's start (`contentStartOf`).
 * @param end
 *   End of the line, before its terminator.
 * @returns
 *   The content's end (`contentStart` for a blank line).
 */
export function contentEndOf(text: string, contentStart: number, end: number): number {
  let at = end
  while (at > contentStart && isWhitespace(text.charCodeAt(at - 1))) at--
  return at
}

/**
 * Whether a code unit ends a line: LF, CR, NEL, LINE SEPARATOR or
 * PARAGRAPH SEPARATOR.
 *
 * @param code
 *   UTF-16 code unit.
 */
export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x85 || code === 0x20_28 || code === 0x20_29
}

/**
 * Whether a line holds nothing but whitespace.
 *
 * @param line
 *   Line to check.
 */
export function isBlank(line: Line): boolean {
  return line.contentStart === line.contentEnd
}

/**
 * The line's text without surrounding whitespace.
 *
 * @param text
 *   The whole dump.
 * @param line
 *   Line to read.
 */
export function lineText(text: string, line: Line): string {
  return text.slice(line.contentStart, line.contentEnd)
}

/**
 * Whitespace as `String.prototype.trim` sees it, so that `lineText` equals
 * `text.slice(line.start, line.end).trim()`.
 *
 * @param code
 *   UTF-16 code unit.
 */
export function isWhitespace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x16_80 ||
    (code >= 0x20_00 && code <= 0x20_0a) ||
    code === 0x20_28 ||
    code === 0x20_29 ||
    code === 0x20_2f ||
    code === 0x20_5f ||
    code === 0x30_00 ||
    code === 0xfe_ff
  )
}

/**
 * A string's bit in a 2^16-bit signature table (`Uint32Array(2048)`): its
 * length and first and last code units, mixed. A table with the bits of a
 * set's strings says of most other strings, without hashing them, that the
 * set holds none of them.
 *
 * @param key
 *   The string.
 */
export function signatureOf(key: string): number {
  const length = key.length
  if (length === 0) return 0
  return Math.imul(Math.imul(Math.imul(length, 31) + key.charCodeAt(0), 31) + key.charCodeAt(length - 1), 0x9e_37_79_b1) >>> 16
}

/** Words of a signature table (`signatureOf`): 8 KiB. */
export const SIGNATURE_WORDS = 2048

/** Set `key`'s bit in a signature table. */
export function markSignature(table: Uint32Array, key: string): void {
  const signature = signatureOf(key)
  table[signature >>> 5]! |= 1 << (signature & 31)
}

/** Whether `key`'s bit is set in a signature table: `false` when no string marked in it is `key`. */
export function maySign(table: Uint32Array, key: string): boolean {
  const signature = signatureOf(key)
  return (table[signature >>> 5]! & (1 << (signature & 31))) !== 0
}

/**
 * Whether `text[from, to)` holds an ASCII digit.
 *
 * @param text
 *   The text.
 * @param from
 *   Where to start.
 * @param to
 *   Where to stop (exclusive).
 */
export function hasDigitIn(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code >= 48 && code <= 57) return true
  }
  return false
}
