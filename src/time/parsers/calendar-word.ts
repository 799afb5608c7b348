import {ageInterval, ageOf, hull, type AgeInterval, type AgeUnit} from '../age.js'
import {DAY, startOfUtcDay, WEEK} from '../calendar.js'
import type {TimestampRule} from '../rule.js'

/** The calendar period a word names, as `[start, end)` epoch ms in UTC. */
type Period = (referenceMs: number) => readonly [number, number]

interface CalendarWord {
  period: Period
  /** The duration reading of the same word (`last week` = `a week ago`). */
  unit: AgeUnit | null
  /** Age interval over every possible reference, for when none is given. */
  withoutReference: AgeInterval
}

const today: Period = (ms) => [startOfUtcDay(ms), ms + 1]

const calendarWords: ReadonlyMap<string, CalendarWord> = new Map<string, CalendarWord>([
  ['today', {period: today, unit: null, withoutReference: {min: 0, max: DAY - 1}}],
  ['earlier today', {period: today, unit: null, withoutReference: {min: 0, max: DAY - 1}}],
  ['yesterday', {
    period(ms) {
      const start = startOfUtcDay(ms)
      return [start - DAY, start]
    },
    unit: 'day',
    withoutReference: {min: 1, max: 2 * DAY - 1}
  }],
  ['last week', {
    period(ms) {
      // ISO weeks: Monday to Sunday. 1970-01-01 was a Thursday.
      const day = startOfUtcDay(ms)
      const weekday = (Math.floor(day / DAY) + 3) % 7 // 0 = Monday
      const start = day - weekday * DAY
      return [start - WEEK, start]
    },
    unit: 'week',
    withoutReference: {min: 1, max: 2 * WEEK - 1}
  }],
  ['last month', {
    period(ms) {
      const date = new Date(ms)
      const year = date.getUTCFullYear()
      const month = date.getUTCMonth()
      return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)]
    },
    unit: 'month',
    withoutReference: {min: 1, max: 62 * DAY - 1}
  }],
  ['last year', {
    period(ms) {
      const year = new Date(ms).getUTCFullYear()
      return [Date.UTC(year - 1, 0, 1), Date.UTC(year, 0, 1)]
    },
    unit: 'year',
    withoutReference: {min: 1, max: 732 * DAY - 1}
  }]
])

/**
 * `today`, `yesterday`, `last week`, `last month`, `last year`: the
 * calendar period before the reference in the `timeZone` (UTC by default), widened to the duration reading
 * of the same words (`yesterday` = `a day ago`), since relative-time
 * formatters (`Intl.RelativeTimeFormat` with `numeric: 'auto'`) print them
 * for either.
 */
export const calendarWord: TimestampRule = {
  name: 'calendar-word',
  parse(header, referenceMs, settings) {
    // No calendar word opens with a digit: dates that do skip the lookup.
    const first = header.phrase.charCodeAt(0)
    if (first >= 48 && first <= 57) return null
    const word = calendarWords.get(header.phrase)
    if (!word) return null
    let age = ageInterval(word.withoutReference.min, word.withoutReference.max)
    if (referenceMs !== null) {
      // The period in the zone's wall clock, then back to instants.
      const zone = settings.timeZone
      const [wallStart, wallEnd] = word.period(zone.toWall(referenceMs))
      const start = zone.toInstant(wallStart)
      const end = wallEnd === zone.toWall(referenceMs) + 1 ? referenceMs + 1 : zone.toInstant(wallEnd)
      age = ageInterval(Math.max(0, referenceMs - (end - 1)), Math.max(0, referenceMs - start))
      if (word.unit) age = hull(age, ageOf(1, word.unit))
    }
    // The calendar period depends on the zone the page counts days in.
    return {kind: 'relative', age, implied: ['zone']}
  }
}
