// The time axis of a timeline: the domain its intervals span, a linear map
// to pixels and tick marks at round UTC times (d3-time chooses them: whole
// minutes, hours, days or months, as the span needs).
import {utcTicks} from 'd3-time'

/** An interval of time in milliseconds; `null` ends are unknown. */
export interface TimeInterval {
  earliest: number | null
  latest: number | null
}

/** Least span of an axis: a lone instant still gets an hour around it. */
const LEAST_SPAN_MS = 60 * 60 * 1000

/**
 * The span that holds every known end of `intervals`, widened by 4% on
 * each side (and to at least an hour), or `null` when no end is known.
 *
 * @param intervals
 *   Intervals.
 */
export function timeDomain(intervals: Iterable<TimeInterval>): [number, number] | null {
  let low = Number.POSITIVE_INFINITY
  let high = Number.NEGATIVE_INFINITY
  for (const {earliest, latest} of intervals) {
    for (const time of [earliest, latest]) {
      if (time === null || !Number.isFinite(time)) continue
      low = Math.min(low, time)
      high = Math.max(high, time)
    }
  }
  if (low > high) return null
  const pad = Math.max((high - low) * 0.04, (LEAST_SPAN_MS - (high - low)) / 2, 0)
  return [low - pad, high + pad]
}

/** A linear map from times to x positions. */
export interface TimeScale {
  (time: number): number
  domain: [number, number]
  range: [number, number]
  /** About `count` ticks at round UTC times inside the domain. */
  ticks(count: number): Date[]
}

/**
 * A time scale from `domain` to `range`.
 *
 * @param domain
 *   Times in milliseconds, low to high.
 * @param range
 *   Pixels, left to right.
 */
export function timeScale(domain: [number, number], range: [number, number]): TimeScale {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0 || 1
  const scale = ((time: number) => r0 + ((time - d0) / span) * (r1 - r0)) as TimeScale
  scale.domain = domain
  scale.range = range
  scale.ticks = (count) => utcTicks(new Date(d0), new Date(d1), count)
  return scale
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A tick's label, in UTC: the date at midnight (`23 Jul`, with the year
 * when the axis spans most of one), else the time of day (`14:30`), with
 * the date too when the axis spans two days or more (`23 Jul 12:00`).
 *
 * @param tick
 *   The tick.
 * @param domain
 *   The axis's domain.
 */
export function tickLabel(tick: Date, domain: [number, number]): string {
  const span = domain[1] - domain[0]
  const month = tick.toLocaleString('en-GB', {month: 'short', timeZone: 'UTC'})
  const date = `${tick.getUTCDate()} ${month}${span >= 300 * DAY_MS ? ` ${tick.getUTCFullYear()}` : ''}`
  const time = `${String(tick.getUTCHours()).padStart(2, '0')}:${String(tick.getUTCMinutes()).padStart(2, '0')}`
  if (time === '00:00') return date
  return span >= 2 * DAY_MS ? `${date} ${time}` : time
}
