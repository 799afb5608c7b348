import {ageInterval, ageOf, closed, hull, isAbbreviatedUnit, unitLengths, unitOf, type AgeInterval, type AgeUnit} from '../age.js'
import type {TimestampRule} from '../rule.js'
import {tokenizeHeader, type Token} from '../tokens.js'

// , : ~ . &
const ageTokens = {marks: new Set([44, 58, 126, 46, 38]), decimals: true}

const numberWords: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60
}

type Qualifier = 'about' | 'over' | 'under' | null

const qualifierWords: ReadonlyMap<string, Qualifier> = new Map<string, Qualifier>([
  ['about', 'about'], ['around', 'about'], ['approximately', 'about'],
  ['approx', 'about'], ['roughly', 'about'], ['nearly', 'about'],
  ['almost', 'about'], ['some', 'about'], ['over', 'over'],
  ['under', 'under'], ['within', 'under']
])

/** A count as written: one number, or a range for `a few`, `a couple of`. */
interface Count {
  low: number
  high: number
  precision: number
  /** Written as digits glued to an abbreviated unit (`5m`). */
  compact: boolean
}

interface Part {
  count: Count
  unit: AgeUnit
}

/**
 * `26 minutes ago`, `an hour ago`, `3h ago`: one count (up to four digits,
 * or `a`/`an`), one unit of up to seven letters, `ago`. Read by hand, without
 * a match array: it is the header pages print most.
 */
export function simpleAgeOf(phrase: string): AgeInterval | null {
  if (!phrase.endsWith(' ago')) return null
  const end = phrase.length - 4
  let index = 0
  let count = 0
  const first = phrase.charCodeAt(0)
  if (first >= 48 && first <= 57) {
    while (index < end && index < 5) {
      const code = phrase.charCodeAt(index)
      if (code < 48 || code > 57) break
      count = count * 10 + code - 48
      index++
    }
    if (index === 5) return null
    if (phrase.charCodeAt(index) === 32) index++
  } else if (first === 97 && phrase.charCodeAt(1) === 32) {
    count = 1
    index = 2
  } else if (first === 97 && phrase.charCodeAt(1) === 110 && phrase.charCodeAt(2) === 32) {
    count = 1
    index = 3
  } else {
    return null
  }
  if (end - index < 1 || end - index > 7) return null
  for (let position = index; position < end; position++) {
    const code = phrase.charCodeAt(position)
    if (code < 97 || code > 122) return null
  }
  const unit = unitOf(phrase.slice(index, end))
  return unit ? ageOf(count, unit) : null
}

