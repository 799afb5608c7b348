import type {ReferenceTime, Timestamp} from '../types.js'
import {isDateMs, toIso} from './calendar.js'
import {calendarWord} from './parsers/calendar-word.js'
import {isoDate} from './parsers/iso-date.js'
import {justNow} from './parsers/just-now.js'
import {rfc2822} from './parsers/rfc-2822.js'
import {unitsAgo} from './parsers/units-ago.js'
import {writtenDate} from './parsers/written-date.js'
import {describe} from '../describe.js'
import {checkOptions} from '../contract.js'
import {toReferenceMs} from './reference.js'
import {prepareHeader, type TimestampRule} from './rule.js'

export type {TimestampHeader, TimestampReading, TimestampRule} from './rule.js'

/** Options of `normalizeTimestamp`. */
export interface TimestampOptions {
  /** When the page was read; relative ages are resolved against it. */
  reference?: ReferenceTime
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
 * The timestamp rules, in the order they are tried; the first that reads
 * the whole header wins. Pass a copy with your own rules added as
 * `matchTimestamp(raw, {rules})`.
 */
export const timestampRules: readonly TimestampRule[] = [
  justNow,
  unitsAgo,
  calendarWord,
  isoDate,
  rfc2822,
  writtenDate
]

/**
 * Normalise a timestamp header (`26 minutes ago`, `July 23, 2025`) to an
 * interval.
 *
 * @param raw
 *   The header as the page printed it.
 * @param options
 *   `reference`: when the page was read (`Date`, ISO string or epoch ms).
 * @returns
 *   A `Timestamp`, or `null` when `raw` is not a timestamp.
 *
 * Relative ages (`an hour ago`) get an `age` interval in ms before the
 * reference that covers both ways pages print ages: rounded down
 * (`26 minutes ago` = 26:00–26:59.999) and rounded to nearest as moment.js
 * does (`an hour ago` = 44.5–89.99 minutes); `earliest` = reference −
 * `age.max`, `latest` = reference − `age.min`, or both `null` without a
 * reference. Calendar words (`yesterday`, `last year`) cover their UTC
 * calendar period and the matching age (`a day ago`). Absolute dates cover
 * what they spell out (a whole day, a minute), read as UTC when no zone is
 * written; without a year they take the reference's year (or the one
 * before, when that would be in the future), and without a reference their
 * `earliest`/`latest` are `null`. See `docs/headers.md` for every rule.
 *
 * Text that is not a timestamp, an empty string and anything longer than
 * 200 characters give `null`; a `raw` that is not a string throws a
 * `TypeError` and an invalid `reference` a `RangeError`.
 *
 * @example
 *   normalizeTimestamp('26 minutes ago', {reference: '2025-07-23T12:00:00Z'})
 *   //=> {raw: '26 minutes ago', kind: 'relative', age: {min: 1530000, max: 1619999},
 *   //    earliest: '2025-07-23T11:33:00.001Z', latest: '2025-07-23T11:34:30.000Z'}
 * @example
 *   normalizeTimestamp('an hour ago')
 *   //=> {raw: 'an hour ago', kind: 'relative', age: {min: 2670000, max: 7199999},
 *   //    earliest: null, latest: null}
 * @example
 *   normalizeTimestamp('Wed, 23 Jul 2025 10:00:00 GMT')
 *   //=> {raw: 'Wed, 23 Jul 2025 10:00:00 GMT', kind: 'absolute', age: null,
 *   //    earliest: '2025-07-23T10:00:00.000Z', latest: '2025-07-23T10:00:00.999Z'}
 * @example
 *   normalizeTimestamp('Reuters')
 *   //=> null
 */
export function normalizeTimestamp(raw: string, options?: TimestampOptions | null): Timestamp | null {
  return matchTimestamp(raw, options)?.timestamp ?? null
}

/**
 * Like `normalizeTimestamp`, but also say which rule read the header.
 *
 * @param raw
 *   The header as the page printed it.
 * @param options
 *   `reference` as for `normalizeTimestamp`; `rules` to try instead of
 *   `timestampRules`.
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
  if (typeof raw !== 'string') {
    throw new TypeError(`Expected a timestamp as a string, not ${describe(raw)}`)
  }
  const given = checkOptions(options)
  const referenceMs = toReferenceMs(given.reference ?? undefined)
  const rules = given.rules ?? timestampRules
  if (!Array.isArray(rules)) throw new TypeError(`Expected \`rules\` to be an array of timestamp rules, not ${describe(rules)}`)
  for (let index = 0; index < rules.length; index++) {
    const rule: unknown = rules[index]
    if (rule === null || typeof rule !== 'object' || typeof (rule as TimestampRule).parse !== 'function' || typeof (rule as TimestampRule).name !== 'string') {
      throw new TypeError(`Expected \`rules[${index}]\` to be a timestamp rule ({name, parse}), not ${describe(rule)}`)
    }
  }
  const text = raw.trim()
  if (text.length === 0 || text.length > maxTimestampLength) return null
  const header = prepareHeader(text)
  for (const rule of rules as readonly TimestampRule[]) {
    const reading = rule.parse(header, referenceMs)
    if (!reading) continue
    let timestamp: Timestamp | null
    if (reading.kind === 'relative') {
      const {min, max} = reading.age
      if (!(min >= 0 && min <= max && isDateMs(max))) continue
      let earliest: string | null = null
      let latest: string | null = null
      if (referenceMs !== null) {
        earliest = toIso(referenceMs - max)
        latest = toIso(referenceMs - min)
        // An age reaching past the start of `Date`'s range is no timestamp.
        if (earliest === null || latest === null) continue
      }
      timestamp = {raw, kind: 'relative', age: {min, max}, earliest, latest}
    } else {
      timestamp = absolute(raw, reading.earliest, reading.latest)
      if (!timestamp) continue
    }
    return {timestamp, rule: rule.name}
  }
  return null
}

function absolute(raw: string, earliestMs: number | null, latestMs: number | null): Timestamp | null {
  if (earliestMs === null || latestMs === null) {
    return {raw, kind: 'absolute', age: null, earliest: null, latest: null}
  }
  const earliest = toIso(earliestMs)
  const latest = toIso(latestMs)
  if (earliest === null || latest === null || earliestMs > latestMs) return null
  return {raw, kind: 'absolute', age: null, earliest, latest}
}
