import type {Article, Dump, SplitOptions} from '../types.js'
import {toReferenceMs} from '../time/reference.js'
import {checkHeaderShapes, checkOptions, checkString} from '../contract.js'
import {settingsOf} from '../time/settings.js'
import {checkOutletsOption} from '../contract-outlets.js'
import {estimateCaptured} from './captured.js'
import {getDefaultChromeCues} from './cues.js'
import {readPage, summarise, type PageReading} from './driver.js'
import {defaultHeaderShapes} from './header-shapes.js'
import {createSegmenter} from './segment.js'
import {complement} from './spans.js'

/**
 * Split a scraped news dump into articles and boilerplate.
 *
 * The layout is chosen by evidence, not passed: every layout rule (the
 * seeds' `daily8`, `-`-separated listings, the item template induced from
 * the line classes, plain text) reads the dump, and the reading that best
 * explains its lines wins (see `docs/dumps.md`). Several pages pasted into
 * one file are cut apart at the lines that open a page (`Skip to main
 * content`) and read one by one. The articles' spans and the `boilerplate`
 * spans are sorted, never overlap, and together cover every UTF-16 code
 * unit of `text`: nothing is lost. Any line ending (LF, CRLF, CR, U+0085,
 * U+2028, U+2029) and a leading byte-order mark are handled with exact
 * offsets. Malformed text never throws: it degrades to a coarser layout,
 * with a lower `confidence` and `warnings` that say why. Empty text gives
 * no articles.
 *
 * @param text
 *   The dump, as plain text.
 * @param options
 *   `reference`: when the page was read (`Date`, ISO string or epoch
 *   milliseconds), to resolve relative ages against; `outlets`: the outlet
 *   registry to normalise outlet lines with; `headerShapes`: the header
 *   shapes to read (default `defaultHeaderShapes`); `timeZone` and
 *   `dateOrder`: how to read header times printed without a zone and
 *   numeric dates valid both ways, as for `normalizeTimestamp`.
 * @returns
 *   The dump's layout, articles, boilerplate spans, capture time,
 *   confidence and warnings.
 * @throws {TypeError}
 *   When `text` is not a string, `options` not an object, `reference`,
 *   `timeZone` or `dateOrder` of another type or `outlets` not a registry.
 * @throws {RangeError}
 *   When `options.reference` is not a valid time, `timeZone` names no zone
 *   or `dateOrder` is neither `'mdy'` nor `'dmy'`.
 *
 * @example
 *   const dump = splitDump('Title\nFirst paragraph.\nSecond paragraph.')
 *   dump.layout //=> 'plain'
 *   dump.articles[0].title //=> 'Title'
 *   dump.articles[0].paragraphs //=> ['First paragraph.', 'Second paragraph.']
 */
export function splitDump(text: string, options?: SplitOptions | null): Dump {
  checkString(text, 'text as a string')
  const {options: checked, reference} = checkSplitOptions(options)
  const base = {cues: getDefaultChromeCues(), options: checked, reference, shapes: checked.headerShapes ?? defaultHeaderShapes}

  const pages: PageReading[] = []
  const segmenter = createSegmenter(base.cues)
  for (const page of segmenter.pages(text)) pages.push(readPage(text, page.from, page.to, base, {lines: page.lines}))

  // A loop, not `flatMap`: it is measurably slower on the many small pages a bench hands over.
  const articles: Article[] = []
  for (const page of pages) for (const article of page.articles) articles.push(article)
  const {layout, confidence, warnings} = summarise(pages, segmenter.forced)
  return {layout, articles, boilerplate: complement(articles, text.length), captured: estimateCaptured(articles), confidence, warnings}
}

/**
 * Check `splitDump`'s and `splitDumpStream`'s options at the call: the
 * reference time, the time zone, the day order and the outlet registry, so
 * that a bad registry fails here
 * and not on the first dump with an outlet line.
 *
 * @param options
 *   The options as passed (`null` and `undefined` for none).
 * @returns
 *   The options to split with, and the reference in epoch milliseconds.
 */
export function checkSplitOptions(options: SplitOptions | null | undefined): {options: SplitOptions; reference: number | undefined} {
  const given = checkOptions(options)
  // `timeZone` and `dateOrder` are checked as `normalizeTimestamp` checks
  // them; a zoneless reference string is read in the zone, as there.
  const settings = settingsOf(given)
  const reference = toReferenceMs(given.reference ?? undefined, 'reference time', settings.timeZone) ?? undefined
  checkOutletsOption(given.outlets)
  if (given.headerShapes !== defaultHeaderShapes) checkHeaderShapes(given.headerShapes)
  return {options: given as SplitOptions, reference}
}
