import type {Implied} from '../../types.js'
import {DAY, startOfUtcDay, weekdayOfDay} from '../calendar.js'
import type {TimestampRule} from '../rule.js'
import {intervalOfWall} from './date-fields.js'
import {scanWrittenDate} from './written-date.js'

/**
 * A day named relative to the reference, with or without a time:
 * `Yesterday at 5:30 PM`, `yesterday, 17:30`, `Today at 9:15 AM`,
 * `Today 09:15`, `Tuesday`, `Tue 10:31`, and a bare time (`10:31 AM`,
 * `10:00 EDT`).
 *
 * `today` and `yesterday` are the reference's day and the one before in
 * the `timeZone` (or the written zone). A weekday is the latest such day
 * whose start is not after the reference (the reference's own day
 * included); with a time, the latest such instant not after it. A bare
 * time is the latest such instant not after the reference (today's, or
 * yesterday's). Without a reference the instant is open (`earliest` and
 * `latest` `null`).
 */
export const dayAndTime: TimestampRule = {
  name: 'day-and-time',
  parse({text}, referenceMs, settings) {
    const fields = scanWrittenDate(text)
    if (!fields || fields.month !== null || fields.day !== null || fields.year !== null || fields.eitherOrder !== null) return null
    const {time, weekday, daysBack, offset} = fields
    if (time === null && weekday === null) return null
    const implied: Implied[] = []
    if (daysBack === null) implied.push('date')
    if (time === null) implied.push('time-of-day')
    if (offset === null) implied.push('zone')
    if (referenceMs === null) return {kind: 'absolute', earliest: null, latest: null, implied}

    const zone = settings.timeZone
    // The reference's wall clock in the zone the header is written in.
    const wallReference = offset === null ? zone.toWall(referenceMs) : referenceMs + offset[1] * 60_000
    const today = startOfUtcDay(wallReference)
    const timeOfDay = time === null ? 0 : time.hour * 3_600_000 + time.minute * 60_000 + time.second * 1000 + time.millisecond
    const step = time === null ? DAY : time.step
    const intervalOn = (day: number) => intervalOfWall(day + timeOfDay, step, offset, zone)

    if (daysBack !== null) {
      const interval = intervalOn(today + daysBack * DAY)
      return {kind: 'absolute', earliest: interval.earliest, latest: interval.latest, implied}
    }
    // The latest candidate day (0 to 7 days back) that fits the weekday and
    // does not begin after the reference.
    for (let back = 0; back <= 7; back++) {
      const day = today - back * DAY
      if (weekday !== null && weekdayOfDay(day) !== weekday) continue
      const interval = intervalOn(day)
      if (interval.earliest > referenceMs) continue
      return {kind: 'absolute', earliest: interval.earliest, latest: interval.latest, implied}
    }
    return null
  }
}
