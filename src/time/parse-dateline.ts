import {describe} from '../describe.js'
import {normalizeOutlet} from '../outlet/normalize-outlet.js'
import type {Dateline, DatelineDate, Outlet, OutletRegistry, ReferenceTime} from '../types.js'
import {completeDate} from './parsers/date-fields.js'
import {scanWrittenDate} from './parsers/written-date.js'
import {toReferenceMs} from './reference.js'
import {utcZone} from './zone.js'
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

/** `MOSCOW, July 23. /TASS/.`: TASS puts its name between slashes after the date. */
const slashAgency = new RegExp(
  String.raw`(${upperPlace}(?:, ${region})?)(?:, (${date}))?\.? /(\p{Lu}[\p{L}\-]{1,19})/\.?[ \t]*`,
  'uy'
)

/**
 * `SRINAGAR, July 31: The encounter`, `JAMMU, Dec 19: A workshop`: the
 * Indian press's dateline, a place in capitals, a date and a colon. The date
 * is required: a bare `KOLKATA:` is too like `NOTE:` or `WATCH:`.
 */
const colonDateline = new RegExp(
  String.raw`(${upperPlace}(?:, ${region})?),? (${date}):[ \t]+`,
  'uy'
)

/** A byline's writer and agency are short; a longer line is prose. */
const MAX_WRITER_LENGTH = 60
const MAX_BYLINE_AGENCY_LENGTH = 40

/** Small words inside a writer's name (`Ana de Souza`, `Jane Doe and John Roe`). */
const nameLinkWords = new Set(['and', 'de', 'da', 'del', 'van', 'von', 'al', 'bin', 'le', 'la'])

/** What an agency in parentheses looks like: a name, not a remark. */
const agencyName = /^\p{L}[\p{L}\p{N}&.'’ \-]*$/u

/** Small words an agency's name may hold past its first word (`Agence France-Presse`, `Press Trust of India`). */
const agencyLinkWords = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'la', 'news', 'wire'])

/**
 * Capitalised words that open sentences, not place names: a capitalised
 * place is only trusted before an agency, and not even then after these
 * (`The US (and its allies) - in a statement`).
 */
const sentenceOpeners = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'In', 'On', 'At', 'As', 'But',
  'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'He', 'She', 'They', 'We', 'I', 'You',
  'Our', 'Their', 'His', 'Her', 'My', 'Your', 'Some', 'Many', 'Most', 'All', 'Every', 'According',
  'Officials', 'Police', 'By', 'For', 'From', 'With', 'Without', 'Under', 'Over', 'Since', 'Until'
])

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
 * in parentheses, then a dash (`-`, `--`, `–`, `—`) or a colon; or a place
 * in capitals and a date, then a colon (`SRINAGAR, July 31: …`); or a place,
 * a date and an agency between slashes (`MOSCOW, July 23. /TASS/.`); or a
 * byline naming a known agency, alone on its line (`By Jane Doe, Reuters`),
 * which may be followed by a dateline on the next line. A place in
 * capitals (`LONDON —`) may stand without an agency; a capitalised one
 * (`Kyiv, July 23 (Reuters) -`) only before a known agency, and never a
 * word that opens sentences (`The US (and its allies) - …`). An agency
 * must look like a name: its words capitalised (`(and its allies)` is a
 * remark), or known to the registry (`dpa`). `place` is as written
 * (`KYIV, Ukraine`); `date` is `{iso, month, day, implied}`, read by the
 * same date code as timestamps (`iso` is `2025-07-23` when the year is
 * written or a `reference` gives it, `implied: ['year']` when it came from
 * the reference, `iso: null` when neither says; a date that does not exist
 * or a year outside 1000–9999 gives `date: null`); `agency` is the
 * normalised outlet; `byline` the writer's name of a byline; `span` covers
 * the dateline, its dash and the spaces after it. Only the first 200
 * characters are examined.
 *
 * @example
 *   parseDateline('ISTANBUL, July 23 (Reuters) - Russia and Ukraine discussed', {reference: '2025-07-24'})
 *   //=> {place: 'ISTANBUL', date: {iso: '2025-07-23', month: 7, day: 23, implied: ['year']},
 *   //    agency: {id: 'reuters', name: 'Reuters', domain: 'reuters.com', known: true, raw: 'Reuters'},
 *   //    byline: null, span: {start: 0, end: 30}}
 * @example
 *   parseDateline('LONDON — Prices rose')
 *   //=> {place: 'LONDON', date: null, agency: null, byline: null, span: {start: 0, end: 9}}
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
  const agencyOf = (name: string): Outlet => normalizeOutlet(name, outlets ? {outlets} : {})

  const byline = readByline(head, start, agencyOf)
  if (byline) {
    // A dateline on the next line belongs to the same story.
    const next = byline.ownLine && byline.end < head.length ? readDateline(head, byline.end, referenceMs, agencyOf) : null
    return {
      place: next?.place ?? null,
      date: next?.date ?? null,
      agency: next?.agency ?? byline.agency,
      byline: byline.writer,
      span: {start, end: next ? next.span.end : byline.end}
    }
  }
  return readDateline(head, start, referenceMs, agencyOf)
}

