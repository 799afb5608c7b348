import {matchKnownOutlet, mayMatchWhole} from '../outlet/normalize-outlet.js'
import {placeOf} from '../outlet/places.js'
import {getDefaultOutletRegistry} from '../outlet/registry.js'
import type {OutletRegistry} from '../types.js'
import {isChromeLine, isSectionName, isSponsorLine, type ChromeCues} from './cues.js'
import {countWords, creditName, hasOutletShape, isAgeLine, isCreditLine, isOutletLine, isTimeLikeAgeLine, isTitleCase, mayBeTime, textFactsOf, type LineFacts} from './header.js'
import {
  MAX_ONE_LINE_HEADER,
  MAX_SPACED_AGE_WORDS,
  MIN_ONE_LINE_HEADER,
  COUNTED_WORDS,
  isBareByline,
  readByline,
  readCredit,
  readOneLineHeader,
  readFeedSource,
  readOutletByline,
  type HeaderParts,
  type HeaderShapes
} from './header-shapes.js'
import {hasDigitIn, isBlank, isWhitespace, lineText, markSignature, maySign, SIGNATURE_WORDS, type Line} from './lines.js'
import {isMenuBar, readFieldLine} from './parts-line.js'

/**
 * What a line looks like on its own, before any layout rule reads it. Each
 * line gets one class, computed once per dump.
 */
export const LineClass = {
  blank: 0,
  /** A line of only `-`, `* * *`, `|`, `•`, or an item number `1.`. */
  separator: 1,
  /** A chrome cue (`Share`, `Most read`, `Skip to main content`). */
  chrome: 2,
  /** An ad or sponsored-card marker (`Sponsored`, `Ad`, `Promoted`). */
  sponsor: 3,
  /** A time on its own (`2 hours ago`, `Jul 23, 2025`). */
  age: 4,
  /** An outlet the registry knows, a domain, or a credit `- Reuters`. */
  outlet: 5,
  /** A short name-like line the registry does not know: an outlet, a section name, a kicker. */
  name: 6,
  /** Outlet and age on one line (`Reuters · 2h`). */
  outletAge: 7,
  /** `By Jane Doe`, `Jane Doe / The Verge:`. */
  byline: 8,
  /** A link aggregator's item line (`123 points by pg 2 hours ago | hide | 45 comments`). */
  meta: 9,
  /** A line that can be a headline: a few words, ending no sentence with a period. */
  headline: 10,
  /** A sentence or more of body text. */
  prose: 11,
  /** An image caption or photo credit (`REUTERS/Jane Doe`, `Photo: Getty Images`). */
  caption: 12
} as const

export type LineClassCode = (typeof LineClass)[keyof typeof LineClass]

/** What a header-like line holds, and a headline line's title with its marker and outlet removed. */
export interface LineParts extends HeaderParts {
  /** For a headline line: the title without a list marker (`1.`, `•`) or trailing outlet (`- Reuters`, `(bbc.co.uk)`). */
  title?: string
  /** For a headline line: whether `outlet` came from the line's tail (` - Outlet`) and is only a candidate. */
  tail?: 'known' | 'candidate'
  /** For a headline line that holds its first paragraph after the title (`Headline: One sentence.`): that paragraph, as offsets in the dump. */
  excerpt?: {start: number; end: number}
}

/** Lines longer than this are prose: no headline, header or cue is that long. */
const MAX_SHORT_LINE = 300
/** A headline with its excerpt on one line (Techmeme) may run this long. */
const MAX_EXCERPT_LINE = 2000
/** Headlines are at most this long (Wikipedia's current-events lines run to about 200). */
const MAX_HEADLINE_LENGTH = 250
/** A headline that asks a question is short. */
const MAX_QUESTION_WORDS = 20
/** Headlines have at most this many words. */
const MAX_HEADLINE_WORDS = 40
/** A short-name line (`World`, `Foo Daily`) has at most this many words. */
const MAX_NAME_WORDS = 4
/** A join between the parts of a feed's name (`BBC News - World`, `Al Jazeera – Breaking News`). */
const NAME_JOIN = / [-–—|·•:] /g

/** The classes of a dump's lines and the parts of its header-like lines. */
export interface LineClasses {
  codes: Uint8Array
  parts: Map<number, LineParts>
  /** 1 where the line is page chrome by the cue list (`isChromeLine` of its text), else 0. */
  chrome: Uint8Array
  /** Whether the line is an age line (`isAgeLine` of its text): `AGE_UNKNOWN`, `AGE_NO` or `AGE_YES`, filled in as asked. */
  age: Uint8Array
  /**
   * Two answers per line, `AGE_UNKNOWN`, `AGE_NO` or `AGE_YES` each: in the
   * low two bits whether the line is page chrome by the cue list alone
   * (`isChromeLine` of its text, which `chrome` is not for a line classed
   * chrome by another test, such as a lower-case link), from the
   * classification where it asked; in the next two whether it is a credit
   * line (`isCreditLine` of its text). Filled in as asked (`lineFactsOf`).
   */
  facts: Uint8Array
  /** The `LineFacts` over these classes, once made. */
  lineFacts?: LineFacts
}

const AGE_UNKNOWN = 0
const AGE_NO = 1
const AGE_YES = 2

/** What classification needs besides the text. */
export interface ClassifyContext {
  text: string
  lines: readonly Line[]
  cues: ChromeCues
  shapes: HeaderShapes
  outlets: OutletRegistry | undefined
}

/**
 * Classify every line once. A shape prefilter comes first: long lines are
 * prose without a look at their words; only short lines meet the cue list,
 * the time normaliser and the outlet registry. A short line's class depends
 * on its text alone (and the cues, header shapes and registry), so its
 * answer is remembered across pages and calls (see `lineMemoOf`): the
 * outlet, age, credit and chrome lines that every page of a site repeats
 * are classified once.
 *
 * @param context
 *   Text, lines, cues, header shapes and the outlet registry.
 * @returns
 *   A class per line and the parts of header and headline lines.
 */
export function classifyLines(context: ClassifyContext): LineClasses {
  const {lines, text} = context
  const codes = new Uint8Array(lines.length)
  const parts = new Map<number, LineParts>()
  const registry = context.outlets ?? getDefaultOutletRegistry()
  const memo = lineMemoOf(context.cues, context.shapes, registry)
  // Known as a whole (a name, an alias, a host name), not by a rule that finds
  // an outlet inside a headline. Every answer is remembered for the page (an
  // unknown outlet comes again in `… - Foo Daily` after each headline), only
  // the names found across pages: the rest are mostly headlines.
  const asked = new Map<string, boolean>()
  const isKnown = (name: string): boolean => {
    let answer = asked.get(name)
    if (answer !== undefined) return answer
    answer = memo.known.get(name) === true || (mayMatchWhole(name, registry) && isKnownWhole(name, matchKnownOutlet(name, registry)))
    if (answer) memo.known.set(ownCopy(name), true)
    // Bounded: a page of 10,000 headlines need not keep them all.
    if (asked.size >= MEMO_GENERATION) asked.clear()
    asked.set(name, answer)
    return answer
  }
  const chrome = new Uint8Array(lines.length)
  const age = new Uint8Array(lines.length)
  const facts = new Uint8Array(lines.length)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const length = line.contentEnd - line.contentStart
    if (length === 0) continue
    const content = length <= MAX_SHORT_LINE ? text.slice(line.contentStart, line.contentEnd) : null
    const seen = content === null ? undefined : memo.lines.get(content)
    if (seen !== undefined) {
      codes[index] = seen.code
      if (seen.parts !== undefined) parts.set(index, seen.parts)
      chrome[index] = seen.chrome
      age[index] = seen.age
      facts[index] = cueFromClass(seen.code, seen.parts, seen.chrome)
      continue
    }
    const code = classifyLine(context, line, index, parts, isKnown)
    codes[index] = code
    const lineParts = parts.get(index)
    // The layout rules ask again and again whether a line is chrome: answer
    // from the class where `classifyLine` asked, else ask once here.
    if (code === LineClass.chrome || code === LineClass.sponsor) chrome[index] = 1
    else if (isClassedBeforeChrome(code, lineParts) && isChromeLine(text.slice(line.contentStart, line.contentEnd), context.cues)) chrome[index] = 1
    age[index] = ageFromClass(code, lineParts)
    facts[index] = cueFromClass(code, lineParts, chrome[index]!)
    // Headlines and prose are a page's own text and rarely come again: only header, chrome and name lines are kept.
    if (content !== null && code !== LineClass.headline && code !== LineClass.prose) {
      const kept = lineParts === undefined ? undefined : ownParts(lineParts)
      if (kept !== undefined) parts.set(index, kept)
      memo.lines.set(ownCopy(content), {code, parts: kept, chrome: chrome[index]!, age: age[index]!})
    }
  }
  readDashLists(context, {codes, parts, chrome, age, facts}, isKnown)
  return {codes, parts, chrome, age, facts}
}

/**
 * A run of `- Headline` lines (a link list marked with dashes) is no run of
 * credit lines: a daily8 block's `- Outlet` line stands between an age line
 * and a title, never beside another. A credit line next to another one
 * (blank lines between allowed) is a list item when its name is no outlet
 * the registry knows and reads as a headline; the line's own class is kept
 * in the memo (it depends on the line's text alone), only this page's class
 * changes.
 */
function readDashLists(context: ClassifyContext, classes: LineClasses, isKnown: (name: string) => boolean): void {
  const {codes, parts} = classes
  const isCredit = (index: number): boolean => codes[index] === LineClass.outlet && parts.get(index)?.shape === 'credit line'
  let previousCredit = false
  for (let index = 0; index < codes.length; index++) {
    if (codes[index] === LineClass.blank) continue
    const credit = isCredit(index)
    if (credit) {
      let next = index + 1
      while (next < codes.length && codes[next] === LineClass.blank) next++
      if (previousCredit || (next < codes.length && isCredit(next))) readListedHeadline(context, classes, index, isKnown)
    }
    previousCredit = credit
  }
}

