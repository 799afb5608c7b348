import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import * as timestampModule from '../src/time/normalize-timestamp.js'
import {matchTimestamp, normalizeTimestamp} from '../src/time/normalize-timestamp.js'
import {toReferenceMs} from '../src/time/reference.js'
import type {Implied, Timestamp} from '../src/types.js'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const MOMENT_MONTH = 30.436875 * DAY
const MOMENT_YEAR = 365.2425 * DAY

const reference = '2025-07-23T12:00:00Z' // a Wednesday
const referenceMs = Date.parse(reference)

function at(raw: string): Timestamp | null {
  return normalizeTimestamp(raw, {reference})
}

/** Expected relative timestamp for `raw` with age `[min, max]` against the reference. */
function relative(
  raw: string, min: number, max: number, earliest: string | null, latest: string | null,
  rule = 'units-ago', implied: Implied[] = []
): Timestamp {
  return {raw, kind: 'relative', age: {min, max}, earliest, latest, implied, rule}
}

/** Expected absolute timestamp; a written date without time or zone by default. */
function absolute(
  raw: string, earliest: string | null, latest: string | null,
  implied: Implied[] = ['time-of-day', 'zone'], rule = 'written-date'
): Timestamp {
  return {raw, kind: 'absolute', earliest, latest, implied, rule}
}

/** The age of a relative timestamp (`undefined` for anything else). */
function ageOf(result: Timestamp | null | undefined): {min: number; max: number} | undefined {
  return result?.kind === 'relative' ? result.age : undefined
}

describe('public surface', () => {
  it('exports these names', () => {
    expect(Object.keys(timestampModule).sort()).toEqual([
      'matchTimestamp',
      'maxTimestampLength',
      'normalizeTimestamp',
      'timestampRules'
    ])
  })

  it('names its rules in order', () => {
    expect(timestampModule.timestampRules.map((rule) => rule.name)).toEqual([
      'just-now',
      'units-ago',
      'calendar-word',
      'iso-8601',
      'rfc-2822',
      'written-date',
      'day-and-time'
    ])
  })
})

describe('toReferenceMs', () => {
  it('reads dates, ISO strings and epoch ms', () => {
    expect(toReferenceMs(new Date(reference))).toBe(1_753_272_000_000)
    expect(toReferenceMs(reference)).toBe(1_753_272_000_000)
    expect(toReferenceMs(1_753_272_000_000)).toBe(1_753_272_000_000)
    expect(toReferenceMs(0)).toBe(0)
    expect(toReferenceMs(undefined)).toBeNull()
  })

  it('rejects invalid references with a RangeError naming them', () => {
    expect(() => toReferenceMs('yesterdayish')).toThrow(
      new RangeError('Expected a valid reference time, not `string` ("yesterdayish")')
    )
    expect(() => toReferenceMs(new Date(Number.NaN))).toThrow('not `Date` (Invalid Date)')
    expect(() => toReferenceMs(Number.NaN)).toThrow('not `number` (NaN)')
    expect(() => toReferenceMs(Number.POSITIVE_INFINITY)).toThrow('not `number` (Infinity)')
    expect(() => toReferenceMs(9e15)).toThrow(RangeError)
    expect(() => toReferenceMs({} as unknown as string)).toThrow('not `object`')
    expect(() => toReferenceMs(null as unknown as string)).toThrow('not `null`')
    expect(() => toReferenceMs(new Date(Number.NaN), 'capture time')).toThrow(
      'Expected a valid capture time'
    )
  })
})