function readDateline(
  head: string,
  start: number,
  referenceMs: number | null,
  agencyOf: (name: string) => Outlet
): Dateline | null {
  withAgency.lastIndex = start
  const agencyMatch = withAgency.exec(head)
  if (agencyMatch) {
    const [whole, place, placeDate, bareDate, agencyRaw] = agencyMatch
    const agencyText = (agencyRaw ?? '').trim()
    if (agencyName.test(agencyText) && agencyText.split(' ').length <= 4 && !isNotPlace(place)) {
      const agency = agencyOf(agencyText)
      const capitalsOnly = place === undefined || place === place.toUpperCase()
      if ((agency.known || looksLikeName(agencyText)) && (capitalsOnly || (agency.known && !opensSentence(place)))) {
        return {
          place: place ?? null,
          date: datelineDate(placeDate ?? bareDate, referenceMs),
          agency,
          byline: null,
          span: {start, end: start + whole.length}
        }
      }
    }
  }

  slashAgency.lastIndex = start
  const slashMatch = slashAgency.exec(head)
  if (slashMatch) {
    const [whole, place, placeDate, agencyText] = slashMatch
    if (place && agencyText && !isNotPlace(place)) {
      return {
        place,
        date: datelineDate(placeDate, referenceMs),
        agency: agencyOf(agencyText),
        byline: null,
        span: {start, end: start + whole.length}
      }
    }
  }

  withoutAgency.lastIndex = start
  colonDateline.lastIndex = start
  const plainMatch = withoutAgency.exec(head) ?? colonDateline.exec(head)
  if (plainMatch) {
    const [whole, place, placeDate] = plainMatch
    if (place && !isNotPlace(place)) {
      return {
        place,
        date: datelineDate(placeDate, referenceMs),
        agency: null,
        byline: null,
        span: {start, end: start + whole.length}
      }
    }
  }
  return null
}

/**
 * `By Jane Doe, Reuters` at `start`, alone on its line: a writer's name
 * (capitalised words) and an agency the registry knows. Read by hand: the
 * line is split at its first comma and its end.
 */
function readByline(
  head: string,
  start: number,
  agencyOf: (name: string) => Outlet
): {writer: string; agency: Outlet; end: number; ownLine: boolean} | null {
  if (!head.startsWith('By ', start)) return null
  const comma = head.indexOf(',', start + 3)
  if (comma === -1 || comma - start - 3 > MAX_WRITER_LENGTH) return null
  let lineEnd = head.indexOf('\n', comma)
  const ownLine = lineEnd !== -1
  if (!ownLine) lineEnd = head.length
  const writer = head.slice(start + 3, comma).trim()
  const agencyText = head.slice(comma + 1, lineEnd).trim()
  if (agencyText.length < 2 || agencyText.length > MAX_BYLINE_AGENCY_LENGTH || agencyText.includes(',')) return null
  if (!isWriterName(writer)) return null
  const agency = agencyOf(agencyText)
  if (!agency.known) return null
  let end = ownLine ? lineEnd + 1 : start + head.slice(start, lineEnd).trimEnd().length
  while (ownLine && end < head.length && (head.charCodeAt(end) === 32 || head.charCodeAt(end) === 9)) end++
  return {writer, agency, end, ownLine}
}

/** `Jane Doe`, `Ana de Souza`: two to seven words, capitalised but for small link words. */
function isWriterName(text: string): boolean {
  const words = text.split(' ')
  if (words.length < 2 || words.length > 7) return false
  return words.every((word, index) => {
    if (word.length === 0) return false
    if (index > 0 && index < words.length - 1 && nameLinkWords.has(word)) return true
    const first = word.charAt(0)
    return first !== first.toLowerCase() && /^[\p{L}'’.\-]+$/u.test(word)
  })
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0xfeff
}

function isNotPlace(place: string | undefined): boolean {
  if (place === undefined) return false
  const firstWord = place.split(/[ ,]/, 1)[0] ?? ''
  return notPlaces.has(firstWord.toUpperCase())
}

function opensSentence(place: string | undefined): boolean {
  return place !== undefined && sentenceOpeners.has(place.split(/[ ,]/, 1)[0] ?? '')
}

/** `Reuters`, `Agence France-Presse`, `Press Trust of India`: capitalised words, small link words inside. */
function looksLikeName(text: string): boolean {
  const words = text.split(' ')
  return words.every((word, index) => {
    const first = word.charCodeAt(0)
    const capital = word.charAt(0) !== word.charAt(0).toLowerCase() || (first >= 48 && first <= 57)
    return capital || word === '&' || (index > 0 && agencyLinkWords.has(word))
  })
}

/**
 * `July 23` → `{iso: '2025-07-23', month: 7, day: 23, implied: ['year']}`,
 * read by the written-date reader and completed by the same code as
 * timestamps' dates; `null` for a date that does not exist.
 */
function datelineDate(written: string | undefined, referenceMs: number | null): DatelineDate | null {
  if (written === undefined) return null
  const fields = scanWrittenDate(written)
  if (!fields || fields.month === null || fields.day === null) return null
  const completed = completeDate(fields.year, fields.month, fields.day, referenceMs, utcZone)
  if (!completed || completed.day === null) return null
  const {year, month: monthNumber, day} = completed
  const iso =
    year === null ? null : String(year).padStart(4, '0') + '-' + String(monthNumber).padStart(2, '0') + '-' + String(day).padStart(2, '0')
  return {iso, month: monthNumber, day, implied: completed.implied}
}
