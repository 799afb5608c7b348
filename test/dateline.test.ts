import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, expectTypeOf, it} from 'vitest'
import * as datelineModule from '../src/time/parse-dateline.js'
import {parseDateline} from '../src/time/parse-dateline.js'
import {normalizeOutlet} from '../src/outlet/normalize-outlet.js'
import type {Dateline, DatelineDate, Implied, Outlet, Span} from '../src/types.js'

const reference = '2025-07-24T00:00:00Z'

function dateline(
  place: string | null, date: DatelineDate | null, agency: string | null, start: number, end: number, byline: string | null = null
): Dateline {
  return {place, date, agency: agency === null ? null : normalizeOutlet(agency), byline, span: {start, end}}
}

/** A dateline date: `iso` `YYYY-MM-DD` (or `null` with month and day given), the year implied unless `written`. */
function day(iso: string | null, written = false, month?: number, dayOfMonth?: number): DatelineDate {
  const [, m, d] = iso === null ? [0, month, dayOfMonth] : iso.split('-').map(Number)
  return {iso, month: m ?? 0, day: d ?? 0, implied: written ? [] : ['year']}
}

describe('public surface', () => {
  it('exports parseDateline', () => {
    expect(Object.keys(datelineModule).sort()).toEqual(['parseDateline'])
  })

  it('pins the Dateline type', () => {
    expectTypeOf<Dateline>().toEqualTypeOf<{
      place: string | null
      date: DatelineDate | null
      agency: Outlet | null
      byline: string | null
      span: Span
    }>()
    expectTypeOf<DatelineDate>().toEqualTypeOf<{iso: string | null; month: number; day: number; implied: Implied[]}>()
  })
})

