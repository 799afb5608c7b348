import {dateTime, describe} from '../describe.js'
import type {ReferenceTime} from '../types.js'
import {utcZone, type TimeZone} from './zone.js'

/**
 * Turn a reference time into epoch milliseconds.
 *
 * @param reference
 *   When the page was read: a `Date`, an ISO 8601 string (anything
 *   `Date.parse` reads) or epoch milliseconds; `undefined` for none.
 * @param name
 *   What to call the value in the error message (default `reference time`).
 * @param zone
 *   The zone of an ISO 8601 string without one (default UTC, whatever the
 *   host's zone: `2025-07-23T12:00:00` is noon UTC).
 * @returns
 *   Epoch milliseconds, or `null` when `reference` is `undefined`.
 *
 * An invalid value (an Invalid Date, an unparseable string, `NaN`,
 * `Infinity`, a value outside the `Date` range) throws a `RangeError` that
 * names the value, a value of another type (`null` included: callers map an
 * option's `null` to `undefined` first) a `TypeError`, so that a typo in a reference
 * never silently turns into `NaN` timestamps downstream.
 *
 * @example
 *   toReferenceMs('2025-07-23T12:00:00Z')
 *   //=> 1753272000000
 *   toReferenceMs(undefined)
 *   //=> null
 *   toReferenceMs('yesterdayish')
 *   //=> RangeError: Expected a valid reference time, not `string` ("yesterdayish")
 */
export function toReferenceMs(
  reference: ReferenceTime | undefined,
  name = 'reference time',
  zone: TimeZone = utcZone
): number | null {
  if (reference === undefined) return null
  let ms: number | undefined
  if (typeof reference === 'number') ms = reference
  else if (typeof reference === 'string') ms = stringReferenceMs(reference, zone)
  // `instanceof Date` also holds for `Object.create(Date.prototype)` and for
  // a Proxy of a date, whose `getTime` throws: ask the real method.
  else ms = dateTime(reference)
  if (ms === undefined) throw new TypeError('Expected a valid ' + name + ' (a `Date`, an ISO 8601 string or epoch milliseconds), not ' + describe(reference))
  // `Date` only represents ±8.64e15 ms; anything beyond would give an
  // Invalid Date the moment it is used.
  // Whole milliseconds toward zero, as `new Date(ms)` keeps them (`+ 0`
  // turns a `-0` into `0`).
  if (Number.isFinite(ms) && Math.abs(ms) <= 8.64e15) return Math.trunc(ms) + 0
  throw new RangeError(
    'Expected a valid ' + name + ', not ' + describe(reference)
  )
}

/** An ISO 8601 date-time without a zone: `2025-07-23T12:00:00`, `2025-07-23 12:00`. Fixed widths, linear. */
const zonelessDateTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?$/
/** An ISO 8601 date alone: `2025-07-23`. */
const dateAlone = /^\d{4}-\d{2}-\d{2}$/

/**
 * A reference string: an ISO 8601 date or date-time without a zone is read
 * in `zone` (UTC by default: `2025-07-23T12:00:00` is noon UTC, whatever the
 * host's zone, as ISO headers are read; a date alone is its first
 * millisecond); anything else by `Date.parse` (which reads other zoneless
 * forms in the host's zone: pass ISO 8601).
 */
function stringReferenceMs(text: string, zone: TimeZone): number {
  const trimmed = text.trim()
  if (zonelessDateTime.test(trimmed) || dateAlone.test(trimmed)) {
    const wall = Date.parse((trimmed.length === 10 ? trimmed : trimmed.replace(' ', 'T').replace(',', '.')) + (trimmed.length === 10 ? 'T00:00:00Z' : 'Z'))
    return Number.isFinite(wall) ? zone.toInstant(wall) : Number.NaN
  }
  return Date.parse(text)
}
