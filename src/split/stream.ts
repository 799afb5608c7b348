import type {Article, Dump, Layout, Span, SplitOptions} from '../types.js'
import {describe} from '../describe.js'
import {checkSplitOptions} from './split-dump.js'
import {readArticle, type SplitContext} from './block.js'
import {createCaptureEstimate} from './captured.js'
import {getDefaultChromeCues} from './cues.js'
import type {BlockHeader} from './header.js'
import {chromeRunStep, createHeaderScan, MIN_CHROME_LINES, readRelatedBlock, scanHeaderLine, skipLeadingChrome, findChromeRun, type HeaderScan} from './layouts/daily8.js'
import {isSeparator, MIN_SEPARATORS} from './layouts/listing.js'
import {isTitleLine, MIN_GAP} from './layouts/plain.js'
import {BYTE_ORDER_MARK, isBlank, isLineBreak, measureContent, type Line} from './lines.js'

/** Where a streamed dump comes from: a function that opens it (it is read two or more times). */
export type DumpSource = () => AsyncIterable<string> | Iterable<string>

/** What `splitDumpStream` yields, in the order of the text. */
export type DumpEvent =
  | {type: 'layout'; layout: Layout}
  | {type: 'article'; article: Article}
  | {type: 'boilerplate'; span: Span}
  | {type: 'end'; length: number; captured: Dump['captured']}

/** A line with its text, offsets into the whole stream. */
interface StreamLine extends Line {
  /** The line's text with its terminator (`start` to `next`). */
  raw: string
}

/** Lines a header is read ahead: up to three header lines and the title after them. */
const LOOKAHEAD = 4

/**
 * Split a dump too large to hold, streamed in chunks of text, with the same
 * result as `splitDump` on the whole text.
 *
 * The source is read at least twice (a listing a third time, up to its
 * second article, to count them; a listing that is really plain a fourth;
 * a source that gives no line once more, for its length): once to tell the layout (which depends on the
 * whole text, for instance whether any related-block header appears at
 * all), keeping only a few counters; then to split it, keeping one block at
 * a time (a related block, a listing item, or the lead), so memory stays
 * bounded by the largest article. A plain dump that is one article is the
 * exception: that article is the whole text. Pass a function that opens the
 * source, such as `() => createReadStream(path, {encoding: 'utf8'})`; chunks
 * must be strings (decode bytes first) and may be cut anywhere, even inside
 * `\r\n` or a surrogate pair.
 *
 * Events come in the order of the text: first the `layout`, then articles
 * and the boilerplate spans between them, then `end` with the text's length
 * and the capture estimate. Collected, they equal `splitDump`'s `Dump`.
 *
 * @param open
 *   Opens the source: returns an iterable or async iterable of strings.
 * @param options
 *   As for `splitDump`.
 * @returns
 *   The events.
 * @throws {TypeError}
 *   At the call, when `open` is not a function or an option has the wrong
 *   type (as for `splitDump`); while iterating, when `open` returns no
 *   iterable or a chunk is not a string (the source is only opened then).
 * @throws {RangeError}
 *   At the call, when `options.reference` is not a valid time.
 */
export function splitDumpStream(open: DumpSource, options?: SplitOptions | null): AsyncGenerator<DumpEvent, void, undefined> {
  // Checked here, not in the generator, whose body only runs when iterated.
  if (typeof open !== 'function') throw new TypeError(`Expected a function that opens the source, not ${describe(open)}`)
  const checked = checkSplitOptions(options)
  return streamDump(checkedSource(open), checked.options, checked.reference)
}

async function* streamDump(open: DumpSource, options: SplitOptions, reference: number | undefined): AsyncGenerator<DumpEvent, void, undefined> {
  const base = {cues: getDefaultChromeCues(), options, reference}
  let layout = await detectLayout(open, base)
  let pass = await splitPass(open, layout, base)
  // splitDump's listing rule needs two articles, else the text is plain;
  // that is only known after splitting, so split again.
  if (layout.layout === 'listing' && pass.articles < 2) {
    layout = {...layout, layout: 'plain'}
    pass = await splitPass(open, layout, base)
  }
  yield {type: 'layout', layout: layout.layout}

  const capture = createCaptureEstimate()
  let covered = 0
  let length = 0
  for await (const event of pass.events()) {
    if (event.type === 'line') {
      length = event.next
      continue
    }
    const article = event.article
    if (article.span.start > covered) yield {type: 'boilerplate', span: {start: covered, end: article.span.start}}
    covered = article.span.end
    capture.add(article)
    yield {type: 'article', article}
  }
  if (length === 0) length = await sourceLength(open)
  if (length > covered) yield {type: 'boilerplate', span: {start: covered, end: length}}
  yield {type: 'end', length, captured: capture.result()}
}