/** A credit line read again as a dash-marked headline, where its name reads as one. */
function readListedHeadline(context: ClassifyContext, classes: LineClasses, index: number, isKnown: (name: string) => boolean): void {
  const line = context.lines[index]!
  const content = context.text.slice(line.contentStart, line.contentEnd)
  const name = creditName(content)
  if (isKnown(name) || isDomain(name)) return
  const words = countWords(name)
  if (words < 2 || words > MAX_HEADLINE_WORDS || !isHeadlineText(name)) return
  const headline = readHeadline(content, isKnown)
  classes.codes[index] = LineClass.headline
  classes.parts.set(index, headline)
  classes.chrome[index] = 0
  classes.age[index] = ageFromClass(LineClass.headline, headline)
  classes.facts[index] = cueFromClass(LineClass.headline, headline, 0)
}

/** A short line's classification, as remembered. */
interface RememberedLine {
  code: LineClassCode
  parts: LineParts | undefined
  chrome: number
  age: number
}

/** Remembered classifications of one set of cues, header shapes and registry. */
interface LineMemo {
  /** `HeaderShapes` fields when the memo was made: a caller who swaps one gets a new memo. */
  shapes: readonly unknown[]
  lines: BoundedMap<RememberedLine>
  known: BoundedMap<boolean>
}

/**
 * Lines and names remembered per generation: the memo holds at most two
 * generations (the current one and the one before), so at most about
 * `2 * MEMO_GENERATION * MAX_SHORT_LINE` code units, whatever the input.
 */
const MEMO_GENERATION = 2048

/**
 * A map that forgets: once a generation fills, it becomes the old one and
 * the one before is dropped; a hit in the old generation is carried over.
 * Keys are strings, and a bit per (length, first and last code unit) hash
 * says which keys may be held: most lines asked (headlines, which are not
 * kept) miss without their text hashed for the map.
 */
class BoundedMap<V> {
  private current = new Map<string, V>()
  private previous = new Map<string, V>()
  /** The bits (`signatureOf`) of every key of both generations (and maybe of a few dropped ones). */
  private signatures = new Uint32Array(SIGNATURE_WORDS)

  get(key: string): V | undefined {
    if (!maySign(this.signatures, key)) return undefined
    const value = this.current.get(key)
    if (value !== undefined) return value
    const old = this.previous.get(key)
    if (old !== undefined) this.set(key, old)
    return old
  }

  set(key: string, value: V): void {
    if (this.current.size >= MEMO_GENERATION) {
      this.previous = this.current
      this.current = new Map()
      // The generation dropped takes its bits along: rebuilt from the one kept.
      this.signatures.fill(0)
      for (const kept of this.previous.keys()) markSignature(this.signatures, kept)
    }
    this.current.set(key, value)
    markSignature(this.signatures, key)
  }
}

const memos = new WeakMap<ChromeCues, WeakMap<HeaderShapes, WeakMap<OutletRegistry, LineMemo>>>()

/** The memo of classifications for these cues, header shapes and registry. */
function lineMemoOf(cues: ChromeCues, shapes: HeaderShapes, registry: OutletRegistry): LineMemo {
  let byShapes = memos.get(cues)
  if (byShapes === undefined) memos.set(cues, (byShapes = new WeakMap()))
  let byRegistry = byShapes.get(shapes)
  if (byRegistry === undefined) byShapes.set(shapes, (byRegistry = new WeakMap()))
  const fields = [shapes.oneLine, shapes.bylines, shapes.credits, shapes.excerptJoins]
  let memo = byRegistry.get(registry)
  if (memo === undefined || memo.shapes.some((field, index) => field !== fields[index])) {
    memo = {shapes: fields, lines: new BoundedMap(), known: new BoundedMap()}
    byRegistry.set(registry, memo)
  }
  return memo
}

/**
 * A copy of a string that does not hold on to the text it was cut from: V8
 * keeps a slice as a view of the whole page, and a remembered slice would
 * keep every page it came from alive. Joining and cutting again makes it a
 * view of a fresh string of its own length.
 */
function ownCopy(value: string): string {
  return (value + ' ').slice(0, -1)
}

/** Line parts whose strings are own copies (see `ownCopy`). */
function ownParts(lineParts: LineParts): LineParts {
  const kept: LineParts = {...lineParts}
  if (kept.outlet !== null) kept.outlet = ownCopy(kept.outlet)
  if (kept.age !== null) kept.age = ownCopy(kept.age)
  if (kept.byline !== null) kept.byline = ownCopy(kept.byline)
  if (kept.title !== undefined) kept.title = ownCopy(kept.title)
  return kept
}

/**
 * What a line's class says of `isAgeLine` of its text: `classifyLine` asks
 * it of every line that reaches its age test, and a line classed on its
 * length alone (past `MAX_SHORT_LINE`) is too long for an age.
 */
function ageFromClass(code: LineClassCode, lineParts: LineParts | undefined): number {
  if (code === LineClass.age) return AGE_YES
  if (code === LineClass.blank || code === LineClass.chrome || code === LineClass.sponsor || code === LineClass.meta) return AGE_UNKNOWN
  return isClassedBeforeChrome(code, lineParts) ? AGE_UNKNOWN : AGE_NO
}

/**
 * What a line's class says of `isChromeLine` of its text: `classifyLine`
 * asks it of every line that reaches its chrome test, and answers `chrome`
 * or `sponsor` when it holds; a line classed before the test (a separator,
 * a headline with its excerpt) was asked it by `classifyLines` (`chrome`);
 * a line past `MAX_SHORT_LINE` is too long for a cue. Unknown for a table
 * row (classed before the test, never asked) and for a line classed chrome
 * or sponsor, which a later test may have found.
 */
function cueFromClass(code: LineClassCode, lineParts: LineParts | undefined, chrome: number): number {
  if (code === LineClass.blank || code === LineClass.chrome || code === LineClass.sponsor) return AGE_UNKNOWN
  if (code === LineClass.headline && lineParts?.shape === ROW_SHAPE) return AGE_UNKNOWN
  return chrome === 1 ? AGE_YES : AGE_NO
}

/**
 * Whether line `index` is an age line (`isAgeLine` of its text): from the
 * line classes when the context has them, asked at most once per line.
 *
 * @param context
 *   Text, lines and, where computed, the line classes.
 * @param index
 *   The line.
 */
export function isAgeAt(context: {text: string; lines: readonly Line[]; classes?: LineClasses}, index: number): boolean {
  const known = context.classes?.age[index]
  if (known === AGE_YES) return true
  if (known === AGE_NO) return false
  const line = context.lines[index]!
  const answer = isAgeLine(context.text.slice(line.contentStart, line.contentEnd))
  if (context.classes) context.classes.age[index] = answer ? AGE_YES : AGE_NO
  return answer
}

/**
 * Whether `classifyLine` gave a class before its chrome test: a separator,
 * or a headline with its excerpt. (Blank lines and lines past
 * `MAX_SHORT_LINE` are classed before it too, but are never chrome.)
 */
function isClassedBeforeChrome(code: LineClassCode, lineParts: LineParts | undefined): boolean {
  return code === LineClass.separator || (code === LineClass.headline && lineParts?.shape === EXCERPT_SHAPE)
}

/**
 * Whether line `index` is page chrome by the cue list: from the line
 * classes when the context has them.
 *
 * @param context
 *   Text, lines, cues and, where computed, the line classes.
 * @param index
 *   The line.
 */
export function isChromeAt(context: {text: string; lines: readonly Line[]; cues: ChromeCues; classes?: LineClasses}, index: number): boolean {
  if (context.classes) return context.classes.chrome[index] === 1
  const line = context.lines[index]!
  return isChromeLine(context.text.slice(line.contentStart, line.contentEnd), context.cues)
}

const EXCERPT_SHAPE = 'headline — excerpt'
/** The shape of a table row's parts (`readRow`). */
const ROW_SHAPE = 'row'

/**
 * The line facts of a context: from its line classes where it has them,
 * each asked of a line at most once; else asked of each line's text.
 *
 * @param context
 *   Text, lines, cues and, where computed, the line classes.
 */
export function lineFactsOf(context: {text: string; lines: readonly Line[]; cues: ChromeCues; classes?: LineClasses}): LineFacts {
  const {classes} = context
  if (classes === undefined) return textFactsOf(context.text, context.lines, context.cues)
  if (classes.lineFacts === undefined) {
    const {text, lines, cues} = context
    const table = classes.facts
    /** The answer in bits `shift` and `shift + 1` of the line's facts, asked of its text the first time. */
    const asked = (shift: number, test: (line: string) => boolean) => (index: number): boolean => {
      const known = (table[index]! >> shift) & 3
      if (known === AGE_YES) return true
      if (known === AGE_NO) return false
      const answer = test(lineText(text, lines[index]!))
      table[index]! |= (answer ? AGE_YES : AGE_NO) << shift
      return answer
    }
    classes.lineFacts = {isAge: (index) => isAgeAt(context, index), isCue: asked(0, (line) => isChromeLine(line, cues)), isCredit: asked(2, isCreditLine)}
  }
  return classes.lineFacts
}


/** A join a one-line header may hold between its parts. */
const HEADER_JOIN = /\s[·•|—–⋅/-]\s/
/** An ad's headline tagged as one: `(Sponsor)`, `(Sponsored)`, `[Ad]`, `Sponsored: …`. */
const SPONSOR_TAG = /[([](?:sponsor|sponsored|ad|advertisement|paid post|partner)[)\]]$|^(?:[([](?:sponsor|sponsored|ad)[)\]]|sponsored:)\s/i
/** Whether a line ends in `)` or `]`, as every tail that `UNREAD_COUNT_TAIL`, `PAREN_TAIL`, `READING_TIME_TAIL` and the first half of `SPONSOR_TAG` read does. */
function endsWithBracket(content: string): boolean {
  const last = content.charCodeAt(content.length - 1)
  return last === 41 || last === 93
}

