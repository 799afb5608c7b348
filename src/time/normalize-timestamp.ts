import type {Implied, ReferenceTime, Timestamp} from '../types.js'
import type {AgeInterval} from './age.js'
import {DAY, toIso} from './calendar.js'
import {calendarWord} from './parsers/calendar-word.js'
import {dayAndTime} from './parsers/day-and-time.js'
import {isoDate} from './parsers/iso-date.js'
import {justNow} from './parsers/just-now.js'
import {rfc2822} from './parsers/rfc-2822.js'
import {simpleAgeOf, unitsAgo} from './parsers/units-ago.js'
import {writtenDate} from './parsers/written-date.js'
import {describe, isRevokedProxy} from '../describe.js'
import {checkOptions, isArray, isRecord} from '../contract.js'
import {toReferenceMs} from './reference.js'
import {mayBeTimestamp, prepareHeader, type TimestampRule} from './rule.js'
import {settingsOf} from './settings.js'

export type {TimestampHeader, TimestampReading, TimestampRule, TimestampSettings} from './rule.js'

/** Options of `normalizeTimestamp`. */
export interface TimestampOptions {
  /**
   * When the page was read; relative ages and dates without a year are
   * resolved against it. A string without a zone is read in `timeZone`.
   */
  reference?: ReferenceTime
  /**
   * The zone of times and dates written without one, and of calendar words
   * (`yesterday`): an IANA name (`Europe/London`) or an offset (`+05:30`,
   * `UTC-4`). Default `UTC`.
   */
  timeZone?: string
  /**
   * How to read a numeric date valid both ways (`07/08/2025`): `'mdy'`
   * (8 July) or `'dmy'` (7 August). Without it such a date has open
   * bounds. Unambiguous ones (`23/07/2025`) are read either way.
   */
  dateOrder?: 'mdy' | 'dmy'
}

/** Options of `matchTimestamp`. */
export interface MatchTimestampOptions extends TimestampOptions {
  /** The rules to try, in order (default `timestampRules`). */
  rules?: readonly TimestampRule[]
}

/** A timestamp and the name of the rule that read it. */
export interface TimestampMatch {
  timestamp: Timestamp
  rule: string
}

/**
 * Headers are short; anything longer is body text, and refusing it up
 * front keeps the cost of a wrong guess constant.
 */
export const maxTimestampLength = 200

/**
 * The longest age read: 10,000 years of 366 days. Dates are read in years
 * 1000–9999, so no age can be checked against a date beyond it, and every
 * sum of such an age and a readable date stays inside `Date`'s range.
 * `273223 years ago` is no timestamp.
 */
const MAX_AGE_MS = 10_000 * 366 * DAY

/** The first and last instants a `Date` holds. */
const DATE_MIN = -8.64e15
const DATE_MAX = 8.64e15

/**
 * The timestamp rules, in the order they are tried; the first that reads
 * the whole header wins. Frozen: pass a copy with your own rules added as
 * `matchTimestamp(raw, {rules})`.
 */
export const timestampRules: readonly TimestampRule[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ Object.freeze(justNow),
  /* @__PURE__ */ Object.freeze(unitsAgo),
  /* @__PURE__ */ Object.freeze(calendarWord),
  /* @__PURE__ */ Object.freeze(isoDate),
  /* @__PURE__ */ Object.freeze(rfc2822),
  /* @__PURE__ */ Object.freeze(writtenDate),
  /* @__PURE__ */ Object.freeze(dayAndTime)
])

