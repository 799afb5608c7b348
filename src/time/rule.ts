import type {Implied} from '../types.js'
import type {AgeInterval} from './age.js'
import type {TimeZone} from './zone.js'

/**
 * What one rule read from a timestamp, in epoch milliseconds. Relative
 * readings carry only an age; the pipeline turns it into instants when a
 * reference is given. `implied` lists what the header left unsaid (see
 * `Implied`); it defaults to none.
 */
export type TimestampReading =
  | {kind: 'relative'; age: AgeInterval; implied?: readonly Implied[]}
  | {kind: 'absolute'; earliest: number | null; latest: number | null; implied?: readonly Implied[]}

/** A header prepared once for every rule. */
export interface TimestampHeader {
  /**
   * The trimmed header, case kept, at most 200 characters, without
   * bullets around it or a trailing credit (`2h ago •` → `2h ago`,
   * `Updated 2 hours ago | Reuters` → `Updated 2 hours ago`).
   */
  text: string
  /**
   * The same lower-cased, without lead words (`Posted`, `Updated:`, `Last
   * updated on`), single-spaced and without a final full stop:
   * `Updated 5 Minutes ago.` → `5 minutes ago`.
   */
  phrase: string
}

/** How to read what a header leaves unsaid: the resolved options of `normalizeTimestamp`. */
export interface TimestampSettings {
  /** The zone of times written without one (UTC unless `timeZone` says otherwise). */
  timeZone: TimeZone
  /** The order of a numeric date valid both ways, or `null` to leave it open. */
  dateOrder: 'mdy' | 'dmy' | null
}

/**
 * One parser in the timestamp pipeline: a name that results are traced to
 * and a function that reads the whole header or declines with `null`.
 */
export interface TimestampRule {
  readonly name: string
  /**
   * @param header
   *   The header, as written and as a normalised phrase.
   * @param referenceMs
   *   The reference in epoch ms, or `null` when none was given.
   * @param settings
   *   The zone and day order to read unsaid parts with.
   */
  parse(header: TimestampHeader, referenceMs: number | null, settings: TimestampSettings): TimestampReading | null
}

/**
 * Prepare a trimmed header for the rules (see `TimestampHeader`). Linear:
 * one alternation of fixed words, nothing repeated under a quantifier.
 */
export function prepareHeader(trimmed: string): TimestampHeader {
  const shape = shapeOf(trimmed)
  const text = shape & DECORATED ? withoutDecoration(trimmed) : trimmed
  let phrase = text.toLowerCase()
  // Every lead word starts with one of these letters; most headers don't.
  if (isLeadInitial(phrase.charCodeAt(0))) {
    const match = leadWords.exec(phrase)
    if (match) phrase = phrase.slice(match[0].length)
  }
  if (shape & IRREGULAR_SPACE) phrase = phrase.replace(/\s+/g, ' ').trim()
  const last = phrase.charCodeAt(phrase.length - 1)
  // `.` and `!`
  if (last === 46 || last === 33) phrase = phrase.slice(0, -1).trimEnd()
  return {text, phrase}
}

/** `•`, `·`, `|`: the separators card portals put between a time and its source. */
function isBullet(code: number): boolean {
  return code === 8226 || code === 183 || code === 124
}

/** `*`: a mark after a time that was updated (`Mar 3, 2020, 7:19 am*`). */
const ASTERISK = 42

/**
 * `shapeOf` flags: a bullet, or after a space a `v` (`via`), a `b` (`by`), a
 * slash or a dash, the only headers `withoutDecoration` changes …
 */
const DECORATED = 1
/** … and whitespace other than single spaces. */
const IRREGULAR_SPACE = 2

/** What `prepareHeader` has to do to a header, found in one pass. */
function shapeOf(text: string): number {
  let shape = 0
  let previousSpace = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 32) {
      if (previousSpace) shape |= IRREGULAR_SPACE
      previousSpace = true
      continue
    }
    if (isBullet(code) || (previousSpace && isSpacedSeparatorStart(code)) || code === ASTERISK) shape |= DECORATED
    // Everything `\s` matches besides the space is below 33 or above 159.
    else if (code < 33 || (code > 159 && /\s/.test(text.charAt(index)))) shape |= IRREGULAR_SPACE
    previousSpace = false
  }
  return shape
}

