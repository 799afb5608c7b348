import {MINUTE} from '../calendar.js'
import type {TimestampRule} from '../rule.js'
import {zoneOfText, type OffsetRange} from '../zone.js'
import {fractionOf, readingOfFields, type TimeFields} from './date-fields.js'

// `2025-07-23`, `2025-07-23T14:05:00.123Z`, `2025-07-23 14:05 BST`,
// `2025-07-23T14:05+03:00`. Each piece is fixed-width or separated by a
// required character, so the match is linear; the zone is read by the one
// zone reader (`zone.ts`).
const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:(?:T| +)(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)? *(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{2,5})?$/

/** ISO 8601 calendar dates and date-times, with an optional zone. */
export const isoDate: TimestampRule = {
  name: 'iso-8601',
  parse({text}, referenceMs, settings) {
    const code = text.charCodeAt(0)
    if (code < 48 || code > 57) return null
    const match = isoPattern.exec(text)
    if (!match) return null
    const [, year, month, day, hour, minute, second, fraction, zone] = match
    let time: TimeFields | null = null
    if (hour !== undefined && minute !== undefined) {
      const parts = second === undefined ? {millisecond: 0, step: MINUTE} : fractionOf(fraction ?? '')
      time = {hour: Number(hour), minute: Number(minute), second: Number(second ?? 0), ...parts}
    }
    let offset: OffsetRange | null = null
    if (zone !== undefined) {
      offset = zoneOfText(zone)
      if (!offset) return null
    }
    return readingOfFields(
      {year: Number(year), month: Number(month), day: Number(day), time, offset},
      referenceMs,
      settings.timeZone
    )
  }
}