/** Whether `SPONSOR_TAG` can match: a tag closes the line, or one (or `Sponsored:`) opens it. */
function mayBeSponsorTag(content: string): boolean {
  const first = content.charCodeAt(0)
  return endsWithBracket(content) || first === 40 || first === 91 || first === 83 || first === 115
}

/** A name and an unread or item count: `NPR (6)`, `Technology (12)`. */
const UNREAD_COUNT_TAIL = /\s\(\d{1,5}\)$/

/** The name before an unread count (`NPR (6)` → `NPR`), or `null`. */
function readCountedName(content: string): string | null {
  if (content.length > 70) return null
  const tail = endsWithBracket(content) ? UNREAD_COUNT_TAIL.exec(content) : null
  if (!tail) return null
  const name = content.slice(0, tail.index).trim()
  return name.length >= 2 ? name : null
}
/** A bullet glyph at a line's start (see `MARKER`). */
const BULLET_GLYPH = /^[\u2190-\u21FF\u25A0-\u25FF\u2610-\u2612\u2705\u2713\u2714\u2794-\u27BF]\uFE0F?\s/
/** A newsletter's section heading: an emoji, then a few words. */
const MAX_EMOJI_HEADING_WORDS = 6

function isEmojiHeading(content: string): boolean {
  if (content.length > 80 || !/^\p{Extended_Pictographic}/u.test(content)) return false
  // A bullet glyph (`▪️ Headline — Outlet`) marks a list item, not a heading.
  if (BULLET_GLYPH.test(content)) return false
  return countWords(content) <= MAX_EMOJI_HEADING_WORDS + 1 && !/[.!?:]$/.test(content)
}

/**
 * The host of a line that is only an address, as search results print it
 * (`https://www.bbc.co.uk › news › uk-123`, `https://apnews.com/article/x`),
 * without `www.`; `null` for any other line.
 */
function readUrlHost(content: string): string | null {
  if (!content.startsWith('http://') && !content.startsWith('https://')) return null
  const from = content.indexOf('//') + 2
  let to = from
  while (to < content.length && content.charCodeAt(to) !== 47 && content.charCodeAt(to) !== 32 && content.charCodeAt(to) !== 0x203a) to++
  let host = content.slice(from, to).toLowerCase()
  if (host.startsWith('www.')) host = host.slice(4)
  return isDomain(host) ? host : null
}

/** Such a line stays short. */
const MAX_LOWER_CASE_WORDS = 8

/**
 * Labels of the link lists that aggregators print under an item (Techmeme's
 * `More:` and `Discussion:`, social handles, a post's `Tags:`): only these,
 * since `Name: Name, Name and Name` is also how a headline may read.
 */
const LINK_LIST_LABEL = /^(?:more|discussion|also|see also|related|tags|topics|filed under|categories|x|twitter|bluesky|threads|mastodon|linkedin|via|sources?|coverage)\s*:\s+/i
/** A part of such a list: a name, a domain or a handle of a few words. */
const MAX_LINK_LIST_PART_WORDS = 6

function isLinkList(content: string): boolean {
  const label = LINK_LIST_LABEL.exec(content)
  if (!label || /[.!?]$/.test(content)) return false
  const parts = content.slice(label[0].length).replaceAll(' and ', ',').replaceAll('|', ',').split(',').map((part) => part.trim())
  return parts.every((part) => part.length > 0 && countWords(part) <= MAX_LINK_LIST_PART_WORDS && !/[.!?:;]/.test(part.replace(/\.\b/g, '')))
}

/**
 * An outlet alone before a credit's end (`Semafor:`, as Techmeme prints an
 * item with no author named): a name the registry knows, a domain, or a
 * title-case name of a few words that is no section name or cue (`Rest of
 * World:`); the item under it is that outlet's.
 */
function readOutletCredit(content: string, shapes: HeaderShapes, cues: ChromeCues, isKnown: (name: string) => boolean): string | null {
  if (content.length > 60) return null
  const end = shapes.credits.ends.find((candidate) => content.endsWith(candidate))
  if (end === undefined) return null
  const name = content.slice(0, content.length - end.length).trim()
  if (name.length < 2 || countWords(name) > MAX_NAME_WORDS) return null
  if (isKnown(name) || isDomain(name)) return name
  return hasOutletShape(name) && isTitleCase(name) && !isSectionName(name, cues) && !isChromeLine(name, cues) && !isCapitalKicker(name) ? name : null
}

function isLowerCaseLink(content: string): boolean {
  if (content.length > 80 || hasAsciiCapital(content) || /[.!?…]$/.test(content) || isDomain(content)) return false
  if (content.toLowerCase() !== content || !/\p{Ll}/u.test(content)) return false
  return countWords(content) <= MAX_LOWER_CASE_WORDS
}

/** Whether text holds an ASCII capital: then it is not its own lower case, which no copy need show. */
function hasAsciiCapital(content: string): boolean {
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index)
    if (code >= 65 && code <= 90) return true
  }
  return false
}

/**
 * A table row as `innerText` gives it, cells joined by tabs (a feed
 * reader's list view: star, feed, headline, time): the headline is the
 * longest headline-like cell, the feed a short name before it, the time an
 * age cell. Glyph and chrome cells (`☆`, `Mark as read`) are passed over. A
 * row needs a headline and an outlet or age cell.
 */
function readRow(content: string, cues: ChromeCues, isKnown: (name: string) => boolean): LineParts | null {
  return readCells(content.split('\t'), 1, false, cues, isKnown)
}

/** The words a feed reader's or mail client's table heads its columns with. */
const COLUMN_HEADS = new Set(['title', 'headline', 'subject', 'date', 'published', 'updated', 'received', 'time', 'author', 'from', 'feed', 'source', 'category', 'tags', 'size', 'read', 'unread', 'flag', 'star', 'starred', '★', '☆', '#'])

/** Whether a line is a table's column heads: two or more cells joined by tabs or runs of spaces, each a column word. */
function isColumnHeads(content: string): boolean {
  if (content.length > 100) return false
  const cells = content.split(COLUMN_JOIN)
  if (cells.length < 2) return false
  for (const cell of cells) if (cell !== '' && !COLUMN_HEADS.has(cell.trim().toLowerCase())) return false
  return true
}
const COLUMN_JOIN = /\t| {2,}/

/**
 * A toolbar's row of filters (`Filter: All news    Search`, `Show: All
 * News⇥Group: By Date`, `Search:   Status: All Articles`): cells joined by
 * tabs or runs of spaces, the first a one-word label and its colon.
 */
function isLabelRow(content: string): boolean {
  if (content.length > 100) return false
  const cells = content.split(COLUMN_JOIN)
  if (cells.length < 2 || !FILTER_LABEL.test(cells[0]!)) return false
  // `Updated:  2 December 2026`, `Posted:⇥2 hours ago`: one labelled time, no toolbar.
  const labelOnly = cells[0]!.slice(cells[0]!.indexOf(':') + 1).trim() === ''
  return !(labelOnly && cells.length === 2 && isAgeLine(cells[1]!.trim()))
}
const FILTER_LABEL = /^\p{Lu}\p{Ll}{1,15}:(?: |$)/u

/** A row of buttons for one action has at least this many cells that open with its word. */
const MIN_ACTION_CELLS = 3

/** Whether a tab-joined row's cells mostly open with one word (`Share`, `Share Article via X`, …): buttons, no table row. */
function isActionRow(content: string): boolean {
  const cells = content.split('\t').map((cell) => cell.trim()).filter((cell) => cell !== '')
  if (cells.length < MIN_ACTION_CELLS) return false
  const counts = new Map<string, number>()
  for (const cell of cells) {
    const space = cell.indexOf(' ')
    const word = (space === -1 ? cell : cell.slice(0, space)).toLowerCase()
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  for (const count of counts.values()) if (count >= MIN_ACTION_CELLS && count * 2 > cells.length) return true
  return false
}

/** A key bar names at least this many keys. */
const MIN_BAR_KEYS = 3
/** One key and its action: `q:Quit`, `ENTER:Open`, `^R:Reload` (a key of at most five characters, no space). */
const KEY_ACTION = /^[^\s:]{1,5}:\p{L}/u

/** Whether a line is a terminal program's key bar: `MIN_BAR_KEYS` or more `key:Action` words, most of its words. */
function isKeyBar(content: string): boolean {
  if (content.length > 200) return false
  // A colon per key: most lines (a time's `10:30` among them) have fewer than three, and are done here.
  let colons = 0
  for (let at = content.indexOf(':'); at !== -1 && colons < MIN_BAR_KEYS; at = content.indexOf(':', at + 1)) colons++
  if (colons < MIN_BAR_KEYS) return false
  const words = content.split(' ')
  let keys = 0
  for (const word of words) if (KEY_ACTION.test(word)) keys++
  return keys >= MIN_BAR_KEYS && keys * 2 >= words.length
}

/** A columns row has at least this many cells joined by runs of spaces. */
const MIN_COLUMNS = 3

/**
 * A table row as a terminal reader prints it (Newsboat's `1 N  Dec 02  1.0K
 * Headline`), cells joined by runs of two spaces or more: as `readRow`, but
 * with at least `MIN_COLUMNS` cells and an age cell among them (a line that
 * holds two spaces by chance has neither; a time cell without a digit,
 * `Yesterday`, is not looked for), and an outlet cell only where it opens
 * with a letter (`1 N`, a row's number and flag, is none).
 */
function readColumns(content: string, cues: ChromeCues, isKnown: (name: string) => boolean): LineParts | null {
  if (!mayBeColumns(content)) return null
  const row = readCells(content.split(COLUMN_GAP), MIN_COLUMNS, true, cues, isKnown)
  return row !== null && row.age !== null ? row : null
}

/** Two spaces or more between cells. */
const COLUMN_GAP = / {2,}/

/** Whether a line may be a columns row: two gaps of two spaces or more (three cells) and a digit (its time cell's). One pass, before the split and the cells' cue tests. */
function mayBeColumns(content: string): boolean {
  let gaps = 0
  let digit = false
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index)
    if (code >= 48 && code <= 57) digit = true
    else if (code === 32 && content.charCodeAt(index + 1) === 32 && content.charCodeAt(index - 1) !== 32) gaps++
  }
  return digit && gaps >= MIN_COLUMNS - 1
}