describe('relative ages: rounded down ∪ rounded to nearest (moment.js)', () => {
  it('reads the seed ages', () => {
    // 26:00–26:59.999 rounded down, 25:30–26:29.999 rounded to nearest.
    expect(at('26 minutes ago')).toEqual(
      relative('26 minutes ago', 25.5 * MINUTE, 27 * MINUTE - 1, '2025-07-23T11:33:00.001Z', '2025-07-23T11:34:30.000Z')
    )
    expect(at('7 minutes ago')).toEqual(
      relative('7 minutes ago', 6.5 * MINUTE, 8 * MINUTE - 1, '2025-07-23T11:52:00.001Z', '2025-07-23T11:53:30.000Z')
    )
    expect(at('14 minutes ago')).toEqual(
      relative('14 minutes ago', 13.5 * MINUTE, 15 * MINUTE - 1, '2025-07-23T11:45:00.001Z', '2025-07-23T11:46:30.000Z')
    )
    // moment's "an hour ago" is 44.5–89.99 min; rounded down it is 60–119.99 min.
    expect(at('an hour ago')).toEqual(
      relative('an hour ago', 44.5 * MINUTE, 2 * HOUR - 1, '2025-07-23T10:00:00.001Z', '2025-07-23T11:15:30.000Z')
    )
    expect(at('2 hours ago')).toEqual(
      relative('2 hours ago', 1.5 * HOUR, 3 * HOUR - 1, '2025-07-23T09:00:00.001Z', '2025-07-23T10:30:00.000Z')
    )
    expect(at('4 hours ago')).toEqual(
      relative('4 hours ago', 3.5 * HOUR, 5 * HOUR - 1, '2025-07-23T07:00:00.001Z', '2025-07-23T08:30:00.000Z')
    )
  })

  it('reads just now and seconds', () => {
    expect(at('just now')).toEqual(
      relative('just now', 0, MINUTE - 1, '2025-07-23T11:59:00.001Z', '2025-07-23T12:00:00.000Z', 'just-now')
    )
    expect(at('a few seconds ago')).toEqual(
      relative('a few seconds ago', 0, 44.5 * SECOND - 1, '2025-07-23T11:59:15.501Z', '2025-07-23T12:00:00.000Z', 'just-now')
    )
    expect(ageOf(at('seconds ago'))).toEqual({min: 0, max: MINUTE - 1})
    expect(ageOf(at('moments ago'))).toEqual({min: 0, max: MINUTE - 1})
    expect(ageOf(at('12 seconds ago'))).toEqual({min: 11.5 * SECOND, max: 13 * SECOND - 1})
    expect(ageOf(at('three seconds ago'))).toEqual({min: 2.5 * SECOND, max: 4 * SECOND - 1})
  })

  it('reads minutes', () => {
    // "a minute ago": moment 44.5–89.99 s, rounded down 60–119.99 s.
    const aMinute = relative('a minute ago', 44.5 * SECOND, 2 * MINUTE - 1, '2025-07-23T11:58:00.001Z', '2025-07-23T11:59:15.500Z')
    expect(at('a minute ago')).toEqual(aMinute)
    expect(at('1 min ago')).toEqual({...aMinute, raw: '1 min ago'})
    expect(at('5 mins ago')).toEqual(
      relative('5 mins ago', 4.5 * MINUTE, 6 * MINUTE - 1, '2025-07-23T11:54:00.001Z', '2025-07-23T11:55:30.000Z')
    )
    expect(at('5m')).toEqual(
      relative('5m', 4.5 * MINUTE, 6 * MINUTE - 1, '2025-07-23T11:54:00.001Z', '2025-07-23T11:55:30.000Z')
    )
    expect(ageOf(at('Updated 5 minutes ago'))).toEqual({min: 4.5 * MINUTE, max: 6 * MINUTE - 1})
    expect(ageOf(at('Updated: 5 minutes ago'))).toEqual({min: 4.5 * MINUTE, max: 6 * MINUTE - 1})
    expect(ageOf(at('half an hour ago'))).toEqual({min: 15 * MINUTE, max: HOUR - 1})
  })

  it('reads hours', () => {
    const twoHours = {min: 1.5 * HOUR, max: 3 * HOUR - 1}
    for (const raw of ['2 hrs ago', '2h', '2h ago', '2 h ago', 'posted 2 hours ago', 'Posted 2 hours ago.', 'two hours ago']) {
      expect(ageOf(at(raw)), raw).toEqual(twoHours)
    }
    expect(at('3h ago')).toEqual(
      relative('3h ago', 2.5 * HOUR, 4 * HOUR - 1, '2025-07-23T08:00:00.001Z', '2025-07-23T09:30:00.000Z')
    )
    expect(ageOf(at('1hr ago'))).toEqual({min: 44.5 * MINUTE, max: 2 * HOUR - 1})
    // One decimal: rounded down to 0.1 h or to nearest 0.1 h.
    expect(ageOf(at('1.5h ago'))).toEqual({min: 1.45 * HOUR, max: 1.6 * HOUR - 1})
  })

  it('reads days, weeks, months and years', () => {
    // "a day ago": moment 21.5–35.99 h, rounded down 24–47.99 h.
    expect(at('1d')).toEqual(
      relative('1d', 21.5 * HOUR, 2 * DAY - 1, '2025-07-21T12:00:00.001Z', '2025-07-22T14:30:00.000Z')
    )
    expect(at('2 days ago')).toEqual(
      relative('2 days ago', 1.5 * DAY, 3 * DAY - 1, '2025-07-20T12:00:00.001Z', '2025-07-22T00:00:00.000Z')
    )
    expect(at('a week ago')).toEqual(
      relative('a week ago', 3.5 * DAY, 14 * DAY - 1, '2025-07-09T12:00:00.001Z', '2025-07-20T00:00:00.000Z')
    )
    expect(at('3 weeks ago')).toEqual(
      relative('3 weeks ago', 17.5 * DAY, 28 * DAY - 1, '2025-06-25T12:00:00.001Z', '2025-07-06T00:00:00.000Z')
    )
    // moment: 25.5 days to 1.5 moment months; rounded down: 28 to 2 × 31 days.
    expect(at('a month ago')).toEqual(
      relative('a month ago', 25.5 * DAY, 62 * DAY - 1, '2025-05-22T12:00:00.001Z', '2025-06-28T00:00:00.000Z')
    )
    expect(ageOf(at('5 months ago'))).toEqual({min: 4.5 * MOMENT_MONTH, max: 6 * 31 * DAY - 1})
    expect(ageOf(at('a year ago'))).toEqual({min: 10.5 * MOMENT_MONTH, max: 2 * 366 * DAY - 1})
    expect(at('2 yrs ago')).toEqual(
      relative('2 yrs ago', 1.5 * MOMENT_YEAR, 3 * 366 * DAY - 1, '2022-07-21T12:00:00.001Z', '2024-01-22T15:16:12.000Z')
    )
  })

  it('reads compound ages, the last part carrying the rounding', () => {
    expect(at('3 hours, 5 minutes ago')).toEqual(
      relative('3 hours, 5 minutes ago', 3 * HOUR + 4.5 * MINUTE, 3 * HOUR + 6 * MINUTE - 1, '2025-07-23T08:54:00.001Z', '2025-07-23T08:55:30.000Z')
    )
    expect(ageOf(at('1 hour and 5 minutes ago'))).toEqual({min: HOUR + 4.5 * MINUTE, max: HOUR + 6 * MINUTE - 1})
    expect(ageOf(at('1d 21 h 25m ago'))).toEqual({min: DAY + 21 * HOUR + 24.5 * MINUTE, max: DAY + 21 * HOUR + 26 * MINUTE - 1})
    expect(ageOf(at('3m 49s ago'))).toEqual({min: 3 * MINUTE + 48.5 * SECOND, max: 3 * MINUTE + 50 * SECOND - 1})
    expect(at('5 minutes 3 hours ago')).toBeNull()
  })

  it('reads qualifiers', () => {
    // "about": a tenth of a unit lower, for date-fns' `about 2 hours` (from 89.5 min).
    expect(at('about an hour ago')).toEqual(
      relative('about an hour ago', 38.5 * MINUTE, 2 * HOUR - 1, '2025-07-23T10:00:00.001Z', '2025-07-23T11:21:30.000Z')
    )
    expect(ageOf(at('about 2 hours ago'))).toEqual({min: 84 * MINUTE, max: 3 * HOUR - 1})
    // "over": at least the count.
    expect(at('over 2 hours ago')).toEqual(
      relative('over 2 hours ago', 2 * HOUR, 3 * HOUR - 1, '2025-07-23T09:00:00.001Z', '2025-07-23T10:00:00.000Z')
    )
    expect(ageOf(at('more than a year ago'))).toEqual({min: 365 * DAY, max: 2 * 366 * DAY - 1})
    // "less than": below the count.
    expect(ageOf(at('less than a minute ago'))).toEqual({min: 0, max: MINUTE - 1})
    expect(ageOf(at('under 5 minutes ago'))).toEqual({min: 0, max: 5 * MINUTE - 1})
  })

  it('reads counts in words', () => {
    // "a few": 2 to 9 units; "a couple of": 2 or 3.
    expect(ageOf(at('a few minutes ago'))).toEqual({min: 1.5 * MINUTE, max: 10 * MINUTE - 1})
    expect(ageOf(at('a few days ago'))).toEqual({min: 1.5 * DAY, max: 10 * DAY - 1})
    expect(ageOf(at('a couple of hours ago'))).toEqual({min: 1.5 * HOUR, max: 4 * HOUR - 1})
    expect(ageOf(at('A days ago'))).toEqual({min: 21.5 * HOUR, max: 2 * DAY - 1})
    expect(ageOf(at('twenty minutes ago'))).toEqual({min: 19.5 * MINUTE, max: 21 * MINUTE - 1})
  })

  it('reads calendar words in UTC, widened to the matching age', () => {
    // Calendar 22 July (12 h + 1 ms to 36 h old) ∪ "a day ago" (21.5 h to 48 h − 1 ms).
    expect(at('yesterday')).toEqual(
      relative('yesterday', 12 * HOUR + 1, 2 * DAY - 1, '2025-07-21T12:00:00.001Z', '2025-07-22T23:59:59.999Z', 'calendar-word', ['zone'])
    )
    expect(at('today')).toEqual(
      relative('today', 0, 12 * HOUR, '2025-07-23T00:00:00.000Z', '2025-07-23T12:00:00.000Z', 'calendar-word', ['zone'])
    )
    // ISO week 14–20 July ∪ "a week ago" (3.5 to 14 days).
    expect(at('last week')).toEqual(
      relative('last week', 2.5 * DAY + 1, 14 * DAY - 1, '2025-07-09T12:00:00.001Z', '2025-07-20T23:59:59.999Z', 'calendar-word', ['zone'])
    )
    // June 2025 ∪ "a month ago" (25.5 to 62 days).
    expect(at('last month')).toEqual(
      relative('last month', 22.5 * DAY + 1, 62 * DAY - 1, '2025-05-22T12:00:00.001Z', '2025-06-30T23:59:59.999Z', 'calendar-word', ['zone'])
    )
    // 2024 ∪ "a year ago" (10.5 moment months to 732 days).
    expect(at('last year')).toEqual(
      relative('last year', 203.5 * DAY + 1, 732 * DAY - 1, '2023-07-22T12:00:00.001Z', '2024-12-31T23:59:59.999Z', 'calendar-word', ['zone'])
    )
  })

  it('gives the age but no instants without a reference', () => {
    expect(normalizeTimestamp('26 minutes ago')).toEqual({
      raw: '26 minutes ago',
      kind: 'relative',
      age: {min: 25.5 * MINUTE, max: 27 * MINUTE - 1},
      earliest: null,
      latest: null,
      implied: [],
      rule: 'units-ago'
    })
    expect(ageOf(normalizeTimestamp('yesterday'))).toEqual({min: 1, max: 2 * DAY - 1})
    expect(ageOf(normalizeTimestamp('today'))).toEqual({min: 0, max: DAY - 1})
  })

  it('keeps raw as given', () => {
    expect(at('  2 hours ago\n')?.raw).toBe('  2 hours ago\n')
  })
})

