// The forms pages print beyond plain ages and dates, the options, the
// union type, the range limits and the frozen defaults. Every interval here
// is worked out by hand from the reference 2025-07-23T12:00:00Z, a Wednesday.
import fc from 'fast-check'
import {describe, expect, expectTypeOf, it} from 'vitest'
import {matchTimestamp, normalizeTimestamp, timestampRules} from '../src/time/normalize-timestamp.js'
import {toReferenceMs} from '../src/time/reference.js'
import {scanZone} from '../src/time/zone.js'
import {splitDump} from '../src/index.js'
import type {AbsoluteTimestamp, Implied, RelativeTimestamp, Timestamp} from '../src/types.js'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const reference = '2025-07-23T12:00:00Z'

function at(raw: string): Timestamp | null {
  return normalizeTimestamp(raw, {reference})
}

function absolute(raw: string, earliest: string | null, latest: string | null, implied: Implied[], rule: string): Timestamp {
  return {raw, kind: 'absolute', earliest, latest, implied, rule}
}

function ageOf(result: Timestamp | null): {min: number; max: number} | null {
  return result?.kind === 'relative' ? result.age : null
}

function relative(raw: string, min: number, max: number, earliest: string | null, latest: string | null): Timestamp {
  return {raw, kind: 'relative', age: {min, max}, earliest, latest, implied: [], rule: 'units-ago'}
}

describe('the public types', () => {
  it('is a union discriminated by kind, age only on relative ones', () => {
    expectTypeOf<Timestamp>().toEqualTypeOf<RelativeTimestamp | AbsoluteTimestamp>()
    expectTypeOf<RelativeTimestamp>().toEqualTypeOf<{
      raw: string
      kind: 'relative'
      age: {min: number; max: number}
      earliest: string | null
      latest: string | null
      implied: Implied[]
      rule: string
    }>()
    expectTypeOf<AbsoluteTimestamp>().toEqualTypeOf<{
      raw: string
      kind: 'absolute'
      earliest: string | null
      latest: string | null
      implied: Implied[]
      rule: string
    }>()
    expectTypeOf<Implied>().toEqualTypeOf<'year' | 'date' | 'zone' | 'day-order' | 'time-of-day'>()
    expectTypeOf(normalizeTimestamp).returns.toEqualTypeOf<Timestamp | null>()
    expectTypeOf(normalizeTimestamp).parameter(1).toEqualTypeOf<
      {reference?: Date | string | number; timeZone?: string; dateOrder?: 'mdy' | 'dmy'} | null | undefined
    >()
    // Narrowing on `kind` is what reaches `age`.
    const result = at('2 hours ago')
    if (result?.kind === 'relative') expectTypeOf(result.age).toEqualTypeOf<{min: number; max: number}>()
    expect(result?.kind).toBe('relative')
  })
})

describe('days and times named relative to the reference', () => {
  it('reads yesterday and today with a time', () => {
    const yesterday = ['2025-07-22T17:30:00.000Z', '2025-07-22T17:30:59.999Z'] as const
    expect(at('Yesterday at 5:30 PM')).toEqual(absolute('Yesterday at 5:30 PM', ...yesterday, ['zone'], 'day-and-time'))
    expect(at('yesterday, 17:30')).toEqual(absolute('yesterday, 17:30', ...yesterday, ['zone'], 'day-and-time'))
    const today = ['2025-07-23T09:15:00.000Z', '2025-07-23T09:15:59.999Z'] as const
    expect(at('Today at 9:15 AM')).toEqual(absolute('Today at 9:15 AM', ...today, ['zone'], 'day-and-time'))
    expect(at('Today 09:15')).toEqual(absolute('Today 09:15', ...today, ['zone'], 'day-and-time'))
  })

  it('reads weekdays: the latest such day not after the reference', () => {
    expect(at('Tuesday')).toEqual(
      absolute('Tuesday', '2025-07-22T00:00:00.000Z', '2025-07-22T23:59:59.999Z', ['date', 'time-of-day', 'zone'], 'day-and-time')
    )
    // The reference's own day.
    expect(at('Wednesday')?.earliest).toBe('2025-07-23T00:00:00.000Z')
    // Thursday is after the reference: last week's.
    expect(at('Thu')?.earliest).toBe('2025-07-17T00:00:00.000Z')
    expect(at('Tue 10:31')).toEqual(
      absolute('Tue 10:31', '2025-07-22T10:31:00.000Z', '2025-07-22T10:31:59.999Z', ['date', 'zone'], 'day-and-time')
    )
    // Today's 13:00 is after the reference at 12:00: a week back.
    expect(at('Wed 13:00')?.earliest).toBe('2025-07-16T13:00:00.000Z')
  })

  it('reads a bare time with a reference: today, or yesterday when later than it', () => {
    expect(at('10:31 AM')).toEqual(
      absolute('10:31 AM', '2025-07-23T10:31:00.000Z', '2025-07-23T10:31:59.999Z', ['date', 'zone'], 'day-and-time')
    )
    expect(at('10:31 PM')?.earliest).toBe('2025-07-22T22:31:00.000Z')
    // 10:00 EDT is 14:00 UTC, after the reference: yesterday's, and the zone is written.
    expect(at('10:00 EDT')).toEqual(
      absolute('10:00 EDT', '2025-07-22T14:00:00.000Z', '2025-07-22T14:00:59.999Z', ['date'], 'day-and-time')
    )
    expect(normalizeTimestamp('10:31 AM')).toEqual(absolute('10:31 AM', null, null, ['date', 'zone'], 'day-and-time'))
    expect(normalizeTimestamp('Yesterday at 5:30 PM')).toEqual(absolute('Yesterday at 5:30 PM', null, null, ['zone'], 'day-and-time'))
  })

  it('refuses what is no day and time', () => {
    for (const raw of ['Tuesday Wednesday', 'Yesterday July 23', 'Today Tuesday', 'yesterday at noonish', '25:00', '10:61']) {
      expect(at(raw), raw).toBeNull()
    }
  })
})

