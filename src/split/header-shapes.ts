import shapeData from './header-shapes.json' with {type: 'json'}
import type {HeaderShapes} from '../types.js'
import {isChromeLine, isSectionName, isSponsorLine, type ChromeCues} from './cues.js'
import {countWords, hasOutletShape, isAgeLine, isOutletLine, isTitleCase, mayBeTime} from './header.js'
import {hasDigitIn} from './lines.js'

export type {HeaderShapes}

/** A header printed on one line (`Reuters · 2h`, `2 hours ago · The Guardian`, `The Hill 5h`). */
export type OneLineShape = HeaderShapes['oneLine'][number]

/** The bundled header shapes (`src/split/header-shapes.json`). */
export const defaultHeaderShapes: HeaderShapes = {
  ...shapeData,
  oneLine: shapeData.oneLine.map((shape) => ({...shape, order: shape.order[0] === 'age' ? (['age', 'outlet'] as const) : (['outlet', 'age'] as const)}))
}

/** What one header line says. */
export interface HeaderParts {
  outlet: string | null
  age: string | null
  byline: string | null
  /** The shape that read it (`outlet · age`, `byline`, `credit`). */
  shape: string
}

const HAS_LETTER = /\p{L}/u
const CLOCK_OR_YEAR = /\d:\d\d|^(?:19|20)\d\d\b|\d\.\d\d ?[ap]\.?m\b/i

/** A figure and the lower-case word it counts (`Shared by 214 journalists`, `12 comments`): a count, no outlet's name (`France 24`, `404 Media` are). */
export const COUNTED_WORDS = /\d \p{Ll}/u

/** A label before an outlet's name in a header (`Source: NBC News · 1h`, `Via: Reuters · 2h`). */
const OUTLET_LABEL = /^(?:source|via|from)\s?:\s/i

function withoutOutletLabel(part: string): string {
  // Most parts hold no colon: no pattern for them (this runs on every split of every header candidate).
  const colon = part.indexOf(':')
  if (colon < 3 || colon > 6) return part
  const label = OUTLET_LABEL.exec(part)
  return label === null ? part : part.slice(label[0].length).trim()
}

/** Whether a part of a one-line header can be its outlet: a letter, no clock time, no leading year. */
function isOutletPart(part: string): boolean {
  if (!HAS_LETTER.test(part)) return false
  // Both other tests need a digit: most parts have none.
  return !hasDigitIn(part, 0, part.length) || (!CLOCK_OR_YEAR.test(part) && !COUNTED_WORDS.test(part))
}

/** A one-line header's parts are short: `Los Angeles Times • 2h ago` (the classifier's prefilter uses the same bounds). */
export const MIN_ONE_LINE_HEADER = 3
export const MAX_ONE_LINE_HEADER = 90
/** A byline names a few people: `By Jane Doe, John Roe and Ann Poe, Reuters`. */
const MAX_BYLINE = 120
const MAX_BYLINE_WORDS = 14
/** A space-joined age is compact: `5h`, `5h ago`, `2 hours ago`. */
export const MAX_SPACED_AGE_WORDS = 3
/** …and its outlet a short name (`The Hill`, `Los Angeles Times`). */
const MAX_SPACED_OUTLET_WORDS = 5
/**
 * A line of this many words or more reads as no space-joined header: a
 * split at a space parts the line's words between age and outlet, the age
 * takes at most `MAX_SPACED_AGE_WORDS` of them and a zone moved to it
 * (`takeZone`) one more, which leaves the outlet more than
 * `MAX_SPACED_OUTLET_WORDS`. Most headlines that reach the shapes are that
 * long, and skip the splits and their age tests.
 */
const MIN_SPACED_SKIP_WORDS = MAX_SPACED_AGE_WORDS + 1 + MAX_SPACED_OUTLET_WORDS + 1

/**
 * Read a line as a one-line outlet-and-age header.
 *
 * @param line
 *   Trimmed line.
 * @param shapes
 *   Header shapes.
 * @param cues
 *   Chrome cues (an outlet part must not be chrome).
 * @returns
 *   The raw outlet and age and the shape's name, or `null`.
 */
