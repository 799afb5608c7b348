import type {Article, Dump, Layout, Span, SplitOptions} from '../types.js'
import {describe, isRevokedProxy} from '../describe.js'
import {checkSplitOptions} from './split-dump.js'
import {createCaptureEstimate} from './captured.js'
import {getDefaultChromeCues} from './cues.js'
import {readPage, summarise, type PageBase, type PageReading} from './driver.js'
import {buildArticle} from './item.js'
import {defaultHeaderShapes} from './header-shapes.js'
import {createSegmenter, MAX_PAGE_LENGTH, type Segmenter} from './segment.js'
import {BYTE_ORDER_MARK, contentEndOf, contentStartOf, LineEnds, type Line} from './lines.js'

/** Where a streamed dump comes from: a function that opens it (it may be read twice). */
export type DumpSource = () => AsyncIterable<string> | Iterable<string>

/** What `splitDumpStream` yields, in the order of the text. */
export type DumpEvent =
  | {type: 'layout'; layout: Layout}
  | {type: 'article'; article: Article}
  | {type: 'boilerplate'; span: Span}
  | {type: 'end'; length: number; captured: Dump['captured']; confidence: number; warnings: string[]}

/**
 * Split a dump too large to hold, streamed in chunks of text, with the same
 * result as `splitDump` on the whole text.
 *
 * It is one driver over two sources: the dump is cut into pages as
 * `splitDump` cuts it (at lines that open a page, at a blank line once a
 * page grows past `MAX_PAGE_LINES` lines or `MAX_PAGE_LENGTH` code units,
 * and at any line past twice that, with a warning), and each page is read
 * by the same layout rules. The source is read twice when it is larger than
 * one page's limit: once to choose each page's reading and the dump's
 * layout (the first event), keeping only a few numbers per page; then to
 * yield the articles, each page read by the rule chosen for it. A smaller
 * source (up to 500 articles) is read once. Memory stays bounded by the largest page (one very
 * long line is a page of its own). Pass a function that opens the source, such as
 * `() => createReadStream(path, {encoding: 'utf8'})`; chunks must be
 * strings (decode bytes first) and may be cut anywhere, even inside `\r\n`
 * or a surrogate pair.
 *
 * Events come in the order of the text: first the `layout`, then articles
 * and the boilerplate spans between them, then `end` with the text's length,
 * the capture estimate, the confidence and the warnings. Collected, they
 * equal `splitDump`'s `Dump`.
 *
 * @param open
 *   Opens the source: returns an iterable or async iterable of strings.
 * @param options
 *   As for `splitDump`.
 * @returns
 *   The events.
 * @throws {TypeError}
 *   At the call, when `open` is not a function (an opened source, such as
 *   a stream or an array, gets a message that says to wrap it), is an
 *   `async` function (it returns a promise, never an iterable) or a
 *   revoked Proxy, or when an option has the wrong type (as for
 *   `splitDump`). What `open` returns and the chunks can only be known
 *   once it is called, which is when the events are first asked for (so
 *   that a source is not opened, a file left open, by a stream nobody
 *   reads): the first `next()` rejects when `open` returns no iterable,
 *   and the `next()` that reads a chunk that is not a string.
 * @throws {RangeError}
 *   At the call, when `options.reference` is not a valid time, `timeZone`
 *   names no zone or `dateOrder` is neither `'mdy'` nor `'dmy'`.
 */
export function splitDumpStream(open: DumpSource, options?: SplitOptions | null): AsyncGenerator<DumpEvent, void, undefined> {
  // Checked here, not in the generator, whose body only runs when iterated.
  checkOpener(open)
  const checked = checkSplitOptions(options)
  return streamDump(checkedSource(open), checked.options, checked.reference)
}

/**
 * A dump whose pages hold at most this many code units in all is read once:
 * its first pass keeps the articles, so the second pass is not needed. It
 * is the bound the stream holds anyway (one page of `MAX_PAGE_LENGTH`).
 */
const HELD_LENGTH = MAX_PAGE_LENGTH
/**
 * …and at most this many articles: an article object weighs far more than
 * its text when articles are short, so code units alone would not bound
 * what is held (130,000 one-line articles must stream in a 16 MB heap).
 */
const HELD_ARTICLES = 500