/** A credit after a time names its source, not a time. */
const MAX_CREDIT_LENGTH = 60

/**
 * Drop bullets around a header (`• 2h`, `2h ago •`) and what trails the
 * time after a separator:
 *
 * - a credit after a spaced bullet, slash or dash, or after `via`
 *   (`Updated 2 hours ago | Reuters`, `3 days ago via Reuters`,
 *   `July 22, 2025 / 5:54 PM / CBS News`, `Jul 23, 2025 - Politics`): it
 *   starts with a capital, holds no digit and does not start with a word of
 *   dates (`| Wednesday`, `| 10:00 BST`, `- 04:51` are kept for the date
 *   rules);
 * - a byline after `by` (`Posted on July 23, 2025 by admin`): one to four
 *   words of letters, any case, no digit (`by 5pm` is kept);
 * - a later update after a spaced bullet (`PUBLISHED: 04:51 BST, 23 July
 *   2025 | UPDATED: 06:00 BST, 23 July 2025`): the first time is the
 *   publication;
 * - a final `by` or `via` whose credit the line lost (`Posted 2 days ago
 *   by`), and a final `*` marking an updated time (`Mar 3, 2020, 7:19 am*`);
 * - a reading time after or before a spaced bullet (`5 min read · Jul 22,
 *   2025`, `2 days ago · 3 min read`).
 */
function withoutDecoration(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && isBullet(text.charCodeAt(start))) start++
  while (end > start && (isBullet(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === ASTERISK)) end--
  if (start > 0 || end < text.length) text = text.slice(start, end).trim()
  // A credit cut off at the line's end (`Posted 2 days ago by`, `3 days ago via`).
  const dangling = danglingCreditWord(text)
  if (dangling > 0) text = text.slice(0, -dangling).trimEnd()
  // A reading time beside the time (`5 min read · Jul 22, 2025`, `2 days ago · 3 min read`).
  const readingBefore = readingTimeFirst.exec(text)
  if (readingBefore) text = text.slice(readingBefore[0].length)
  else {
    const readingAfter = readingTimeLast.exec(text)
    if (readingAfter) text = text.slice(0, readingAfter.index)
  }
  // A later update: cut at the first spaced bullet that opens one.
  for (let index = 1; index < text.length - 2; index++) {
    if (!isBullet(text.charCodeAt(index)) || text.charCodeAt(index - 1) !== 32 || text.charCodeAt(index + 1) !== 32) continue
    if (updateWords.test(text.slice(index + 2, index + 22))) return text.slice(0, index).trimEnd()
  }
  for (let index = text.length - 2; index > 0 && index >= text.length - MAX_CREDIT_LENGTH - 5; index--) {
    const code = text.charCodeAt(index)
    if (text.charCodeAt(index - 1) !== 32) continue
    let creditStart = -1
    let byline = false
    if ((isBullet(code) || isDashOrSlash(code)) && text.charCodeAt(index + 1) === 32) creditStart = index + 2
    else if (code === 118 || code === 86) {
      if (text.startsWith('via ', index) || text.startsWith('Via ', index)) creditStart = index + 4
    } else if (code === 98 && text.startsWith('by ', index)) {
      creditStart = index + 3
      byline = true
    }
    if (creditStart === -1) continue
    const credit = text.slice(creditStart)
    const first = credit.charCodeAt(0)
    const kept = text.slice(0, index - 1).trimEnd()
    if (byline) {
      if (kept.length > 0 && bylineName.test(credit) && !startsWithDateWord(credit)) return kept
      continue
    }
    if (first >= 65 && first <= 90 && !/\d/.test(credit) && !startsWithDateWord(credit)) return kept
    return text
  }
  return text
}

/** The length of a final ` by`, ` via` or ` Via` after something (the words the credit rules read), or 0. */
function danglingCreditWord(text: string): number {
  if (text.length > 3 && text.endsWith(' by')) return 3
  if (text.length > 4 && (text.endsWith(' via') || text.endsWith(' Via'))) return 4
  return 0
}

/** Whether a character after a space may open a separator `withoutDecoration` reads (`via`, `by`, `/`, dashes). */
function isSpacedSeparatorStart(code: number): boolean {
  return code === 118 || code === 86 || code === 98 || isDashOrSlash(code)
}

