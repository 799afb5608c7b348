// UTC calendar arithmetic shared by the timestamp rules and the dateline
// parser. Everything is epoch milliseconds; nothing reads the host zone.

export const SECOND = 1000
export const MINUTE = 60 * SECOND
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
export const WEEK = 7 * DAY

/** Largest magnitude a `Date` can hold. */
const DATE_LIMIT = 8.64e15

const monthIndex: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['january', 1],
  ['feb', 2], ['february', 2],
  ['mar', 3], ['march', 3],
  ['apr', 4], ['april', 4],
  ['may', 5],
  ['jun', 6], ['june', 6],
  ['jul', 7], ['july', 7],
  ['aug', 8], ['august', 8],
  ['sep', 9], ['sept', 9], ['september', 9],
  ['oct', 10], ['october', 10],
  ['nov', 11], ['november', 11],
  ['dec', 12], ['december', 12]
])

/** Month number (1–12) of an English month name or abbreviation, lower case. */
export function monthOf(word: string): number | undefined {
  return monthIndex.get(word)
}

const weekdayIndex: ReadonlyMap<string, number> = new Map([
  ['mon', 0], ['monday', 0],
  ['tue', 1], ['tues', 1], ['tuesday', 1],
  ['wed', 2], ['wednesday', 2],
  ['thu', 3], ['thur', 3], ['thurs', 3], ['thursday', 3],
  ['fri', 4], ['friday', 4],
  ['sat', 5], ['saturday', 5],
  ['sun', 6], ['sunday', 6]
])

/** ISO weekday (0 = Monday … 6 = Sunday) of an English weekday name or abbreviation, lower case. */
export function weekdayOf(word: string): number | undefined {
  return weekdayIndex.get(word)
}

/** ISO weekday (0 = Monday) of a day given as epoch ms at its UTC midnight (1970-01-01 was a Thursday). */
export function weekdayOfDay(dayMs: number): number {
  return (((Math.floor(dayMs / DAY) + 3) % 7) + 7) % 7
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Whether `ms` can become a valid `Date` (the guard before every `toISOString`). */
export function isDateMs(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= DATE_LIMIT
}

/**
 * ISO 8601 in UTC, as `Date#toISOString` writes it, or `null` when `ms` is
 * no valid instant.
 *
 * Written out by hand for years 0–9999 because `toISOString` is the slowest
 * step of reading a header (it goes through the host's date machinery);
 * other years fall back to it.
 */
export function toIso(instant: number): string | null {
  if (!isDateMs(instant)) return null
  // As `new Date()` does (TimeClip): whole milliseconds, toward zero.
  const ms = Math.trunc(instant)
  const days = Math.floor(ms / DAY)
  if (days !== lastDay) {
    const civil = civilOfDays(days)
    if (civil < 0) return new Date(ms).toISOString()
    const year = (civil / 512) | 0
    const month = ((civil / 32) | 0) % 16
    const day = civil % 32
    lastDayText = String.fromCharCode(
      48 + ((year / 1000) | 0), 48 + (((year / 100) | 0) % 10), 48 + (((year / 10) | 0) % 10), 48 + (year % 10),
      45, 48 + ((month / 10) | 0), 48 + (month % 10),
      45, 48 + ((day / 10) | 0), 48 + (day % 10),
      84
    )
    lastDay = days
  }
  // A whole number of ms in [0, DAY): `| 0` makes it an int32, so the
  // divisions and remainders below run as integer operations, not doubles.
  let rest = (ms - days * DAY) | 0
  const hour = (rest / HOUR) | 0
  rest -= hour * HOUR
  const minute = (rest / MINUTE) | 0
  rest -= minute * MINUTE
  const second = (rest / SECOND) | 0
  const millisecond = rest - second * SECOND
  // One `fromCharCode` call: 3× faster than concatenating the pieces.
  return lastDayText + String.fromCharCode(
    48 + ((hour / 10) | 0), 48 + (hour % 10),
    58, 48 + ((minute / 10) | 0), 48 + (minute % 10),
    58, 48 + ((second / 10) | 0), 48 + (second % 10),
    46, 48 + ((millisecond / 100) | 0), 48 + (((millisecond / 10) | 0) % 10), 48 + (millisecond % 10),
    90
  )
}

// The date part of the last day written: headers of one page fall on a few
// days, and the date is most of `toIso`'s work. A cache of one pure value.
let lastDay = Number.NaN
let lastDayText = ''

/**
 * The civil date of a day (days since 1970-01-01) in years 0–9999, packed as
 * `year × 512 + month × 32 + day`, or −1 outside them (Howard Hinnant's
 * `civil_from_days`). Every quantity is a small non-negative integer, so
 * `| 0` truncates exactly; no `Date` is made.
 */
function civilOfDays(days: number): number {
  const shifted = days + 719_468
  if (shifted < 0 || days > 2_932_896) return -1
  const era = (shifted / 146_097) | 0
  const dayOfEra = shifted - era * 146_097
  const yearOfEra = ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36_524) | 0) - ((dayOfEra / 146_096) | 0)) / 365) | 0
  const dayOfYear = dayOfEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0))
  const monthIndex = ((5 * dayOfYear + 2) / 153) | 0
  const day = dayOfYear - (((153 * monthIndex + 2) / 5) | 0) + 1
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
  return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0)) * 512 + month * 32 + day
}

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY
}

/** UTC year of an instant (`NaN` outside `Date`'s range), without making a `Date` in years 0–9999. */
export function utcYear(ms: number): number {
  if (!isDateMs(ms)) return Number.NaN
  // Whole milliseconds toward zero, as `new Date(ms)` keeps them.
  const civil = civilOfDays(Math.floor(Math.trunc(ms) / DAY))
  return civil < 0 ? new Date(ms).getUTCFullYear() : (civil / 512) | 0
}

/**
 * Pick the year of a date written without one: the reference's year, or
 * the year before when that would put the date more than 14 hours after the
 * reference (14 hours: the date may be written in a zone ahead of UTC).
 *
 * @param startOfDateMs
 *   Function giving the start of the date in a given year, or `null` when
 *   the date does not exist in that year (29 February).
 */
export function inferYear(
  referenceMs: number,
  startOfDateMs: (year: number) => number | null
): number | null {
  const year = utcYear(referenceMs)
  const start = startOfDateMs(year)
  if (start !== null && start <= referenceMs + 14 * HOUR) return year
  return startOfDateMs(year - 1) === null ? null : year - 1
}
