import {readItem, type SplitContext} from '../block.js'
import type {Item} from '../item.js'
import {isChromeAt, LineClass, lineFactsOf} from '../classify.js'
import {readBlockHeader, type BlockHeader} from '../header.js'
import {isBlank, lineText} from '../lines.js'

/** At least this many chrome lines make a dump without related blocks an aggregator page. */
export const MIN_CHROME_LINES = 2
/** Lines in a chrome run that are not cues (`#Ukraine`, an outlet logo's alt text) stay this short. */
const MAX_CHROME_RUN_LINE = 80

/**
 * The daily8 layout: a lead article (title, one paragraph per line), page
 * chrome, then related blocks, each `Outlet` / age / `- Outlet` / title /
 * body, separated by blank lines.
 *
 * Applies when at least one related-block header starts a block, or when the
 * page chrome holds at least two cue lines (a page saved before its related
 * blocks loaded). The lead is what comes before the chrome; the chrome run
 * is the stretch of blank lines, cue lines and short lines between cue lines
 * that ends right before the first related block (or the end of the text).
 *
 * @param context
 *   The split in progress.
 * @param from
 *   First line of the page.
 * @param to
 *   Line after the page.
 * @returns
 *   The items, or `null` when the layout does not apply.
 */
export function splitDaily8(context: SplitContext, from = 0, to = context.lines.length): Item[] | null {
  const headers = findHeaders(context, from, to)
  const leadTo = headers[0]?.first ?? to
  const chrome = findChromeRun(context, leadTo, from)
  if (headers.length === 0 && chrome.cueCount < MIN_CHROME_LINES) return null

  const items: Item[] = []
  const leadFrom = skipLeadingChrome(context, from, chrome.start)
  const lead = readItem(context, leadFrom, chrome.start, 'lead', 'daily8', null)
  // Above related blocks, a lead needs a body: a short title alone there is the page's name (`DuckDuckGo`, `Feedbin`), not an article.
  if (lead && (headers.length === 0 || hasProse(context, lead) || !isPageName(context, lead.title))) items.push(lead)

  for (const [index, header] of headers.entries()) {
    const blockTo = headers[index + 1]?.first ?? to
    items.push(...readRelatedBlock(context, header, blockTo))
  }

  return items
}

/** A page's or an app's name is short (`Brave Search`, `Google News`): at most this many code units… */
const MAX_PAGE_NAME = 40
/** …and words, with no digit (a wire lead such as `CHUBB CORP <CB> SETS QUARTERLY` or `U.S. FINANCIAL ANALYSTS - March 3` is a headline). */
const MAX_PAGE_NAME_WORDS = 3

function isPageName(context: SplitContext, line: number): boolean {
  const name = lineText(context.text, context.lines[line]!)
  if (name.length > MAX_PAGE_NAME) return false
  return !/\d/.test(name) && name.split(/\s+/).length <= MAX_PAGE_NAME_WORDS
}

/** Whether one of an item's body lines is prose (by its line class; any body line when lines are not classed). */
function hasProse(context: SplitContext, item: Item): boolean {
  const codes = context.classes?.codes
  if (codes === undefined) return item.paragraphs.length > 0
  for (const line of item.paragraphs) if (codes[line] === LineClass.prose) return true
  return false
}

/**
 * Read the related block that starts with `header` and runs to line `to`.
 *
 * Pages saved one after another run together: when the block ends in a
 * chrome run of its own (two or more cue lines) and a blank line sets the
 * lines just before that run apart from the block's body, those lines are
 * the next page's lead, and the chrome run is boilerplate.
 *
 * @param context
 *   The split in progress.
 * @param header
 *   The block's header.
 * @param to
 *   Line after the block.
 * @returns
 *   The related article and, when the block holds one, the next page's lead.
 */
export function readRelatedBlock(context: SplitContext, header: BlockHeader, to: number): Item[] {
  const bodyStart = header.first + header.count
  const chrome = findChromeRun(context, to, bodyStart)
  if (chrome.cueCount >= MIN_CHROME_LINES && chrome.start > bodyStart) {
    // The next page's lead: the unbroken run of lines before the chrome
    // (and the blank lines between them).
    let leadEnd = chrome.start
    while (leadEnd > bodyStart && isBlank(context.lines[leadEnd - 1]!)) leadEnd--
    let leadStart = leadEnd
    while (leadStart > bodyStart && !isBlank(context.lines[leadStart - 1]!)) leadStart--
    // A blank line must set it apart, the block must keep a title, and a lead
    // opens with a title and has a body: a related story's last paragraph
    // (a sentence) before `Share` / `Comments` is no page's lead.
    if (leadStart > bodyStart + 1 && isBlank(context.lines[leadStart - 1]!) && opensLead(context, leadStart, leadEnd)) {
      const items: Item[] = []
      const related = readItem(context, header.first, leadStart, 'related', 'daily8', header)
      if (related) items.push(related)
      const lead = readItem(context, skipLeadingChrome(context, leadStart, chrome.start), chrome.start, 'lead', 'daily8', null)
      if (lead) items.push(lead)
      return items
    }
  }
  if (chrome.cueCount >= MIN_CHROME_LINES && chrome.start > bodyStart) {
    // Pages joined without a blank line (a file without a final newline, then
    // the next): the next page's title follows the block's last paragraph
    // directly. It is the first title-like line after that paragraph that
    // has a body of its own before the chrome run.
    const leadStart = findJoinedLead(context, bodyStart, chrome.start)
    if (leadStart !== -1) {
      const items: Item[] = []
      const related = readItem(context, header.first, leadStart, 'related', 'daily8', header)
      if (related) items.push(related)
      const lead = readItem(context, leadStart, chrome.start, 'lead', 'daily8', null)
      if (lead) items.push(lead)
      return items
    }
  }
  const related = readItem(context, header.first, to, 'related', 'daily8', header)
  return related ? [related] : []
}

