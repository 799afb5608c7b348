// `splitDump`'s `timeZone` and `dateOrder`: passed through to the header's
// timestamp and checked at the call, as `normalizeTimestamp` checks them.
// Every expected instant below is worked out by hand in the comment above it.
import {describe, expect, test} from 'vitest'
import {collectDumpStream, splitDump, splitDumpStream} from '../src/index.js'
import type {Dump, SplitOptions} from '../src/index.js'

// A daily8 page: a lead, then three related items, each `Outlet` / time /
// `- Outlet` / title / body.
const dump = [
  'Lead headline about the talks',
  'The talks ended on Wednesday without a deal, officials said.',
  '',
  'Related Articles',
  '',
  'Reuters',
  'Yesterday at 5:30 PM',
  '- Reuters',
  'Talks end without a deal',
  'The talks in Istanbul ended without a deal on Tuesday evening.',
  '',
  'The Guardian',
  '07/08/2025',
  '- The Guardian',
  'Storm closes beaches',
  'A storm closed the beaches of the south coast for a day.',
  '',
  'SBS Australia',
  '26 minutes ago',
  '- SBS Australia',
  'Prisoner swap agreed',
  'Both sides agreed to a further exchange of prisoners.',
  ''
].join('\n')

function published(result: Dump): Array<[string | undefined, string | null, string | null]> {
  return result.articles
    .filter((article) => article.role === 'related')
    .map((article) => [article.outlet?.id, article.published?.earliest ?? null, article.published?.latest ?? null])
}

describe('splitDump timeZone and dateOrder', () => {
  test('without them: times in UTC, a numeric date valid both ways left open', () => {
    expect(published(splitDump(dump, {reference: '2025-07-23T12:00:00Z'}))).toEqual([
      // The day before 23 July, 17:30 UTC.
      ['reuters', '2025-07-22T17:30:00.000Z', '2025-07-22T17:30:59.999Z'],
      ['the-guardian', null, null],
      // 12:00 minus 26:59.999 and minus 25:30 (see docs/headers.md).
      ['sbs-australia', '2025-07-23T11:33:00.001Z', '2025-07-23T11:34:30.000Z']
    ])
  })

  test('timeZone reads a zoneless time in the page zone; dateOrder decides 07/08/2025', () => {
    const result = splitDump(dump, {reference: '2025-07-23T12:00:00Z', timeZone: 'America/New_York', dateOrder: 'dmy'})
    expect(published(result)).toEqual([
      // New York is UTC-4 in July: 08:00 on 23 July there, so yesterday is
      // 22 July and 17:30 EDT is 21:30 UTC.
      ['reuters', '2025-07-22T21:30:00.000Z', '2025-07-22T21:30:59.999Z'],
      // Day first: 7 August, the whole day in New York, 04:00 UTC to 04:00 UTC.
      ['the-guardian', '2025-08-07T04:00:00.000Z', '2025-08-08T03:59:59.999Z'],
      // An age does not depend on the zone.
      ['sbs-australia', '2025-07-23T11:33:00.001Z', '2025-07-23T11:34:30.000Z']
    ])
    const guardian = result.articles.find((article) => article.outlet?.id === 'the-guardian')
    expect(guardian?.published?.implied).toEqual(['day-order', 'time-of-day', 'zone'])
  })

  test("dateOrder 'mdy' alone: 8 July, in UTC", () => {
    const result = splitDump(dump, {reference: '2025-07-23T12:00:00Z', dateOrder: 'mdy'})
    expect(published(result)[1]).toEqual(['the-guardian', '2025-07-08T00:00:00.000Z', '2025-07-08T23:59:59.999Z'])
  })

  test('a reference string without a zone is read in timeZone', () => {
    // 08:00 in New York on 23 July is 12:00 UTC: the same ages as above.
    const result = splitDump(dump, {reference: '2025-07-23T08:00:00', timeZone: 'America/New_York'})
    expect(published(result)[2]).toEqual(['sbs-australia', '2025-07-23T11:33:00.001Z', '2025-07-23T11:34:30.000Z'])
    // With a fixed offset: 17:30 at +05:30 is 12:00 UTC.
    const offset = splitDump(dump, {reference: '2025-07-23T17:30:00', timeZone: '+05:30'})
    expect(published(offset)[2]).toEqual(['sbs-australia', '2025-07-23T11:33:00.001Z', '2025-07-23T11:34:30.000Z'])
  })

  test('null means not given', () => {
    const options = {reference: '2025-07-23T12:00:00Z', timeZone: null, dateOrder: null} as unknown as SplitOptions
    expect(published(splitDump(dump, options))).toEqual(published(splitDump(dump, {reference: '2025-07-23T12:00:00Z'})))
  })

  test('checked at the call, as normalizeTimestamp checks them', () => {
    expect(() => splitDump('', {timeZone: 'Mars/Olympus'})).toThrow(
      new RangeError('Expected `timeZone` to be an IANA zone name (Europe/London) or an offset (+05:30), not `string` ("Mars/Olympus")')
    )
    expect(() => splitDump('', {timeZone: 5 as unknown as string})).toThrow(TypeError)
    expect(() => splitDump('', {dateOrder: 'ymd' as 'mdy'})).toThrow(new RangeError('Expected `dateOrder` to be \'mdy\' or \'dmy\', not `string` ("ymd")'))
    expect(() => splitDump('', {dateOrder: 1 as unknown as 'mdy'})).toThrow(TypeError)
    // The stream checks at the call too, before any chunk is read.
    expect(() => splitDumpStream(() => [], {timeZone: '+25:00'})).toThrow(RangeError)
  })

  test('the stream reads them as splitDump does', async () => {
    const options: SplitOptions = {reference: '2025-07-23T12:00:00Z', timeZone: 'America/New_York', dateOrder: 'dmy'}
    const collected = await collectDumpStream(() => [dump.slice(0, 100), dump.slice(100)], options)
    expect(published(collected)).toEqual(published(splitDump(dump, options)))
    expect(published(collected)[1]).toEqual(['the-guardian', '2025-08-07T04:00:00.000Z', '2025-08-08T03:59:59.999Z'])
  })
})
