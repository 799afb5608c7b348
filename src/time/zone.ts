import {describe} from '../describe.js'
import {MINUTE} from './calendar.js'
import {zoneOffsets} from './zones.js'

/**
 * A UTC offset as a range in minutes east of UTC: `[60, 60]` for `BST`,
 * `[-300, -240]` for `ET` (standard or daylight time, the text does not say).
 */
export type OffsetRange = readonly [number, number]

/** A zone read from the text, and where its text ends. */
export interface ZoneMatch {
  offset: OffsetRange
  /** Index just after the zone's last character. */
  end: number
}

/** The largest magnitude a `Date` holds. */
const DATE_LIMIT = 8.64e15

/** Offsets beyond ±14:00 are no zone in use (Kiribati is +14, Baker Island −12). */
const MAX_OFFSET_HOURS = 14

/**
 * The one reader of written zones and offsets, shared by every date parser
 * (ISO 8601, RFC 2822, written dates, the `timeZone` option): at `start`,
 * read `Z`, a numeric offset (`+03:00`, `+0300`, `-04`, `+3`), a zone
 * abbreviation (`BST`, `EDT`, `ET`; any case) or `GMT`/`UTC`/`UT` followed
 * by an offset (`GMT+3`, `UTC +05:30`).
 *
 * @param text
 *   The text to read in.
 * @param start
 *   Where the zone would start.
 * @returns
 *   The offset range and the end of the zone's text, or `null` when no
 *   zone starts there (a letter run that is no known abbreviation, an
 *   offset over 14 hours or 59 minutes).
 *
 * @example
 *   scanZone('10:00 GMT+3', 6)
 *   //=> {offset: [180, 180], end: 11}
 */
export function scanZone(text: string, start: number): ZoneMatch | null {
  const code = text.charCodeAt(start)
  if (code === 43 || code === 45) return scanOffset(text, start)
  let end = start
  while (end < text.length && isLetter(text.charCodeAt(end))) end++
  if (end === start || end - start > 5) return null
  const word = text.slice(start, end).toUpperCase()
  const offset = Object.hasOwn(zoneOffsets, word) ? zoneOffsets[word] : undefined
  if (!offset) return null
  if (word === 'GMT' || word === 'UTC' || word === 'UT') {
    // `GMT+3`, `UTC +05:30`: the word only names the origin of the offset.
    const at = text.charCodeAt(end) === 32 ? end + 1 : end
    const sign = text.charCodeAt(at)
    if (sign === 43 || sign === 45) {
      const shifted = scanOffset(text, at)
      if (shifted) return shifted
    }
  }
  return {offset, end}
}

/** `+03:00`, `+0300`, `-04`, `+3` at `start` (a sign). */
function scanOffset(text: string, start: number): ZoneMatch | null {
  const sign = text.charCodeAt(start) === 45 ? -1 : 1
  let end = start + 1
  while (end < text.length && isDigit(text.charCodeAt(end))) end++
  const digits = text.slice(start + 1, end)
  let hours: number
  let minutes = 0
  if (digits.length === 4) {
    hours = Number(digits.slice(0, 2))
    minutes = Number(digits.slice(2))
  } else if (digits.length === 1 || digits.length === 2) {
    hours = Number(digits)
    if (text.charCodeAt(end) === 58 && isDigit(text.charCodeAt(end + 1)) && isDigit(text.charCodeAt(end + 2)) && !isDigit(text.charCodeAt(end + 3))) {
      minutes = Number(text.slice(end + 1, end + 3))
      end += 3
    }
  } else {
    return null
  }
  if (hours > MAX_OFFSET_HOURS || minutes > 59) return null
  const value = sign * (hours * 60 + minutes)
  return {offset: [value, value], end}
}

/**
 * Read a whole string as one zone (`Z`, `+0300`, `BST`, `GMT+3`), as the
 * ISO 8601 and RFC 2822 rules need.
 */
export function zoneOfText(text: string): OffsetRange | null {
  const match = scanZone(text, 0)
  return match && match.end === text.length ? match.offset : null
}