export function readOneLineHeader(text: string, shapes: HeaderShapes, cues: ChromeCues): HeaderParts | null {
  // A table cell's trailing bar (`2026-12-02 19:25:00 UTC The Verge |`) is no part of the header.
  const line = text.endsWith(' |') ? text.slice(0, -2).trimEnd() : text
  if (line.length < MIN_ONE_LINE_HEADER || line.length > MAX_ONE_LINE_HEADER || !mayBeTime(line)) return null
  // A space-joined age holds a digit, so a line without one has none; nor
  // has a line of `MIN_SPACED_SKIP_WORDS` words or more (see there).
  const spaced = /\d/.test(line) && countWords(line) < MIN_SPACED_SKIP_WORDS
  for (const shape of shapes.oneLine) {
    for (const join of shape.joins) {
      if (join === ' ' ? !spaced : !line.includes(join)) continue
      if (join !== ' ') {
        const many = readManyParts(line, join, shape, cues)
        if (many) return many
      }
      const parts = join === ' ' ? spaceSplits(line, shape.order[0] === 'outlet') : joinSplits(line, join)
      for (const [left, right] of parts) {
        let outlet = shape.order[0] === 'outlet' ? left : right
        let age = shape.order[0] === 'outlet' ? right : left
        // A zone after a leading age is the age's (`2026-12-02 19:25:00 UTC The Verge`).
        if (join === ' ' && shape.order[0] === 'age') [age, outlet] = takeZone(age, outlet)
        // A space-joined age is compact and holds a digit (`spaceSplits` keeps only those); its outlet a short name.
        // An age in weeks or years after words in sentence case ends a headline (`Remembering the flood 20 years ago`), not a card's
        // header (`BBC News 2 weeks ago`).
        if (join === ' ' && (countWords(outlet) > MAX_SPACED_OUTLET_WORDS || /\s[-–—|·•]\s/.test(outlet) || (LONG_UNIT.test(age) && !isTitleCase(outlet)))) continue
        if (!isAgeLine(age)) continue
        // A reading time or a second date after the age (`2h · 3 min read`) is not the outlet.
        // An outlet holds a letter and no clock time: `Mon, 11/30/2026 - 20:14` and
        // `Posted: Dec 1, 2026 / 06:10 PM EST` are one time each.
        // A label where the outlet goes (`Updated - December 02, 2026`, `Published - …`): the line gives the age. A sponsor
        // word there (`Sponsored - 1 hour ago`) is an ad card's mark, which the sponsor path reads.
        if (join !== ' ' && isOutletPart(outlet) && isChromeLine(outlet, cues) && !isSponsorLine(outlet, cues)) return {outlet: null, age, byline: null, shape: `${shape.name} (label)`}
        // `Source: NBC News · 1h`: the label is no part of the name.
        outlet = withoutOutletLabel(outlet)
        if (!isOutletPart(outlet) || !isOutletLine(outlet, cues) || isReadingTime(outlet)) continue
        // A section name where the outlet goes (`Tech Dec. 1, 2026`) is a kicker: the line gives the age.
        if (isSectionName(outlet, cues)) return {outlet: null, age, byline: null, shape: `${shape.name} (kicker)`}
        // A forum's community or a user (`r/news • 9 hr. ago`, `u/jane · 2h`) is where it was posted, not who published it.
        if (isCommunity(outlet)) return {outlet: null, age, byline: null, shape: `${shape.name} (community)`}
        // `Bongani Haddad · CBC News · Posted: …`, `short by Leilani Moana / 10:46 am …`: the writer is no part of the outlet.
        if (join !== ' ') {
          const credited = splitWriter(outlet)
          if (credited !== null) return {outlet: credited.outlet, age, byline: credited.byline, shape: `${shape.name} (byline)`}
        }
        return {outlet, age, byline: null, shape: shape.name}
      }
    }
  }
  return null
}

/** An age in weeks, months or years (`20 years ago`). */
const LONG_UNIT = /\d\s?(?:weeks?|months?|years?|yrs?)\b/i

/** The joins between a writer and the outlet in a header's outlet part. */
const WRITER_JOINS = [' · ', ' / ', ' | ', ' • ']
/** A writer's label: `by Jane Doe`, `short by Jane Doe`, `Written by Jane Doe`. */
const WRITER_LABEL = /^(?:[a-z]{2,10} )?by (?=\p{Lu})/iu

/**
 * A header's outlet part that names its writer: `short by Leilani Moana`
 * (the writer alone), `Bongani Haddad · CBC News` or `Leilani Varga /
 * TIMESOFINDIA.COM` (a person, then the outlet). `null` when it is an
 * outlet's name alone.
 */
