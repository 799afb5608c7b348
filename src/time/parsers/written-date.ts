import {MINUTE, monthOf} from '../calendar.js'
import type {TimestampRule} from '../rule.js'
import {tokenizeHeader, type Token} from '../tokens.js'
import {zoneOffsets} from '../zones.js'
import {fractionOf, readingOfFields, type DateFields, type TimeFields} from './date-fields.js'

// , : / . - + ( ) | ·  •
const dateTokens = {marks: new Set([44, 58, 47, 46, 45, 43, 40, 41, 124, 183, 8226]), decimals: false}

const weekdays = new Set([
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur',
  'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday'
])

/** Words headers put around a date that say nothing about it. */
const fillers = new Set([
  'at', 'on', 'the', 'of', 'updated', 'published', 'posted', 'last', 'first',
  'modified', 'edited', 'created', 'added', 'date', 'time'
])

const ordinals = new Set(['st', 'nd', 'rd', 'th'])

/**
 * Dates written with a month name or as numbers, with an optional weekday,
 * time, zone and lead words, in any order pages use: `July 23, 2025`,
 * `23 July 2025`, `Jul 23`, `Wed, 23 Jul 2025 10:00:00 GMT`,
 * `Wed 23 Jul 2025 10.00 EDT`, `Updated 3:41 PM EDT, Wed July 23, 2025`,
 * `July 23, 2025 at 2:05 pm`, `23/07/2025`.
 *
 * Every token must be understood, so a headline that happens to hold a
 * month name is not a date.
 */
export const writtenDate: TimestampRule = {
  name: 'written-date',
  parse({text}, referenceMs) {
    const tokens = tokenizeHeader(text, dateTokens)
    if (!tokens) return null
    let year: number | null = null
    let month: number | null = null
    let day: number | null = null
    let time: TimeFields | null = null
    let offset: readonly [number, number] | null = null
    /** Numeric date with day and month order unknowable (`05/07/2025`). */
    let ambiguous = false
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
        if (monthNumber !== undefined) {
          if (month !== null) return null
          month = monthNumber
        } else if (weekdays.has(lower) || fillers.has(lower)) {
          // Weekdays are not checked against the date: pages get them wrong
          // less often than a check would reject a right date.
        } else {
          const upper = token.text.toUpperCase()
          const zone = Object.hasOwn(zoneOffsets, upper) ? zoneOffsets[upper] : undefined
          if (!zone) return null
          // `+0000 (UTC)` names the zone twice; it must agree with itself.
          if (offset !== null && (offset[0] !== zone[0] || offset[1] !== zone[1])) return null
          offset = zone
          // `GMT+3`, `UTC+05:30`: the zone word only names the origin.
          const sign = peek(1)
          if ((upper === 'GMT' || upper === 'UTC') && (sign?.text === '+' || sign?.text === '-')) {
            index++
            const consumed = readOffset()
            if (consumed === 0) return null
            index += consumed
            continue
          }
        }
        index++
        continue
      }
      // Marks.
      if ((token.text === '+' || token.text === '-') && peek(1)?.type === 'number' && time !== null && offset === null) {
        const consumed = readOffset()
        if (consumed === 0) return null
        index += consumed
        continue
      }
      if (token.text === '+') return null
      index++
    }

    if (month === null && day === null && year === null) {
      // A time alone (`10:00 EDT`) is a timestamp whose date is unknown.
      return time === null ? null : {kind: 'absolute', earliest: null, latest: null}
    }
    if (ambiguous) return {kind: 'absolute', earliest: null, latest: null}
    if (month === null) return null
    if (day === null && year === null) return null
    const fields: DateFields = {year, month, day, time, offset}
    return readingOfFields(fields, referenceMs)

    /** Read a number and what it starts; tokens consumed, or 0 to reject. */
    function readNumber(token: Token): number {
      const next = peek(1)
      const afterNext = peek(2)
      // Times: `3:41`, `10:00:00`, `14:05:00.5`.
      if (next?.text === ':' && afterNext?.type === 'number') {
        if (time !== null) return 0
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
        if (month !== null || day !== null || year !== null) return 0
        const first = token.text
        const second = afterNext.text
        const third = peek(4)?.text ?? ''
        if (first.length === 4) {
          year = Number(first)
          month = Number(second)
          day = Number(third)
          return 5
        }
        if ((third.length !== 4 && third.length !== 2) || first.length > 2 || second.length > 2) return 0
        year = third.length === 2 ? 2000 + Number(third) : Number(third)
        const a = Number(first)
        const b = Number(second)
        if (separator === '.' || (a > 12 && b <= 12)) {
          day = a
          month = b
        } else if (b > 12 && a <= 12) {
          month = a
          day = b
        } else if (a === b) {
          month = a
          day = a
        } else if (a > 12 && b > 12) {
          return 0
        } else {
          // Day-first and month-first both read: no way to tell.
          ambiguous = true
          month = 1
          day = 1
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
        if (year !== null) return 0
        year = Number(token.text)
        return 1
      }
      if (token.text.length <= 2) {
        if (day !== null) return 0
        day = Number(token.text)
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
      if (time !== null) return 0
      const meridiem = meridiemLength(consumed)
      if (meridiem > 0) {
        if (hour < 1 || hour > 12) return 0
        const pm = (peek(consumed)?.text.toLowerCase() ?? '').startsWith('p')
        hour = (hour % 12) + (pm ? 12 : 0)
        consumed += meridiem
      }
      if (hour > 23 || minute > 59 || second > 59) return 0
      time = {hour, minute, second, ...fraction}
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

    /** Read `+0300`, `+03:00`, `-04`, `+3` at `index`; tokens consumed or 0. */
    function readOffset(): number {
      const sign = peek(0)?.text === '-' ? -1 : 1
      const digits = peek(1)
      if (!digits || digits.type !== 'number') return 0
      let hours: number
      let minutes = 0
      let consumed = 2
      if (digits.text.length === 4) {
        hours = Number(digits.text.slice(0, 2))
        minutes = Number(digits.text.slice(2))
      } else if (digits.text.length <= 2) {
        hours = Number(digits.text)
        if (peek(2)?.text === ':' && peek(3)?.type === 'number' && peek(3)?.text.length === 2) {
          minutes = Number(peek(3)?.text)
          consumed = 4
        }
      } else {
        return 0
      }
      if (hours > 14 || minutes > 59) return 0
      const value = sign * (hours * 60 + minutes)
      offset = [value, value]
      return consumed
    }
  }
}
