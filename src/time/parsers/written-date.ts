import {MINUTE, monthOf, weekdayOf} from '../calendar.js'
import type {TimestampRule} from '../rule.js'
import {tokenizeHeader, type Token} from '../tokens.js'
import {scanZone, type OffsetRange} from '../zone.js'
import {fractionOf, readingOfFields, type TimeFields} from './date-fields.js'

// , : / . - + ( ) | · • @ – —  (`@05:54PM` is Slashdot's time, `July 23, 2025 — 4:51 AM` a publisher's)
const dateTokens = {marks: new Set([44, 58, 47, 46, 45, 43, 40, 41, 124, 183, 8226, 64, 8211, 8212]), decimals: false}

/** Words headers put around a date that say nothing about it. */
const fillers = new Set([
  'at', 'on', 'the', 'of', 'updated', 'published', 'posted', 'last', 'first',
  'modified', 'edited', 'created', 'added', 'date', 'time'
])

const ordinals = new Set(['st', 'nd', 'rd', 'th'])

/** Everything a written header spells out, before any of it is completed. */
export interface WrittenFields {
  year: number | null
  twoDigitYear: boolean
  month: number | null
  day: number | null
  time: TimeFields | null
  offset: OffsetRange | null
  /** ISO weekday (0 = Monday) when one is written. */
  weekday: number | null
  /** `today` (0) or `yesterday` (−1) in front of a time. */
  daysBack: number | null
  /** A numeric date valid both ways (`07/08/2025`): its first two numbers. */
  eitherOrder: readonly [number, number] | null
}

let lastText: string | undefined
let lastFields: WrittenFields | null = null

/**
 * Read a header's date words, numbers, time and zone in any order pages
 * use. Every token must be understood, so a headline that happens to hold a
 * month name is not a date. Pure; the last result is kept, since the
 * `written-date` and `day-and-time` rules ask about the same header in turn.
 *
 * @returns
 *   The fields, or `null` when some token is not part of a date.
 */
export function scanWrittenDate(text: string): WrittenFields | null {
  if (text === lastText) return lastFields
  lastFields = scan(text)
  lastText = text
  return lastFields
}