/**
 * A row's cells read: at least `minCells` cells that are not empty, of which
 * at least two hold a letter or digit and are no chrome (a count `6.2K`, a
 * row number, a `☆`).
 */
function readCells(raw: readonly string[], minCells: number, lettered: boolean, cues: ChromeCues, isKnown: (name: string) => boolean): LineParts | null {
  const trimmed = raw.map((cell) => cell.trim()).filter((cell) => cell.length > 0)
  if (trimmed.length < minCells) return null
  const cells = trimmed.filter((cell) => /[\p{L}\p{N}]/u.test(cell) && !isChromeLine(cell, cues))
  if (cells.length < 2 || cells.length > 8) return null
  let title = -1
  for (const [index, cell] of cells.entries()) {
    if (countWords(cell) >= 2 && isHeadlineText(cell) && !isAgeLine(cell) && (title === -1 || cell.length > cells[title]!.length)) title = index
  }
  // `The Globe and Mail ⇥ 09:12`: a known outlet and its time are a header, no row with a headline.
  if (title === -1 || isKnown(cells[title]!)) return null
  let outlet: string | null = null
  let age: string | null = null
  let byline: string | null = null
  for (const [index, cell] of cells.entries()) {
    if (index === title) continue
    if (age === null && isAgeLine(cell)) age = cell
    else if (outlet === null && index < title && (!lettered || /^\p{L}/u.test(cell)) && hasOutletShape(cell) && (isKnown(cell) || isDomain(cell) || isTitleCase(cell))) outlet = cell
    // An author column after the title (`Title ⇥ Date ⇥ Author`): one or two people's names.
    else if (byline === null && index > title && !isKnown(cell) && isBareByline(cell) && !isSectionName(cell, cues) && !placeOf(cell)) byline = cell
  }
  if (outlet === null && age === null) return null
  return {outlet, age, byline, shape: ROW_SHAPE, title: stripMarker(cells[title]!), tail: 'known'}
}

/** `Outlet · label` where the label is a chrome cue (a bias rating): the outlet's name, or `null`. */
function readLabelledName(content: string, cues: ChromeCues): string | null {
  if (content.length > 80) return null
  for (const join of [' · ', ' • ', ' | ']) {
    const at = content.lastIndexOf(join)
    if (at <= 0) continue
    const name = content.slice(0, at).trim()
    const label = content.slice(at + join.length).trim()
    if (label.length > 0 && isChromeLine(label, cues) && hasOutletShape(name) && countWords(name) <= MAX_NAME_WORDS && isTitleCase(name) && !isChromeLine(name, cues)) return name
  }
  return null
}

/** Two or three times joined (`Published … | Updated …`): the first, when every part is a time. */
function readAgeList(content: string): string | null {
  for (const join of [' | ', ' · ', ' • ']) {
    if (!content.includes(join)) continue
    const parts = content.split(join).map((part) => part.trim())
    if (parts.length < 2 || parts.length > 3) continue
    if (parts.every((part) => isAgeLine(part))) return parts[0]!
  }
  return null
}

/** Kickers in capitals (`INDIANAPOLIS`, `LOCAL NEWS`): at least this many letters when one word (`KTLA` may be an outlet). */
const MIN_CAPITAL_KICKER = 6

