import {chromeKey, MAX_CHROME_LINE, type ChromeCues} from './cues.js'
import {BYTE_ORDER_MARK, contentEndOf, contentStartOf, LineEnds, nextLineStart, type Line} from './lines.js'

/**
 * A page of a dump is cut off once it holds this many lines, at its next
 * blank line: it bounds what one page's reading holds in memory (a stream
 * keeps one page at a time), far above any page people paste.
 */
export const MAX_PAGE_LINES = 5000
/** …or this many UTF-16 code units. */
export const MAX_PAGE_LENGTH = 1_000_000
/**
 * A page with no blank line to cut at is cut at any line once it holds
 * this many lines or code units (twice the soft limits): the bound on what a
 * stream holds, paid for with a warning (`FORCED_CUT_WARNING`), as an item
 * across the cut is read as two. One line longer than this stays whole.
 */
export const MAX_PAGE_LINES_HARD = 2 * MAX_PAGE_LINES
/** …or this many UTF-16 code units. */
export const MAX_PAGE_LENGTH_HARD = 2 * MAX_PAGE_LENGTH

/**
 * A page start cuts only after this many non-blank lines: a consent banner
 * above `Skip to main content`, or two skip links in a row, open one page.
 */
export const MIN_PAGE_LINES = 8

/** Cuts a dump into pages, line by line, the same way for a string and for a stream. */
export interface Segmenter {
  /**
   * Take the next line; returns whether a new page starts at it.
   *
   * @param text
   *   Text holding the line.
   * @param start
   *   Where the line starts in `text`.
   * @param contentStart
   *   Where its content starts (`contentStartOf`).
   * @param contentEnd
   *   Where its content ends (`contentEndOf`).
   * @param next
   *   Where the line after it starts (after its terminator).
   */
  line(text: string, start: number, contentStart: number, contentEnd: number, next: number): boolean
  /**
   * Cut a whole text into pages that tile it: each page's `[from, to)` and
   * its lines (as `scanLines` gives them), found in one pass over the text.
   */
  pages(text: string): Generator<{from: number; to: number; lines: Line[]}, void, undefined>
  /** How many pages were cut at a line that is not blank, past `MAX_PAGE_LENGTH_HARD` or `MAX_PAGE_LINES_HARD`. */
  readonly forced: number
}

/**
 * A segmenter: a page starts at a line that opens a page (`Skip to main
 * content`, `View this email in your browser`) once the page before holds
 * `MIN_PAGE_LINES` non-blank lines, at a blank line once a page grows past
 * `MAX_PAGE_LINES` lines or `MAX_PAGE_LENGTH` code units, and at any line
 * past twice that.
 *
 * @param cues
 *   Chrome cues (their `pageStarts`).
 * @returns
 *   The segmenter.
 */
export function createSegmenter(cues: ChromeCues): Segmenter {
  // The characters a page-start cue can begin with (lower case): most lines
  // are no page start by their first character, without a key built.
  const startChars = new Set<number>()
  for (const cue of cues.pageStarts) if (cue.length > 0) startChars.add(cue.charCodeAt(0))
  let lines = 0
  let length = 0
  let content = false
  let contentLines = 0
  let forced = 0
  const take = (text: string, start: number, contentStart: number, contentEnd: number, next: number): boolean => {
    const blank = contentStart === contentEnd
    let cut = false
    if (lines > 0) {
      if (!blank && contentLines >= MIN_PAGE_LINES && isPageStartAt(text, contentStart, contentEnd)) cut = true
      else if ((lines >= MAX_PAGE_LINES || length >= MAX_PAGE_LENGTH) && (blank || !content)) cut = true
      else if (lines >= MAX_PAGE_LINES_HARD || length >= MAX_PAGE_LENGTH_HARD) {
        cut = true
        forced++
      }
    }
    if (cut) {
      lines = 0
      length = 0
      content = false
      contentLines = 0
    }
    lines++
    length += next - start
    if (!blank) {
      content = true
      contentLines++
    }
    return cut
  }
  const isPageStartAt = (text: string, contentStart: number, contentEnd: number): boolean => {
    if (contentEnd - contentStart > MAX_CHROME_LINE) return false
    const first = text.charCodeAt(contentStart)
    // `chromeKey` lower-cases: an upper-case ASCII letter is looked up as its lower case.
    if (first < 128 && !startChars.has(first >= 65 && first <= 90 ? first + 32 : first)) return false
    return cues.pageStarts.has(chromeKey(text.slice(contentStart, contentEnd)))
  }
  return {
    line: take,
    *pages(text) {
      let pageStart = 0
      let page: Line[] = []
      let start = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0
      const total = text.length
      let any = false
      const ends = new LineEnds(text, total)
      while (start < total) {
        const end = ends.at(start)
        const next = nextLineStart(text, end, total)
        const contentStart = contentStartOf(text, start, end)
        const contentEnd = contentEndOf(text, contentStart, end)
        if (take(text, start, contentStart, contentEnd, next) && start > pageStart) {
          any = true
          yield {from: pageStart, to: start, lines: page}
          page = []
          pageStart = start
        }
        page.push({start, end, next, contentStart, contentEnd})
        start = next
      }
      if (total > pageStart || !any) yield {from: pageStart, to: total, lines: page}
    },
    get forced() {
      return forced
    }
  }
}

/** The warning of a dump whose pages were cut at lines that are not blank (see `MAX_PAGE_LENGTH_HARD`). */
export function forcedCutWarning(count: number): string {
  return `${count} page${count === 1 ? ' was' : 's were'} cut at a line that is not blank, past ${MAX_PAGE_LENGTH_HARD.toLocaleString('en-US')} code units or ${MAX_PAGE_LINES_HARD.toLocaleString('en-US')} lines without a blank line: an item across a cut is read as two.`
}
