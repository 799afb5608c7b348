import type {Article, Span} from '../types.js'

/**
 * The spans of `[0, length)` that no article covers.
 *
 * @param articles
 *   Articles in text order, not overlapping.
 * @param length
 *   Length of the text.
 * @returns
 *   The uncovered spans, in order.
 */
export function complement(articles: readonly Article[], length: number): Span[] {
  const spans: Span[] = []
  let offset = 0
  for (const article of articles) {
    if (article.span.start > offset) spans.push({start: offset, end: article.span.start})
    offset = article.span.end
  }
  if (offset < length) spans.push({start: offset, end: length})
  return spans
}
