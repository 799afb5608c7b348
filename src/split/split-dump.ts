import type {Dump, SplitOptions} from '../types.js'
import {toReferenceMs} from '../time/reference.js'
import {describe} from '../describe.js'
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
 *   shapes to read (default `defaultHeaderShapes`).
 * @returns
 *   The dump's layout, articles, boilerplate spans, capture time,
 *   confidence and warnings.
 * @throws {TypeError}
 *   When `text` is not a string.
 * @throws {RangeError}
 *   When `options.reference` is not a valid time.
 *
 * @example
 *   const dump = splitDump('Title\nFirst paragraph.\nSecond paragraph.')
 *   dump.layout //=> 'plain'
 *   dump.articles[0].title //=> 'Title'
 *   dump.articles[0].paragraphs //=> ['First paragraph.', 'Second paragraph.']
 */
export function splitDump(text: string, options: SplitOptions = {}): Dump {
  if (typeof text !== 'string') throw new TypeError(`Expected text as a string, not ${describe(text)}`)
  const reference = toReferenceMs(options.reference) ?? undefined
  const base = {cues: getDefaultChromeCues(), options, reference, shapes: options.headerShapes ?? defaultHeaderShapes}

  const pages: PageReading[] = []
  const segmenter = createSegmenter(base.cues)
  for (const [from, to] of segmenter.cut(text)) pages.push(readPage(text, from, to, base))

  const articles = pages.flatMap((page) => page.articles)
  const {layout, confidence, warnings} = summarise(pages)
  return {layout, articles, boilerplate: complement(articles, text.length), captured: estimateCaptured(articles), confidence, warnings}
}