describe('absolute dates', () => {
  it('reads ISO 8601', () => {
    expect(at('2025-07-23')).toEqual(absolute('2025-07-23', '2025-07-23T00:00:00.000Z', '2025-07-23T23:59:59.999Z', ['time-of-day', 'zone'], 'iso-8601'))
    expect(at('2025-07-23T14:05:00Z')).toEqual(
      absolute('2025-07-23T14:05:00Z', '2025-07-23T14:05:00.000Z', '2025-07-23T14:05:00.999Z', [], 'iso-8601')
    )
    expect(at('2025-07-23T14:05:00.123Z')?.earliest).toBe('2025-07-23T14:05:00.123Z')
    expect(at('2025-07-23T14:05:00.123Z')?.latest).toBe('2025-07-23T14:05:00.123Z')
    expect(at('2025-07-23T14:05+03:00')).toEqual(
      absolute('2025-07-23T14:05+03:00', '2025-07-23T11:05:00.000Z', '2025-07-23T11:05:59.999Z', [], 'iso-8601')
    )
    expect(at('2025-07-23T14:05:00-0400')?.earliest).toBe('2025-07-23T18:05:00.000Z')
    // No zone: UTC.
    expect(at('2025-07-23T14:05')?.earliest).toBe('2025-07-23T14:05:00.000Z')
    expect(at('2025-07-23 14:05 BST')).toEqual(
      absolute('2025-07-23 14:05 BST', '2025-07-23T13:05:00.000Z', '2025-07-23T13:05:59.999Z', [], 'iso-8601')
    )
  })

  it('reads RFC 2822', () => {
    expect(at('Wed, 23 Jul 2025 10:00:00 GMT')).toEqual(
      absolute('Wed, 23 Jul 2025 10:00:00 GMT', '2025-07-23T10:00:00.000Z', '2025-07-23T10:00:00.999Z', [], 'rfc-2822')
    )
    expect(at('Wed, 23 Jul 2025 10:00:00 +0300')?.earliest).toBe('2025-07-23T07:00:00.000Z')
    expect(at('Wed, 23 Jul 2025 10:00:00 +0000 (UTC)')?.earliest).toBe('2025-07-23T10:00:00.000Z')
  })

  it('reads written dates as whole UTC days', () => {
    const day = ['2025-07-23T00:00:00.000Z', '2025-07-23T23:59:59.999Z'] as const
    for (const raw of ['July 23, 2025', '23 July 2025', 'Jul 23, 2025', 'Wednesday, July 23, 2025', '23rd of July 2025', 'Jul. 23, 2025', '23/07/2025', '07/23/2025', '23.07.2025', '2025/07/23']) {
      expect(at(raw), raw).toEqual(absolute(raw, ...day))
    }
  })

  it('reads dates with times and zones', () => {
    expect(at('Wed 23 Jul 2025 10.00 EDT')).toEqual(
      absolute('Wed 23 Jul 2025 10.00 EDT', '2025-07-23T14:00:00.000Z', '2025-07-23T14:00:59.999Z', [])
    )
    expect(at('Updated 3:41 PM EDT, Wed July 23, 2025')).toEqual(
      absolute('Updated 3:41 PM EDT, Wed July 23, 2025', '2025-07-23T19:41:00.000Z', '2025-07-23T19:41:59.999Z', [])
    )
    expect(at('July 23, 2025 at 2:05 pm')).toEqual(
      absolute('July 23, 2025 at 2:05 pm', '2025-07-23T14:05:00.000Z', '2025-07-23T14:05:59.999Z', ['zone'])
    )
    expect(at('July 23, 2025 12:30 a.m.')?.earliest).toBe('2025-07-23T00:30:00.000Z')
    expect(at('July 23, 2025 10:00 IST')?.earliest).toBe('2025-07-23T04:30:00.000Z')
    // ET is EST or EDT: both.
    expect(at('July 23, 2025 10:00 ET')).toEqual(
      absolute('July 23, 2025 10:00 ET', '2025-07-23T14:00:00.000Z', '2025-07-23T15:00:59.999Z', [])
    )
    expect(at('Jul 23 2025 10:00 GMT+3')?.earliest).toBe('2025-07-23T07:00:00.000Z')
    expect(at('Jul 23 2025 10:00 UTC+05:30')?.earliest).toBe('2025-07-23T04:30:00.000Z')
  })

  it('knows the common zone abbreviations', () => {
    const offsets: Record<string, number> = {
      UTC: 0, GMT: 0, Z: 0, BST: 60, IST: 330, CET: 60, CEST: 120, EET: 120, EEST: 180,
      WET: 0, WEST: 60, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360,
      PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600, AEST: 600, AEDT: 660,
      ACST: 570, ACDT: 630, AWST: 480, NZST: 720, NZDT: 780, JST: 540, KST: 540, MSK: 180, SAST: 120
    }
    for (const [zone, offset] of Object.entries(offsets)) {
      const expected = new Date(Date.UTC(2025, 6, 23, 12) - offset * MINUTE).toISOString()
      expect(at('Jul 23, 2025 12:00 ' + zone)?.earliest, zone).toBe(expected)
      expect(at('2025-07-23 12:00 ' + zone)?.earliest, zone).toBe(expected)
    }
  })

  it('infers a missing year from the reference', () => {
    expect(at('Jul 23')).toEqual(absolute('Jul 23', '2025-07-23T00:00:00.000Z', '2025-07-23T23:59:59.999Z', ['year', 'time-of-day', 'zone']))
    expect(at('23 Jul')?.earliest).toBe('2025-07-23T00:00:00.000Z')
    // Up to 14 hours ahead is still this year (zones ahead of UTC) …
    expect(at('Jul 24')?.earliest).toBe('2025-07-24T00:00:00.000Z')
    // … further ahead is last year.
    expect(at('Jul 25')?.earliest).toBe('2024-07-25T00:00:00.000Z')
    expect(normalizeTimestamp('Dec 31', {reference: '2025-01-01T08:00:00Z'})?.earliest).toBe('2024-12-31T00:00:00.000Z')
    // Without a reference the year, and so the instant, is unknown.
    expect(normalizeTimestamp('Jul 23')).toEqual(absolute('Jul 23', null, null, ['year', 'time-of-day', 'zone']))
  })

  it('refuses to guess the order of ambiguous numeric dates', () => {
    expect(at('05/07/2025')).toEqual(absolute('05/07/2025', null, null, ['day-order']))
    expect(at('05/05/2025')?.earliest).toBe('2025-05-05T00:00:00.000Z')
  })

  it('marks a time without a date as a timestamp at an unknown instant without a reference', () => {
    expect(normalizeTimestamp('10:00 EDT')).toEqual(absolute('10:00 EDT', null, null, ['date'], 'day-and-time'))
  })
})

