/**
 * Where a wire dateline opens a line, for leaving it out of what a text
 * says: `ISTANBUL, July 23 (Reuters) -`, `KYIV, Ukraine (AP) —`, `LONDON —`.
 *
 * The same patterns as `parseDateline` (src/time), without what it builds
 * from them (the normalised agency, the ISO date): similarity needs only the
 * span, and keeping its own copy means that `fingerprint` imported alone
 * bundles no outlet registry, and that a fingerprint stays the same when
 * `parseDateline` learns new shapes (fingerprints are stored; their format
 * must not move with another module).
 */

/** A dateline never starts further in than this, nor runs longer (as `parseDateline`). */
const DATELINE_WINDOW = 200

// Every repeated group is separated by a required character its body cannot
// match (a space), and nothing repeats under an unbounded quantifier, so
// each match is linear in the window.
const month =
  String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
const date = String.raw`(?:${month} \d{1,2}|\d{1,2} ${month})(?:,? \d{4})?`
/** `ISTANBUL`, `NEW DELHI`, `ST. LOUIS`: capitals only. */
const upperPlace = String.raw`\p{Lu}[\p{Lu}'’.\-]+(?: \p{Lu}[\p{Lu}'’.\-]+){0,3}`
/** `Kyiv`, `New Delhi`: any capitalised words; trusted only before an agency. */
const anyPlace = String.raw`\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,3}`
/** `Ukraine`, `D.C.`, `New South Wales`. */
const region = String.raw`\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,2}`

/** Built on first use: a bundle that never reads a dateline never compiles them. */
let patterns: {withAgency: RegExp; withoutAgency: RegExp; agencyName: RegExp} | undefined

function compile(): NonNullable<typeof patterns> {
  return {
    withAgency: new RegExp(
      String.raw`(?:(${anyPlace}(?:, ${region})?)(?:,? (${date}))?[ \t]+|(${date})[ \t]+)?\(([^()\n]{1,40})\)[ \t]*(?:--|[—–\-:])[ \t]*`,
      'uy'
    ),
    withoutAgency: new RegExp(String.raw`(${upperPlace}(?:, ${region})?)(?:,? (${date}))?[ \t]+(?:--|[—–\-])[ \t]+`, 'uy'),
    agencyName: /^\p{L}[\p{L}\p{N}&.'’ \-]*$/u
  }
}

/** All-caps words that open a body with a dash but name no place. */
const NOT_PLACES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'BREAKING', 'EXCLUSIVE', 'UPDATE', 'UPDATED', 'ANALYSIS', 'OPINION', 'WATCH',
  'LIVE', 'VIDEO', 'FACTBOX', 'EXPLAINER', 'CORRECTED', 'REFILE', 'INSIGHT',
  'COLUMN', 'EDITORIAL', 'REVIEW', 'WARNING', 'NOTE', 'PHOTOS', 'LISTEN', 'READ',
  'URGENT', 'FLASH', 'ALERT', 'ADVISORY', 'CORRECTION', 'RPT', 'POLL'
])

/**
 * The span of a wire dateline at the start of `line` (leading spaces
 * skipped), dash and following spaces included, or `undefined`.
 *
 * @param line
 *   One line of text.
 * @returns
 *   `[start, end)` offsets into `line`, or `undefined`.
 *
 * @example
 *   datelineSpan('ISTANBUL, July 23 (Reuters) - Russia and Ukraine') //=> [0, 30]
 *   datelineSpan('  LONDON — Prices rose') //=> [2, 11]
 *   datelineSpan('BREAKING - Prices rose') //=> undefined
 *   datelineSpan('Three sources told Reuters (on Monday) - and') //=> undefined
 */
export function datelineSpan(line: string): [number, number] | undefined {
  let start = 0
  while (start < line.length && start < DATELINE_WINDOW && isSpace(line.charCodeAt(start))) start++
  if (start >= DATELINE_WINDOW || start >= line.length) return undefined
  // Every dateline opens with a capital, a digit (a date) or `(`.
  const first = line.charCodeAt(start)
  if (first >= 97 && first <= 122) return undefined
  const {withAgency, withoutAgency, agencyName} = (patterns ??= compile())
  const head = line.length > start + DATELINE_WINDOW ? line.slice(0, start + DATELINE_WINDOW) : line
  withAgency.lastIndex = start
  const agencyMatch = withAgency.exec(head)
  if (agencyMatch) {
    const agency = (agencyMatch[4] ?? '').trim()
    if (agencyName.test(agency) && agency.split(' ').length <= 4 && !isNotPlace(agencyMatch[1])) return [start, start + agencyMatch[0].length]
  }
  withoutAgency.lastIndex = start
  const plainMatch = withoutAgency.exec(head)
  if (plainMatch && plainMatch[1] && !isNotPlace(plainMatch[1])) return [start, start + plainMatch[0].length]
  return undefined
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0xfeff
}

function isNotPlace(place: string | undefined): boolean {
  if (place === undefined) return false
  const firstWord = place.split(/[ ,]/, 1)[0] ?? ''
  return NOT_PLACES.has(firstWord.toUpperCase())
}