/**
 * Normalise a timestamp header (`26 minutes ago`, `July 23, 2025`,
 * `Yesterday at 5:30 PM`) to an interval.
 *
 * @param raw
 *   The header as the page printed it.
 * @param options
 *   `reference`: when the page was read (`Date`, ISO string or epoch ms);
 *   `timeZone`: the zone of times written without one (IANA name or
 *   offset, default UTC); `dateOrder`: `'mdy'` or `'dmy'` for numeric
 *   dates valid both ways.
 * @returns
 *   A `RelativeTimestamp` (`kind: 'relative'`, with an `age`) or an
 *   `AbsoluteTimestamp` (`kind: 'absolute'`), each saying what it
 *   `implied` and which `rule` read it; `null` when `raw` is not a
 *   timestamp.
 *
 * Relative ages (`an hour ago`) get an `age` interval in ms before the
 * reference that covers both ways pages print ages: rounded down
 * (`26 minutes ago` = 26:00–26:59.999) and rounded to nearest as moment.js
 * does (`an hour ago` = 44.5–89.99 minutes); `earliest` = reference −
 * `age.max`, `latest` = reference − `age.min`, or both `null` without a
 * reference. Calendar words (`yesterday`, `last year`) cover their
 * calendar period in `timeZone` and the matching age (`a day ago`).
 * Absolute dates cover what they spell out (a whole day, a minute), read in
 * `timeZone` when no zone is written; without a year they take the
 * reference's year (or the one before, when that would be in the future),
 * and without a reference their `earliest`/`latest` are `null`. Ages over
 * 10,000 years and years outside 1000–9999 give `null`. See
 * `docs/headers.md` for every rule.
 *
 * Text that is not a timestamp, an empty string and anything longer than
 * 200 characters give `null`; a `raw` that is not a string throws a
 * `TypeError`, an invalid `reference`, `timeZone` or `dateOrder` a
 * `RangeError` (a `TypeError` when of the wrong type) naming it.
 *
 * @example
 *   normalizeTimestamp('26 minutes ago', {reference: '2025-07-23T12:00:00Z'})
 *   //=> {raw: '26 minutes ago', kind: 'relative', age: {min: 1530000, max: 1619999},
 *   //    earliest: '2025-07-23T11:33:00.001Z', latest: '2025-07-23T11:34:30.000Z',
 *   //    implied: [], rule: 'units-ago'}
 * @example
 *   normalizeTimestamp('an hour ago')
 *   //=> {raw: 'an hour ago', kind: 'relative', age: {min: 2670000, max: 7199999},
 *   //    earliest: null, latest: null, implied: [], rule: 'units-ago'}
 * @example
 *   normalizeTimestamp('Wed, 23 Jul 2025 10:00:00 GMT')
 *   //=> {raw: 'Wed, 23 Jul 2025 10:00:00 GMT', kind: 'absolute',
 *   //    earliest: '2025-07-23T10:00:00.000Z', latest: '2025-07-23T10:00:00.999Z',
 *   //    implied: [], rule: 'rfc-2822'}
 * @example
 *   normalizeTimestamp('Yesterday at 5:30 PM', {reference: '2025-07-23T12:00:00Z', timeZone: 'America/New_York'})
 *   //=> {raw: 'Yesterday at 5:30 PM', kind: 'absolute',
 *   //    earliest: '2025-07-22T21:30:00.000Z', latest: '2025-07-22T21:30:59.999Z',
 *   //    implied: ['zone'], rule: 'day-and-time'}
 * @example
 *   normalizeTimestamp('Reuters')
 *   //=> null
 */
export function normalizeTimestamp(raw: string, options?: TimestampOptions | null): Timestamp | null {
  return readTimestamp(raw, options)
}

/**
 * Like `normalizeTimestamp`, but also say which rule read the header.
 *
 * @param raw
 *   The header as the page printed it.
 * @param options
 *   `reference`, `timeZone`, `dateOrder` as for `normalizeTimestamp`;
 *   `rules` to try instead of `timestampRules` (an array of
 *   `{name, parse}`; a `TypeError` names a bad entry).
 * @returns
 *   `{timestamp, rule}`, or `null` when no rule reads `raw`.
 *
 * @example
 *   matchTimestamp('3h ago')?.rule
 *   //=> 'units-ago'
 *   matchTimestamp('2025-07-23')?.rule
 *   //=> 'iso-8601'
 */
export function matchTimestamp(raw: string, options?: MatchTimestampOptions | null): TimestampMatch | null {
  const timestamp = readTimestamp(raw, options)
  return timestamp ? {timestamp, rule: timestamp.rule} : null
}

