import {monthOf, SECOND} from '../calendar.js'
import type {TimestampRule} from '../rule.js'
import {zoneOfText} from '../zone.js'
import {readingOfFields} from './date-fields.js'

// `Wed, 23 Jul 2025 10:00:00 GMT`, `23 Jul 2025 10:00 +0300`: the format of
// HTTP dates and feeds, read by one fixed-shape pattern (linear) before the
// general written-date reader; the zone by the one zone reader (`zone.ts`).
const rfcPattern =
  /^(?:[A-Z][a-z]{2}, )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4}|[A-Z]{1,5})$/

/** RFC 2822 / RFC 7231 dates. */
export const rfc2822: TimestampRule = {
  name: 'rfc-2822',
  parse({text}, referenceMs, settings) {
    const match = rfcPattern.exec(text)
    if (!match) return null
    const [, day, monthName, year, hour, minute, second, zone = ''] = match
    const month = monthOf((monthName ?? '').toLowerCase())
    if (month === undefined) return null
    const offset = zoneOfText(zone)
    if (!offset) return null
    return readingOfFields(
      {
        year: Number(year),
        month,
        day: Number(day),
        time: {
          hour: Number(hour),
          minute: Number(minute),
          second: Number(second ?? 0),
          millisecond: 0,
          step: second === undefined ? 60 * SECOND : SECOND
        },
        offset
      },
      referenceMs,
      settings.timeZone
    )
  }
}