function splitWriter(part: string): {outlet: string | null; byline: string} | null {
  const label = WRITER_LABEL.exec(part)
  if (label !== null) {
    const name = part.slice(label[0].length).trim()
    return isNameList(name) ? {outlet: null, byline: name} : null
  }
  for (const join of WRITER_JOINS) {
    const at = part.indexOf(join)
    if (at <= 0) continue
    const writer = part.slice(0, at).trim()
    const outlet = part.slice(at + join.length).trim()
    if (isBareByline(writer) && hasOutletShape(outlet) && !isBareByline(outlet)) return {outlet, byline: writer}
  }
  return null
}

/** A time zone abbreviation: two to four capitals (`UTC`, `GMT`, `EST`, `AEDT`). */
const ZONE = /^[A-Z]{2,4}$/

/** Move a zone abbreviation from the start of the outlet part to the end of the age before it. */
function takeZone(age: string, outlet: string): [string, string] {
  const space = outlet.indexOf(' ')
  if (space <= 0 || !ZONE.test(outlet.slice(0, space))) return [age, outlet]
  const zoned = `${age} ${outlet.slice(0, space)}`
  return isAgeLine(zoned) ? [zoned, outlet.slice(space + 1)] : [age, outlet]
}

/** `r/news`, `u/jane`: a community or a user on a forum. */
function isCommunity(name: string): boolean {
  return (name.startsWith('r/') || name.startsWith('u/')) && name.length > 2 && !name.includes(' ')
}

/**
 * Three or more parts joined alike: outlet and age in the shape's order,
 * then a byline (`Opinion by Jane Doe`) or a reading time
 * (`Reuters · 2h · Opinion by Jane Doe`, `CNN | 3 min read | 5h`).
 */
function readManyParts(line: string, join: string, shape: OneLineShape, cues: ChromeCues): HeaderParts | null {
  const parts = line.split(join).map((part) => part.trim())
  if (parts.length < 2 || parts.length > 5) return null
  let outlet: string | null = null
  let age: string | null = null
  let byline: string | null = null
  const want = [...shape.order]
  for (const printed of parts) {
    const part: string = outlet === null ? withoutOutletLabel(printed) : printed
    const byMatch = /^(?:(?:opinion|analysis|commentary|review) )?by (.{2,80})$/i.exec(part)
    if (byMatch) {
      if (byline !== null) return null
      byline = byMatch[1]!
      continue
    }
    if (isReadingTime(part)) continue
    // A section or topic after the outlet (`WRAL · Local · 2 minutes ago`) is a kicker.
    if (outlet !== null && age === null && isSectionName(part, cues)) continue
    // …and so is a label (`The Federalist · Lean Right · 1 day ago`).
    if (outlet !== null && age === null && isChromeLine(part, cues) && !isAgeLine(part)) continue
    const next = want.shift()
    if (next === 'outlet' && isOutletPart(part) && isOutletLine(part, cues)) outlet = part
    else if (next === 'age' && isAgeLine(part)) age = part
    else return null
  }
  // `23 hours ago · By Maria Iverson`: an age and a byline, no outlet.
  if (age === null || (outlet === null && byline === null) || (outlet === null && want.length > 0 && want[0] !== 'outlet')) return null
  if (outlet === null) return {outlet, age, byline, shape: 'age · byline'}
  if (isCommunity(outlet)) return {outlet: null, age, byline, shape: `${shape.name} (community)`}
  const credited = byline === null ? splitWriter(outlet) : null
  if (credited !== null) return {outlet: credited.outlet, age, byline: credited.byline, shape: `${shape.name} (byline)`}
  return {outlet, age, byline, shape: byline === null ? shape.name : `${shape.name} · byline`}
}

/** Splits at each occurrence of `join`, the first first. */
function joinSplits(line: string, join: string): Array<[string, string]> {
  const splits: Array<[string, string]> = []
  let at = line.indexOf(join)
  while (at > 0 && splits.length < 4) {
    splits.push([line.slice(0, at).trim(), line.slice(at + join.length).trim()])
    at = line.indexOf(join, at + 1)
  }
  return splits
}

/**
 * Splits at a space: for `outlet age` the age is the last one to three
 * words, for `age outlet` the first. Only splits whose age is compact and
 * holds a digit (`5h`, `2 hours ago`) are made: a space-joined age is no
 * other.
 */