describe('ages with decoration', () => {
  const twoHours = ['2025-07-23T09:00:00.001Z', '2025-07-23T10:30:00.000Z'] as const

  it('reads abbreviations with a full stop, bullets and trailing credits', () => {
    for (const raw of ['2 hr. ago', '2 hrs. ago', '2h ago •', '• 2h', '· 2h', 'Updated 2 hours ago | Reuters', '2h · The Guardian']) {
      expect(at(raw), raw).toEqual(relative(raw, 1.5 * HOUR, 3 * HOUR - 1, ...twoHours))
    }
    // 3 days: 2.5 to 4 days − 1 ms.
    expect(at('3 days ago via Reuters')).toEqual(
      relative('3 days ago via Reuters', 2.5 * DAY, 4 * DAY - 1, '2025-07-19T12:00:00.001Z', '2025-07-21T00:00:00.000Z')
    )
    expect(at('5 min. ago')?.kind === 'relative' && at('5 min. ago')).toMatchObject({age: {min: 4.5 * MINUTE, max: 6 * MINUTE - 1}})
  })

  it('keeps an outlet before the time, and dates after a bullet, for other readers', () => {
    expect(at('Reuters · 2h')).toBeNull()
    expect(at('Reuters 2 hours ago')).toBeNull()
    // The part after the bullet is a time, not a credit.
    expect(at('Jul 23, 2025 | 10:00 BST')?.earliest).toBe('2025-07-23T09:00:00.000Z')
  })

  it('reads halves: an hour and a half, two and a half hours', () => {
    // 1.5 h to the nearest half hour: rounded down 1:30–1:59.999, to nearest 1:15–1:44.999.
    expect(at('an hour and a half ago')).toEqual(
      relative('an hour and a half ago', 75 * MINUTE, 2 * HOUR - 1, '2025-07-23T10:00:00.001Z', '2025-07-23T10:45:00.000Z')
    )
    // 2.5 h: rounded down 2:30–2:59.999, to nearest 2:15–2:44.999.
    expect(at('two and a half hours ago')).toEqual(
      relative('two and a half hours ago', 135 * MINUTE, 3 * HOUR - 1, '2025-07-23T09:00:00.001Z', '2025-07-23T09:45:00.000Z')
    )
    expect(at('a day and a half ago')?.kind).toBe('relative')
    expect(at('an hour and a half')).toBeNull()
  })
})

describe('the shape filter', () => {
  it('refuses headlines that open with an age word, and reads the ages', () => {
    for (const raw of ['A man was arrested', 'Over 1,300 residents remain in Pokrovsk', 'Two killed in strikes', 'Some agonising choices', 'An agonal wait']) {
      expect(at(raw), raw).toBeNull()
    }
    expect(ageOf(at('Two hours ago'))).toEqual({min: 1.5 * HOUR, max: 3 * HOUR - 1})
    expect(ageOf(at('Over 2 hours ago. '))).toEqual({min: 2 * HOUR, max: 3 * HOUR - 1})
    expect(at('the 23rd of July 2025')?.earliest).toBe('2025-07-23T00:00:00.000Z')
    expect(at('The 23rd Amendment')).toBeNull()
  })
})