/**
 * The zone that times written without one are read in: a fixed offset or
 * an IANA zone. Both map wall-clock times, written as epoch milliseconds
 * as if they were UTC, to instants and back.
 */
export interface TimeZone {
  /** As given (`Europe/London`, `+05:30`, `UTC`). */
  readonly name: string
  /** Whether the zone is UTC itself (the default). */
  readonly utc: boolean
  /** The instant of a wall-clock time. */
  toInstant(wallMs: number): number
  /** The wall-clock time of an instant. */
  toWall(instantMs: number): number
}

function fixedZone(name: string, minutes: number): TimeZone {
  const shift = minutes * MINUTE
  return {
    name,
    utc: minutes === 0,
    toInstant: (wallMs) => wallMs - shift,
    toWall: (instantMs) => instantMs + shift
  }
}

/** UTC: the default zone of every time written without one. */
export const utcZone: TimeZone = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ fixedZone('UTC', 0))

const zoneCache = new Map<string, TimeZone>()

/**
 * Read the `timeZone` option.
 *
 * @param value
 *   An IANA zone name (`Europe/London`, `America/New_York`), a fixed
 *   offset (`+05:30`, `-0400`, `UTC+3`), `UTC`, `GMT` or `Z`;
 *   `undefined` for UTC.
 * @returns
 *   The zone.
 * @throws {TypeError}
 *   When `value` is not a string.
 * @throws {RangeError}
 *   When it names no zone (`Mars/Olympus`, `+25:00`, an abbreviation
 *   such as `ET` that stands for two offsets).
 */
export function resolveTimeZone(value: unknown): TimeZone {
  if (value === undefined) return utcZone
  if (typeof value !== 'string') {
    throw new TypeError('Expected `timeZone` as a string (an IANA zone name or an offset such as +05:30), not ' + describe(value))
  }
  const cached = zoneCache.get(value)
  if (cached) return cached
  let zone: TimeZone | null = null
  const offset = zoneOfText(value.trim())
  if (offset && offset[0] === offset[1] && /^(?:[+-]|Z$|UTC|GMT|UT)/i.test(value.trim())) {
    zone = offset[0] === 0 ? utcZone : fixedZone(value, offset[0])
  } else if (/^[a-z][\w+\-]*(?:\/[\w+\-]+){0,3}$/i.test(value)) {
    zone = ianaZone(value)
  }
  if (!zone) {
    throw new RangeError('Expected `timeZone` to be an IANA zone name (Europe/London) or an offset (+05:30), not ' + describe(value))
  }
  if (zoneCache.size < 64) zoneCache.set(value, zone)
  return zone
}

function ianaZone(name: string): TimeZone | null {
  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
  } catch {
    return null
  }
  if (format.resolvedOptions().timeZone.toUpperCase() === 'UTC') return utcZone
  /** Milliseconds the zone is ahead of UTC at an instant. */
  const offsetAt = (instantMs: number): number => {
    // Wall times near the ends of `Date`'s range lie outside it: they take
    // the offset at the end (local mean time there, in the zone data).
    if (!(instantMs >= -DATE_LIMIT)) instantMs = -DATE_LIMIT
    else if (instantMs > DATE_LIMIT) instantMs = DATE_LIMIT
    const whole = Math.ceil(instantMs / 1000) * 1000
    const parts: Record<string, string> = {}
    for (const part of format.formatToParts(whole)) parts[part.type] = part.value
    let year = Number(parts['year'])
    if (parts['era'] === 'BC' || parts['era'] === 'B') year = 1 - year
    const date = new Date(0)
    date.setUTCFullYear(year, Number(parts['month']) - 1, Number(parts['day']))
    date.setUTCHours(Number(parts['hour']), Number(parts['minute']), Number(parts['second']), 0)
    return date.getTime() - whole
  }
  return {
    name,
    utc: false,
    // The offset at a first guess settles every wall time but those a clock
    // change skips or repeats, which are read with the offset in force
    // after the change (New York's skipped 02:30 is 06:30 UTC, as 01:30 EST).
    toInstant: (wallMs) => wallMs - offsetAt(wallMs - offsetAt(wallMs)),
    toWall: (instantMs) => instantMs + offsetAt(instantMs)
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