function spaceSplits(line: string, ageLast: boolean): Array<[string, string]> {
  const splits: Array<[string, string]> = []
  // The `count`th space from the end (or the start) parts the line as its words split at spaces would, joined again.
  let at = ageLast ? line.length : -1
  for (let count = 1; count <= MAX_SPACED_AGE_WORDS; count++) {
    // (`lastIndexOf` from -1 would look at index 0 again.)
    at = ageLast ? (at === 0 ? -1 : line.lastIndexOf(' ', at - 1)) : line.indexOf(' ', at + 1)
    if (at === -1) break
    const age = (ageLast ? line.slice(at + 1) : line.slice(0, at)).trim()
    if (countWords(age) > MAX_SPACED_AGE_WORDS || !/\d/.test(age)) continue
    const rest = (ageLast ? line.slice(0, at) : line.slice(at + 1)).trim()
    // A run of spaces gives the same split twice (`The Hill  5h`): once is enough.
    const last = splits.at(-1)
    if (last !== undefined && (ageLast ? last[1] : last[0]) === age) continue
    splits.push(ageLast ? [rest, age] : [age, rest])
  }
  // The longest age first: `Al Jazeera   09 Dec 2026` is `Al Jazeera` and `09 Dec 2026`, not `… 09` and `Dec 2026`.
  return splits.reverse()
}

function isReadingTime(text: string): boolean {
  return /\bmin(?:ute)?s? read$/i.test(text)
}

/**
 * Read a byline: `By Jane Doe`, `By Jane Doe, CNN`, `By Jane Doe and John
 * Roe | Reuters`, `By Jane Doe · 2h`.
 *
 * @param line
 *   Trimmed line.
 * @param shapes
 *   Header shapes.
 * @param cues
 *   Chrome cues.
 * @param isKnownOutlet
 *   Whether the registry knows a name (`By Jane Doe, Reuters`).
 * @returns
 *   The names (without `By `), the outlet and age where printed, or `null`.
 */
export function readByline(line: string, shapes: HeaderShapes, cues: ChromeCues, isKnownOutlet: (name: string) => boolean = () => false): HeaderParts | null {
  if (line.length > MAX_BYLINE) return null
  const prefix = shapes.bylines.prefixes.find((candidate) => line.startsWith(candidate))
  if (prefix === undefined) return null
  let rest = line.slice(prefix.length).trim()
  let age: string | null = null
  let outlet: string | null = null
  // A trailing age (`By Jane Doe · 2h`, `By Jane Doe | Updated July 23, 2025`,
  // a planet's `by Jane Doe at December 01, 2026 11:05 PM`).
  for (const join of [...(shapes.bylines.ageJoins ?? []), ...shapes.bylines.outletJoins]) {
    const at = rest.lastIndexOf(join)
    if (at <= 0) continue
    const tail = rest.slice(at + join.length).trim()
    if (isAgeLine(tail)) {
      age = tail
      rest = rest.slice(0, at).trim()
      break
    }
  }
  for (const join of shapes.bylines.outletJoins) {
    const at = rest.lastIndexOf(join)
    if (at <= 0) continue
    const tail = rest.slice(at + join.length).trim()
    const names = rest.slice(0, at).trim()
    // `By Jane Doe, John Roe` joins two names: the tail is an outlet only
    // when it reads as one that is not a person's name alone.
    if (isOutletLine(tail, cues) && (isKnownOutlet(tail) || looksLikeOutlet(tail)) && isNameList(names)) {
      outlet = tail
      rest = names
      break
    }
  }
  if (outlet === null) {
    // `By MARCUS CASTILLO Associated Press`: a known outlet's name after the names.
    const words = rest.split(' ')
    for (let count = Math.min(4, words.length - 1); count >= 1; count--) {
      const tail = words.slice(words.length - count).join(' ')
      if (isKnownOutlet(tail) && isNameList(words.slice(0, words.length - count).join(' '))) {
        outlet = tail
        rest = words.slice(0, words.length - count).join(' ')
        break
      }
    }
  }
  if (!isNameList(rest)) {
    // A desk's credit in the byline's place (`By: FRANCE 24 with AFP`, `By: AFP with Reuters`): outlets, no person.
    return outlet === null && isOutletCredit(rest, isKnownOutlet) ? {outlet: rest, age, byline: null, shape: 'byline outlet'} : null
  }
  return {outlet, age, byline: rest, shape: outlet ? 'byline, outlet' : 'byline'}
}

/** What joins the outlets of a desk's credit: `FRANCE 24 with AFP`, `AP and Reuters`. */
const CREDIT_JOIN = / (?:with|and|&) |, | \/ /

