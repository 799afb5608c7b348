import {describe} from '../describe.js'
import type {TimestampSettings} from './rule.js'
import {resolveTimeZone, utcZone} from './zone.js'

const defaultSettings: TimestampSettings = /* @__PURE__ */ Object.freeze({timeZone: utcZone, dateOrder: null})

/**
 * Check and resolve `timeZone` and `dateOrder`, as `normalizeTimestamp`
 * does and `splitDump` at its call: `null` and `undefined` mean not given;
 * a value of the wrong type is a `TypeError`, an unknown zone or order a
 * `RangeError`.
 *
 * @param options
 *   Options holding `timeZone` and `dateOrder` (either may be absent).
 * @returns
 *   The zone and day order to read unsaid parts with.
 */
export function settingsOf(
  options: {readonly timeZone?: string | null | undefined; readonly dateOrder?: 'mdy' | 'dmy' | null | undefined} | undefined
): TimestampSettings {
  // `null` means "not given", as `undefined` does.
  const timeZone = options?.timeZone ?? undefined
  const dateOrder = options?.dateOrder ?? undefined
  if (timeZone === undefined && dateOrder === undefined) return defaultSettings
  if (dateOrder !== undefined && dateOrder !== 'mdy' && dateOrder !== 'dmy') {
    const message = `Expected \`dateOrder\` to be 'mdy' or 'dmy', not ${describe(dateOrder)}`
    throw typeof dateOrder === 'string' ? new RangeError(message) : new TypeError(message)
  }
  return {timeZone: resolveTimeZone(timeZone), dateOrder: dateOrder ?? null}
}