describe('not timestamps', () => {
  it('returns null', () => {
    for (const raw of [
      'Reuters', 'The Guardian', 'hello', '2 apples ago', '', '   ', '2 hours', 'in 5 minutes',
      '5 minutes from now', 'Feb 30, 2025', '2025-13-01', '2025-02-29', 'Reuters 2 hours ago',
      'May I', 'ago', 'a ago', '- Reuters', 'Hashtags', 'Comments', 'am ago', 'them ago',
      '9999999 years ago', '2025', 'July', 'Mondays', 'Reuters · 2h', 'Monday Tuesday'
    ]) {
      expect(at(raw), raw).toBeNull()
      expect(normalizeTimestamp(raw), raw).toBeNull()
    }
  })

  it('returns null fast for anything over 200 characters', () => {
    expect(at('2 hours ago' + ' '.repeat(10) + 'x'.repeat(200))).toBeNull()
    expect(at('1'.repeat(201))).toBeNull()
  })
})

describe('errors', () => {
  it('throws a TypeError naming a non-string', () => {
    expect(() => normalizeTimestamp(42 as unknown as string)).toThrow(TypeError)
    expect(() => normalizeTimestamp(42 as unknown as string)).toThrow('42')
    expect(() => normalizeTimestamp(null as unknown as string)).toThrow('null')
    expect(() => normalizeTimestamp(undefined as unknown as string)).toThrow('undefined')
  })

  it('throws a RangeError on an invalid reference, even for empty text', () => {
    expect(() => normalizeTimestamp('2 hours ago', {reference: 'yesterdayish'})).toThrow(
      new RangeError('Expected a valid reference time, not `string` ("yesterdayish")')
    )
    expect(() => normalizeTimestamp('', {reference: Number.NaN})).toThrow(RangeError)
    expect(() => normalizeTimestamp('x', {reference: new Date('nope')})).toThrow(RangeError)
  })
})