/** Whether every part of a byline's names is an outlet the registry knows (at most three). */
function isOutletCredit(text: string, isKnownOutlet: (name: string) => boolean): boolean {
  const parts = text.split(CREDIT_JOIN)
  if (parts.length > 3) return false
  for (const part of parts) if (part.length === 0 || !isKnownOutlet(part)) return false
  return true
}

/**
 * Read a Techmeme-like credit line: `Jane Doe / The Verge:` (an author and
 * an outlet, before the headline), or `The Verge:` alone.
 *
 * @param line
 *   Trimmed line.
 * @param shapes
 *   Header shapes.
 * @param cues
 *   Chrome cues.
 * @returns
 *   The parts, or `null`.
 */
export function readCredit(line: string, shapes: HeaderShapes, cues: ChromeCues): HeaderParts | null {
  if (line.length > MAX_BYLINE) return null
  const end = shapes.credits.ends.find((candidate) => line.endsWith(candidate))
  if (end === undefined) return null
  const body = line.slice(0, line.length - end.length).trim()
  for (const join of shapes.credits.joins) {
    const at = body.lastIndexOf(join)
    if (at <= 0) continue
    const names = body.slice(0, at).trim()
    const outlet = body.slice(at + join.length).trim()
    if (isNameList(names) && isOutletLine(outlet, cues)) return {outlet, age: null, byline: names, shape: 'credit'}
  }
  return null
}

/**
 * Whether text reads as the names of people: a few capitalised words,
 * joined by `,`, `and`, `&`; no sentence punctuation.
 *
 * @param text
 *   Trimmed text.
 */
export function isNameList(text: string): boolean {
  if (text.length < 2 || text.length > MAX_BYLINE) return false
  const words = text.split(/[\s,]+/).filter((word) => word.length > 0)
  if (words.length === 0 || words.length > MAX_BYLINE_WORDS) return false
  let capitalised = 0
  for (const word of words) {
    if (word === 'and' || word === '&' || word === 'de' || word === 'van' || word === 'von' || word === 'al' || word === 'la' || word === 'le' || word === 'da' || word === 'der') continue
    const first = word.charAt(0)
    if (first !== first.toUpperCase() || first === first.toLowerCase()) {
      // A lower-case word that is no particle: prose, not names.
      if (!/^[a-z]\.$/.test(word)) return false
    }
    capitalised++
  }
  if (capitalised === 0) return false
  return !/[.!?:;]$/.test(text) || /\b[A-Z]\.$/.test(text)
}

/**
 * Whether a line alone reads as one or two people's names and no outlet's
 * (`Patrick Devlin`, `KEIKO MWANGI`, `Aisha Thompson and Marcus Garcia`;
 * not `Harbour News`, `The Citizen`, `CNN`): a byline printed without `By`.
 *
 * @param text
 *   Trimmed text.
 */
export function isBareByline(text: string): boolean {
  const words = countWords(text)
  return words >= MIN_PERSON_WORDS && words <= MAX_BARE_NAME_WORDS && isNameList(text) && !looksLikeOutlet(text)
}
/** Two people's names with `and` between. */
const MAX_BARE_NAME_WORDS = 7

/** Words that outlets' names hold and people's names do not. */
const OUTLET_WORDS = new Set(
  'news times post press daily journal herald tribune guardian telegraph reuters cnn bbc npr abc cbs nbc fox associated agency media radio tv television magazine weekly review report gazette chronicle star sun mail mirror express independent standard observer insider wire network online today world globe register bulletin courier examiner monitor inquirer dispatch afp ap upi'.split(' ')
)

/** Whether a byline's tail is an outlet rather than another person (`By Jane Doe, John Roe`). */
function looksLikeOutlet(text: string): boolean {
  const dot = text.lastIndexOf('.')
  if (dot > 0 && /^[a-z]{2,12}$/i.test(text.slice(dot + 1))) return true
  for (const word of text.toLowerCase().split(/[\s,]+/)) if (OUTLET_WORDS.has(word)) return true
  // One word in capitals (`CNN`, `AFP`), or a name that opens with `The`.
  if (/^[A-Z]{2,6}$/.test(text)) return true
  return text.startsWith('The ')
}