describe('what worked before still works', () => {
  it('reads written and ISO dates with zones', () => {
    expect(at('Published 23 July 2025, 10:31 BST')).toEqual(
      absolute('Published 23 July 2025, 10:31 BST', '2025-07-23T09:31:00.000Z', '2025-07-23T09:31:59.999Z', [], 'written-date')
    )
    expect(at('2025-07-23 10:31:00+00:00')).toEqual(
      absolute('2025-07-23 10:31:00+00:00', '2025-07-23T10:31:00.000Z', '2025-07-23T10:31:00.999Z', [], 'iso-8601')
    )
  })
})

describe('timeZone', () => {
  it('reads zoneless times in an IANA zone, daylight time included', () => {
    // London is on BST (+1) in July.
    expect(normalizeTimestamp('2025-07-23 10:31', {timeZone: 'Europe/London'})).toEqual(
      absolute('2025-07-23 10:31', '2025-07-23T09:31:00.000Z', '2025-07-23T09:31:59.999Z', ['zone'], 'iso-8601')
    )
    expect(normalizeTimestamp('July 23, 2025', {timeZone: 'Europe/London'})).toEqual(
      absolute('July 23, 2025', '2025-07-22T23:00:00.000Z', '2025-07-23T22:59:59.999Z', ['time-of-day', 'zone'], 'written-date')
    )
    // In January London is on GMT.
    expect(normalizeTimestamp('2025-01-23 10:31', {timeZone: 'Europe/London'})?.earliest).toBe('2025-01-23T10:31:00.000Z')
    // New York, EDT (−4): 17:30 on 22 July is 21:30 UTC.
    expect(normalizeTimestamp('Yesterday at 5:30 PM', {reference, timeZone: 'America/New_York'})?.earliest).toBe('2025-07-22T21:30:00.000Z')
  })

  it('gives a day of a clock change its real length', () => {
    // 30 March 2025 in London: midnight GMT to midnight BST, 23 hours.
    expect(normalizeTimestamp('March 30, 2025', {timeZone: 'Europe/London'})).toMatchObject({
      earliest: '2025-03-30T00:00:00.000Z',
      latest: '2025-03-30T22:59:59.999Z'
    })
    // 26 October 2025: midnight BST to midnight GMT, 25 hours.
    expect(normalizeTimestamp('October 26, 2025', {timeZone: 'Europe/London'})).toMatchObject({
      earliest: '2025-10-25T23:00:00.000Z',
      latest: '2025-10-26T23:59:59.999Z'
    })
  })

  it('reads fixed offsets, and leaves written zones alone', () => {
    // The reference, 12:00 UTC, is 17:30 in India: today 09:15 there is 03:45 UTC.
    expect(normalizeTimestamp('Today 09:15', {reference, timeZone: '+05:30'})?.earliest).toBe('2025-07-23T03:45:00.000Z')
    expect(normalizeTimestamp('2025-07-23 10:31', {timeZone: 'UTC-4'})?.earliest).toBe('2025-07-23T14:31:00.000Z')
    expect(normalizeTimestamp('2025-07-23 10:31 BST', {timeZone: 'America/New_York'})?.earliest).toBe('2025-07-23T09:31:00.000Z')
  })

  it('counts calendar words in the zone', () => {
    // 22 July in India: 21 July 18:30 to 22 July 18:30 UTC, widened to "a day ago" (21.5 h to 48 h).
    expect(normalizeTimestamp('yesterday', {reference, timeZone: 'Asia/Kolkata'})).toEqual({
      raw: 'yesterday', kind: 'relative', age: {min: 17.5 * HOUR + 1, max: 2 * DAY - 1},
      earliest: '2025-07-21T12:00:00.001Z', latest: '2025-07-22T18:29:59.999Z', implied: ['zone'], rule: 'calendar-word'
    })
  })

  it('reads a zoneless reference string in UTC, whatever the host zone', () => {
    const saved = process.env['TZ']
    process.env['TZ'] = 'America/New_York'
    try {
      // The host's own reading differs, so this test can fail.
      expect(Date.parse('2025-07-23T12:00:00')).toBe(Date.UTC(2025, 6, 23, 16))
      expect(toReferenceMs('2025-07-23T12:00:00')).toBe(Date.UTC(2025, 6, 23, 12))
      expect(normalizeTimestamp('2 hours ago', {reference: '2025-07-23T12:00:00'})?.earliest).toBe('2025-07-23T09:00:00.001Z')
    } finally {
      if (saved === undefined) delete process.env['TZ']
      else process.env['TZ'] = saved
    }
    // In the timeZone when one is given: noon at +02:00 is 10:00 UTC.
    expect(normalizeTimestamp('2 hours ago', {reference: '2025-07-23T12:00:00', timeZone: '+02:00'})?.earliest).toBe('2025-07-23T07:00:00.001Z')
  })
})