describe('provenance and the TSDoc examples', () => {
  it('says which rule read a header', () => {
    expect(matchTimestamp('3h ago')?.rule).toBe('units-ago')
    expect(matchTimestamp('2025-07-23')?.rule).toBe('iso-8601')
    expect(matchTimestamp('just now')?.rule).toBe('just-now')
    expect(matchTimestamp('yesterday')?.rule).toBe('calendar-word')
    expect(matchTimestamp('July 23, 2025')?.rule).toBe('written-date')
    expect(matchTimestamp('Wed, 23 Jul 2025 10:00:00 GMT')?.rule).toBe('rfc-2822')
    // Not quite RFC 2822: the general reader takes it.
    expect(matchTimestamp('Wed, 23 Jul 2025 10:00:00 +0000 (UTC)')?.rule).toBe('written-date')
    expect(matchTimestamp('nothing')).toBeNull()
  })

  it('runs the examples', () => {
    expect(normalizeTimestamp('an hour ago')).toEqual({
      raw: 'an hour ago', kind: 'relative', age: {min: 2_670_000, max: 7_199_999}, earliest: null, latest: null,
      implied: [], rule: 'units-ago'
    })
    expect(normalizeTimestamp('Wed, 23 Jul 2025 10:00:00 GMT')).toEqual({
      raw: 'Wed, 23 Jul 2025 10:00:00 GMT', kind: 'absolute',
      earliest: '2025-07-23T10:00:00.000Z', latest: '2025-07-23T10:00:00.999Z', implied: [], rule: 'rfc-2822'
    })
    expect(normalizeTimestamp('Yesterday at 5:30 PM', {reference, timeZone: 'America/New_York'})).toEqual({
      raw: 'Yesterday at 5:30 PM', kind: 'absolute',
      earliest: '2025-07-22T21:30:00.000Z', latest: '2025-07-22T21:30:59.999Z', implied: ['zone'], rule: 'day-and-time'
    })
    expect(ageOf(normalizeTimestamp('26 minutes ago', {reference}))).toEqual({min: 1_530_000, max: 1_619_999})
    expect(normalizeTimestamp('Reuters')).toBeNull()
  })

  it('accepts custom rule lists', () => {
    const rules = [
      {
        name: 'breaking',
        parse: ({text}: {text: string}) => (text === 'BREAKING' ? {kind: 'relative' as const, age: {min: 0, max: 1000}} : null)
      },
      ...timestampModule.timestampRules
    ]
    expect(matchTimestamp('BREAKING', {rules})?.rule).toBe('breaking')
    expect(matchTimestamp('2h', {rules})?.rule).toBe('units-ago')
  })
})