const unitOrder: readonly AgeUnit[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second']

/**
 * `26 minutes ago`, `an hour ago`, `3h ago`, `2 hr. ago`, `about 2 hours ago`,
 * `3 hours, 5 minutes ago`, `an hour and a half ago`, and the bare compact
 * forms `5m`, `2h`, `1d`.
 */
export const unitsAgo: TimestampRule = {
  name: 'units-ago',
  parse(header) {
    const {phrase} = header
    // Only `… ago` and the compact forms (`5m`, `1.5h`: digits glued to a
    // letter) can match; dates and times that open with digits
    // (`23 July 2025`, `10:31 AM`) are refused before they are tokenised.
    if (!phrase.endsWith('ago') && !isCompactStart(phrase)) return null
    // Fast path for the shape nearly every page prints (`26 minutes ago`,
    // `an hour ago`, `3h ago`); the general reader below handles the rest.
    const simple = simpleAgeOf(phrase)
    if (simple) return {kind: 'relative', age: simple}
    const tokens = tokenizeHeader(phrase, ageTokens)
    if (!tokens || tokens.length === 0) return null
    let index = 0
    let end = tokens.length
    const at = (offset: number): Token | undefined =>
      index + offset < end ? tokens[index + offset] : undefined

    let ago = false
    if (tokens[end - 1]?.text === 'ago') {
      ago = true
      end--
    }

    let qualifier: Qualifier = null
    const first = at(0)
    if (first?.text === '~') {
      qualifier = 'about'
      index++
    } else if (first?.text === 'just' && (at(1)?.text === 'over' || at(1)?.text === 'under')) {
      qualifier = at(1)?.text === 'over' ? 'over' : 'under'
      index += 2
    } else if ((first?.text === 'more' || first?.text === 'less') && at(1)?.text === 'than') {
      qualifier = first.text === 'more' ? 'over' : 'under'
      index += 2
    } else if (first && qualifierWords.has(first.text)) {
      qualifier = qualifierWords.get(first.text) ?? null
      index++
    }

    const parts: Part[] = []
    while (index < end) {
      if (parts.length > 0) {
        // Separators between parts: `3 hours, 5 minutes`, `1 hour and 5 minutes`.
        const token = at(0)
        if (token?.text === ',' || token?.text === 'and' || token?.text === '&') index++
      }
      const count = readCount()
      if (!count) return null
      const unitToken = at(0)
      const unit = unitToken?.type === 'word' ? unitOf(unitToken.text) : undefined
      if (!unitToken || !unit) return null
      index++
      // `2 hr. ago`, `5 min. ago`: an abbreviation's full stop.
      if (at(0)?.text === '.' && at(0)?.glued && isAbbreviatedUnit(unitToken.text)) index++
      // `an hour and a half ago`, `a day and a half ago`.
      if (readAndAHalf()) {
        count.low += 0.5
        count.high += 0.5
        count.precision = 0.5
        count.compact = false
      }
      if (count.compact && !(unitToken.glued && isAbbreviatedUnit(unitToken.text))) {
        count.compact = false
      }
      const previous = parts.at(-1)
      // Units must come largest first (`1 day 21 hours`), each once.
      if (previous && unitOrder.indexOf(previous.unit) >= unitOrder.indexOf(unit)) return null
      parts.push({count, unit})
    }

    const last = parts.at(-1)
    if (!last) return null
    // Without `ago` only the compact forms (`5m`, `2h`, `1d`) are ages; a
    // spaced `2 hours` may be a duration.
    if (!ago && (qualifier !== null || !parts.every((part) => part.count.compact))) {
      return null
    }
    return {kind: 'relative', age: ageOfParts(parts, last, qualifier)}

    function readCount(): Count | null {
      const token = at(0)
      if (!token) return null
      if (token.type === 'number') {
        index++
        const dot = token.text.indexOf('.')
        const decimals = dot === -1 ? 0 : token.text.length - dot - 1
        if (token.text.length > 7) return null
        const value = Number(token.text)
        if (decimals === 0 && readAndAHalf()) return {low: value + 0.5, high: value + 0.5, precision: 0.5, compact: false}
        return {low: value, high: value, precision: 10 ** -decimals, compact: true}
      }
      if (token.type !== 'word') return null
      const next = at(1)?.text
      // `a few`, `few`, `several`: 2 to 9 units.
      if ((token.text === 'a' && next === 'few') || token.text === 'few' || token.text === 'several') {
        index += token.text === 'a' ? 2 : 1
        return {low: 2, high: 9, precision: 1, compact: false}
      }
      // `a couple of`, `couple of`, `a couple`: 2 or 3 units.
      if ((token.text === 'a' && next === 'couple') || token.text === 'couple') {
        index += token.text === 'a' ? 2 : 1
        if (at(0)?.text === 'of') index++
        return {low: 2, high: 3, precision: 1, compact: false}
      }
      // `half an hour`: half a unit, read to the nearest half.
      if (token.text === 'half' && (next === 'a' || next === 'an')) {
        index += 2
        return {low: 0.5, high: 0.5, precision: 0.5, compact: false}
      }
      const value = Object.hasOwn(numberWords, token.text) ? numberWords[token.text] : undefined
      if (value === undefined) {
        // `minutes ago`: a unit with no count at all means a few of them.
        if (unitOf(token.text) && token.text.endsWith('s') && token.text.length > 3) {
          return {low: 1, high: 9, precision: 1, compact: false}
        }
        return null
      }
      index++
      // `two and a half hours ago`.
      if (readAndAHalf()) return {low: value + 0.5, high: value + 0.5, precision: 0.5, compact: false}
      return {low: value, high: value, precision: 1, compact: false}
    }

    /** Step past `and a half` (or `& a half`) when it comes next. */
    function readAndAHalf(): boolean {
      const and = at(0)?.text
      if ((and === 'and' || and === '&') && at(1)?.text === 'a' && at(2)?.text === 'half') {
        index += 3
        return true
      }
      return false
    }
  }
}

/** Whether `phrase` opens with digits (one decimal part allowed) glued to an ASCII letter, as `5m`, `1.5h` do. */
function isCompactStart(phrase: string): boolean {
  let index = 0
  while (index < phrase.length && isDigitCode(phrase.charCodeAt(index))) index++
  if (index === 0 || index === phrase.length) return false
  if (phrase.charCodeAt(index) === 46 && index + 1 < phrase.length && isDigitCode(phrase.charCodeAt(index + 1))) {
    index++
    while (index < phrase.length && isDigitCode(phrase.charCodeAt(index))) index++
    if (index === phrase.length) return false
  }
  const code = phrase.charCodeAt(index)
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

function ageOfParts(parts: readonly Part[], last: Part, qualifier: Qualifier): AgeInterval {
  // Every part but the last is taken as exact; the last one carries the
  // rounding, as `15 hours 29 min` is rounded to the minute.
  let fixedLow = 0
  let fixedHigh = 0
  for (const part of parts) {
    if (part === last) break
    fixedLow += part.count.low * unitLengths[part.unit].short
    fixedHigh += part.count.high * unitLengths[part.unit].long
  }
  const {count, unit} = last
  const length = unitLengths[unit]
  let age = hull(ageOf(count.low, unit, count.precision), ageOf(count.high, unit, count.precision))
  if (qualifier === 'about') {
    // date-fns' `formatDistance` rounds minutes before hours and uses 30-day
    // months, so its `about 2 hours` starts at 89.5 min and `about 2 months`
    // at 45 days: a tenth of a unit more covers them.
    age = ageInterval(Math.max(0, Math.floor(age.min - length.mean / 10)), age.max)
  } else if (qualifier === 'over') {
    age = ageInterval(Math.min(age.max, count.low * length.short), age.max)
  } else if (qualifier === 'under') {
    age = closed(0, count.high * length.long)
  }
  return ageInterval(age.min + fixedLow, age.max + fixedHigh)
}
