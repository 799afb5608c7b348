import {DAY, HOUR, MINUTE, SECOND, WEEK} from './calendar.js'

/** A unit that pages print ages in. */
export type AgeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year'

/** Milliseconds before the reference; the true age lies in `[min, max]`. */
export interface AgeInterval {
  min: number
  max: number
}

/**
 * The class of every age interval the built-in rules make. One
 * constructor, and not object literals `{min, max}`, which share their
 * hidden class with the `age` of every result: mixing the two (small
 * integers and doubles in the same fields, from literals at several sites)
 * left the engine's cache of the pipeline's `reading.age.min` load
 * recomputing its handler on every call (1.2 million times in one run of
 * the bench, seen with `node --log-ic`), which kept `readTimestamp` from
 * being optimised again after its first deopt: `splitDump`'s call mix ran
 * at 2.4 instead of 4.9 million calls a CPU second.
 */
class Interval implements AgeInterval {
  min: number
  max: number
  constructor(min: number, max: number) {
    this.min = min
    this.max = max
  }
}

/** An age interval `[min, max]` (see `Interval`). */
export function ageInterval(min: number, max: number): AgeInterval {
  return new Interval(min, max)
}

interface UnitLength {
  /** Shortest the unit can be (28-day month, 365-day year). */
  short: number
  /** Longest the unit can be (31-day month, 366-day year). */
  long: number
  /** The length moment.js rounds with (its `duration.as()` month and year). */
  mean: number
  /**
   * What moment.js's `fromNow` means by "a <unit> ago" as
   * `[min, max)` in ms, where it prints that phrase at all.
   */
  single: readonly [number, number] | null
}

const MOMENT_MONTH = (146_097 / 4800) * DAY // 30.436875 days
const MOMENT_YEAR = (146_097 / 400) * DAY // 365.2425 days

/**
 * Unit lengths and moment.js's `fromNow` thresholds (`s` 45, `m` 45, `h` 22,
 * `d` 26, `M` 11, every count rounded to nearest).
 */
export const unitLengths: Readonly<Record<AgeUnit, UnitLength>> = {
  second: {short: SECOND, long: SECOND, mean: SECOND, single: null},
  // "a minute ago": 44.5 s (rounds to 45 s) up to 90 s (rounds to 2 min).
  minute: {short: MINUTE, long: MINUTE, mean: MINUTE, single: [44.5 * SECOND, 90 * SECOND]},
  // "an hour ago": 44.5 min up to 90 min.
  hour: {short: HOUR, long: HOUR, mean: HOUR, single: [44.5 * MINUTE, 90 * MINUTE]},
  // "a day ago": 21.5 h (rounds to 22 h) up to 36 h (rounds to 2 days).
  day: {short: DAY, long: DAY, mean: DAY, single: [21.5 * HOUR, 36 * HOUR]},
  week: {short: WEEK, long: WEEK, mean: WEEK, single: null},
  // "a month ago": 25.5 days (rounds to 26 days) up to 1.5 moment months.
  month: {short: 28 * DAY, long: 31 * DAY, mean: MOMENT_MONTH, single: [25.5 * DAY, 1.5 * MOMENT_MONTH]},
  // "a year ago": 10.5 moment months up to 1.5 moment years.
  year: {short: 365 * DAY, long: 366 * DAY, mean: MOMENT_YEAR, single: [10.5 * MOMENT_MONTH, 1.5 * MOMENT_YEAR]}
}

const unitWords: ReadonlyMap<string, AgeUnit> = new Map<string, AgeUnit>([
  ['s', 'second'], ['sec', 'second'], ['secs', 'second'], ['second', 'second'], ['seconds', 'second'],
  ['m', 'minute'], ['min', 'minute'], ['mins', 'minute'], ['minute', 'minute'], ['minutes', 'minute'], ['mn', 'minute'],
  ['h', 'hour'], ['hr', 'hour'], ['hrs', 'hour'], ['hour', 'hour'], ['hours', 'hour'],
  ['d', 'day'], ['day', 'day'], ['days', 'day'],
  ['w', 'week'], ['wk', 'week'], ['wks', 'week'], ['week', 'week'], ['weeks', 'week'],
  ['mo', 'month'], ['mos', 'month'], ['mth', 'month'], ['mths', 'month'], ['month', 'month'], ['months', 'month'],
  ['y', 'year'], ['yr', 'year'], ['yrs', 'year'], ['year', 'year'], ['years', 'year']
])

/** Full unit names, which never count as compact (`5m`) abbreviations. */
const fullUnitWords = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days',
  'week', 'weeks', 'month', 'months', 'year', 'years'
])

/** The unit a word names (`mins` → `minute`), lower case. */
export function unitOf(word: string): AgeUnit | undefined {
  return unitWords.get(word)
}

/** Whether a unit word is an abbreviation (`h`, `hrs`), as `2h` uses. */
export function isAbbreviatedUnit(word: string): boolean {
  return !fullUnitWords.has(word)
}

/**
 * The age interval of "`count` `unit` ago": the hull of the two ways pages
 * print ages.
 *
 * - Rounded down (most sites, `timeago.js`): `26 minutes ago` is 26:00 to
 *   26:59.999, i.e. `[count, count + precision)` units; months and years
 *   take their shortest length (28, 365 days) for the lower bound and
 *   their longest (31, 366 days) for the upper.
 * - Rounded to nearest (moment.js `fromNow`): `[count − precision/2,
 *   count + precision/2)` units (moment's 30.436875-day month and
 *   365.2425-day year); for a count of 1, moment's own interval for
 *   "a minute / an hour / a day / a month / a year ago" (44.5 s–90 s,
 *   44.5 min–90 min, 21.5 h–36 h, 25.5 days–1.5 months, 10.5 months–1.5
 *   years).
 *
 * @param count
 *   The number as written (`1.5` for `1.5h`).
 * @param unit
 *   The unit.
 * @param precision
 *   The step of the written number: 1, or 0.1 for one decimal.
 * @returns
 *   Closed interval in whole milliseconds.
 */
export function ageOf(count: number, unit: AgeUnit, precision = 1): AgeInterval {
  const length = unitLengths[unit]
  // moment.js prints "a minute" only from 44.5 s: below that it says "a few
  // seconds", so its interval, not plain rounding, is the one to cover.
  const [roundLow, roundHigh] =
    count === 1 && length.single
      ? length.single
      : [(count - precision / 2) * length.mean, (count + precision / 2) * length.mean]
  const low = Math.min(count * length.short, roundLow)
  const high = Math.max((count + precision) * length.long, roundHigh)
  return closed(Math.max(0, low), high)
}

/**
 * Turn a half-open `[low, high)` interval of real milliseconds into a
 * closed interval of whole ones.
 */
export function closed(low: number, high: number): AgeInterval {
  const min = Math.ceil(low)
  return new Interval(min, Math.max(min, Math.ceil(high) - 1))
}

/** Smallest interval holding both. */
export function hull(a: AgeInterval, b: AgeInterval): AgeInterval {
  return new Interval(Math.min(a.min, b.min), Math.max(a.max, b.max))
}
