// Differential test against chrono-node on the English relative-time cases
// of chrono's own test suite (wanasit/chrono, test/en/en_time_units_ago.test.ts,
// en_time_ago.test.js, en_relative.test.ts, en_casual.test.ts), keeping the
// phrases a web page would print as an article's age: "... ago" and the
// calendar words; and the days and times without a date pages print
// (`Yesterday at 5:30 PM`, `Tuesday`, `10:31 AM`). Each phrase is run against the reference its chrono test
// uses. chrono reads them in the host zone; we pin it to UTC, the zone our
// calendar words use.
import * as chrono from 'chrono-node'
import {describe, expect, it} from 'vitest'
import {normalizeTimestamp} from '../src/time/normalize-timestamp.js'

/** `new Date(2012, 7, 10, 12, 14)` of chrono's tests, read in UTC. */
const utc = (...parts: [number, number, number, number?, number?]): Date =>
  new Date(Date.UTC(parts[0], parts[1], parts[2], parts[3] ?? 0, parts[4] ?? 0))

const cases: Array<[string, Date]> = [
  // en_time_units_ago.test.ts / en_time_ago.test.js
  ['5 days ago', utc(2012, 7, 10)],
  ['10 days ago', utc(2012, 7, 10)],
  ['15 minute ago', utc(2012, 7, 10, 12, 14)],
  ['12 hours ago', utc(2012, 7, 10, 12, 14)],
  ['1h ago', utc(2012, 7, 10, 12, 14)],
  ['1hr ago', utc(2012, 7, 10, 12, 14)],
  ['half an hour ago', utc(2012, 7, 10, 12, 14)],
  ['12 seconds ago', utc(2012, 7, 10, 12, 14)],
  ['three seconds ago', utc(2012, 7, 10, 12, 14)],
  ['5 Days ago', utc(2012, 7, 10)],
  ['half An hour ago', utc(2012, 7, 10, 12, 14)],
  ['A days ago', utc(2012, 7, 10)],
  ['5 months ago', utc(2012, 9, 10)],
  ['5 months ago', utc(2012, 7, 10)],
  ['5 years ago', utc(2012, 7, 10)],
  ['a week ago', utc(2012, 7, 3)],
  ['a few days ago', utc(2012, 7, 3)],
  ['15 hours 29 min ago', utc(2012, 7, 10, 22, 30)],
  ['1 day 21 hours ago', utc(2012, 7, 10, 22, 30)],
  ['1d 21 h 25m ago', utc(2012, 7, 10, 22, 30)],
  ['3 min 49 sec ago', utc(2012, 7, 10, 22, 30)],
  ['3m 49s ago', utc(2012, 7, 10, 22, 30)],
  ['5 minutes ago', utc(2012, 7, 10, 12, 14)],
  ['5m ago', utc(2012, 7, 10, 12, 14)],
  ['5 h ago', utc(2012, 7, 10, 12, 14)],
  ['2 days ago', utc(2024, 8, 10, 12)],
  ['2 weeks ago', utc(2024, 8, 10, 12)],
  ['2 months ago', utc(2024, 8, 10, 12)],
  ['2 years ago', utc(2024, 8, 10, 12)],
  // en_relative.test.ts (past relative expressions)
  ['last week', utc(2016, 9, 1, 12)],
  ['last month', utc(2016, 9, 1, 12)],
  // en_casual.test.ts
  ['now', utc(2012, 7, 10, 8, 9)],
  ['today', utc(2012, 7, 10, 12)],
  ['yesterday', utc(2012, 7, 10, 12)],
  // The seed ages and other header forms, at the seeds' reference.
  ['26 minutes ago', utc(2025, 6, 23, 12)],
  ['an hour ago', utc(2025, 6, 23, 12)],
  ['2 hours ago', utc(2025, 6, 23, 12)],
  ['a minute ago', utc(2025, 6, 23, 12)],
  ['a month ago', utc(2025, 6, 23, 12)],
  ['a year ago', utc(2025, 6, 23, 12)],
  ['last year', utc(2025, 6, 23, 12)],
  // Days and times named relative to the reference, and decorated ages.
  ['Yesterday at 5:30 PM', utc(2025, 6, 23, 12)],
  ['yesterday, 17:30', utc(2025, 6, 23, 12)],
  ['Today at 9:15 AM', utc(2025, 6, 23, 12)],
  ['Tuesday', utc(2025, 6, 23, 12)],
  ['10:31 AM', utc(2025, 6, 23, 12)]
  // chrono reads neither `2 hr. ago` nor `an hour and a half ago`: their
  // intervals are checked by hand in timestamp-forms.test.ts.
]

describe('chrono-node differential', () => {
  it.each(cases)('%s (reference %s): our interval holds chrono’s instant', (text, reference) => {
    const ours = normalizeTimestamp(text, {reference})
    // We must read every listed case.
    expect(ours, text).not.toBeNull()
    const theirs = chrono.parseDate(text, {instant: reference, timezone: 'UTC'})
    expect(theirs, `chrono reads ${text}`).toBeInstanceOf(Date)
    if (!ours || !ours.earliest || !ours.latest || !theirs) return
    const instant = theirs.getTime()
    expect(Date.parse(ours.earliest), `${text}: ${ours.earliest} <= ${theirs.toISOString()}`).toBeLessThanOrEqual(instant)
    expect(Date.parse(ours.latest), `${text}: ${theirs.toISOString()} <= ${ours.latest}`).toBeGreaterThanOrEqual(instant)
  })
})