describe('properties', () => {
  const vocabulary = [
    'a', 'an', 'about', 'over', 'less', 'than', 'few', 'couple', 'of', 'half', 'just', 'now',
    'ago', 'seconds', 'min', 'mins', 'minutes', 'hour', 'hrs', 'h', 'd', 'm', 'days', 'week',
    'months', 'yr', 'years', 'yesterday', 'today', 'last', 'updated', 'posted', 'Jul', 'July',
    'Wed', 'at', 'pm', 'am', 'EDT', 'GMT', 'IST', 'ET', 'Z', 'T', '+', '-', ':', '.', ',', '/',
    '0', '1', '2', '12', '23', '29', '31', '59', '60', '99', '2025', '1999', '0300', '10:00',
    '3:41', '10.00', '2025-07-23', '2025-02-29', '23/07/2025', '05/07/2025', '9999999'
  ]
  const headerLike = fc
    .array(fc.constantFrom(...vocabulary), {minLength: 1, maxLength: 7})
    .chain((words) => fc.constantFrom(words.join(' '), words.join('')))
  const anyText = fc.oneof(fc.string(), fc.string({unit: 'binary'}), headerLike)
  const anyReference = fc.option(
    fc.integer({min: -8.64e15, max: 8.64e15}),
    {nil: undefined}
  )

  function checkInvariants(result: Timestamp | null, referenceTime: number | undefined): void {
    if (result === null) return
    for (const value of [result.earliest, result.latest]) {
      if (value !== null) {
        expect(Number.isNaN(Date.parse(value))).toBe(false)
        expect(new Date(Date.parse(value)).toISOString()).toBe(value)
      }
    }
    if (result.earliest !== null && result.latest !== null) {
      expect(Date.parse(result.earliest)).toBeLessThanOrEqual(Date.parse(result.latest))
    }
    expect((result.earliest === null) === (result.latest === null)).toBe(true)
    expect(timestampModule.timestampRules.map((rule) => rule.name)).toContain(result.rule)
    expect(result.implied.every((part) => ['year', 'date', 'zone', 'day-order', 'time-of-day'].includes(part))).toBe(true)
    if (result.kind === 'relative') {
      const age = result.age
      expect(Number.isInteger(age.min) && Number.isInteger(age.max)).toBe(true)
      expect(age.min).toBeGreaterThanOrEqual(0)
      expect(age.min).toBeLessThanOrEqual(age.max)
      if (referenceTime === undefined) {
        expect(result.earliest).toBeNull()
      } else {
        // Clamped to the first instant a Date holds.
        expect(result.earliest).toBe(new Date(Math.max(-8.64e15, referenceTime - age.max)).toISOString())
        expect(result.latest).toBe(new Date(Math.max(-8.64e15, referenceTime - age.min)).toISOString())
      }
    } else {
      expect('age' in result).toBe(false)
    }
  }

  it('never throws on a string and keeps its invariants', () => {
    fc.assert(
      fc.property(anyText, anyReference, (text, referenceTime) => {
        const options = referenceTime === undefined ? {} : {reference: referenceTime}
        checkInvariants(normalizeTimestamp(text, options), referenceTime)
      }),
      {numRuns: 5000}
    )
  })

  it('keeps the invariants near the reference used in the examples', () => {
    fc.assert(
      fc.property(headerLike, fc.integer({min: 0, max: 400 * DAY}), (text, shift) => {
        const referenceTime = referenceMs - shift
        checkInvariants(normalizeTimestamp(text, {reference: referenceTime}), referenceTime)
      }),
      {numRuns: 5000}
    )
  })

  it('puts the true age inside the interval for every way of printing it', () => {
    // Print an age both ways (rounded down, and rounded as moment.js does)
    // and check the parsed interval holds it.
    const units: Array<[string, number]> = [['minute', MINUTE], ['hour', HOUR], ['day', DAY]]
    fc.assert(
      fc.property(fc.integer({min: 0, max: 3 * 366 * DAY}), (age) => {
        for (const [name, size] of units) {
          const down = Math.floor(age / size)
          if (down >= 1) {
            const text = down === 1 ? `a ${name} ago` : `${down} ${name}s ago`
            const parsed = ageOf(normalizeTimestamp(text))
            expect(parsed && parsed.min <= age && age <= parsed.max, text).toBe(true)
          }
        }
        const moment = momentFromNow(age)
        const parsed = ageOf(normalizeTimestamp(moment))
        expect(parsed && parsed.min <= age && age <= parsed.max, `${moment} for ${age}`).toBe(true)
      }),
      {numRuns: 5000}
    )
  })
})