/** One person's name: two or three capitalised words of letters (`Nils Castellanos`, `Mary-Jane O'Neil`). */
const NAME_PIECE_JOIN = /['’-]/
const FIRST_NAME_PIECE = /^\p{Lu}\p{Ll}*$/u
const CAPITAL = /^\p{Lu}/u
const SMALL_LETTERS = /^\p{Ll}+$/u

/** A word of a person's name: a capital and small letters, pieces joined by `-` or an apostrophe (`Mary-Jane`, `O’Neil`). Small patterns per piece: one pattern with the repeated piece group was too ambiguous for redos-detector to score. */
function isPersonWord(word: string): boolean {
  const pieces = word.split(NAME_PIECE_JOIN)
  if (!FIRST_NAME_PIECE.test(pieces[0]!) || (pieces.length === 1 && pieces[0]!.length < 2)) return false
  for (let index = 1; index < pieces.length; index++) {
    const piece = pieces[index]!
    if (!SMALL_LETTERS.test(CAPITAL.test(piece) ? piece.slice(1) : piece)) return false
  }
  return true
}
const MIN_PERSON_WORDS = 2
const MAX_PERSON_WORDS = 3
/** The joins of an outlet-and-author line. */
const OUTLET_BYLINE_JOINS = [' · ', ' • ', ' | ']

function isPersonName(text: string, isKnownOutlet: (name: string) => boolean, cues: ChromeCues): boolean {
  const words = text.split(' ')
  if (words.length < MIN_PERSON_WORDS || words.length > MAX_PERSON_WORDS) return false
  for (const word of words) if (!isPersonWord(word)) return false
  // A rating is a label, no author (`NPR · Lean Left`).
  return !looksLikeOutlet(text) && !isChromeLine(text, cues) && !isKnownOutlet(text)
}

/**
 * An outlet and its author on one line, in either order (`NHK World · Nils
 * Castellanos`, `Nils Castellanos | Reuters`): two parts, one an outlet the
 * registry knows and the other one person's name (two or three capitalised
 * words that name no outlet and are no chrome cue, as a bias rating `Lean
 * Left` is). A card prints it where an aggregator of
 * journalists' links or a reader app credits the story.
 *
 * @param line
 *   Trimmed line.
 * @param isKnownOutlet
 *   Whether the registry knows a name.
 * @param cues
 *   Chrome cues (a label is no name).
 * @returns
 *   The outlet and the byline, or `null`.
 */
export function readOutletByline(line: string, isKnownOutlet: (name: string) => boolean, cues: ChromeCues): HeaderParts | null {
  if (line.length > MAX_BYLINE) return null
  for (const join of OUTLET_BYLINE_JOINS) {
    const at = line.indexOf(join)
    if (at <= 0 || line.includes(join, at + join.length)) continue
    const left = line.slice(0, at).trim()
    const right = line.slice(at + join.length).trim()
    // The name test first: it is a few small patterns, the registry lookup is not.
    if (isPersonName(right, isKnownOutlet, cues) && isKnownOutlet(left)) return {outlet: left, age: null, byline: right, shape: 'outlet · byline'}
    if (isPersonName(left, isKnownOutlet, cues) && isKnownOutlet(right)) return {outlet: right, age: null, byline: left, shape: 'byline · outlet'}
  }
  return null
}

/** A feed's name (after `from`, under an entry's title) is at most this many words. */
export const MAX_FEED_WORDS = 6

/**
 * A feed reader's source line under a post (`from Arab News`, `from
 * Newsroom by Hamish Quispe`): the feed is the outlet, a person's name
 * after ` by ` the byline. The line opens with a lower-case `from`, as
 * readers print it; a headline opens with a capital (`From Kyiv to Gaza`).
 *
 * @param line
 *   Trimmed line.
 * @param isKnownOutlet
 *   Whether the registry knows a name.
 * @param cues
 *   Chrome cues (a label is no name).
 * @returns
 *   The outlet and the byline, or `null`.
 */
export function readFeedSource(line: string, isKnownOutlet: (name: string) => boolean, cues: ChromeCues): HeaderParts | null {
  if (line.length > MAX_BYLINE || !line.startsWith('from ')) return null
  let feed = line.slice(5).trim()
  let byline: string | null = null
  const by = feed.lastIndexOf(' by ')
  if (by > 0) {
    const author = feed.slice(by + 4).trim()
    if (!isPersonName(author, isKnownOutlet, cues)) return null
    byline = author
    feed = feed.slice(0, by).trim()
  }
  if (feed.length < 2 || feed.split(' ').length > MAX_FEED_WORDS || isChromeLine(feed, cues)) return null
  if (!isKnownOutlet(feed) && !(/^\p{Lu}/u.test(feed) && isTitleCase(feed))) return null
  return {outlet: feed, age: null, byline, shape: byline === null ? 'from outlet' : 'from outlet by byline'}
}