async function* streamDump(open: DumpSource, options: SplitOptions, reference: number | undefined): AsyncGenerator<DumpEvent, void, undefined> {
  const base: PageBase = {cues: getDefaultChromeCues(), options, reference, shapes: options.headerShapes ?? defaultHeaderShapes}

  // First pass: every page's reading, to choose the dump's layout (the first
  // event); the articles too while the pages so far fit in `HELD_LENGTH`.
  const pages: Array<Omit<PageReading, 'articles'>> = []
  let held: Array<{start: number; articles: Article[]}> | undefined = []
  let heldLength = 0
  let heldArticles = 0
  let length = 0
  const first = readPages(open, base)
  // Each page is let go before the next is read: a generator's frame keeps
  // what a finished iteration's bindings held, so they are cleared by hand.
  let page: StreamPage | undefined
  let reading: PageReading | undefined
  for await (page of first.pages) {
    length = page.start + page.text.length
    heldLength += page.text.length
    if (held !== undefined && heldLength > HELD_LENGTH) held = undefined
    reading = readPage(page.text, 0, page.text.length, base, {skipMark: page.start === 0, build: held !== undefined, lines: page.lines})
    heldArticles += reading.articles.length
    if (held !== undefined && heldArticles > HELD_ARTICLES) held = undefined
    held?.push({start: page.start, articles: reading.articles})
    reading.articles = []
    pages.push(reading)
    page = reading = undefined
  }
  const summary = summarise(pages, first.forced())
  yield {type: 'layout', layout: summary.layout}

  const capture = createCaptureEstimate()
  let covered = 0
  /** Take the next article (moved to the stream's offsets); returns the boilerplate span before it, if any. */
  const advance = (article: Article): Span | undefined => {
    const gap = article.span.start > covered ? {start: covered, end: article.span.start} : undefined
    covered = article.span.end
    capture.add(article)
    return gap
  }
  let article: Article | undefined
  let gap: Span | undefined
  if (held === undefined) {
    // Second pass: each page read again by the rule the first pass chose,
    // its articles built one at a time as they are yielded (index loops:
    // an iterator would hold the page's items past their page).
    let index = 0
    let pending: PageReading['pending']
    let start = 0
    for await (page of readPages(open, base).pages) {
      const rule = pages[index++]?.rule
      reading = readPage(page.text, 0, page.text.length, base, {skipMark: page.start === 0, rules: rule === undefined ? [] : [rule], build: 'lazy', lines: page.lines})
      start = page.start
      pending = reading.pending
      page = reading = undefined
      for (let at = 0; pending !== undefined && at < pending.items.length; at++) {
        article = moveArticle(buildArticle(pending.context, pending.items[at]!), start)
        gap = advance(article)
        if (gap !== undefined) yield {type: 'boilerplate', span: gap}
        yield {type: 'article', article}
      }
      pending = article = gap = undefined
    }
  } else {
    for (const each of held) {
      for (const found of each.articles) {
        article = moveArticle(found, each.start)
        gap = advance(article)
        if (gap !== undefined) yield {type: 'boilerplate', span: gap}
        yield {type: 'article', article}
      }
    }
  }
  if (length > covered) yield {type: 'boilerplate', span: {start: covered, end: length}}
  yield {type: 'end', length, captured: capture.result(), confidence: summary.confidence, warnings: summary.warnings}
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
 * @throws {TypeError}
 *   As `splitDumpStream`; being `async`, it rejects rather than throws: at
 *   once, before the source is opened, for a bad `open` or bad options;
 *   once it is read, for what `open` returns and its chunks.
 * @throws {RangeError}
 *   As `splitDumpStream`.
 */
export async function collectDumpStream(open: DumpSource, options?: SplitOptions | null): Promise<Dump> {
  const dump: Dump = {layout: 'plain', articles: [], boilerplate: [], captured: null, confidence: 1, warnings: []}
  for await (const event of splitDumpStream(open, options)) {
    if (event.type === 'layout') dump.layout = event.layout
    else if (event.type === 'article') dump.articles.push(event.article)
    else if (event.type === 'boilerplate') dump.boilerplate.push(event.span)
    else {
      dump.captured = event.captured
      dump.confidence = event.confidence
      dump.warnings = event.warnings
    }
  }
  return dump
}

/**
 * Check what can be known of a source before it is opened: a function,
 * and not one whose type says it returns a promise.
 */
function checkOpener(open: unknown): void {
  if (typeof open === 'function' && !isRevokedProxy(open)) {
    if (Object.prototype.toString.call(open) === '[object AsyncFunction]') {
      throw new TypeError(
        'Expected a function that opens the source, not an `async` function: it returns a promise, never an iterable (return the stream itself, or make it an `async function*`)'
      )
    }
    return
  }
  // A string is iterable too, but is the text, not a source that was opened.
  if (typeof open === 'object' && isIterable(open)) {
    throw new TypeError(
      `Expected a function that opens the source, not an opened source (${describe(open)}): the source is read twice, so pass a function that opens it, such as \`() => createReadStream(path, {encoding: 'utf8'})\``
    )
  }
  throw new TypeError(`Expected a function that opens the source, not ${describe(open)}`)
}

/** Whether a value is an iterable or async iterable (a string included). */
function isIterable(value: unknown): boolean {
  if (typeof value === 'string') return true
  if ((typeof value !== 'object' || value === null) && typeof value !== 'function') return false
  if (isRevokedProxy(value)) return false
  return Symbol.asyncIterator in (value as object) || Symbol.iterator in (value as object)
}

/**
 * The source, with each opening checked: what `open` returns must be an
 * iterable or async iterable (of strings; chunks are checked as read).
 */
function checkedSource(open: DumpSource): DumpSource {
  return () => {
    const source: unknown = open()
    if (!isIterable(source) || typeof source === 'function') {
      throw new TypeError(`Expected the source function to return an iterable or async iterable of strings, not ${describe(source)}`)
    }
    // `for await` resolves each value of a sync iterable as a promise (it
    // reads `then`), so a chunk that is a revoked Proxy would throw the
    // engine's error before any check: check each chunk as it is taken.
    if (typeof source === 'object' && source !== null && !(Symbol.asyncIterator in source)) return checkedChunks(source as Iterable<unknown>)
    return source as ReturnType<DumpSource>
  }
}

function* checkedChunks(source: Iterable<unknown>): Generator<string> {
  for (const given of source) {
    checkChunk(given)
    yield given
  }
}

function checkChunk(given: unknown): asserts given is string {
  if (typeof given !== 'string') throw new TypeError(`Expected chunks of text, not ${describe(given)}: decode bytes first (for instance, createReadStream(path, {encoding: 'utf8'}))`)
}

/** A page of a streamed dump: where it starts in the stream, its text, and its lines (offsets into `text`, as `scanLines` gives them). */
interface StreamPage {
  start: number
  text: string
  lines: Line[]
}

/**
 * The pages of a source, as `splitDump` cuts them: each page's text (its
 * lines with their terminators), where it starts in the stream, and its
 * lines, so that `readPage` need not look for them again. A byte-order
 * mark at offset 0 is kept in the first page, as in the string. Lines are
 * found in each chunk as it comes, by `indexOf` per kind of terminator
 * (`LineEnds`), and a page's text is kept as the pieces of the chunks it
 * spans, joined once: a line costs a few comparisons, not a string of its
 * own.
 */
function readPages(open: DumpSource, base: PageBase): {pages: AsyncGenerator<StreamPage>; forced: () => number} {
  const segmenter = createSegmenter(base.cues)
  return {pages: cutPages(open, segmenter), forced: () => segmenter.forced}
}

async function* cutPages(open: DumpSource, segmenter: Segmenter): AsyncGenerator<StreamPage> {
  // `page` holds the text of [pageStart, lineStart) and `lines` its lines;
  // `pieces`, the text of the unfinished line: [lineStart, offset), where
  // `offset` is where the current chunk starts in the stream.
  let page: string[] = []
  let lines: Line[] = []
  let pageStart = 0
  let pieces: string[] = []
  let lineStart = 0
  let offset = 0
  let first = true
  let heldReturn = false
  /** Add the line `[start, end)` of a text that starts at `at` in the stream (`next`: after its terminator) to the page's lines. */
  const addLine = (at: number, start: number, end: number, next: number, contentStart: number, contentEnd: number): void => {
    const shift = at - pageStart
    lines.push({start: start + shift, end: end + shift, next: next + shift, contentStart: contentStart + shift, contentEnd: contentEnd + shift})
  }
  /** The lines of `chunk` that end in it; returns the pages they close. */
  const scan = (chunk: string, closed: StreamPage[]): void => {
    // `kept`: where the part of the chunk that `page` does not hold yet starts.
    let kept = 0
    let index = Math.max(0, lineStart - offset)
    const ends = new LineEnds(chunk, chunk.length)
    for (let end = ends.at(index); end < chunk.length; end = ends.at(index)) {
      const next = chunk.charCodeAt(end) === 13 && chunk.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
      const local = lineStart - offset
      if (local >= 0) {
        const contentStart = contentStartOf(chunk, local, end)
        const contentEnd = contentEndOf(chunk, contentStart, end)
        if (segmenter.line(chunk, local, contentStart, contentEnd, next) && lineStart > pageStart) {
          if (local > kept) page.push(chunk.slice(kept, local))
          closed.push({start: pageStart, text: page.join(''), lines})
          page = []
          lines = []
          pageStart = lineStart
          kept = local
        }
        addLine(offset, local, end, next, contentStart, contentEnd)
      } else {
        // The line began in an earlier chunk: joined once, now that it ends.
        const raw = pieces.join('') + chunk.slice(0, next)
        pieces = []
        const rawEnd = raw.length - (next - end)
        const contentStart = contentStartOf(raw, 0, rawEnd)
        const contentEnd = contentEndOf(raw, contentStart, rawEnd)
        if (segmenter.line(raw, 0, contentStart, contentEnd, raw.length) && lineStart > pageStart) {
          closed.push({start: pageStart, text: page.join(''), lines})
          page = []
          lines = []
          pageStart = lineStart
        }
        addLine(lineStart, 0, rawEnd, raw.length, contentStart, contentEnd)
        page.push(raw)
        kept = next
      }
      lineStart = offset + next
      index = next
    }
    const local = lineStart - offset
    if (local < 0) {
      pieces.push(chunk)
    } else {
      if (local > kept) page.push(chunk.slice(kept, local))
      if (local < chunk.length) pieces.push(chunk.slice(local))
    }
    offset += chunk.length
  }
  for await (const given of open()) {
    checkChunk(given)
    let chunk = heldReturn ? '\r' + given : given
    heldReturn = false
    if (first && chunk.length > 0) {
      first = false
      // The mark belongs to no line, but to the first page's text.
      if (chunk.charCodeAt(0) === BYTE_ORDER_MARK) lineStart = 1
    }
    // A CR as the last code unit may be the first half of CRLF: keep it for the next chunk.
    if (chunk.length > 0 && chunk.charCodeAt(chunk.length - 1) === 13) {
      chunk = chunk.slice(0, -1)
      heldReturn = true
    }
    const closed: StreamPage[] = []
    scan(chunk, closed)
    yield* release(closed)
  }
  const closed: StreamPage[] = []
  if (heldReturn) scan('\r', closed)
  yield* release(closed)
  const local = lineStart - offset
  if (local < 0) {
    // The last line has no terminator.
    const raw = pieces.join('')
    const contentStart = contentStartOf(raw, 0, raw.length)
    const contentEnd = contentEndOf(raw, contentStart, raw.length)
    if (segmenter.line(raw, 0, contentStart, contentEnd, raw.length) && lineStart > pageStart) {
      yield {start: pageStart, text: page.join(''), lines}
      page = []
      lines = []
      pageStart = lineStart
    }
    addLine(lineStart, 0, raw.length, raw.length, contentStart, contentEnd)
    page.push(raw)
  }
  yield {start: pageStart, text: page.join(''), lines}
}

/**
 * The pages of a list, each taken out of it before it is yielded: a chunk
 * can close several pages, and an iterator over the list would keep every
 * one of them alive until the last is read.
 */
function* release<T>(list: T[]): Generator<T> {
  list.reverse()
  while (list.length > 0) yield list.pop()!
}

function moveArticle(article: Article, offset: number): Article {
  if (offset === 0) return article
  const move = (span: Span): Span => ({start: span.start + offset, end: span.end + offset})
  return {
    ...article,
    dateline: article.dateline ? {...article.dateline, span: move(article.dateline.span)} : null,
    span: move(article.span),
    boilerplate: article.boilerplate.map(move)
  }
}
