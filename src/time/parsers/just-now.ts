import {ageInterval} from '../age.js'
import {SECOND} from '../calendar.js'
import type {TimestampRule} from '../rule.js'

// "just now" and friends: libraries print them for anything under a minute
// (moment.js says "a few seconds ago" below 44.5 s).
const underAMinute = {min: 0, max: 60 * SECOND - 1}
const momentFewSeconds = {min: 0, max: 44.5 * SECOND - 1}

const phrases: ReadonlyMap<string, {min: number; max: number}> = new Map([
  ['now', underAMinute],
  ['just now', underAMinute],
  ['right now', underAMinute],
  ['moments ago', underAMinute],
  ['a moment ago', underAMinute],
  ['just a moment ago', underAMinute],
  ['a few moments ago', underAMinute],
  ['few moments ago', underAMinute],
  ['seconds ago', underAMinute],
  ['just seconds ago', underAMinute],
  ['a few seconds ago', momentFewSeconds],
  ['few seconds ago', momentFewSeconds],
  ['a few secs ago', momentFewSeconds]
])

/** `just now`, `moments ago`, `a few seconds ago`, `seconds ago`. */
export const justNow: TimestampRule = {
  name: 'just-now',
  parse(header) {
    // No phrase opens with a digit: ages and dates that do skip the lookup.
    const first = header.phrase.charCodeAt(0)
    if (first >= 48 && first <= 57) return null
    const age = phrases.get(header.phrase)
    return age ? {kind: 'relative', age: ageInterval(age.min, age.max)} : null
  }
}