function scan(text: string): WrittenFields | null {
  const found = tokenizeHeader(text, dateTokens)
  if (!found) return null
  const tokens: Token[] = found
  const fields: WrittenFields = {
    year: null, twoDigitYear: false, month: null, day: null, time: null, offset: null,
    weekday: null, daysBack: null, eitherOrder: null
  }
  let index = 0
  const peek = (offsetBy: number): Token | undefined => tokens[index + offsetBy]

  while (index < tokens.length) {
    const token = tokens[index]
    if (!token) break
    if (token.type === 'number') {
      const consumed = readNumber(token)
      if (consumed === 0) return null
      index += consumed
      continue
    }
    if (token.type === 'word') {
      const lower = token.text.toLowerCase()
      const monthNumber = monthOf(lower)
      const weekday = monthNumber === undefined ? weekdayOf(lower) : undefined
      if (monthNumber !== undefined) {
        if (fields.month !== null) return null
        fields.month = monthNumber
      } else if (weekday !== undefined) {
        // Weekdays are not checked against a written date: pages get them
        // wrong less often than a check would reject a right date.
        if (fields.weekday !== null) return null
        fields.weekday = weekday
      } else if (lower === 'today' || lower === 'yesterday') {
        if (fields.daysBack !== null) return null
        fields.daysBack = lower === 'today' ? 0 : -1
      } else if (!fillers.has(lower)) {
        if (!readZone(token)) return null
        continue
      }
      index++
      continue
    }
    // Marks: a sign after a time opens an offset (`10:00 +0300`).
    if ((token.text === '+' || token.text === '-') && peek(1)?.type === 'number' && fields.time !== null && fields.offset === null) {
      if (!readZone(token)) return null
      continue
    }
    if (token.text === '+') return null
    index++
  }
  if (fields.daysBack !== null && (fields.weekday !== null || fields.month !== null || fields.day !== null || fields.year !== null)) {
    return null
  }
  return fields

  /** Read a zone at `token` with the shared reader and step past it; false when none is there. */
  function readZone(token: Token): boolean {
    const match = scanZone(text, token.start)
    if (!match) return false
    // `+0000 (UTC)` names the zone twice; it must agree with itself.
    if (fields.offset !== null && (fields.offset[0] !== match.offset[0] || fields.offset[1] !== match.offset[1])) return false
    fields.offset = match.offset
    while (index < tokens.length && (tokens[index]?.start ?? 0) < match.end) index++
    return true
  }

  /** Read a number and what it starts; tokens consumed, or 0 to reject. */
  function readNumber(token: Token): number {
    const next = peek(1)
    const afterNext = peek(2)
    // Times: `3:41`, `10:00:00`, `14:05:00.5`.
    if (next?.text === ':' && afterNext?.type === 'number') {
      let consumed = 3
      const hour = Number(token.text)
      const minute = Number(afterNext.text)
      if (afterNext.text.length !== 2) return 0
      let second = 0
      let fraction = {millisecond: 0, step: MINUTE}
      if (peek(3)?.text === ':' && peek(4)?.type === 'number' && peek(4)?.text.length === 2) {
        second = Number(peek(4)?.text)
        consumed = 5
        fraction = fractionOf('')
        if (peek(5)?.text === '.' && peek(6)?.type === 'number' && peek(6)?.glued) {
          fraction = fractionOf(peek(6)?.text ?? '')
          consumed = 7
        }
      }
      return setTime(hour, minute, second, fraction, consumed)
    }
    // Numeric dates: `23/07/2025`, `07/23/2025`, `23.07.2025`, `2025/07/23`.
    const separator = next?.text
    if (
      (separator === '/' || separator === '.' || separator === '-') &&
      afterNext?.type === 'number' &&
      peek(3)?.text === separator &&
      peek(4)?.type === 'number'
    ) {
      if (fields.month !== null || fields.day !== null || fields.year !== null) return 0
      const first = token.text
      const second = afterNext.text
      const third = peek(4)?.text ?? ''
      if (first.length === 4) {
        if (second.length > 2 || third.length > 2) return 0
        fields.year = Number(first)
        fields.month = Number(second)
        fields.day = Number(third)
        return 5
      }
      if ((third.length !== 4 && third.length !== 2) || first.length > 2 || second.length > 2) return 0
      fields.year = Number(third)
      fields.twoDigitYear = third.length === 2
      const a = Number(first)
      const b = Number(second)
      if (separator === '.' || (a > 12 && b <= 12)) {
        fields.day = a
        fields.month = b
      } else if (b > 12 && a <= 12) {
        fields.month = a
        fields.day = b
      } else if (a === b) {
        fields.month = a
        fields.day = a
      } else if (a > 12 && b > 12) {
        return 0
      } else {
        // Day-first and month-first both read: the `dateOrder` option decides.
        fields.eitherOrder = [a, b]
      }
      return 5
    }
    // `10.00` (the Guardian's and BBC's time), when no date follows.
    if (separator === '.' && afterNext?.type === 'number' && afterNext.text.length === 2 && afterNext.glued && next?.glued) {
      return setTime(Number(token.text), Number(afterNext.text), 0, {millisecond: 0, step: MINUTE}, 3)
    }
    // `2pm`, `2 p.m.`
    if (next?.type === 'word' && meridiemLength(1) > 0) {
      return setTime(Number(token.text), 0, 0, {millisecond: 0, step: MINUTE}, 1)
    }
    if (token.text.length === 4) {
      if (fields.year !== null) return 0
      fields.year = Number(token.text)
      return 1
    }
    if (token.text.length <= 2) {
      if (fields.day !== null) return 0
      fields.day = Number(token.text)
      // `23rd`
      if (next?.type === 'word' && next.glued && ordinals.has(next.text.toLowerCase())) return 2
      return 1
    }
    return 0
  }

  /** Record a time, reading a following am/pm; tokens consumed or 0. */
  function setTime(
    hour: number,
    minute: number,
    second: number,
    fraction: {millisecond: number; step: number},
    consumed: number
  ): number {
    if (fields.time !== null) return 0
    const meridiem = meridiemLength(consumed)
    if (meridiem > 0) {
      if (hour < 1 || hour > 12) return 0
      const pm = (peek(consumed)?.text.toLowerCase() ?? '').startsWith('p')
      hour = (hour % 12) + (pm ? 12 : 0)
      consumed += meridiem
    }
    if (hour > 23 || minute > 59 || second > 59) return 0
    fields.time = {hour, minute, second, ...fraction}
    return consumed
  }

  /** Tokens taken by `am`, `PM`, `a.m.`, `p.m` at `offsetBy`, or 0. */
  function meridiemLength(offsetBy: number): number {
    const word = peek(offsetBy)?.text.toLowerCase()
    if (word === 'am' || word === 'pm') return 1
    if ((word === 'a' || word === 'p') && peek(offsetBy + 1)?.text === '.' && peek(offsetBy + 2)?.text.toLowerCase() === 'm') {
      return peek(offsetBy + 3)?.text === '.' ? 4 : 3
    }
    return 0
  }
}

/**
 * Dates written with a month name or as numbers, with an optional weekday,
 * time, zone and lead words, in any order pages use: `July 23, 2025`,
 * `23 July 2025`, `Jul 23`, `Wed, 23 Jul 2025 10:00:00 GMT`,
 * `Wed 23 Jul 2025 10.00 EDT`, `Updated 3:41 PM EDT, Wed July 23, 2025`,
 * `July 23, 2025 at 2:05 pm`, `23/07/2025`; `07/08/2025` in the
 * `dateOrder` option, and with open bounds without it.
 */
export const writtenDate: TimestampRule = {
  name: 'written-date',
  parse({text}, referenceMs, settings) {
    const fields = scanWrittenDate(text)
    if (!fields || fields.daysBack !== null) return null
    let {month, day} = fields
    const {year, time, offset, eitherOrder} = fields
    if (eitherOrder !== null) {
      if (settings.dateOrder === null) return {kind: 'absolute', earliest: null, latest: null, implied: ['day-order']}
      ;[month, day] = settings.dateOrder === 'mdy' ? eitherOrder : [eitherOrder[1], eitherOrder[0]]
    }
    if (month === null) return null
    if (day === null && year === null) return null
    const reading = readingOfFields(
      {year, twoDigitYear: fields.twoDigitYear, month, day, time, offset},
      referenceMs,
      settings.timeZone
    )
    if (reading && eitherOrder !== null) reading.implied = ['day-order', ...(reading.implied ?? [])]
    return reading
  }
}
