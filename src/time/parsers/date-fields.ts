import {DAY, daysInMonth, inferYear, MINUTE, SECOND} from '../calendar.js'
import type {TimestampReading} from '../rule.js'

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
  month: number
  /** `null`: a whole month (`July 2025`). */
  day: number | null
  time: TimeFields | null
  /** UTC offset range in minutes; `null`: no zone written (read as UTC). */
  offset: readonly [number, number] | null
}

/**
 * Turn written date parts into the interval they denote.
 *
 * The interval spans the written precision (a day, a minute, a second),
 * shifted by the zone; a range of offsets (`ET`) widens it. No zone means
 * UTC. No year takes the reference's year, or the year before when the date
 * would otherwise lie more than 14 hours after the reference; without a
 * reference the instant is unknown (`earliest`/`latest` `null`). Returns
 * `null` for a date that does not exist (31 June).
 */
export function readingOfFields(fields: DateFields, referenceMs: number | null): TimestampReading | null {
  const {month, day, time} = fields
  if (month < 1 || month > 12) return null
  if (day !== null && (day < 1 || day > 31)) return null
  let year = fields.year
  if (year === null) {
    if (referenceMs === null) {
      // February 30 is no date in any year; anything else may be.
      if (day !== null && day > daysInMonth(2000, month)) return null
      return {kind: 'absolute', earliest: null, latest: null}
    }
    year = inferYear(referenceMs, (candidate) =>
      day !== null && day > daysInMonth(candidate, month) ? null : Date.UTC(candidate, month - 1, day ?? 1)
    )
    if (year === null) return null
  }
  if (year < 1000 || year > 9999) return null
  if (day !== null && day > daysInMonth(year, month)) return null

  let start: number
  let step: number
  if (day === null) {
    start = Date.UTC(year, month - 1, 1)
    step = daysInMonth(year, month) * DAY
  } else if (time === null) {
    start = Date.UTC(year, month - 1, day)
    step = DAY
  } else {
    if (time.hour > 23 || time.minute > 59 || time.second > 59) return null
    start = Date.UTC(year, month - 1, day, time.hour, time.minute, time.second, time.millisecond)
    step = time.step
  }
  const [offsetLow, offsetHigh] = fields.offset ?? [0, 0]
  return {
    kind: 'absolute',
    earliest: start - offsetHigh * MINUTE,
    latest: start + step - 1 - offsetLow * MINUTE
  }
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
