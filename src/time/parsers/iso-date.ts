import {MINUTE} from '../calendar.js'
import type {TimestampRule} from '../rule.js'
import {zoneOffsets} from '../zones.js'
import {fractionOf, readingOfFields, type TimeFields} from './date-fields.js'

// `2025-07-23`, `2025-07-23T14:05:00.123Z`, `2025-07-23 14:05 BST`,
// `2025-07-23T14:05+03:00`. Each piece is fixed-width or separated by a
// required character, so the match is linear.
const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:(?:T| +)(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)? *(Z|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{2,5})?$/

/** ISO 8601 calendar dates and date-times, with an optional zone. */
export const isoDate: TimestampRule = {
  name: 'iso-8601',
  parse({text}, referenceMs) {
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
    let offset: readonly [number, number] | null = null
    if (zone !== undefined) {
      offset = offsetOfZone(zone)
      if (!offset) return null
    }
    return readingOfFields(
      {year: Number(year), month: Number(month), day: Number(day), time, offset},
      referenceMs
    )
  }
}

/** Offset range of `Z`, `+03:00`, `-0400`, `+05`, or a zone abbreviation. */
function offsetOfZone(zone: string): readonly [number, number] | null {
  const sign = zone.charCodeAt(0)
  if (sign === 43 || sign === 45) {
    const digits = zone.slice(1).replace(':', '')
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')
    if (Number(digits.slice(0, 2)) > 14 || Number(digits.slice(2) || '0') > 59) return null
    const value = sign === 45 ? -minutes : minutes
    return [value, value]
  }
  const upper = zone.toUpperCase()
  return Object.hasOwn(zoneOffsets, upper) ? (zoneOffsets[upper] ?? null) : null
}