describe('fast paths', () => {
  // The default rules refuse most lines by their shape and read `26 minutes
  // ago` as written, without preparing the header; a copy of the rules takes
  // neither shortcut, so any difference between the two is a fast path that
  // changed a reading.
  const copy = [...timestampModule.timestampRules]
  const units = ['s', 'm', 'h', 'd', 'w', 'y', 'mn', 'mo', 'hr', 'wk', 'yr', 'min', 'sec', 'hrs', 'mos', 'mth', 'day', 'week', 'mins', 'hour', 'days', 'year', 'weeks', 'hours', 'years', 'month', 'minute', 'months', 'second', 'minutes', 'seconds', 'moment', 'ho', 'mi', 'sex', 'dayss']
  const ageLike = fc
    .tuple(
      fc.oneof(fc.nat({max: 99_999}).map(String), fc.constantFrom('a', 'an', 'A', 'the', '1.5', '~2')),
      fc.constantFrom(' ', '', '  ', '\t'),
      fc.constantFrom(...units),
      fc.constantFrom(' ago', ' AGO', ' ago.', ' ago •', 'ago', ' ago | Reuters', '')
    )
    .map((parts) => parts.join(''))

  it('reads every age shape as a copy of the rules does', () => {
    fc.assert(
      fc.property(ageLike, fc.option(fc.integer({min: -8.64e15, max: 8.64e15}), {nil: undefined}), (raw, referenceTime) => {
        const options = referenceTime === undefined ? {} : {reference: referenceTime}
        expect(matchTimestamp(raw, options)).toStrictEqual(matchTimestamp(raw, {...options, rules: copy}))
      }),
      {numRuns: 3000}
    )
  })

  it('gives fresh, plain result objects from the fast path', () => {
    const first = normalizeTimestamp('26 minutes ago')
    const second = normalizeTimestamp('26 minutes ago')
    expect(first).toStrictEqual(relative('26 minutes ago', 26 * MINUTE - 30 * SECOND, 27 * MINUTE - 1, null, null))
    expect(first).not.toBe(second)
    expect(first?.kind === 'relative' && Object.getPrototypeOf(first.age)).toBe(Object.prototype)
  })
})

/** moment.js `fromNow` (default thresholds), reimplemented for the property above. */
function momentFromNow(age: number): string {
  const seconds = Math.round(age / SECOND)
  const minutes = Math.round(age / MINUTE)
  const hours = Math.round(age / HOUR)
  const days = Math.round(age / DAY)
  const months = Math.round(age / MOMENT_MONTH)
  const years = Math.round(age / MOMENT_YEAR)
  if (seconds < 45) return 'a few seconds ago'
  if (minutes <= 1) return 'a minute ago'
  if (minutes < 45) return `${minutes} minutes ago`
  if (hours <= 1) return 'an hour ago'
  if (hours < 22) return `${hours} hours ago`
  if (days <= 1) return 'a day ago'
  if (days < 26) return `${days} days ago`
  if (months <= 1) return 'a month ago'
  if (months < 11) return `${months} months ago`
  if (years <= 1) return 'a year ago'
  return `${years} years ago`
}