function isCapitalKicker(text: string): boolean {
  if (text.length > 40 || text.toUpperCase() !== text || !/^[\p{Lu} &'-]+$/u.test(text)) return false
  const words = countWords(text)
  return words <= 3 && (words >= 2 || text.length >= MIN_CAPITAL_KICKER)
}

/**
 * A blog or Slashdot-like post line: `Posted by EditorDavid on Tuesday
 * December 01, 2026 @05:08PM from the follow-the-money dept.`, `Posted on
 * May 3, 2026 by admin`. Its time is read; the poster is a submitter, no byline.
 */
function readPostedLine(content: string): LineParts | null {
  if (content.length > 200) return null
  // Only `P` lower-cases to `p`: most lines fail here, before a lower-case copy is made.
  const first = content.charCodeAt(0)
  if (first !== 80 && first !== 112) return null
  const lower = content.toLowerCase()
  if (!lower.startsWith('posted ')) return null
  let at = 7
  if (lower.startsWith('by ', at)) {
    const space = lower.indexOf(' ', at + 3)
    if (space === -1) return null
    at = space + 1
  }
  if (!lower.startsWith('on ', at) && !lower.startsWith('at ', at)) return null
  let end = content.length
  const department = lower.indexOf(' from the ', at)
  if (department !== -1) end = department
  const poster = lower.indexOf(' by ', at)
  if (poster !== -1 && poster < end) end = poster
  const age = content.slice(at + 3, end).trim()
  if (age.length < 4 || age.length > 60 || !mayBeTime(age)) return null
  return {outlet: null, age, byline: null, shape: 'posted by'}
}

function classifyLine(context: ClassifyContext, line: Line, index: number, parts: Map<number, LineParts>, isKnown: (name: string) => boolean): LineClassCode {
  if (isBlank(line)) return LineClass.blank
  const length = line.contentEnd - line.contentStart
  const {text} = context
  if (length > MAX_EXCERPT_LINE) return isCaptionStart(text, line) ? LineClass.caption : LineClass.prose
  const content = text.slice(line.contentStart, line.contentEnd)
  // `Headline  —  excerpt` (Techmeme): a headline that carries its first paragraph.
  const joins = context.shapes.excerptJoins
  const marks = joins.length === 0 ? joins : excerptMarksOf(joins)
  for (let kind = 0; kind < joins.length; kind++) {
    const join = joins[kind]!
    // A line without the join's last character that is no space (`—`) holds no join:
    // one fast search for a rare character, where a search for the join stops at every space.
    const mark = marks[kind]!
    if (mark !== '' && !content.includes(mark)) continue
    const at = content.indexOf(join)
    if (at > 0 && isHeadlineText(content.slice(0, at).trim()) && countWords(content.slice(0, at)) <= MAX_HEADLINE_WORDS) {
      parts.set(index, {outlet: null, age: null, byline: null, shape: EXCERPT_SHAPE, title: content.slice(0, at).trim()})
      return LineClass.headline
    }
  }
  if (length <= 5 && isSeparatorText(content)) return LineClass.separator
  // A line with no letter or digit: a rule (`———————`, `* * * * *`, `────`), or controls (`✓  ✗  ↑  ↓`, `⋯`): no text of the page.
  if (!LETTER_OR_DIGIT.test(content)) return RULE_CHARACTERS.test(content) ? LineClass.separator : LineClass.chrome
  if (length > MAX_SHORT_LINE) return isCaptionStart(text, line) ? LineClass.caption : LineClass.prose
  // A table's column heads (`Title⇥Date⇥Author`, `★⇥Title⇥Author⇥Published`): chrome.
  if ((content.includes('\t') || content.includes('  ')) && (isColumnHeads(content) || isLabelRow(content))) return LineClass.chrome
  // A table row (`☆ ⇥ The Banner ⇥ Stars gear up for Bafta ⇥ 01/12/2026 23:24`): cells joined by tabs.
  if (content.includes('\t')) {
    // `Share ⇥ Share Article via Facebook ⇥ Share Article via X ⇥ …`: a row of one action's buttons.
    if (isActionRow(content)) return LineClass.chrome
    const row = readRow(content, context.cues, isKnown)
    if (row) {
      parts.set(index, row)
      return LineClass.headline
    }
  } else if (content.includes('  ')) {
    // A terminal reader's fixed columns (`1 N  Dec 02  1.0K  Half of UK's mobiles 'go online'`): cells joined by runs of spaces.
    const row = readColumns(content, context.cues, isKnown)
    if (row) {
      parts.set(index, row)
      return LineClass.headline
    }
  }
  if (isChromeLine(content, context.cues)) return isSponsorLine(content) ? LineClass.sponsor : LineClass.chrome
  // A terminal program's key bar (`q:Quit ENTER:Open n:Next Unread ?:Help`).
  if (isKeyBar(content)) return LineClass.chrome
  // A card's field line (`3 Likes  1 Comments  Share`, `12 points \ 4 comments \ @reader42 3h`): counts, handles and an age.
  const fields = readFieldLine(content, context.cues)
  if (fields !== null) {
    if (fields.kind === 'chrome') return LineClass.chrome
    parts.set(index, fields.parts)
    return fields.kind === 'meta' ? LineClass.meta : isKnown(fields.parts.outlet!) ? LineClass.outlet : LineClass.name
  }
  const first = content.charCodeAt(0)
  // Digits open points lines, ages and numbered headlines.
  if ((first >= 48 && first <= 57) || first === 97 || first === 98 || first === 112 || first === 118 || isVoteGlyph(first)) {
    const meta = readMetaLine(content)
    if (meta) {
      parts.set(index, meta)
      return LineClass.meta
    }
  }
  if (first === 115) {
    const submitted = readSubmittedLine(content)
    if (submitted) {
      parts.set(index, submitted)
      return LineClass.meta
    }
  }
  // `5 hours ago · Miami Herald`, `23 hours ago · By Maria Iverson`: the time
  // normaliser reads the age at the start and would take the whole line.
  // Asked once: the age test and the one-line header shapes both need a digit
  // or a time word, and a line no longer than either.
  const timeLike = length <= MAX_ONE_LINE_HEADER && mayBeTime(content)
  if (timeLike && isTimeLikeAgeLine(content)) {
    const joined = HEADER_JOIN.test(content) ? readOneLineHeader(content, context.shapes, context.cues) : null
    if (joined) {
      parts.set(index, joined)
      return LineClass.outletAge
    }
    parts.set(index, {outlet: null, age: content, byline: null, shape: 'age'})
    return LineClass.age
  }
  // `PUBLISHED: December 1, 2026 at 3:02 PM | UPDATED: …`: the first time printed.
  const firstAge = HEADER_JOIN.test(content) ? readAgeList(content) : null
  if (firstAge !== null) {
    parts.set(index, {outlet: null, age: firstAge, byline: null, shape: 'age | age'})
    return LineClass.age
  }
  const posted = readPostedLine(content)
  if (posted) {
    parts.set(index, posted)
    return LineClass.meta
  }
  if (isCreditLine(content)) {
    parts.set(index, {outlet: content, age: null, byline: null, shape: 'credit line'})
    return LineClass.outlet
  }
  const ends = bylineEndsOf(context.shapes)
  const byline =
    (ends.starts === null || ends.starts.has(content.charCodeAt(0)) ? readByline(content, context.shapes, context.cues, isKnown) : null) ??
    (ends.lasts === null || ends.lasts.has(content.charCodeAt(length - 1)) ? readCredit(content, context.shapes, context.cues) : null)
  if (byline) {
    parts.set(index, byline)
    return LineClass.byline
  }
  // `NHK World · Nils Castellanos`: a known outlet and its author.
  const outletByline = content.includes('·') || content.includes('|') || content.includes('•') ? readOutletByline(content, isKnown, context.cues) : null
  if (outletByline) {
    parts.set(index, outletByline)
    return LineClass.byline
  }
  // `from Newsroom by Hamish Quispe` under a post: the feed and its author.
  const feedSource = content.charCodeAt(0) === 102 ? readFeedSource(content, isKnown, context.cues) : null
  if (feedSource) {
    parts.set(index, feedSource)
    return LineClass.byline
  }
  // `Semafor:` above a headline (Techmeme prints the outlet alone when no author is named).
  const creditedOutlet = readOutletCredit(content, context.shapes, context.cues, isKnown)
  if (creditedOutlet !== null) {
    parts.set(index, {outlet: creditedOutlet, age: null, byline: null, shape: 'credit'})
    return LineClass.byline
  }
  const header = timeLike && mayBeOneLineHeader(content, context.shapes) ? readOneLineHeader(content, context.shapes, context.cues) : null
  if (header) {
    parts.set(index, header)
    return LineClass.outletAge
  }
  // A result's address (`https://www.theguardian.com › world › …`): its site.
  const host = readUrlHost(content)
  if (host !== null) {
    parts.set(index, {outlet: host, age: null, byline: null, shape: 'address'})
    return LineClass.outlet
  }
  // `Source: AFP` under a card's snippet: the item's outlet, where the registry knows the name (a photo's credit
  // names an agency too, but a caption line says what the picture shows).
  const sourced = content.length <= MAX_SOURCE_LINE && SOURCE_LABEL.test(content) ? content.slice(content.indexOf(':') + 1).trim() : null
  if (sourced !== null && isKnown(sourced)) {
    parts.set(index, {outlet: sourced, age: null, byline: null, shape: 'source: outlet'})
    return LineClass.outlet
  }
  if (isCaption(content)) return LineClass.caption
  // No capital letter anywhere (`port strike negotiations`, `popular -all -random`):
  // a search query, a tag or a link of the page's own, never a headline.
  if (isLowerCaseLink(content)) return LineClass.chrome
  // `More: Engadget, CNET and 9to5Google`, `X: @karaswisher, @mims`: a list of links under an item.
  if (isLinkList(content)) return LineClass.chrome
  // A headline tagged as an ad (`Ship faster with Acme (Sponsor)`, `[Sponsored] …`).
  if (mayBeSponsorTag(content) && SPONSOR_TAG.test(content)) return LineClass.sponsor
  // A newsletter's section heading opens with an emoji (`🚀 Headlines & Launches`).
  if (isEmojiHeading(content)) return LineClass.chrome
  // A feed name with its unread count (`NPR (6)`, `The Guardian 18`): the name is the outlet.
  const counted = readCountedName(content)
  // A join inside the name (`Al Jazeera – Breaking News (31)`) is no word of it.
  // A group of a list by date (`Today (5)`, `Yesterday (4)`) is no feed: the list's chrome.
  if (counted !== null && isAgeLine(counted)) return LineClass.chrome
  if (counted !== null && hasOutletShape(counted) && countWords(counted.replace(NAME_JOIN, ' ')) <= MAX_NAME_WORDS && isTitleCase(counted)) {
    parts.set(index, {outlet: counted, age: null, byline: null, shape: 'outlet (count)'})
    return isKnown(counted) ? LineClass.outlet : LineClass.name
  }
  // An outlet with a label after it (`The Federalist · Lean Right`): the label is chrome.
  const labelled = readLabelledName(content, context.cues)
  if (labelled !== null) {
    parts.set(index, {outlet: labelled, age: null, byline: null, shape: 'outlet · label'})
    return isKnown(labelled) ? LineClass.outlet : LineClass.name
  }
  // A list marker (`1.`, `•`) says nothing of what the line is.
  const unmarked = stripMarker(content)
  const words = countWords(unmarked)
  // Without a marker the line is already known to be no chrome, age or credit line.
  if (unmarked === content ? hasOutletShape(unmarked) : isOutletLine(unmarked, context.cues)) {
    // `X  Facebook  LINE`, `Europe   Diplomacy   Economy`: a share row's or a tag row's labels, no name.
    if (isMenuBar(content)) return LineClass.chrome
    // A section name or kicker (`World`, `Tech`, `NEW`) above a headline: a name, never an outlet.
    if (isSectionName(unmarked, context.cues) || (isCapitalKicker(unmarked) && !isKnown(unmarked))) {
      parts.set(index, {outlet: null, age: null, byline: null, shape: 'kicker'})
      return LineClass.name
    }
    if (isKnown(unmarked) || isDomain(unmarked)) {
      parts.set(index, {outlet: unmarked, age: null, byline: null, shape: 'outlet'})
      return LineClass.outlet
    }
    if (words <= MAX_NAME_WORDS && !/[.!?…"”’]$/.test(unmarked)) {
      // A name is capitalised (`Harbour Notes`); a heading in sentence case (`More debates`, `Other stories`) names no outlet.
      // …and holds no clock (`VIDEO02:14`, a video's length).
      parts.set(index, {outlet: isTitleCase(unmarked) && !CLOCK.test(unmarked) ? unmarked : null, age: null, byline: null, shape: 'outlet'})
      // A headline of three or four words stays a headline when it reads as one (`Markets fall again`).
      if (words <= 2 || isTitleCase(unmarked)) return LineClass.name
    }
  }
  if (words >= 2 && words <= MAX_HEADLINE_WORDS && isHeadlineText(unmarked)) {
    // `Singapore  Asia  World  Business  Sport`: a menu bar's labels joined by runs of spaces, never a headline.
    if (isMenuBar(content)) return LineClass.chrome
    // `Submitted 41 minutes ago by rahman to /f/news`: a post's field line, with its age inside.
    const inlineAge = timeLike ? readInlineAge(content) : null
    if (inlineAge !== null) {
      // `Reuters - 1 hour ago` joined by no-break spaces, which the header shapes do not read: the name is the outlet.
      const at = content.lastIndexOf(inlineAge)
      const named = isJoinBefore(content, at) ? trimTrailingJoin(content.slice(0, at)) : ''
      if (named !== '' && hasOutletShape(named) && (isKnown(named) || isTitleCase(named)) && countWords(named) <= MAX_NAME_WORDS) {
        parts.set(index, {outlet: named, age: inlineAge, byline: null, shape: 'outlet - age'})
        return LineClass.outletAge
      }
      parts.set(index, {outlet: null, age: inlineAge, byline: null, shape: 'inline age'})
      return LineClass.meta
    }
    // `to  news politics us  … saved by 1432 other people`: a lower-case start and a count, a bookmark's field line.
    if (isLowerCaseStart(content) && COUNTED_WORDS.test(content)) return LineClass.chrome
    const headline = readHeadline(content, isKnown)
    parts.set(index, headline)
    return LineClass.headline
  }
  return LineClass.prose
}

/** By the `excerptJoins` list, as the line memo keys its answers (see `lineMemoOf`). */
const excerptMarks = new WeakMap<HeaderShapes['excerptJoins'], readonly string[]>()

/** The last character of each excerpt join that is no space (`''` for a join of spaces only): a line without it holds no such join. */
function excerptMarksOf(joins: HeaderShapes['excerptJoins']): readonly string[] {
  let marks = excerptMarks.get(joins)
  if (marks === undefined) {
    marks = joins.map((join) => {
      const trimmed = join.trimEnd()
      return trimmed === '' ? '' : trimmed.charAt(trimmed.length - 1)
    })
    excerptMarks.set(joins, marks)
  }
  return marks
}

/**
 * The first code units of the byline prefixes and the last of the credit
 * ends: a line with neither is no byline or credit. `null` when an empty
 * prefix or end fits every line.
 */
interface BylineEnds {
  starts: ReadonlySet<number> | null
  lasts: ReadonlySet<number> | null
}

/** By the `bylines` and `credits` objects, as the line memo keys its answers (see `lineMemoOf`). */
const bylineEnds = new WeakMap<HeaderShapes['bylines'], WeakMap<HeaderShapes['credits'], BylineEnds>>()

function bylineEndsOf(shapes: HeaderShapes): BylineEnds {
  let byCredits = bylineEnds.get(shapes.bylines)
  if (byCredits === undefined) bylineEnds.set(shapes.bylines, (byCredits = new WeakMap()))
  let ends = byCredits.get(shapes.credits)
  if (ends === undefined) {
    const {prefixes} = shapes.bylines
    const credits = shapes.credits.ends
    ends = {
      starts: prefixes.includes('') ? null : new Set(prefixes.map((prefix) => prefix.charCodeAt(0))),
      lasts: credits.includes('') ? null : new Set(credits.map((end) => end.charCodeAt(end.length - 1)))
    }
    byCredits.set(shapes.credits, ends)
  }
  return ends
}

/**
 * The shape prefilter before `readOneLineHeader`, which most short lines
 * (headlines) reach: `false` only where it would find no header. A header
 * needs a digit or a time word (`mayBeTime`, which a caller may have asked
 * already), and one of the shapes' joins in the line, or, for a
 * space-joined shape, a digit in the words its age can take (the last or
 * first one to three). It allocates nothing.
 *
 * @param content
 *   Trimmed line.
 * @param shapes
 *   Header shapes.
 */
export function mayBeOneLineHeader(content: string, shapes: HeaderShapes): boolean {
  const length = content.length
  if (length < MIN_ONE_LINE_HEADER || length > MAX_ONE_LINE_HEADER) return false
  const {joins, ageLast, ageFirst} = joinsOf(shapes)
  if ((ageLast && hasDigitInLastWords(content)) || (ageFirst && hasDigitInFirstWords(content))) return true
  if (!joins.some((join) => content.includes(join))) return false
  return mayBeTime(content)
}

/** The joins of a set of shapes, each once, and whether a space-joined shape puts its age last or first. */
interface ShapeJoins {
  joins: readonly string[]
  ageLast: boolean
  ageFirst: boolean
}

/** By the `oneLine` list, as the line memo keys its answers (see `lineMemoOf`): a caller swaps the list, not its contents. */
const shapeJoins = new WeakMap<HeaderShapes['oneLine'], ShapeJoins>()

function joinsOf(shapes: HeaderShapes): ShapeJoins {
  let known = shapeJoins.get(shapes.oneLine)
  if (known === undefined) {
    const joins = new Set<string>()
    let ageLast = false
    let ageFirst = false
    for (const shape of shapes.oneLine) {
      for (const join of shape.joins) {
        if (join !== ' ') joins.add(join)
        else if (shape.order[0] === 'outlet') ageLast = true
        else ageFirst = true
      }
    }
    known = {joins: [...joins], ageLast, ageFirst}
    shapeJoins.set(shapes.oneLine, known)
  }
  return known
}

/** Whether the last `MAX_SPACED_AGE_WORDS` space-separated words of a line (all but its first, when it has fewer) hold a digit. */
function hasDigitInLastWords(content: string): boolean {
  let from = content.length
  for (let spaces = 0; spaces < MAX_SPACED_AGE_WORDS; spaces++) {
    const space = content.lastIndexOf(' ', from - 1)
    if (space === -1) break
    from = space
  }
  // No space: a line of one word has no split.
  if (from === content.length) return false
  return hasDigitIn(content, from, content.length)
}

/** Whether the first `MAX_SPACED_AGE_WORDS` space-separated words of a line (all but its last, when it has fewer) hold a digit. */
function hasDigitInFirstWords(content: string): boolean {
  let to = -1
  for (let spaces = 0; spaces < MAX_SPACED_AGE_WORDS; spaces++) {
    const space = content.indexOf(' ', to + 1)
    if (space === -1) break
    to = space
  }
  if (to === -1) return false
  return hasDigitIn(content, 0, to)
}

/**
 * Whether a short line only separates items: dashes, bullets, asterisks,
 * bars, or an item number of its own (`1.`, as Hacker News prints it).
 *
 * @param content
 *   Trimmed line.
 */
export function isSeparatorText(content: string): boolean {
  return /^(?:[-–—•*|·_=~]{1,3}|\* \* \*|- - -|\d{1,3}\.)$/.test(content)
}

/**
 * A link aggregator's item line: `123 points by pg 2 hours ago | hide | 45
 * comments`, `12 points by jdoe 3 hours ago | 4 comments`, `▲ 25 and 2 ▼
 * posted by jsmaster 3 hours ago 18 comments`. Its age is read; the
 * submitter is no byline.
 */
function readMetaLine(content: string): LineParts | null {
  if (content.length > 200) return null
  const votes = VOTES.exec(content)
  const rest = votes === null ? content : content.slice(votes[0].length)
  const match = /^(?:\d{1,6} points? )?(?:posted by|by|via|authored by) \S{1,40} (.{1,40}? ago)(?: \||$| \d)/.exec(rest)
  if (!match) return null
  return {outlet: null, age: match[1]!, byline: null, shape: 'points by'}
}

/** A vote count before an aggregator's item line: `▲ 25 and 2 ▼ `, `▲ 88 `, `↑ 12 `. */
const VOTES = /^[▲△⬆↑]\uFE0F? ?\d{1,6}(?: and \d{1,6} ?[▼▽⬇↓]\uFE0F?)? /

/** Whether a line opens with an up-vote glyph (see `VOTES`). */
function isVoteGlyph(code: number): boolean {
  return code === 0x25b2 || code === 0x25b3 || code === 0x2b06 || code === 0x2191
}

/** Reddit's `submitted 5 hours ago by user to r/news`: its age; the submitter is no byline. */
function readSubmittedLine(content: string): LineParts | null {
  if (content.length > 200) return null
  if (!content.startsWith('submitted ')) return null
  const by = content.indexOf(' by ', 10)
  if (by === -1) return null
  const age = content.slice(10, by)
  if (!isAgeLine(age)) return null
  return {outlet: null, age, byline: null, shape: 'submitted by'}
}

/** Whether a line can be a headline: ends no sentence with a period, holds letters. */
function isHeadlineText(content: string): boolean {
  if (content.length > MAX_HEADLINE_LENGTH) return false
  const last = content.charAt(content.length - 1)
  // Two sentences are a snippet: `… to be on hold. Earlier this week …`.
  if (/[a-z]{2}[.!?] [A-Z]/.test(content)) return false
  if (content.endsWith('[…]') || content.endsWith('[...]')) return false
  if (last === '.' && !content.endsWith('...') && !/(?:^|\s)(?:[A-Z]\.){1,3}$/.test(content)) return false
  // A quoted sentence (`ABC News reports: "… gadgets."`) is a summary, not a headline.
  if (/\.["'”’]$/.test(content)) return false
  if (last === ',' || last === ';' || last === ':') return false
  // A long question is a sentence of a body, not a headline.
  if (last === '?' && countWords(content) > MAX_QUESTION_WORDS) return false
  // Ellipses end snippets, not headlines.
  if (last === '…' || content.endsWith('...')) return false
  // A line that stops on `and` or `the` was cut off mid-sentence.
  if (DANGLING_END.test(content)) return false
  return /\p{L}/u.test(content)
}

const DANGLING_END = /\s(?:and|or|but|the|a|an|of|to|in|with|for|that|which|on|at|by|from|as|is|was|were|are|who)$/

/**
 * A list marker: a number, a bullet or dash, or a bullet glyph that chat
 * apps type (geometric shapes `▪ ● ◆`, arrows `→ ➤ ➡`, check marks `✓ ✔`,
 * with the emoji presentation selector U+FE0F they are often sent with), or
 * a notes app's checkbox (`☐ ☑ ☒ ✅`: a to-read list).
 */
const MARKER = /^(?:\d{1,3}[.)]|[•*·▪►–—-]\uFE0F?|[\u2190-\u21FF\u25A0-\u25FF\u2610-\u2612\u2705\u2713\u2714\u2794-\u27BF]\uFE0F?)\s+/

/**
 * A line without its list marker (`1. `, `• `, `* `), when something is left.
 *
 * @param line
 *   Trimmed line.
 */
export function stripMarker(line: string): string {
  const marker = MARKER.exec(line)
  return marker && line.length > marker[0].length + 2 ? line.slice(marker[0].length) : line
}
/** A name in brackets at a line's end (`… (Reuters)`, `… fee. (The Japan Times)`). */
export const PAREN_TAIL = /\s\(([^()]{2,60})\)$/
/** The words a link aggregator prints before a site in brackets (`(at reuters.com)`, `(via nytimes.com)`). */
const SITE_WORDS = new Set(['at', 'via', 'from', 'on'])
const READING_TIME_TAIL = /\s[([]\d{1,3}[ -]min(?:ute)?s?(?: read)?[)\]]$/i
const TAIL_JOINS = [' - ', ' – ', ' — ', ' | ', ' / ']

/**
 * A headline line: drop a list marker (`1.`, `•`, `*`) and read a trailing
 * outlet (`(reuters.com)`, `- Reuters`, `| The Guardian`). A parenthesised
 * domain or a known outlet is taken; any other tail is a candidate that a
 * layout rule takes when many lines of the dump carry one.
 */
export function readHeadline(content: string, isKnown: (name: string) => boolean): LineParts {
  let title = content
  const marker = MARKER.exec(title)
  if (marker && title.length > marker[0].length + 2) title = title.slice(marker[0].length)
  // Markdown pasted raw (a notes app, a chat): `[Headline](https://…)` is the headline.
  let linked: string | null = null
  if (title.charCodeAt(0) === 91) {
    const link = MARKDOWN_LINK.exec(title)
    if (link) {
      linked = link[1]!.trim()
      title = linked + title.slice(link[0].length)
    }
  }
  // A title is text the line prints: the link's text with what follows it is not, where more follows than a taken tail (the link's text alone is).
  const printed = (head: string): string => (linked === null || content.includes(head) ? head : linked)
  // A newsletter's reading time after the headline (`… (6 minute read)`) is no part of it.
  // Both tails close a bracket: most headlines skip the two searches.
  const reading = endsWithBracket(title) ? READING_TIME_TAIL.exec(title) : null
  if (reading && reading.index > 0) title = title.slice(0, reading.index).trimEnd()
  const paren = endsWithBracket(title) ? PAREN_TAIL.exec(title) : null
  if (paren) {
    let name = paren[1]!
    let age: string | null = null
    // `Headline (Futurism, 6h)`: the outlet and the age in one bracket.
    const comma = name.lastIndexOf(', ')
    if (comma > 0 && isAgeLine(name.slice(comma + 2))) {
      age = name.slice(comma + 2)
      name = name.slice(0, comma)
    }
    const head = unwrapEmphasis(title.slice(0, paren.index).trim())
    name = unwrapEmphasis(name)
    // `Headline (Ingrid Varga / Politico)`: the writer and the outlet, as Techmeme credits them.
    const slash = name.indexOf(' / ')
    if (slash > 0 && countWords(head) >= 2) {
      const writer = name.slice(0, slash).trim()
      const outlet = name.slice(slash + 3).trim()
      if (isBareByline(writer) && (isKnown(outlet) || isDomain(outlet) || (countWords(outlet) <= MAX_NAME_WORDS && isTitleCase(outlet)))) {
        return {outlet, age, byline: writer, shape: 'headline (byline / outlet)', title: printed(head), tail: isKnown(outlet) || isDomain(outlet) ? 'known' : 'candidate'}
      }
    }
    // `Headline (at reuters.com)`, `(via nytimes.com)`: the site, after its word.
    const space = name.indexOf(' ')
    if (space > 0 && space <= 4 && SITE_WORDS.has(name.slice(0, space)) && isDomain(name.slice(space + 1))) name = name.slice(space + 1)
    if (isDomain(name) || isKnown(name)) return {outlet: name, age, byline: null, shape: 'headline (outlet)', title: printed(head), tail: 'known'}
    if (countWords(head) >= 2 && countWords(name) <= 6 && isTitleCase(name) && !/[.!?]$/.test(name)) {
      return {outlet: name, age, byline: null, shape: 'headline (outlet)', title: printed(head), tail: age === null ? 'candidate' : 'known'}
    }
  }
  // `Al Jazeera: US crude prices surge`, `The Hill – Heavy rains…`: a known outlet before the headline, unless one
  // after it is known too (`Fox News - Network settles Dominion suit - Reuters`: the page's form is the tail).
  const prefix = readOutletPrefix(title, isKnown)
  if (prefix !== null && !hasKnownTail(title, isKnown)) return {outlet: prefix.outlet, age: null, byline: null, shape: `outlet${prefix.join}headline`, title: printed(prefix.head), tail: 'known'}
  for (const join of TAIL_JOINS) {
    const at = title.lastIndexOf(join)
    if (at <= 0) continue
    let name = unwrapEmphasis(title.slice(at + join.length).trim())
    const head = unwrapEmphasis(title.slice(0, at).trim())
    // `Headline — Outlet, 2 Dec`: the outlet and the date the list gives it.
    let age: string | null = null
    const comma = name.lastIndexOf(', ')
    if (comma > 0 && isAgeLine(name.slice(comma + 2))) {
      age = name.slice(comma + 2)
      name = name.slice(0, comma)
    }
    if (name.length === 0 || name.length > 60 || countWords(name) > 6 || countWords(head) < 2) continue
    if (isDomain(name) || isKnown(name)) {
      return {outlet: name, age, byline: null, shape: `headline${join}outlet`, title: printed(head), tail: 'known'}
    }
    if (isTitleCase(name) && !/[.!?]$/.test(name)) {
      return {outlet: name, age, byline: null, shape: `headline${join}outlet`, title: printed(head), tail: 'candidate'}
    }
  }
  return {outlet: null, age: null, byline: null, shape: 'headline', title: printed(unwrapEmphasis(title))}
}

/** A clock time (`02:14`, `9:14`). */
const CLOCK = /\d:\d\d/

/** A `Source: Outlet` line is short. */
const MAX_SOURCE_LINE = 60
const SOURCE_LABEL = /^(?:source|via|from):\s/i

/** Whether a line opens with two lower-case ASCII letters (`to news…`, not `iPhone`): no headline does. */
function isLowerCaseStart(content: string): boolean {
  const first = content.charCodeAt(0)
  const second = content.charCodeAt(1)
  return first >= 97 && first <= 122 && second >= 97 && second <= 122
}

/** Units of an age counted back that a headline does not print with a figure and `ago`. */
const SHORT_AGO_UNITS = new Set(['s', 'sec', 'secs', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days'])
/** Longer units, which a headline may print (`20 years ago`): only a post's line prints them before ` by ` (`Submitted 3 months ago by moderator`). */
const LONG_AGO_UNITS = new Set(['week', 'weeks', 'month', 'months', 'year', 'years'])

/**
 * The age inside a field line that the line's other readers did not take
 * (`Submitted 41 minutes ago by rahman to /f/news`, `saved by 143 · first
 * by freya3 18 minutes ago`): an age counted back from now in minutes,
 * hours or days, in a part that says who or what did it (` by `, a post's
 * verb right before the age, a header's join). A headline may count back
 * too (`Hiker who vanished 3 days ago found alive`) and is left alone. A
 * part that is the age alone (`Hindustan Times  ·  6h ago  ·  9 comments`)
 * is left to the field-shape rule, which reads the line's outlet too.
 */
function readInlineAge(content: string): string | null {
  if (!content.includes(' ago')) return null
  for (const part of joinedParts(content)) {
    const age = findAgo(part)
    if (age === null || age === part) continue
    // A post's line says who did it (`… by rahman`, `first by freya3 …`) or what (`Submitted 41 minutes ago`); a
    // headline may count back too (`Hiker who vanished 3 days ago found alive`).
    const at = part.indexOf(age)
    if (part.includes(' by ') || part.startsWith('by ') || POST_VERBS.has(wordBefore(part, at).toLowerCase()) || isJoinBefore(part, at)) return age
  }
  return null
}

/** Whether the last character before offset `at` that is no space is a header's join (`Reuters - 1 hour ago` with no-break spaces). */
function isJoinBefore(text: string, at: number): boolean {
  let index = at - 1
  while (index >= 0 && isWhitespace(text.charCodeAt(index))) index--
  return index > 0 && isHeaderJoinCode(text.charCodeAt(index))
}

/** `-` `–` `—` `·` `•` `|`: the characters a one-line header joins its parts with. */
function isHeaderJoinCode(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014 || code === 0xb7 || code === 0x2022 || code === 124
}

/** A name without the header's join and the spaces around it at its end (`Reuters - ` → `Reuters`). */
function trimTrailingJoin(text: string): string {
  let end = text.length
  while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) end--
  if (end > 0 && isHeaderJoinCode(text.charCodeAt(end - 1))) end--
  while (end > 0 && isWhitespace(text.charCodeAt(end - 1))) end--
  return text.slice(0, end)
}

/** The verbs a post's field line puts right before its age (`Submitted 41 minutes ago`, `posted 2 hours ago`). */
const POST_VERBS = new Set(['submitted', 'posted', 'shared', 'saved', 'added', 'updated', 'published', 'edited', 'created', 'modified', 'commented', 'replied', 'answered', 'asked', 'bookmarked'])

/** The word right before offset `at` of `text` (`''` at its start). */
function wordBefore(text: string, at: number): string {
  const end = text.lastIndexOf(' ', at - 1) === at - 1 ? at - 1 : at
  const start = text.lastIndexOf(' ', end - 1) + 1
  return text.slice(start, end)
}

/** The parts of a line joined by a tab, a run of spaces or a spaced `·`, `•` or `|`. */
function joinedParts(content: string): string[] {
  const parts: string[] = []
  let start = 0
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index)
    let width = 0
    if (code === 9) width = 1
    else if (isWhitespace(code)) {
      const next = content.charCodeAt(index + 1)
      if (isWhitespace(next)) {
        width = 2
        while (isWhitespace(content.charCodeAt(index + width))) width++
      } else if ((next === 0xb7 || next === 0x2022 || next === 124) && isWhitespace(content.charCodeAt(index + 2))) width = 3
    }
    if (width === 0) continue
    parts.push(content.slice(start, index).trim())
    index += width - 1
    start = index + 1
  }
  parts.push(content.slice(start).trim())
  return parts
}

/** `41 minutes ago`, `3h ago` inside text (a figure of one to three digits after a space or the start), or `null`. */
function findAgo(text: string): string | null {
  for (let at = text.indexOf(' ago'); at !== -1; at = text.indexOf(' ago', at + 1)) {
    const end = at + 4
    if (end < text.length && isWordCode(text.charCodeAt(end))) continue
    let unitStart = at
    while (unitStart > 0 && isAsciiLetterCode(text.charCodeAt(unitStart - 1))) unitStart--
    const unit = text.slice(unitStart, at).toLowerCase()
    const long = LONG_AGO_UNITS.has(unit)
    if (!long && !SHORT_AGO_UNITS.has(unit)) continue
    let digitsEnd = unitStart
    if (digitsEnd > 0 && text.charCodeAt(digitsEnd - 1) === 32) digitsEnd--
    let digitsStart = digitsEnd
    while (digitsStart > 0 && isDigitCode(text.charCodeAt(digitsStart - 1))) digitsStart--
    const digits = digitsEnd - digitsStart
    if (digits === 0 || digits > 3 || (digitsStart > 0 && !isWhitespace(text.charCodeAt(digitsStart - 1)))) continue
    if (long && !text.startsWith(' by ', end)) continue
    return text.slice(digitsStart, end)
  }
  return null
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

function isWordCode(code: number): boolean {
  return isDigitCode(code) || isAsciiLetterCode(code) || (code > 127 && LETTER_OR_DIGIT.test(String.fromCharCode(code)))
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** The characters a separator rule is drawn with. */
const RULE_CHARACTERS = /^[-–—•*|·_=~\s\u2500-\u257f]+$/

/** Whether a headline ends with a join and a name the registry knows or a host (` - Reuters`). */
function hasKnownTail(title: string, isKnown: (name: string) => boolean): boolean {
  for (const join of TAIL_JOINS) {
    const at = title.lastIndexOf(join)
    if (at <= 0) continue
    const name = unwrapEmphasis(title.slice(at + join.length).trim())
    if (name.length > 0 && name.length <= 60 && (isDomain(name) || isKnown(name))) return true
  }
  return false
}

/** The joins between an outlet and the headline it prints before (`Reuters – …`, `NPR: …`). */
const PREFIX_JOINS = [': ', ' – ', ' — ', ' - ', ' | ']
/** An outlet before a headline is at most this long… */
const MAX_PREFIX_LENGTH = 40
/** …and the headline after it has at least this many words. */
const MIN_PREFIXED_WORDS = 3

/**
 * A known outlet or a host name printed before the headline with a join
 * (`Al Jazeera: US crude prices surge above $53`, `The Hill – Heavy rains
 * collapse…`, `reuters.com | …`): the outlet, the join and the headline.
 * A kicker (`Analysis: …`, `Live: …`) is no outlet and stays in the title;
 * so does a name of one capitalised word before a colon (`Science: …`,
 * `Time: …` read as a section kicker as often as a source), while an
 * acronym (`NPR: …`) is taken.
 */
function readOutletPrefix(title: string, isKnown: (name: string) => boolean): {outlet: string; join: string; head: string} | null {
  for (const join of PREFIX_JOINS) {
    const at = title.indexOf(join)
    if (at < 2 || at > MAX_PREFIX_LENGTH) continue
    const outlet = unwrapEmphasis(title.slice(0, at).trim())
    const head = unwrapEmphasis(title.slice(at + join.length).trim())
    if (countWords(head) < MIN_PREFIXED_WORDS) continue
    if (isDomain(outlet)) return {outlet, join, head}
    if (join === ': ' && !outlet.includes(' ') && outlet.toUpperCase() !== outlet) continue
    if (isKnown(outlet)) return {outlet, join, head}
  }
  return null
}

/** A Markdown link, `[text](address)`, and what follows it. */
const MARKDOWN_LINK = /^\[([^[\]]{2,250})\]\([^()\s]{1,500}\)/

/**
 * Text without the emphasis marks chat apps and Markdown wrap around it
 * (`_Daily Post_`, `*Morning list*`, `**Bold**`): one pair, the same mark
 * on both sides, with text inside that does not itself start or end with a space.
 */
function unwrapEmphasis(text: string): string {
  const first = text.charCodeAt(0)
  // `_` `*` `~`
  if (first !== 95 && first !== 42 && first !== 126) return text
  let width = 1
  if (text.charCodeAt(1) === first) width = 2
  const mark = text.slice(0, width)
  if (text.length <= 2 * width + 1 || !text.endsWith(mark)) return text
  const inner = text.slice(width, -width)
  return inner.trim() === inner && !inner.includes(mark) ? inner : text
}

/**
 * Whether text is a host name (`reuters.com`, `news.bbc.co.uk`,
 * `github.com/user`): how link aggregators print an item's source.
 *
 * @param text
 *   Trimmed text.
 */
export function isDomain(text: string): boolean {
  if (text.length < 4 || text.length > 80) return false
  // A host has a dot; a space fails the last test: both found without the split.
  if (!text.includes('.') || text.includes(' ')) return false
  const slash = text.indexOf('/')
  const host = (slash === -1 ? text : text.slice(0, slash)).toLowerCase()
  const labels = host.split('.')
  if (labels.length < 2 || labels.length > 6) return false
  const top = labels.at(-1)!
  if (top.length < 2 || top.length > 12 || !/^[a-z]+$/.test(top)) return false
  if (/^\d/.test(host)) return false
  return labels.every((label) => label.length > 0 && label.length <= 63 && /^[a-z0-9-]+$/.test(label)) && !/\s/.test(text)
}

/** Photo credits and captions: `Photo: …`, `(Image credit: …)`, a caption that ends `REUTERS/Jane Doe`. */
function isCaption(content: string): boolean {
  return (mayOpenCaption(content) && opensCaption(content)) || endsWithCredit(content)
}

/**
 * Whether a line opens with `(` or one of the letters that `opensCaption`'s
 * patterns open with (`photo`, `image`, `picture`, `video`, `illustration`,
 * `graphic`, `credit`, `source`), in either case: those patterns are not
 * Unicode-aware, so only ASCII letters match them case-insensitively. Most
 * lines skip the three patterns.
 */
function mayOpenCaption(content: string): boolean {
  const first = content.charCodeAt(0)
  if (first === 40) return true
  const lower = first | 32
  return lower === 112 || lower === 105 || lower === 118 || lower === 103 || lower === 99 || lower === 115
}

/** Whether a line opens as a caption or photo credit does (`Photo: …`, `Credit...Jane Doe`, `(Photo by …)`). */
function opensCaption(content: string): boolean {
  if (/^\(?(?:photo|image|picture|video|illustration|graphic|credit|source)s?(?: credit| by)?\s*:/i.test(content)) return true
  // The New York Times prints the credit under its caption: `Credit...Jane Doe for The New York Times`.
  if (/^credit(?:\.\.\.|…)\s?\S/i.test(content)) return true
  return /^\((?:photo|image|picture)s?[ :][^()]{0,120}\)$/i.test(content)
}

/** Agencies' photo credits: `REUTERS/Jane Doe`, `AP Photo/Jane Doe`. */
const CREDIT_MARKS = ['REUTERS/', 'AFP/', 'EPA/', 'AP Photo/', 'AFP via Getty', 'Getty Images', 'Shutterstock', '(Photo by ', 'Photograph: ', 'Photo: ', 'Image: ']
/** A credit sits in a caption's last characters. */
const CREDIT_TAIL = 60

/**
 * Whether a caption ends in a photo credit (`… in Kyiv. REUTERS/Jane Doe`,
 * `… (AP Photo/John Roe)`, `Getty Images`).
 *
 * @param content
 *   Trimmed line (or its end).
 */
function endsWithCredit(content: string): boolean {
  if (!mayHoldCredit(content, Math.max(0, content.length - CREDIT_TAIL), content.length)) return false
  const tail = content.slice(-CREDIT_TAIL)
  for (const mark of CREDIT_MARKS) {
    const at = tail.lastIndexOf(mark)
    if (at === -1) continue
    const rest = tail.slice(at + mark.length)
    // The credit ends the line: a name, maybe a closing bracket; no sentence after it.
    if (rest.length <= 45 && !/[.!?] \S/.test(rest)) return true
  }
  return false
}


/**
 * What every mark of `CREDIT_MARKS` holds, to look for before the marks
 * are: one of `/`, `:` or `(` (`REUTERS/`, `Photo: `, `(Photo by `), else
 * its first two characters (`Ge` of `Getty Images`, `Sh` of
 * `Shutterstock`). A tail without one holds no mark. `CREDIT_KEYS` has 1
 * at a key character and 2 at the first of a key pair; `CREDIT_PAIRS` the
 * pairs' second characters by their first.
 */
const CREDIT_KEYS = new Uint8Array(128)
const CREDIT_PAIRS = new Map<number, Set<number>>()
for (const mark of CREDIT_MARKS) {
  const key = ['/', ':', '('].find((char) => mark.includes(char))
  if (key !== undefined) {
    CREDIT_KEYS[key.charCodeAt(0)] = 1
    continue
  }
  const first = mark.charCodeAt(0)
  if (first >= 128 || CREDIT_KEYS[first] === 1) throw new Error(`Expected a credit mark to open with an ASCII character that is no key, not \`${mark}\``)
  CREDIT_KEYS[first] = 2
  const seconds = CREDIT_PAIRS.get(first) ?? new Set()
  seconds.add(mark.charCodeAt(1))
  CREDIT_PAIRS.set(first, seconds)
}

/** Whether `text[from, to)` holds a key of a credit mark (see `CREDIT_KEYS`), without a copy of it. */
function mayHoldCredit(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code >= 128) continue
    const key = CREDIT_KEYS[code]
    if (key === 1) return true
    if (key === 2 && index + 1 < to && CREDIT_PAIRS.get(code)!.has(text.charCodeAt(index + 1))) return true
  }
  return false
}

function isCaptionStart(text: string, line: Line): boolean {
  // Long captions still end in a credit: look at the last 120 characters only
  // (of which `endsWithCredit` reads the last `CREDIT_TAIL`).
  if (!mayHoldCredit(text, Math.max(line.contentStart, line.contentEnd - CREDIT_TAIL), line.contentEnd)) return false
  const from = Math.max(line.contentStart, line.contentEnd - 120)
  return endsWithCredit(text.slice(from, line.contentEnd))
}

/**
 * Whether the registry knows a name as a whole (see `isKnownWhole`): what a
 * rule that reads a part of a line (a chat message's body) asks of its outlet.
 *
 * @param name
 *   Trimmed name.
 * @param registry
 *   The outlet registry.
 */
export function isKnownOutletName(name: string, registry: OutletRegistry): boolean {
  return mayMatchWhole(name, registry) && isKnownWhole(name, matchKnownOutlet(name, registry))
}

/**
 * Known as a whole (a name, an alias, a host name), not by a rule that finds
 * an outlet inside a headline. A host name decides an outlet line
 * (`theguardian.com`, `The Star (thestar.com.my)`), not a headline followed
 * by its site (`UKIP could sue Veritas defectors (nytimes.com)`).
 */
function isKnownWhole(name: string, match: ReturnType<typeof matchKnownOutlet>): boolean {
  if (match === null) return false
  if (match.rule === 'exact' || match.rule === 'syndication') return true
  if (match.rule !== 'hostname') return false
  if (!name.endsWith(')')) return true
  const before = name.slice(0, name.lastIndexOf('(')).trim()
  return before === '' || isNamedBy(before, match.domain ?? '')
}

/**
 * Whether a name could be the site's own (`The Star` of `thestar.com.my`,
 * `Ars Technica` of `arstechnica.com`): one of its words of three letters
 * or more, lowercased, occurs in the domain. A headline before its site
 * (`Prime minister's questions (arstechnica.com)`) shares none.
 */
function isNamedBy(name: string, domain: string): boolean {
  if (domain === '') return false
  let start = -1
  for (let index = 0; index <= name.length; index++) {
    const code = index < name.length ? name.charCodeAt(index) : 32
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    if (letter && start === -1) start = index
    else if (!letter && start !== -1) {
      if (index - start >= 3 && domain.includes(name.slice(start, index).toLowerCase())) return true
      start = -1
    }
  }
  return false
}
