import {chromeKey, MAX_CHROME_LINE, type ChromeCues} from './cues.js'
import {BYTE_ORDER_MARK, lineEnd, measureContent, nextLineStart} from './lines.js'

/**
 * A page of a dump is cut off once it holds this many lines, at its next
 * blank line: it bounds what one page's reading holds in memory (a stream
 * keeps one page at a time), far above any page people paste.
 */
export const MAX_PAGE_LINES = 5000
/** …or this many UTF-16 code units. */
export const MAX_PAGE_LENGTH = 1_000_000

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
   * @param length
   *   The line's length with its terminator.
   * @param content
   *   The line's trimmed text when it is at most `MAX_CHROME_LINE` long, else `null`; `''` for a blank line.
   */
  line(length: number, content: string | null): boolean
  /** Cut a whole text into pages: `[from, to)` offset pairs that tile it. */
  cut(text: string): Array<[number, number]>
}

/**
 * A segmenter: a page starts at a line that opens a page (`Skip to main
 * content`, `View this email in your browser`) once the page before holds
 * `MIN_PAGE_LINES` non-blank lines, and at a blank line once a page grows past `MAX_PAGE_LINES`
 * lines or `MAX_PAGE_LENGTH` code units.
 *
 * @param cues
 *   Chrome cues (their `pageStarts`).
 * @returns
 *   The segmenter.
 */
export function createSegmenter(cues: ChromeCues): Segmenter {
  let lines = 0
  let length = 0
  let content = false
  let contentLines = 0
  const take = (lineLength: number, text: string | null): boolean => {
    const blank = text === ''
    let cut = false
    if (lines > 0) {
      if (!blank && contentLines >= MIN_PAGE_LINES && text !== null && cues.pageStarts.has(chromeKey(text))) cut = true
      else if ((lines >= MAX_PAGE_LINES || length >= MAX_PAGE_LENGTH) && (blank || !content)) cut = true
    }
    if (cut) {
      lines = 0
      length = 0
      content = false
      contentLines = 0
    }
    lines++
    length += lineLength
    if (!blank) {
      content = true
      contentLines++
    }
    return cut
  }
  return {
    line: take,
    cut(text) {
      const pages: Array<[number, number]> = []
      let pageStart = 0
      let start = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0
      const total = text.length
      while (start < total) {
        const end = lineEnd(text, start, total)
        const next = nextLineStart(text, end, total)
        const {contentStart, contentEnd} = measureContent(text, start, end)
        const trimmed = contentEnd - contentStart > MAX_CHROME_LINE ? null : text.slice(contentStart, contentEnd)
        if (take(next - start, trimmed) && start > pageStart) {
          pages.push([pageStart, start])
          pageStart = start
        }
        start = next
      }
      if (total > pageStart || pages.length === 0) pages.push([pageStart, total])
      return pages
    }
  }
}