describe('dateOrder', () => {
  it('reads a numeric date valid both ways in the order given', () => {
    expect(normalizeTimestamp('07/08/2025', {dateOrder: 'mdy'})).toEqual(
      absolute('07/08/2025', '2025-07-08T00:00:00.000Z', '2025-07-08T23:59:59.999Z', ['day-order', 'time-of-day', 'zone'], 'written-date')
    )
    expect(normalizeTimestamp('07/08/2025', {dateOrder: 'dmy'})?.earliest).toBe('2025-08-07T00:00:00.000Z')
    expect(normalizeTimestamp('07/08/2025')).toEqual(absolute('07/08/2025', null, null, ['day-order'], 'written-date'))
  })

  it('reads an unambiguous one the only way it can be', () => {
    expect(normalizeTimestamp('23/07/2025', {dateOrder: 'mdy'})).toEqual(
      absolute('23/07/2025', '2025-07-23T00:00:00.000Z', '2025-07-23T23:59:59.999Z', ['time-of-day', 'zone'], 'written-date')
    )
    // Dotted dates are day first.
    expect(normalizeTimestamp('07.08.2025', {dateOrder: 'mdy'})?.earliest).toBe('2025-08-07T00:00:00.000Z')
  })
})

describe('options are checked', () => {
  it('names a bad dateOrder or timeZone', () => {
    expect(() => normalizeTimestamp('2h', {dateOrder: 'ymd' as 'mdy'})).toThrow(
      new RangeError("Expected `dateOrder` to be 'mdy' or 'dmy', not `string` (\"ymd\")")
    )
    expect(() => normalizeTimestamp('2h', {dateOrder: 1 as unknown as 'mdy'})).toThrow(TypeError)
    expect(() => normalizeTimestamp('2h', {timeZone: 'Mars/Olympus'})).toThrow(RangeError)
    expect(() => normalizeTimestamp('2h', {timeZone: 'Mars/Olympus'})).toThrow('`timeZone`')
    expect(() => normalizeTimestamp('2h', {timeZone: 'Mars/Olympus'})).toThrow('"Mars/Olympus"')
    expect(() => normalizeTimestamp('2h', {timeZone: '+25:00'})).toThrow(RangeError)
    expect(() => normalizeTimestamp('2h', {timeZone: 5 as unknown as string})).toThrow(TypeError)
    // Checked even when the text reads as nothing.
    expect(() => normalizeTimestamp('', {timeZone: 'Nowhere/Else'})).toThrow(RangeError)
  })

  it('names bad options and rules', () => {
    expect(normalizeTimestamp('2h', null)).toEqual(normalizeTimestamp('2h'))
    expect(() => normalizeTimestamp('2h', 5 as never)).toThrow(TypeError)
    expect(() => matchTimestamp('2h', {rules: 'units-ago' as unknown as []})).toThrow('`rules`')
    expect(() => matchTimestamp('2h', {rules: [{name: 'x'} as unknown as (typeof timestampRules)[number]]})).toThrow('`rules[0]`')
  })
})

describe('range', () => {
  it('refuses ages past any date it reads, instead of throwing', () => {
    expect(at('273223 years ago')).toBeNull()
    expect(normalizeTimestamp('273223 years ago')).toBeNull()
    // 9,000 years is still an age (10,000 years of 366 days is the limit).
    expect(normalizeTimestamp('9000 years ago')?.kind).toBe('relative')
    const text = 'Reuters\n273223 years ago\n- Reuters\nTalks end\nISTANBUL, July 23, 2025 (Reuters) - They ended.\n'
    expect(() => splitDump(text)).not.toThrow()
    expect(() => splitDump(text, {reference})).not.toThrow()
  })

  it('clamps an age at the start of the Date range', () => {
    expect(normalizeTimestamp('2 days ago', {reference: -8.64e15})).toMatchObject({
      earliest: '-271821-04-20T00:00:00.000Z',
      latest: '-271821-04-20T00:00:00.000Z'
    })
  })

  it('never reads a year outside 1000–9999, nor a 1900s year for 0–99', () => {
    for (const raw of ['July 23, 0050', '0050-07-23', '23 July 0999', 'July 23, 12025', '23/07/0050']) {
      expect(at(raw), raw).toBeNull()
    }
    // Two digits are 20xx …
    expect(at('23/07/25')).toEqual(
      absolute('23/07/25', '2025-07-23T00:00:00.000Z', '2025-07-23T23:59:59.999Z', ['year', 'time-of-day', 'zone'], 'written-date')
    )
    // … and refused when that is more than a year after the reference, never 1950.
    expect(at('23/07/50')).toBeNull()
    expect(normalizeTimestamp('23/07/50')?.earliest).toBe('2050-07-23T00:00:00.000Z')
  })
})

