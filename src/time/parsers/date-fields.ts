import type {Implied} from '../../types.js'
import {DAY, daysInMonth, inferYear, MINUTE, SECOND, utcYear} from '../calendar.js'
import type {TimestampReading} from '../rule.js'
import type {OffsetRange, TimeZone} from '../zone.js'

/** A wall-clock time as written; `step` is its precision in ms. */
export interface TimeFields {
  hour: number
  minute: number
  second: number
  millisecond: number
  step: number
}

/** The parts an absolute timestamp spells out. */
export interface DateFields {
  /** `null`: no year written. */
  year: number | null
  /** The year was written with two digits (`25` in `23/07/25`): its century is implied. */
  twoDigitYear?: boolean
  month: number
  /** `null`: a whole month (`July 2025`). */
  day: number | null
  time: TimeFields | null
  /** UTC offset range in minutes; `null`: no zone written (read in the `timeZone` option). */
  offset: OffsetRange | null
}

/**
 * Years read as written. A `Date` holds more, but pages print four-digit
 * years, and `Date.UTC` reads 0–99 as 1900–1999: outside this range a
 * date is refused, never moved.
 */
export const MIN_YEAR = 1000
export const MAX_YEAR = 9999

/** A calendar date made whole, with what was implied to make it so. */
export interface CalendarDate {
  /** `null`: no year written and no reference to give one. */
  year: number | null
  month: number
  day: number | null
  implied: Implied[]
}

/**
 * Complete a written date: the one date code behind timestamps and
 * datelines.
 *
 * No year takes the reference's year in `zone`, or the year before when the
 * date would lie more than 14 hours after the reference (the page may be
 * in a zone ahead); two digits are 20xx, refused when that is more than a
 * year after the reference's year (never moved to the 1900s). Returns `null`
 * for a date that exists in no year (30 February) or in none of the
 * candidates, or a year outside 1000–9999.
 */
export function completeDate(
  year: number | null,
  month: number,
  day: number | null,
  referenceMs: number | null,
  zone: TimeZone,
  twoDigitYear = false
): CalendarDate | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return null
  if (day !== null && (!Number.isInteger(day) || day < 1 || day > 31)) return null
  const implied: Implied[] = []
  if (year === null) {
    implied.push('year')
    if (referenceMs === null) {
      // February 30 is no date in any year; anything else may be.
      if (day !== null && day > daysInMonth(2000, month)) return null
      return {year: null, month, day, implied}
    }
    year = inferYear(zone.toWall(referenceMs), (candidate) =>
      day !== null && day > daysInMonth(candidate, month) ? null : Date.UTC(candidate, month - 1, day ?? 1)
    )
    if (year === null) return null
  } else if (twoDigitYear) {
    implied.push('year')
    year = 2000 + (year % 100)
    // Never the 1900s: a 20xx year more than a year ahead is refused, not moved back.
    if (referenceMs !== null && year > utcYear(zone.toWall(referenceMs)) + 1) return null
  }
  if (year < MIN_YEAR || year > MAX_YEAR) return null
  if (day !== null && day > daysInMonth(year, month)) return null
  return {year, month, day, implied}
}

/**
 * Turn written date parts into the interval they denote.
 *
 * The interval spans the written precision (a month, a day, a minute, a
 * second), shifted by the written zone (a range of offsets such as `ET`
 * widens it) or read in `zone` when none is written. Without a reference a
 * date without a year has no instant (`earliest`/`latest` `null`). Returns
 * `null` for a date or time that does not exist (31 June, 24:00).
 */
export function readingOfFields(fields: DateFields, referenceMs: number | null, zone: TimeZone): TimestampReading | null {
  const {time} = fields
  const date = completeDate(fields.year, fields.month, fields.day, referenceMs, zone, fields.twoDigitYear)
  if (!date) return null
  const implied = date.implied
  // In the order of `Implied`'s documentation: year, date, day order, time of day, zone.
  if (time === null && date.day !== null) implied.push('time-of-day')
  if (fields.offset === null) implied.push('zone')
  if (time !== null && (time.hour > 23 || time.minute > 59 || time.second > 59)) return null
  if (date.year === null) return {kind: 'absolute', earliest: null, latest: null, implied}
  const {year, month, day} = date
  let start: number
  let step: number
  if (day === null) {
    start = Date.UTC(year, month - 1, 1)
    step = daysInMonth(year, month) * DAY
  } else if (time === null) {
    start = Date.UTC(year, month - 1, day)
    step = DAY
  } else {
    start = Date.UTC(year, month - 1, day, time.hour, time.minute, time.second, time.millisecond)
    step = time.step
  }
  const interval = intervalOfWall(start, step, fields.offset, zone)
  return {kind: 'absolute', earliest: interval.earliest, latest: interval.latest, implied}
}

/**
 * The instants of the wall-clock period `[start, start + step)`, in a
 * written offset range or, without one, in `zone`.
 */
export function intervalOfWall(
  start: number,
  step: number,
  offset: OffsetRange | null,
  zone: TimeZone
): {earliest: number; latest: number} {
  if (offset === null) {
    return {earliest: zone.toInstant(start), latest: zone.toInstant(start + step) - 1}
  }
  const [offsetLow, offsetHigh] = offset
  return {earliest: start - offsetHigh * MINUTE, latest: start + step - 1 - offsetLow * MINUTE}
}

/**
 * Milliseconds and precision of a decimal fraction of a second (`"5"` is
 * 500 ms, good to 100 ms).
 */
export function fractionOf(digits: string): {millisecond: number; step: number} {
  if (digits.length === 0) return {millisecond: 0, step: SECOND}
  const millisecond = Number((digits + '00').slice(0, 3))
  return {millisecond, step: digits.length >= 3 ? 1 : 10 ** (3 - digits.length)}
}
