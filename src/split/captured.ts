import type {Article, Dump} from '../types.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** A dateline's date is local to its place: from UTC−12 to UTC+14. */
const ZONE_EAST = 14 * HOUR
const ZONE_WEST = 12 * HOUR
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Estimate when the page was saved from what its articles show.
 *
 * An article that shows both a relative age (`2 hours ago`) and when it was
 * published (an absolute timestamp header, or a dateline with a date whose
 * year is known) pins the capture time to an interval: its publication
 * interval shifted by its age interval. A dateline's date is a local date,
 * so it covers the day from UTC+14 to UTC−12. Every other absolute time on
 * the page is a lower bound (the page was saved after it was published).
 * The estimate is the intersection of all of these; `null` when no article
 * gives an upper bound, or when the evidence contradicts itself.
 *
 * @param articles
 *   The dump's articles, with normalised headers.
 * @returns
 *   The capture interval (ISO 8601, UTC), or `null`.
 */
export function estimateCaptured(articles: readonly Article[]): Dump['captured'] {
  const estimate = createCaptureEstimate()
  for (const article of articles) estimate.add(article)
  return estimate.result()
}

/**
 * `estimateCaptured`, one article at a time, in constant memory (for
 * streamed dumps).
 *
 * @returns
 *   `add(article)` and `result()`.
 */
export function createCaptureEstimate(): {add(article: Article): void; result(): Dump['captured']} {
  let earliest = Number.NEGATIVE_INFINITY
  let latest = Number.POSITIVE_INFINITY
  let bounded = false
  return {
    add(article) {
      const published = publicationInterval(article)
      if (!published) return
      const age = article.published?.kind === 'relative' ? article.published.age : null
      if (age) {
        earliest = Math.max(earliest, published.start + age.min)
        latest = Math.min(latest, published.end + age.max)
        bounded = true
      } else {
        earliest = Math.max(earliest, published.start)
      }
    },
    result() {
      if (!bounded || earliest > latest) return null
      return {earliest: new Date(earliest).toISOString(), latest: new Date(latest).toISOString()}
    }
  }
}

/** When an article was published, from its absolute header or its dateline date. */
function publicationInterval(article: Article): {start: number; end: number} | null {
  const published = article.published
  if (published?.kind === 'absolute' && published.earliest !== null && published.latest !== null) {
    return {start: Date.parse(published.earliest), end: Date.parse(published.latest)}
  }
  const match = article.dateline?.date?.iso ? ISO_DATE.exec(article.dateline.date.iso) : null
  if (!match) return null
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  if (!Number.isFinite(day)) return null
  return {start: day - ZONE_EAST, end: day + DAY - 1 + ZONE_WEST}
}