/**
 * Whether lines `[from, to)` open a page's lead: a title-like line (a
 * headline or a short name, not a sentence) with at least one body line
 * after it.
 */
function opensLead(context: SplitContext, from: number, to: number): boolean {
  if (!isLeadTitle(context, from)) return false
  for (let index = from + 1; index < to; index++) if (!isBlank(context.lines[index]!)) return true
  return false
}

function isLeadTitle(context: SplitContext, index: number): boolean {
  const code = context.classes?.codes[index]
  if (code !== undefined) return code === LineClass.headline
  return !/[.!?"'”’]$/.test(lineText(context.text, context.lines[index]!))
}

/**
 * The next page's title inside a related block's body when no blank line
 * sets it apart: a headline line after a paragraph that ends a sentence,
 * followed by a body line; `-1` when there is none. The block's own title
 * and first body line are never taken.
 */
function findJoinedLead(context: SplitContext, bodyStart: number, to: number): number {
  for (let index = bodyStart + 2; index + 1 < to; index++) {
    const before = context.lines[index - 1]!
    if (isBlank(before) || isBlank(context.lines[index]!) || isBlank(context.lines[index + 1]!)) continue
    if (!/[.!?"'”’_]$/.test(lineText(context.text, before))) continue
    if (isLeadTitle(context, index) && context.classes?.codes[index + 1] === LineClass.prose) return index
  }
  return -1
}

/**
 * Every related-block header that starts a block: at the top, after a blank
 * line or after a chrome line.
 */
function findHeaders(context: SplitContext, from: number, to: number): BlockHeader[] {
  const headers: BlockHeader[] = []
  const scan = createHeaderScan()
  for (let index = from; index < to; index++) {
    const header = scanHeaderLine(context, index, scan)
    if (header) headers.push(header)
  }
  return headers
}

/** Where a header scan stands: what the lines read so far say about the next. */
export interface HeaderScan {
  /** The previous line ended a block (blank, chrome, or the top). */
  previousOpensBlock: boolean
  /** Lines still to pass over: the rest of a header just found. */
  skip: number
}

/** A header scan at the top of a text. */
export function createHeaderScan(): HeaderScan {
  return {previousOpensBlock: true, skip: 0}
}

/**
 * Take the next line into a header scan: lines must be given in order, each
 * once, and `lines[index + 3]` must be there when the text goes on that far
 * (a header and the line after it are read ahead).
 *
 * @param context
 *   Text and lines.
 * @param index
 *   The line.
 * @param scan
 *   The scan, updated.
 * @returns
 *   The header that starts at this line, or `null`.
 */
export function scanHeaderLine(context: SplitContext, index: number, scan: HeaderScan): BlockHeader | null {
  if (scan.skip > 0) {
    scan.skip--
    return null
  }
  const line = context.lines[index]!
  if (isBlank(line)) {
    scan.previousOpensBlock = true
    return null
  }
  // A page saved with its blank lines removed still opens each block with
  // the full three-line header (`Outlet` / age / `- Outlet`): that shape is
  // specific enough to start a block anywhere.
  if (scan.previousOpensBlock || mayOpenThreeLineHeader(context, index)) {
    const header = readBlockHeader(context.text, context.lines, index, context.cues, lineFactsOf(context))
    if (header && (scan.previousOpensBlock || header.shape === 'outlet-age-credit')) {
      scan.skip = header.count - 1
      scan.previousOpensBlock = false
      return header
    }
  }
  scan.previousOpensBlock = isChromeAt(context, index)
  return null
}

/** A cheap look before reading a header mid-block: the line after next is a credit line (`- Outlet`). */
function mayOpenThreeLineHeader(context: SplitContext, index: number): boolean {
  const third = context.lines[index + 2]
  if (third === undefined || third.contentEnd - third.contentStart < 3) return false
  const first = context.text.charCodeAt(third.contentStart)
  return first === 45 || first === 0x2013 || first === 0x2014
}

/**
 * What one line does to a chrome run read backwards: `skip` (blank, or a
 * short line that may sit between cues), `cue`, or `stop` (prose: a long
 * line, or one that ends a sentence).
 *
 * @param context
 *   Text and lines.
 * @param index
 *   The line.
 */
export function chromeRunStep(context: SplitContext, index: number): 'skip' | 'cue' | 'stop' {
  const line = context.lines[index]!
  if (isBlank(line)) return 'skip'
  if (line.contentEnd - line.contentStart > MAX_CHROME_RUN_LINE) return 'stop'
  if (isChromeAt(context, index)) return 'cue'
  return /[.!?"'”’]$/.test(lineText(context.text, line)) ? 'stop' : 'skip'
}

/**
 * Walk back from line `to` (not past line `from`) over blank lines, cue
 * lines and short lines; the run starts at its topmost cue line (short lines
 * above it are given back to the lead).
 */
export function findChromeRun(context: SplitContext, to: number, from = 0): {start: number; cueCount: number} {
  let start = to
  let cueCount = 0
  for (let index = to - 1; index >= from; index--) {
    const step = chromeRunStep(context, index)
    if (step === 'stop') break
    if (step === 'cue') {
      cueCount++
      start = index
    }
  }
  return {start, cueCount}
}

/** Skip blank and cue lines before the lead's title (`Skip to content`, `Menu`). */
export function skipLeadingChrome(context: SplitContext, from: number, to: number): number {
  let index = from
  while (index < to) {
    if (!isBlank(context.lines[index]!) && !isChromeAt(context, index)) break
    index++
  }
  return index
}