/** The one pipeline behind `normalizeTimestamp` and `matchTimestamp`. */
function readTimestamp(raw: string, given: MatchTimestampOptions | null | undefined): Timestamp | null {
  if (typeof raw !== 'string') {
    throw new TypeError(`Expected a timestamp as a string, not ${describe(raw)}`)
  }
  // `null` means no options, as everywhere (see `checkOptions`).
  const options = given === null ? undefined : given
  if (options !== undefined && !isRecord(options)) {
    throw new TypeError(`Expected \`options\` to be an object (or \`null\`/\`undefined\` for none), not ${describe(options)}`)
  }
  const settings = settingsOf(options)
  const referenceMs = toReferenceMs(options?.reference ?? undefined, 'reference time', settings.timeZone)
  const rules = rulesOf(options?.rules ?? undefined)
  const text = raw.trim()
  if (text.length === 0 || text.length > maxTimestampLength) return null
  if (rules === timestampRules) {
    // The default rules read nothing that fails this (outlet names, headlines).
    if (!mayBeTimestamp(text)) return null
    // `26 minutes ago`, `an hour ago`, `3h ago` as written: lower case,
    // single spaces, no lead word or credit, so `prepareHeader` would leave
    // the phrase as it is, `just-now` would refuse it and `units-ago` read it
    // with this same function (the differential check holds them to that).
    const simple = simpleAgeOf(text)
    const timestamp = simple && relative(raw, simple, [], referenceMs, unitsAgo.name)
    if (timestamp) return timestamp
  }
  const header = prepareHeader(text)
  if (header.text.length === 0) return null
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index]!
    const reading = rule.parse(header, referenceMs, settings)
    if (!reading) continue
    const implied = impliedList(reading.implied)
    const timestamp =
      reading.kind === 'relative'
        ? relative(raw, reading.age, implied, referenceMs, rule.name)
        : absolute(raw, reading.earliest, reading.latest, implied, rule.name)
    if (timestamp) return timestamp
  }
  return null
}

/** A relative timestamp from an age, or `null` for an age no page means (negative, over 10,000 years). */
function relative(
  raw: string,
  interval: AgeInterval,
  implied: Implied[],
  referenceMs: number | null,
  rule: string
): Timestamp | null {
  const {min, max} = interval
  if (!(Number.isFinite(min) && min >= 0 && min <= max && max <= MAX_AGE_MS)) return null
  const age = {min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max))}
  let earliest: string | null = null
  let latest: string | null = null
  if (referenceMs !== null) {
    // Clamped to the start of `Date`'s range, which an age of up to
    // 10,000 years can only reach from a reference near it.
    earliest = toIso(Math.max(DATE_MIN, referenceMs - age.max))
    latest = toIso(Math.max(DATE_MIN, referenceMs - age.min))
  }
  return {raw, kind: 'relative', age, earliest, latest, implied, rule}
}

function absolute(
  raw: string,
  earliestMs: number | null,
  latestMs: number | null,
  implied: Implied[],
  rule: string
): Timestamp | null {
  if (earliestMs === null || latestMs === null) {
    return {raw, kind: 'absolute', earliest: null, latest: null, implied, rule}
  }
  if (!(earliestMs <= latestMs)) return null
  // A date at the edge of the calendar keeps the part inside `Date`'s range.
  const earliest = toIso(Math.max(DATE_MIN, earliestMs))
  const latest = toIso(Math.min(DATE_MAX, latestMs))
  if (earliest === null || latest === null || earliestMs > DATE_MAX || latestMs < DATE_MIN) return null
  return {raw, kind: 'absolute', earliest, latest, implied, rule}
}

const impliedOrder: readonly Implied[] = ['year', 'date', 'day-order', 'time-of-day', 'zone']

/** A rule's `implied`, deduplicated, in one order, and a fresh array every time. */
function impliedList(implied: readonly Implied[] | undefined): Implied[] {
  if (!implied || implied.length === 0) return []
  // The built-in rules list them in order already; others may not.
  let ordered = true
  for (let index = 1; index < implied.length && ordered; index++) {
    ordered = impliedOrder.indexOf(implied[index - 1]!) < impliedOrder.indexOf(implied[index]!)
  }
  return ordered ? implied.slice() : impliedOrder.filter((part) => implied.includes(part))
}

/** Check `rules`: an array of `{name, parse}`. */
function rulesOf(rules: readonly TimestampRule[] | undefined): readonly TimestampRule[] {
  if (rules === undefined) return timestampRules
  if (!isArray(rules)) throw new TypeError(`Expected \`rules\` to be an array of timestamp rules, not ${describe(rules)}`)
  for (const [index, rule] of rules.entries()) {
    const candidate = rule as Partial<TimestampRule> | null
    if (!isRecord(candidate) || typeof candidate.name !== 'string' || typeof candidate.parse !== 'function' || isRevokedProxy(candidate.parse)) {
      throw new TypeError(`Expected \`rules[${index}]\` to be {name: string, parse: function}, not ${describe(rule)}`)
    }
  }
  return rules
}
