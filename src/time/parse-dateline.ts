import {describe} from '../describe.js'
import {normalizeOutlet} from '../outlet/normalize-outlet.js'
import type {Dateline, OutletRegistry, ReferenceTime} from '../types.js'
import {daysInMonth, inferYear, monthOf} from './calendar.js'
import {toReferenceMs} from './reference.js'
import {checkOptions} from '../contract.js'
import {checkOutletsOption} from '../contract-outlets.js'

/** Options of `parseDateline`. */
export interface DatelineOptions {
  /** When the page was read; gives a year to dates written without one. */
  reference?: ReferenceTime
  /** Outlet registry to normalise the agency with. */
  outlets?: OutletRegistry
}

/** A dateline never starts further in than this, nor runs longer. */
const datelineWindow = 200

// Pieces of the patterns. Every repeated group is separated by a required
// character its body cannot match (a space), and nothing repeats under an
// unbounded quantifier, so each match is linear in the window.
const month =
  String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
const date = String.raw`(?:${month} \d{1,2}|\d{1,2} ${month})(?:,? \d{4})?`
/** `ISTANBUL`, `NEW DELHI`, `ST. LOUIS`: capitals only. */
const upperPlace = String.raw`\p{Lu}[\p{Lu}'’.\-]+(?: \p{Lu}[\p{Lu}'’.\-]+){0,3}`
/** `Kyiv`, `New Delhi`: any capitalised words; trusted only before an agency. */
const anyPlace = String.raw`\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,3}`
/** `Ukraine`, `D.C.`, `New South Wales`. */
const region = String.raw`\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,2}`

/**
 * `ISTANBUL, July 23 (Reuters) -`, `July 27 (Reuters) -`, `KYIV, Ukraine (AP) —`,
 * `(CNN) —`, `NEW DELHI, July 23 (IANS):`, `Kyiv, July 23 (Reuters) -`.
 */
const withAgency = new RegExp(
  String.raw`(?:(${anyPlace}(?:, ${region})?)(?:,? (${date}))?[ \t]+|(${date})[ \t]+)?\(([^()\n]{1,40})\)[ \t]*(?:--|[—–\-:])[ \t]*`,
  'uy'
)

/** `LONDON —`, `SYDNEY, Australia --`, `MOSCOW, July 23 -`: capitals and a spaced dash. */
const withoutAgency = new RegExp(
  String.raw`(${upperPlace}(?:, ${region})?)(?:,? (${date}))?[ \t]+(?:--|[—–\-])[ \t]+`,
  'uy'
)