/**
 * `splitDumpStream`, collected into a `Dump`: for tests and for sources
 * whose articles fit in memory though their text is streamed.
 *
 * @param open
 *   Opens the source.
 * @param options
 *   As for `splitDump`.
 * @returns
 *   The dump.
 */
export async function collectDumpStream(open: DumpSource, options?: SplitOptions | null): Promise<Dump> {
  const dump: Dump = {layout: 'plain', articles: [], boilerplate: [], captured: null}
  for await (const event of splitDumpStream(open, options)) {
    if (event.type === 'layout') dump.layout = event.layout
    else if (event.type === 'article') dump.articles.push(event.article)
    else if (event.type === 'boilerplate') dump.boilerplate.push(event.span)
    else dump.captured = event.captured
  }
  return dump
}

type PassEvent = {type: 'line'; next: number} | {type: 'article'; article: Article}

/**
 * The source, with each opening checked: what `open` returns must be an
 * iterable or async iterable (of strings; chunks are checked as read).
 */
function checkedSource(open: DumpSource): DumpSource {
  return () => {
    const source: unknown = open()
    if (source === null || (typeof source !== 'object' && typeof source !== 'string') || !(Symbol.asyncIterator in Object(source) || Symbol.iterator in Object(source))) {
      throw new TypeError(`Expected the source function to return an iterable or async iterable of strings, not ${describe(source)}`)
    }
    return source as ReturnType<DumpSource>
  }
}

/**
 * Pass two, ready to run: `articles` is how many articles it gives, counted
 * by a dry run only for the listing layout, where the count decides.
 */
async function splitPass(open: DumpSource, layout: LayoutDecision, base: Base): Promise<{articles: number; events: () => AsyncGenerator<PassEvent>}> {
  const events = async function* (): AsyncGenerator<PassEvent> {
    const splitter = createSplitter(layout, base)
    for await (const line of readLines(open)) {
      yield {type: 'line', next: line.next}
      for (const article of splitter.push(line)) if (article) yield {type: 'article', article}
    }
    for (const article of splitter.end()) if (article) yield {type: 'article', article}
  }
  let articles = Number.POSITIVE_INFINITY
  if (layout.layout === 'listing') {
    articles = 0
    for await (const event of events()) {
      if (event.type === 'article' && ++articles >= 2) break
    }
  }
  return {articles, events}
}

interface Base {
  cues: SplitContext['cues']
  options: SplitOptions
  reference: number | undefined
}

interface LayoutDecision {
  layout: Layout
  /** For `plain`: whether each block is an article (else the whole text is one). */
  plainBlocks: boolean
}

/**
 * Pass one: tell the layout as `splitDump`'s rules would, keeping counters
 * and a window of a few lines.
 */
async function detectLayout(open: DumpSource, base: Base): Promise<LayoutDecision> {
  const window = new LineWindow(base)
  const scan = createHeaderScan()
  let headers = 0
  // The chrome run that ends the text, read forwards: cues since the last
  // line that would stop a backward walk.
  let tailCues = 0
  let separators = 0
  let items = 0
  let itemHasContent = false
  let blocks = 0
  let blocksTitled = true
  let blockState: 'title' | 'body' | 'done' = 'done'
  let blanks = MIN_GAP

  const take = (index: number): void => {
    const context = window.around(index)
    const line = context.lines[0]!
    if (scanHeaderLine(context, 0, scan)) headers++
    const step = chromeRunStep(context, 0)
    if (step === 'stop') tailCues = 0
    else if (step === 'cue') tailCues++
    if (isSeparator(context.text, line)) {
      separators++
      if (itemHasContent) items++
      itemHasContent = false
    } else if (!isBlank(line)) itemHasContent = true
    if (isBlank(line)) {
      blanks++
      return
    }
    if (blanks >= MIN_GAP || blocks === 0) {
      if (blocks > 0 && blockState !== 'done') blocksTitled = false
      blocks++
      if (!isTitleLine(context, 0)) blocksTitled = false
      blockState = 'title'
    } else if (blockState === 'title') {
      blockState = 'done'
    }
    blanks = 0
  }

  for await (const line of readLines(open)) {
    window.add(line)
    while (window.ready()) take(window.advance())
    window.forgetBefore(window.cursor - LOOKAHEAD)
  }
  while (window.cursor < window.end) take(window.advance())
  if (itemHasContent) items++
  if (blockState !== 'done') blocksTitled = false

  const plainBlocks = blocks > 1 && blocksTitled
  if (headers > 0 || tailCues >= MIN_CHROME_LINES) return {layout: 'daily8', plainBlocks}
  // Items with content; whether two of them give articles (an item of a
  // header with no title gives none) is only known when splitting.
  if (separators >= MIN_SEPARATORS && items >= 2) return {layout: 'listing', plainBlocks}
  return {layout: 'plain', plainBlocks}
}