describe('frozen defaults', () => {
  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(timestampRules)).toBe(true)
    for (const rule of timestampRules) expect(Object.isFrozen(rule), rule.name).toBe(true)
    const unitsAgo = timestampRules[1]!
    expect(() => {
      ;(unitsAgo as {parse: unknown}).parse = () => ({kind: 'relative', age: {min: 0, max: 0}})
    }).toThrow(TypeError)
    expect(() => (timestampRules as unknown as unknown[]).push({})).toThrow(TypeError)
    expect(at('2 hours ago')).toEqual(relative('2 hours ago', 1.5 * HOUR, 3 * HOUR - 1, '2025-07-23T09:00:00.001Z', '2025-07-23T10:30:00.000Z'))
  })
})

describe('the zone reader', () => {
  it('reads every written zone form, and says where it ends', () => {
    expect(scanZone('10:00 GMT+3', 6)).toEqual({offset: [180, 180], end: 11})
    expect(scanZone('10:00 UTC +05:30 x', 6)).toEqual({offset: [330, 330], end: 16})
    expect(scanZone('+0300', 0)).toEqual({offset: [180, 180], end: 5})
    expect(scanZone('-04', 0)).toEqual({offset: [-240, -240], end: 3})
    expect(scanZone('ET', 0)).toEqual({offset: [-300, -240], end: 2})
    expect(scanZone('edt', 0)).toEqual({offset: [-240, -240], end: 3})
    expect(scanZone('+1500', 0)).toBeNull()
    expect(scanZone('+03:60', 0)).toBeNull()
    expect(scanZone('EDTX', 0)).toBeNull()
  })
})

describe('properties with options', () => {
  const vocabulary = [
    'yesterday', 'Yesterday', 'today', 'Today', 'at', 'Tue', 'Tuesday', 'Sunday', '5:30', '17:30', '09:15', 'PM', 'AM',
    '10:31', '2', 'hr.', 'h', 'ago', '•', '|', 'Reuters', 'via', 'an', 'hour', 'and', 'a', 'half', 'July', '23',
    '2025', '07/08/2025', '23/07/25', 'BST', 'EDT', 'GMT+3', '+05:30', '2025-07-23', '2025-03-30T01:30', '2025-11-02 01:30', ','
  ]
  const headerLike = fc.array(fc.constantFrom(...vocabulary), {minLength: 1, maxLength: 6}).map((words) => words.join(' '))
  const zones = fc.constantFrom(undefined, 'UTC', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', '+05:45', '-12:00', 'Pacific/Kiritimati')
  const references = fc.oneof(
    fc.integer({min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 0, 1)}),
    fc.constantFrom(-8.64e15, 8.64e15, 0, Date.UTC(2025, 2, 30, 1), Date.UTC(2025, 9, 26, 1))
  )

  it('never throws, and keeps every interval ordered and in the Date range', () => {
    fc.assert(
      fc.property(headerLike, references, zones, fc.constantFrom(undefined, 'mdy' as const, 'dmy' as const), (text, referenceMs, timeZone, dateOrder) => {
        const options = {reference: referenceMs, ...(timeZone === undefined ? {} : {timeZone}), ...(dateOrder === undefined ? {} : {dateOrder})}
        const result = normalizeTimestamp(text, options)
        if (result === null) return
        expect((result.earliest === null) === (result.latest === null)).toBe(true)
        if (result.earliest !== null && result.latest !== null) {
          expect(new Date(result.earliest).toISOString()).toBe(result.earliest)
          expect(Date.parse(result.earliest)).toBeLessThanOrEqual(Date.parse(result.latest!))
        }
        expect(result.rule.length).toBeGreaterThan(0)
      }),
      {numRuns: 3000}
    )
  })
})