/** What an agency in parentheses looks like: a name, not a remark. */
const agencyName = /^\p{L}[\p{L}\p{N}&.'’ \-]*$/u

/** All-caps words that open a body with a dash but name no place. */
const notPlaces = new Set([
  'BREAKING', 'EXCLUSIVE', 'UPDATE', 'UPDATED', 'ANALYSIS', 'OPINION', 'WATCH',
  'LIVE', 'VIDEO', 'FACTBOX', 'EXPLAINER', 'CORRECTED', 'REFILE', 'INSIGHT',
  'COLUMN', 'EDITORIAL', 'REVIEW', 'WARNING', 'NOTE', 'PHOTOS', 'LISTEN', 'READ',
  'URGENT', 'FLASH', 'ALERT', 'ADVISORY', 'CORRECTION', 'RPT', 'POLL'
])

/**
 * Find a wire dateline at the start of an article body.
 *
 * @param text
 *   The body (or its first paragraph); leading whitespace is skipped.
 * @param options
 *   `reference`: when the page was read, to give a year to the date;
 *   `outlets`: the registry to normalise the agency with.
 * @returns
 *   The dateline, or `null` when the body does not open with one.
 *
 * A dateline is an optional place, an optional date and an optional agency
 * in parentheses, then a dash (`-`, `--`, `–`, `—`) or a colon. A place in
 * capitals (`LONDON —`) may stand without an agency; a capitalised one
 * (`Kyiv, July 23 (Reuters) -`) only before an agency, since ordinary
 * sentences open with capitalised words too. `place` is as written
 * (`KYIV, Ukraine`); `date` is an ISO date (`2025-07-23`) when the year is
 * written or a `reference` gives it, and as written (`July 23`) otherwise;
 * `agency` is the normalised outlet; `span` covers the dateline, its dash
 * and the spaces after it. Only the first 200 characters are examined.
 *
 * @example
 *   parseDateline('ISTANBUL, July 23 (Reuters) - Russia and Ukraine discussed', {reference: '2025-07-24'})
 *   //=> {place: 'ISTANBUL', date: '2025-07-23',
 *   //    agency: {id: 'reuters', name: 'Reuters', domain: 'reuters.com', known: true, raw: 'Reuters'},
 *   //    span: {start: 0, end: 30}}
 * @example
 *   parseDateline('LONDON — Prices rose')
 *   //=> {place: 'LONDON', date: null, agency: null, span: {start: 0, end: 9}}
 * @example
 *   parseDateline('Three sources told Reuters last week that')
 *   //=> null
 */
export function parseDateline(text: string, options?: DatelineOptions | null): Dateline | null {
  if (typeof text !== 'string') {
    throw new TypeError(`Expected text as a string, not ${describe(text)}`)
  }
  const given = checkOptions(options)
  const referenceMs = toReferenceMs(given.reference ?? undefined)
  const outlets = checkOutletsOption(given.outlets)
  let start = 0
  while (start < text.length && start < datelineWindow && isSpace(text.charCodeAt(start))) start++
  if (start >= datelineWindow) return null
  const head = text.slice(0, start + datelineWindow)

  withAgency.lastIndex = start
  const agencyMatch = withAgency.exec(head)
  if (agencyMatch) {
    const [whole, place, placeDate, bareDate, agency] = agencyMatch
    const agencyText = (agency ?? '').trim()
    if (agencyName.test(agencyText) && agencyText.split(' ').length <= 4 && !isNotPlace(place)) {
      return {
        place: place ?? null,
        date: normaliseDate(placeDate ?? bareDate, referenceMs),
        agency: normalizeOutlet(agencyText, outlets ? {outlets} : {}),
        span: {start, end: start + whole.length}
      }
    }
  }

  withoutAgency.lastIndex = start
  const plainMatch = withoutAgency.exec(head)
  if (plainMatch) {
    const [whole, place, placeDate] = plainMatch
    if (place && !isNotPlace(place)) {
      return {
        place,
        date: normaliseDate(placeDate, referenceMs),
        agency: null,
        span: {start, end: start + whole.length}
      }
    }
  }
  return null
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0xfeff
}

function isNotPlace(place: string | undefined): boolean {
  if (place === undefined) return false
  const firstWord = place.split(/[ ,]/, 1)[0] ?? ''
  return notPlaces.has(firstWord.toUpperCase())
}

/**
 * `July 23` → `2025-07-23` when the year is written or the reference gives
 * it (the reference's year, or the one before when the date would be more
 * than 14 hours after the reference); otherwise the text as written.
 */
function normaliseDate(written: string | undefined, referenceMs: number | null): string | null {
  if (written === undefined) return null
  const parts = written.replace(/[.,]/g, '').split(' ')
  let monthNumber: number | undefined
  let day: number | undefined
  let year: number | null = null
  for (const part of parts) {
    const asMonth = monthOf(part.toLowerCase())
    if (asMonth !== undefined) monthNumber = asMonth
    else if (part.length === 4) year = Number(part)
    else day = Number(part)
  }
  if (monthNumber === undefined || day === undefined) return written
  const known = monthNumber
  if (year === null && referenceMs !== null) {
    const dayOfMonth = day
    year = inferYear(referenceMs, (candidate) =>
      dayOfMonth > daysInMonth(candidate, known) ? null : Date.UTC(candidate, known - 1, dayOfMonth)
    )
  }
  if (year === null || day < 1 || day > daysInMonth(year, known)) return written
  return String(year).padStart(4, '0') + '-' + String(known).padStart(2, '0') + '-' + String(day).padStart(2, '0')
}
