import type {Article, Dump, Layout, Span, SplitOptions} from '../types.js'
import {toReferenceMs} from '../time/reference.js'
import type {SplitContext} from './block.js'
import {getDefaultChromeCues} from './cues.js'
import {splitDaily8} from './layouts/daily8.js'
import {splitListing} from './layouts/listing.js'
import {splitPlain} from './layouts/plain.js'
import {estimateCaptured} from './captured.js'
import {scanLines} from './lines.js'
import {checkOptions, checkString} from '../contract.js'
import {checkOutletsOption} from '../contract-outlets.js'

/**
 * A layout rule: reads the dump its way, or returns `null` when the dump is
 * not laid out that way.
 */
export interface LayoutRule {
  layout: Layout
  split: (context: SplitContext) => Article[] | null
}

/**
 * The layout rules, tried in order; the first that applies wins. `plain`
 * always applies, so it comes last.
 */
export const layoutRules: readonly LayoutRule[] = [
  {layout: 'daily8', split: splitDaily8},
  {layout: 'listing', split: splitListing},
  {layout: 'plain', split: splitPlain}
]

/**
 * Split a scraped news-aggregator dump into articles and boilerplate.
 *
 * The layout (`daily8`, `listing` or `plain`) is detected, not passed. The
 * articles' spans and the `boilerplate` spans are sorted, never overlap,
 * and together cover every UTF-16 code unit of `text`: nothing is lost.
 * Any line ending (LF, CRLF, CR, U+0085, U+2028, U+2029) and a leading
 * byte-order mark are handled with exact offsets. Malformed text never
 * throws: it degrades to a coarser layout. Empty text gives no articles.
 *
 * @param text
 *   The dump, as plain text.
 * @param options
 *   `reference`: when the page was read (`Date`, ISO string or epoch
 *   milliseconds), to resolve relative ages against; `outlets`: the outlet
 *   registry to normalise outlet lines with.
 * @returns
 *   The dump's layout, articles, boilerplate spans and capture time.
 * @throws {TypeError}
 *   When `text` is not a string, `options` not an object, `reference` of
 *   another type or `outlets` not a registry.
 * @throws {RangeError}
 *   When `options.reference` is not a valid time.
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
  const context: SplitContext = {text, lines: scanLines(text), cues: getDefaultChromeCues(), options: checked, reference}

  for (const rule of layoutRules) {
    const articles = rule.split(context)
    if (articles) {
      return {layout: rule.layout, articles, boilerplate: complement(articles, text.length), captured: estimateCaptured(articles)}
    }
  }

  // `plain` always applies; this is only reached if a caller emptied the rules.
  return {layout: 'plain', articles: [], boilerplate: complement([], text.length), captured: null}
}

/**
 * Check `splitDump`'s and `splitDumpStream`'s options at the call: the
 * reference time and the outlet registry, so that a bad registry fails here
 * and not on the first dump with an outlet line.
 *
 * @param options
 *   The options as passed (`null` and `undefined` for none).
 * @returns
 *   The options to split with, and the reference in epoch milliseconds.
 */
export function checkSplitOptions(options: SplitOptions | null | undefined): {options: SplitOptions; reference: number | undefined} {
  const given = checkOptions(options)
  const reference = toReferenceMs(given.reference ?? undefined) ?? undefined
  checkOutletsOption(given.outlets)
  return {options: given as SplitOptions, reference}
}

/** The spans of `[0, length)` that no article covers. */
function complement(articles: readonly Article[], length: number): Span[] {
  const spans: Span[] = []
  let offset = 0
  for (const article of articles) {
    if (article.span.start > offset) spans.push({start: offset, end: article.span.start})
    offset = article.span.end
  }
  if (offset < length) spans.push({start: offset, end: length})
  return spans
}