interface Splitter {
  push(line: StreamLine): Array<Article | null>
  end(): Array<Article | null>
}

/** Pass two: split block by block, as the layout's rule does. */
function createSplitter(decision: LayoutDecision, base: Base): Splitter {
  if (decision.layout === 'daily8') return daily8Splitter(base)
  if (decision.layout === 'listing') return listingSplitter(base)
  return plainSplitter(base, decision.plainBlocks)
}

function daily8Splitter(base: Base): Splitter {
  const window = new LineWindow(base)
  const scan: HeaderScan = createHeaderScan()
  let current: BlockHeader | null = null
  let blockStart = 0
  let sawHeader = false

  const take = (index: number): Array<Article | null> => {
    const found = scanHeaderLine(window.around(index), 0, scan)
    if (!found) return []
    const header = {...found, first: index}
    const closed = sawHeader
      ? window.read(blockStart, index, (context, from, to) => readRelatedBlock(context, shift(current!, from, blockStart), to))
      : window.read(0, index, (context, from, to) => readLead(context, from, to))
    sawHeader = true
    current = header
    blockStart = index
    window.forgetBefore(index)
    return closed
  }

  return {
    push(line) {
      window.add(line)
      const found: Array<Article | null> = []
      while (window.ready()) found.push(...take(window.advance()))
      return found
    },
    end() {
      const found: Array<Article | null> = []
      while (window.cursor < window.end) found.push(...take(window.advance()))
      if (sawHeader) found.push(...window.read(blockStart, window.end, (context, from, to) => readRelatedBlock(context, shift(current!, from, blockStart), to)))
      else found.push(...window.read(0, window.end, (context, from, to) => readLead(context, from, to)))
      return found
    }
  }
}

function readLead(context: SplitContext, from: number, to: number): Article[] {
  const chrome = findChromeRun(context, to)
  const lead = readArticle(context, skipLeadingChrome(context, from, chrome.start), chrome.start, 'lead', null)
  return lead ? [lead] : []
}

/** A header found in stream coordinates, as seen from a window that starts at `from`. */
function shift(header: BlockHeader, from: number, blockStart: number): BlockHeader {
  return {...header, first: header.first - blockStart + from}
}

/**
 * Read one block of a listing or plain dump as `splitDump`'s rules do: the
 * first block that gives an article is the `lead`, the others `related`.
 */
function createBlockReader(window: LineWindow): (from: number, to: number) => Article | null {
  let first = true
  return (from, to) => {
    const [article = null] = window.read(from, to, (context, start, end) => single(readArticle(context, start, end, first ? 'lead' : 'related')))
    if (article) first = false
    return article
  }
}

function listingSplitter(base: Base): Splitter {
  const window = new LineWindow(base)
  const readBlock = createBlockReader(window)
  let itemStart = 0
  const close = (to: number): Article | null => readBlock(itemStart, to)
  return {
    push(line) {
      window.add(line)
      window.cursor = window.end
      const index = window.end - 1
      if (!isSeparatorLine(line)) return []
      const article = close(index)
      itemStart = index + 1
      window.forgetBefore(itemStart)
      return [article]
    },
    end() {
      return [close(window.end)]
    }
  }
}

/** Whether a stream line is a listing separator. */
function isSeparatorLine(line: StreamLine): boolean {
  const offset = line.start
  return isSeparator(line.raw, {...line, start: 0, end: line.end - offset, next: line.next - offset, contentStart: line.contentStart - offset, contentEnd: line.contentEnd - offset})
}

function plainSplitter(base: Base, byBlock: boolean): Splitter {
  const window = new LineWindow(base)
  const readBlock = createBlockReader(window)
  let blockStart = 0
  let blanks = 0
  const close = (to: number): Article | null => readBlock(blockStart, to)
  return {
    push(line) {
      window.add(line)
      window.cursor = window.end
      const index = window.end - 1
      if (!byBlock) return []
      if (isBlank(line)) {
        blanks++
        return []
      }
      const found: Array<Article | null> = []
      if (blanks >= MIN_GAP && index - blanks > blockStart) {
        found.push(close(index - blanks))
        blockStart = index
        window.forgetBefore(blockStart)
      }
      blanks = 0
      return found
    },
    end() {
      return [close(window.end)]
    }
  }
}

/**
 * The lines of a stream kept in memory, numbered as in the whole stream:
 * from the first kept line to `end`, with a cursor for scans that read a
 * few lines ahead.
 */