/** `/`, `-`, `–`, `—`. */
function isDashOrSlash(code: number): boolean {
  return code === 47 || code === 45 || code === 8211 || code === 8212
}

/**
 * A reading time and a spaced bullet, before or after the time: `5 min read
 * · `, ` • 3 minute read`. Fixed words, bounded digits: linear.
 */
const readingTimeFirst = /^\d{1,3} (?:min|mins|minute|minutes) read [•·|] /i
const readingTimeLast = / [•·|] \d{1,3} (?:min|mins|minute|minutes) read$/i

/** The words that open a later update after a bullet (`| UPDATED:`, `| Last updated`). */
const updateWords = /^(?:last )?(?:updated|modified|edited)\b/i

/** A byline's name: one to four words of letters (with `.`, `'`, `-` inside), any case. */
const bylineName = /^[a-z][a-z.'-]*(?: [a-z][a-z.'-]*){0,3}$/i

/** Whether `text` opens with a word the date rules read (`Wed`, `July`, `at`, `GMT`). */
function startsWithDateWord(text: string): boolean {
  let end = 0
  while (end < text.length && end < 12 && isAsciiLetter(text.charCodeAt(end))) end++
  return dateWords.has(text.slice(0, end).toLowerCase())
}

/** `a c e f l m p s u`, the initials of the lead words, as bits from `a`. */
const LEAD_INITIALS = 0x14_9835

function isLeadInitial(code: number): boolean {
  return code >= 97 && code <= 122 && ((LEAD_INITIALS >> (code - 97)) & 1) === 1
}

const leadWords =
  /^(?:(?:last|first) )?(?:updated|posted|published|edited|modified|added|created|submitted|uploaded)(?: on| at)?[ \t]*(?::[ \t]*)?/

const monthWords = [
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june',
  'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov',
  'november', 'dec', 'december'
]
const weekdayWords = [
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs',
  'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday'
]

/** Words that open a date or a time in a credit's place. */
const dateWords: ReadonlySet<string> = /* @__PURE__ */ new Set([
  ...monthWords, ...weekdayWords, 'today', 'yesterday', 'at', 'on', 'am', 'pm', 'gmt', 'utc'
])

/**
 * Every word a header that the default rules read can open with (after
 * bullets): lead words, counts and qualifiers of ages, `just now` and
 * friends, calendar words, months, weekdays and the fillers of written
 * dates, from the rules' own vocabularies. Every form the tests read goes
 * through this filter, so a start word missing here fails them.
 */
const startWords: ReadonlySet<string> = /* @__PURE__ */ new Set([
  // lead words
  'updated', 'posted', 'published', 'edited', 'modified', 'added', 'created', 'submitted', 'uploaded', 'last', 'first',
  // just-now without `ago`
  'now', 'just', 'right',
  // calendar words
  'today', 'earlier', 'yesterday',
  // written dates
  ...monthWords, ...weekdayWords, 'at', 'on', 'of', 'date', 'time'
])

/**
 * Words that open only ages, which end in `ago` (`a few seconds ago`,
 * `over 2 hours ago`, `two days ago`): a header opening with one of them
 * and holding no `ago` is a headline (`A man …`, `Over 1,300 residents …`).
 */
const ageStartWords: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'moments', 'moment', 'few', 'seconds', 'secs',
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'about', 'around', 'approximately', 'approx', 'roughly', 'nearly', 'almost',
  'some', 'over', 'under', 'within', 'more', 'less', 'half', 'several', 'couple',
  'minutes', 'mins', 'hours', 'hrs', 'days', 'weeks', 'months', 'years'
])

/** Words longer than this share the last slot of their initial in `startTable`. */
const MAX_INDEXED_LENGTH = 15

/**
 * The start words by initial and length: slot `(initial − 'a') × 16 +
 * min(length, 15)` lists the words (lower-cased) of that initial and
 * length, each with whether it opens only ages (and so needs an `ago`).
 * Most slots are empty, and the rest hold one to four words, so a line is
 * refused after one array read and a few character comparisons, without
 * making a string.
 */