describe('parseDateline', () => {
  it('reads wire datelines', () => {
    const cases: Array<[string, Dateline]> = [
      ['ISTANBUL, July 23 (Reuters) - Russia and Ukraine', dateline('ISTANBUL', day('2025-07-23'), 'Reuters', 0, 30)],
      // 27 July is after the reference (24 July 2025): last year's.
      ['July 27 (Reuters) - The exiled head of Hamas', dateline(null, day('2024-07-27'), 'Reuters', 0, 20)],
      ['WASHINGTON (AP) — The State Department said', dateline('WASHINGTON', null, 'AP', 0, 18)],
      ['KYIV, Ukraine (AP) — Thousands', dateline('KYIV, Ukraine', null, 'AP', 0, 21)],
      ['MOSCOW, July 23 (AFP) - Russia', dateline('MOSCOW', day('2025-07-23'), 'AFP', 0, 24)],
      ['LONDON — Prices rose', dateline('LONDON', null, null, 0, 9)],
      ['(CNN) — A ceasefire', dateline(null, null, 'CNN', 0, 8)],
      ['NEW DELHI, July 23 (IANS): The government', dateline('NEW DELHI', day('2025-07-23'), 'IANS', 0, 27)],
      ['LONDON, July 23 (Reuters) – Shares', dateline('LONDON', day('2025-07-23'), 'Reuters', 0, 28)],
      ['SYDNEY, Australia (AP) -- Police', dateline('SYDNEY, Australia', null, 'AP', 0, 26)],
      ['BEIRUT (Reuters) - Israeli strikes', dateline('BEIRUT', null, 'Reuters', 0, 19)],
      ['Kyiv, July 23 (Reuters) - Ukraine', dateline('Kyiv', day('2025-07-23'), 'Reuters', 0, 26)],
      ['WASHINGTON, Jan. 5, 2024 (Reuters) - The', dateline('WASHINGTON', day('2024-01-05', true), 'Reuters', 0, 37)],
      ['ST. LOUIS (AP) — A jury', dateline('ST. LOUIS', null, 'AP', 0, 17)]
    ]
    for (const [text, expected] of cases) {
      expect(parseDateline(text, {reference}), text).toEqual(expected)
    }
  })

  it('reads the other wire forms', () => {
    const cases: Array<[string, Dateline]> = [
      // TASS: the date ends with a full stop, the agency between slashes.
      ['MOSCOW, July 23. /TASS/. Russia', dateline('MOSCOW', day('2025-07-23'), 'TASS', 0, 25)],
      ['NEW DELHI (PTI) — The government', dateline('NEW DELHI', null, 'PTI', 0, 18)],
      ['KYIV, Ukraine (AP) — Thousands', dateline('KYIV, Ukraine', null, 'AP', 0, 21)],
      ['(Bloomberg) -- Stocks fell', dateline(null, null, 'Bloomberg', 0, 15)],
      ['WASHINGTON — The Senate', dateline('WASHINGTON', null, null, 0, 13)],
      ['By Jane Doe, Reuters', dateline(null, null, 'Reuters', 0, 20, 'Jane Doe')],
      // A byline on its own line, then the dateline: one span over both.
      ['By Jane Doe, Reuters\nLONDON, July 23 (Reuters) - Shares', dateline('LONDON', day('2025-07-23'), 'Reuters', 0, 49, 'Jane Doe')],
      ['By Ana de Souza, AFP\nPrices rose', dateline(null, null, 'AFP', 0, 21, 'Ana de Souza')],
      // A year outside 1000–9999 is no date, never 1950; the dateline still reads.
      ['LONDON, July 23, 0050 (Reuters) - Shares', dateline('LONDON', null, 'Reuters', 0, 34)],
      ['LONDON, Feb 30 (Reuters) - Shares', dateline('LONDON', null, 'Reuters', 0, 27)],
      // The Indian press: a place in capitals, a date, a colon (forms of
      // thetribuneonline.com and the Daily Excelsior); 19 December is after
      // the reference (24 July 2025): last year's.
      ['SRINAGAR, July 21: The encounter in J&K', dateline('SRINAGAR', day('2025-07-21'), null, 0, 19)],
      ['JAMMU, Dec 19: A workshop on Stress', dateline('JAMMU', day('2024-12-19'), null, 0, 15)],
      ['NEW DELHI, July 23, 2025: The court', dateline('NEW DELHI', day('2025-07-23', true), null, 0, 26)]
    ]
    for (const [text, expected] of cases) {
      expect(parseDateline(text, {reference}), JSON.stringify(text)).toEqual(expected)
    }
  })

  it('refuses prose that only looks like a dateline', () => {
    for (const text of [
      'The US (and its allies) - in a statement',
      'The US (Reuters) - said',
      'In Kyiv (Reuters) - officials said',
      'Officials (and others) — said',
      'By Jane Doe, Staff Writer',
      'By the way, Reuters said',
      'by Jane Doe, Reuters',
      'By JANE DOE',
      // The colon form needs capitals, a date and no label word.
      'Note, May 20: this is',
      'Meanwhile, July 21: he said',
      'BREAKING, July 21: Markets fell',
      'UPDATE, July 21: The',
      'KOLKATA: The state said',
      'May 20: The court',
      'Shares rose 5, May 20: a'
    ]) {
      expect(parseDateline(text, {reference}), text).toBeNull()
    }
  })

  it('skips leading whitespace and keeps offsets into the input', () => {
    expect(parseDateline('  \nLONDON — Prices rose')).toEqual(dateline('LONDON', null, null, 3, 12))
    const text = '\tBEIRUT (Reuters) - Israeli'
    const result = parseDateline(text)
    expect(result && text.slice(result.span.start, result.span.end)).toBe('BEIRUT (Reuters) - ')
  })

  it('keeps the date as written without a year to give it', () => {
    expect(parseDateline('ISTANBUL, July 23 (Reuters) - Russia')?.date).toEqual({iso: null, month: 7, day: 23, implied: ['year']})
    expect(parseDateline('ISTANBUL, 23 July (Reuters) - Russia')?.date).toEqual({iso: null, month: 7, day: 23, implied: ['year']})
    // A written year needs no reference.
    expect(parseDateline('LONDON, July 23, 2025 (Reuters) - Shares')?.date).toEqual({iso: '2025-07-23', month: 7, day: 23, implied: []})
    // The year before, when the date would be in the future.
    expect(parseDateline('LONDON, Dec 31 (Reuters) - Shares', {reference: '2025-01-01T06:00:00Z'})?.date).toEqual(
      {iso: '2024-12-31', month: 12, day: 31, implied: ['year']}
    )
  })

  it('normalises the agency with the registry', () => {
    expect(parseDateline('BEIRUT (Reuters) - Israeli')?.agency).toMatchObject({id: 'reuters', name: 'Reuters', known: true})
    expect(parseDateline('WASHINGTON (AP) — The')?.agency).toMatchObject({id: 'associated-press', known: true})
    expect(parseDateline('PARIS (Foo Wire) - Le')?.agency).toMatchObject({name: 'Foo Wire', known: false})
  })

  it('finds the datelines of the seeds', () => {
    const seed000 = readFileSync(new URL('../fixtures/000_d00be9bfc94f70d2.txt', import.meta.url), 'utf8')
    const seed001 = readFileSync(new URL('../fixtures/001_bed8e93c8511a76b.txt', import.meta.url), 'utf8')
    const line000 = seed000.split('\n').find((line) => line.startsWith('July 27 (Reuters)')) ?? ''
    const line001 = seed001.split('\n').find((line) => line.startsWith('ISTANBUL')) ?? ''
    expect(parseDateline(line000, {reference: '2025-07-27T18:00:00Z'})).toEqual(dateline(null, day('2025-07-27'), 'Reuters', 0, 20))
    expect(parseDateline(line001, {reference})).toEqual(dateline('ISTANBUL', day('2025-07-23'), 'Reuters', 0, 30))
  })

  it('returns null for bodies without a dateline', () => {
    for (const text of [
      '',
      '   ',
      'Three sources close to the Kremlin told Reuters last week that Putin',
      'The exiled head of Hamas (Reuters) said on Sunday',
      'The US has announced approval to sell to Ukraine',
      'ISTANBUL is a city',
      'Russia and Ukraine discussed further prisoner swaps',
      'BREAKING — A ceasefire',
      'EXCLUSIVE - Chinese engines',
      'LONDON-based firms said',
      '- Five killed in strikes -',
      'Reuters - Prices rose',
      'Kyiv — Prices rose',
      'Zelenskyy (pictured) said',
      'US (2025) - a year',
      ' '.repeat(250) + 'LONDON — Prices rose'
    ]) {
      expect(parseDateline(text), JSON.stringify(text.slice(0, 60))).toBeNull()
    }
  })

  it('throws on non-strings and invalid references', () => {
    expect(() => parseDateline(42 as unknown as string)).toThrow(TypeError)
    expect(() => parseDateline(42 as unknown as string)).toThrow('42')
    expect(() => parseDateline('LONDON — x', {reference: 'yesterdayish'})).toThrow(
      new RangeError('Expected a valid reference time, not `string` ("yesterdayish")')
    )
  })

  it('never throws and keeps spans inside the text', () => {
    const pieces = [
      'ISTANBUL', 'Kyiv', 'NEW', 'DELHI', ',', ' ', 'July', '23', '2025', '(', ')', 'Reuters',
      'AP', '-', '—', '–', '--', ':', 'The', '\n', 'é', 'Ü'
    ]
    const bodyLike = fc.array(fc.constantFrom(...pieces), {maxLength: 12}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: 'binary'}), bodyLike), (text) => {
        const result = parseDateline(text, {reference})
        if (result === null) return
        expect(result.span.start).toBeGreaterThanOrEqual(0)
        expect(result.span.start).toBeLessThan(result.span.end)
        expect(result.span.end).toBeLessThanOrEqual(text.length)
        expect(text.slice(0, result.span.start).trim()).toBe('')
        if (result.date !== null && result.date.iso !== null) {
          expect(new Date(result.date.iso + 'T00:00:00Z').toISOString().slice(0, 10)).toBe(result.date.iso)
          expect(Number(result.date.iso.slice(5, 7))).toBe(result.date.month)
          expect(Number(result.date.iso.slice(8, 10))).toBe(result.date.day)
        }
      }),
      {numRuns: 3000}
    )
  })

  it('stays linear on long adversarial input', () => {
    const started = performance.now()
    for (const text of [
      'A'.repeat(100_000),
      'A '.repeat(50_000),
      'ISTANBUL, '.repeat(10_000),
      '('.repeat(100_000),
      'July 23 '.repeat(10_000)
    ]) {
      parseDateline(text)
    }
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