class LineWindow {
  private readonly base: Base
  private lines: StreamLine[] = []
  /** Number of the first kept line. */
  private first = 0
  cursor = 0

  constructor(base: Base) {
    this.base = base
  }

  get end(): number {
    return this.first + this.lines.length
  }

  add(line: StreamLine): void {
    this.lines.push(line)
  }

  /** Whether the line at the cursor can be scanned: its lookahead is there. */
  ready(): boolean {
    return this.cursor + LOOKAHEAD <= this.end
  }

  advance(): number {
    return this.cursor++
  }

  get(index: number): StreamLine {
    return this.lines[index - this.first]!
  }

  /**
   * Line `index` and the few after it as a context of their own, numbered
   * from 0: what a header scan or a line test reads.
   */
  around(index: number): SplitContext {
    return this.context(index, Math.min(index + LOOKAHEAD, this.end))
  }

  /** Drop the lines before `index` (never those the cursor still needs). */
  forgetBefore(index: number): void {
    const drop = Math.min(index, this.cursor) - this.first
    if (drop <= 0) return
    this.lines = this.lines.slice(drop)
    this.first += drop
  }

  /**
   * Run `rule` on lines `[from, to)` as a text of their own, then move the
   * article's offsets back into the stream's.
   */
  read(from: number, to: number, rule: (context: SplitContext, from: number, to: number) => Article[]): Article[] {
    if (to <= from) return []
    const context = this.context(from, to)
    const offset = this.get(from).start
    return rule(context, 0, context.lines.length).map((article) => moveArticle(article, offset))
  }

  private context(from: number, to: number): SplitContext {
    const lines = this.lines.slice(from - this.first, to - this.first)
    const offset = lines[0]?.start ?? 0
    return {
      text: lines.map((line) => line.raw).join(''),
      lines: lines.map((line) => ({
        start: line.start - offset,
        end: line.end - offset,
        next: line.next - offset,
        contentStart: line.contentStart - offset,
        contentEnd: line.contentEnd - offset
      })),
      ...this.base
    }
  }
}

function single(article: Article | null): Article[] {
  return article ? [article] : []
}

function moveArticle(article: Article, offset: number): Article {
  if (offset === 0) return article
  return {
    ...article,
    dateline: article.dateline ? {...article.dateline, span: {start: article.dateline.span.start + offset, end: article.dateline.span.end + offset}} : null,
    span: {start: article.span.start + offset, end: article.span.end + offset}
  }
}

/**
 * The lines of a source, offsets counted over the whole stream. A
 * byte-order mark at offset 0 belongs to no line, as in `scanLines`.
 */
async function* readLines(open: DumpSource): AsyncGenerator<StreamLine> {
  let pending = ''
  let pendingStart = 0
  // Where the scan for a line break resumes in `pending`: a long line that
  // arrives in many chunks is scanned once, not once per chunk.
  let scanned = 0
  let first = true
  for await (const chunk of open()) {
    if (typeof chunk !== 'string') throw new TypeError(`Expected chunks of text, not ${describe(chunk)}: decode bytes first (for instance, createReadStream(path, {encoding: 'utf8'}))`)
    pending += chunk
    if (first && pending.length > 0) {
      first = false
      if (pending.charCodeAt(0) === BYTE_ORDER_MARK) {
        pending = pending.slice(1)
        pendingStart = 1
      }
    }
    let from = 0
    let index = scanned
    for (; index < pending.length; index++) {
      const code = pending.charCodeAt(index)
      if (!isLineBreak(code)) continue
      // A CR as the last code unit may be the first half of CRLF.
      if (code === 13 && index === pending.length - 1) break
      const next = code === 13 && pending.charCodeAt(index + 1) === 10 ? index + 2 : index + 1
      yield makeLine(pending, from, index, next, pendingStart)
      from = next
      index = next - 1
    }
    pendingStart += from
    pending = pending.slice(from)
    scanned = index - from
  }
  if (pending.length > 0) {
    const code = pending.charCodeAt(pending.length - 1)
    const end = isLineBreak(code) ? pending.length - 1 : pending.length
    yield makeLine(pending, 0, end, pending.length, pendingStart)
  }
}

function makeLine(text: string, start: number, end: number, next: number, offset: number): StreamLine {
  const {contentStart, contentEnd} = measureContent(text, start, end)
  return {
    start: start + offset,
    end: end + offset,
    next: next + offset,
    contentStart: contentStart + offset,
    contentEnd: contentEnd + offset,
    raw: text.slice(start, next)
  }
}

/** Length of a source that gave no line (empty, or only a byte-order mark). */
async function sourceLength(open: DumpSource): Promise<number> {
  let length = 0
  for await (const chunk of open()) length += typeof chunk === 'string' ? chunk.length : 0
  return length
}