const startTable: ReadonlyArray<readonly StartWord[] | undefined> = /* @__PURE__ */ buildStartTable()

interface StartWord {
  readonly word: string
  readonly needsAgo: boolean
}

function buildStartTable(): Array<StartWord[] | undefined> {
  const table: Array<StartWord[] | undefined> = Array.from({length: 26 * (MAX_INDEXED_LENGTH + 1)}, () => undefined)
  const add = (word: string, needsAgo: boolean): void => {
    const slot = startSlot(word.charCodeAt(0), word.length)
    const words = (table[slot] ??= [])
    if (!words.some((entry) => entry.word === word)) words.push({word, needsAgo})
  }
  // A word in both sets opens other headers too: it needs no `ago`.
  for (const word of startWords) add(word, false)
  for (const word of ageStartWords) add(word, true)
  return table
}

/**
 * Whether a start word of two letters or more (or `the`) opens with a pair
 * of lower-case letters, at `first << 8 | second`.
 */
const startPairs: Uint8Array = /* @__PURE__ */ pairsOf([...startWords, ...ageStartWords, 'the'])

function pairsOf(words: readonly string[]): Uint8Array {
  const pairs = new Uint8Array(0x80_00)
  for (const word of words) if (word.length >= 2) pairs[(word.charCodeAt(0) << 8) | word.charCodeAt(1)] = 1
  return pairs
}

/** The slot of `startTable` for a word of this (ASCII letter) initial and length. */
function startSlot(initial: number, length: number): number {
  return ((initial | 32) - 97) * (MAX_INDEXED_LENGTH + 1) + Math.min(length, MAX_INDEXED_LENGTH)
}

/** Whether `text[start, start + word.length)` is `word` (lower case) in any case; the text there is ASCII letters. */
function isWordAt(text: string, start: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    if ((text.charCodeAt(start + index) | 32) !== word.charCodeAt(index)) return false
  }
  return true
}

/**
 * Whether a trimmed header has the shape of something the default rules
 * read: after bullets (`•`, `·`, `|`) it opens with a digit, a `~`, one of
 * `startWords` in any case, or one of `ageStartWords` and holds `ago`
 * (`The …` only before a digit: `the 23rd of July`). Most lines `splitDump`
 * asks about are outlet names, credit lines (`- Reuters`) and headlines,
 * refused here at their first word, without making a string, instead of
 * being cut into tokens.
 */
export function mayBeTimestamp(text: string): boolean {
  let start = 0
  while (start < text.length && (isBullet(text.charCodeAt(start)) || text.charCodeAt(start) === 32)) start++
  if (start === text.length) return false
  const first = text.charCodeAt(start)
  if ((first >= 48 && first <= 57) || first === 126) return true
  // Most lines are refused at their first two letters (`Re`, `Ex`, `Tr`).
  if (!isAsciiLetter(first)) return false
  // (Read only inside the text: `charCodeAt` past its end gives `NaN`, which slows every later call.)
  const second = start + 1 < text.length ? text.charCodeAt(start + 1) : 0
  if (isAsciiLetter(second) && startPairs[((first | 32) << 8) | (second | 32)] === 0) return false
  let end = start + 1
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++
  const length = end - start
  const words = startTable[startSlot(first, length)]
  if (words !== undefined) {
    for (const entry of words) {
      if (entry.word.length === length && isWordAt(text, start, entry.word)) return !entry.needsAgo || holdsAgo(text, end)
    }
  }
  // `the 23rd of July`: `the` is no start word of its own.
  if (length !== 3 || !isWordAt(text, start, 'the') || text.charCodeAt(end) !== 32) return false
  const next = text.charCodeAt(end + 1)
  return next >= 48 && next <= 57
}

/** Whether `ago` (any case) stands in `text` after `from`, as a word's end. */
function holdsAgo(text: string, from: number): boolean {
  for (let index = text.length - 1; index >= from + 3; index--) {
    if ((text.charCodeAt(index) | 32) !== 111 || (text.charCodeAt(index - 1) | 32) !== 103 || (text.charCodeAt(index - 2) | 32) !== 97) continue
    if (text.charCodeAt(index - 3) !== 32) continue
    if (!isAsciiLetter(text.charCodeAt(index + 1))) return true
  }
  return false
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
