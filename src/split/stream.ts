import type {Article, Dump, Layout, Span, SplitOptions} from '../types.js'
import {describe, isRevokedProxy} from '../describe.js'
import {checkSplitOptions} from './split-dump.js'
import {createCaptureEstimate} from './captured.js'
import {getDefaultChromeCues, MAX_CHROME_LINE} from './cues.js'
import {readPage, summarise, type PageBase, type PageReading} from './driver.js'
import {defaultHeaderShapes} from './header-shapes.js'
import {createSegmenter} from './segment.js'
import {BYTE_ORDER_MARK, isLineBreak, measureContent, type Line} from './lines.js'

/** Where a streamed dump comes from: a function that opens it (it is read twice). */
export type DumpSource = () => AsyncIterable<string> | Iterable<string>

/** What `splitDumpStream` yields, in the order of the text. */
export type DumpEvent =
  | {type: 'layout'; layout: Layout}
  | {type: 'article'; article: Article}
  | {type: 'boilerplate'; span: Span}
  | {type: 'end'; length: number; captured: Dump['captured']; confidence: number; warnings: string[]}

/** A line with its text, offsets into the whole stream. */
interface StreamLine extends Line {
  /** The line's text with its terminator (`start` to `next`). */
  raw: string
}

/**
 * Split a dump too large to hold, streamed in chunks of text, with the same
 * result as `splitDump` on the whole text.
 *
 * It is one driver over two sources: the dump is cut into pages as
 * `splitDump` cuts it (at lines that open a page, and at a blank line once a
 * page grows past `MAX_PAGE_LINES` lines or `MAX_PAGE_LENGTH` code units),
 * and each page is read by the same layout rules. The source is read twice:
 * once to choose each page's reading and the dump's layout (the first
 * event), keeping only a few numbers per page; then to yield the articles.
 * Memory stays bounded by the largest page (one very long line is a page of
 * its own). Pass a function that opens the source, such as
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

async function* streamDump(open: DumpSource, options: SplitOptions, reference: number | undefined): AsyncGenerator<DumpEvent, void, undefined> {
  const base: PageBase = {cues: getDefaultChromeCues(), options, reference, shapes: options.headerShapes ?? defaultHeaderShapes}

  const pages: Array<Omit<PageReading, 'articles'>> = []
  for await (const page of readPages(open, base)) {
    const reading = readPage(page.text, 0, page.text.length, base, {skipMark: page.start === 0, build: false})
    pages.push(reading)
  }
  const summary = summarise(pages)
  yield {type: 'layout', layout: summary.layout}

  const capture = createCaptureEstimate()
  let covered = 0
  let length = 0
  for await (const page of readPages(open, base)) {
    length = page.start + page.text.length
    const reading = readPage(page.text, 0, page.text.length, base, {skipMark: page.start === 0})
    for (const found of reading.articles) {
      const article = moveArticle(found, page.start)
      if (article.span.start > covered) yield {type: 'boilerplate', span: {start: covered, end: article.span.start}}
      covered = article.span.end
      capture.add(article)
      yield {type: 'article', article}
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
    return source as ReturnType<DumpSource>
  }
}

/**
 * The pages of a source, as `splitDump` cuts them: each page's text (its
 * lines with their terminators) and where it starts in the stream. A
 * byte-order mark at offset 0 is kept in the first page, as in the string.
 */
async function* readPages(open: DumpSource, base: PageBase): AsyncGenerator<{start: number; text: string}> {
  const segmenter = createSegmenter(base.cues)
  let parts: string[] = []
  let start = 0
  let any = false
  for await (const line of readLines(open)) {
    if (!any) {
      any = true
      // The mark belongs to no line: put it back at the head of the first page.
      if (line.start === 1) parts.push(String.fromCharCode(BYTE_ORDER_MARK))
    }
    const length = line.contentEnd - line.contentStart
    const content = length > MAX_CHROME_LINE ? null : line.raw.slice(line.contentStart - line.start, line.contentEnd - line.start)
    if (segmenter.line(line.next - line.start, content) && parts.length > 0) {
      yield {start, text: parts.join('')}
      parts = []
      start = line.start
    }
    parts.push(line.raw)
  }
  if (!any) {
    // No line: empty, or only a byte-order mark.
    let text = ''
    for await (const chunk of open()) text += typeof chunk === 'string' ? chunk : ''
    yield {start: 0, text}
    return
  }
  yield {start, text: parts.join('')}
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

/**
 * The lines of a source, offsets counted over the whole stream. A
 * byte-order mark at offset 0 belongs to no line, as in `scanLines`.
 */
async function* readLines(open: DumpSource): AsyncGenerator<StreamLine> {
  // The unfinished line, as the pieces the chunks gave: joined once when
  // its break comes, so a line that arrives in many chunks costs its length,
  // not its length times the number of chunks.
  let pieces: string[] = []
  let offset = 0
  let first = true
  let heldReturn = false
  for await (const given of open()) {
    if (typeof given !== 'string') throw new TypeError(`Expected chunks of text, not ${describe(given)}: decode bytes first (for instance, createReadStream(path, {encoding: 'utf8'}))`)
    let chunk = heldReturn ? '\r' + given : given
    heldReturn = false
    if (first && chunk.length > 0) {
      first = false
      if (chunk.charCodeAt(0) === BYTE_ORDER_MARK) {
        chunk = chunk.slice(1)
        offset = 1
      }
    }
    // A CR as the last code unit may be the first half of CRLF: keep it for the next chunk.
    if (chunk.length > 0 && chunk.charCodeAt(chunk.length - 1) === 13) {
      chunk = chunk.slice(0, -1)
      heldReturn = true
    }
    let from = 0
    for (let index = 0; index < chunk.length; index++) {
      const code = chunk.charCodeAt(index)
      if (!isLineBreak(code)) continue
      const next = code === 13 && chunk.charCodeAt(index + 1) === 10 ? index + 2 : index + 1
      const head = pieces.length > 0 ? pieces.join('') : ''
      const raw = head + chunk.slice(from, next)
      pieces = []
      yield makeLine(raw, 0, head.length + index - from, raw.length, offset)
      offset += raw.length
      from = next
      index = next - 1
    }
    if (from < chunk.length) pieces.push(chunk.slice(from))
  }
  if (heldReturn) pieces.push('\r')
  if (pieces.length > 0) {
    const raw = pieces.join('')
    const code = raw.charCodeAt(raw.length - 1)
    const end = isLineBreak(code) ? raw.length - 1 : raw.length
    yield makeLine(raw, 0, end, raw.length, offset)
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
