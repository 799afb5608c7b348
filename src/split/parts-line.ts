import {isChromeLine, type ChromeCues} from './cues.js'
import {countWords, hasOutletShape, isAgeLine, isTitleCase} from './header.js'
import type {LineParts} from './classify.js'
import {hasDigitIn, isWhitespace} from './lines.js'

/** The glyphs that join a card's fields when set between spaces (` · `, ` • `, ` | `, ` \ `). */
function isJoinGlyph(code: number): boolean {
  return code === 0xb7 || code === 0x20_22 || code === 124 || code === 92
}

/**
 * A line's parts, trimmed, empty ones dropped. Parts are joined by a
 * separator that item cards print between their small fields: a glyph of
 * `isJoinGlyph` with white space on both sides, a run of white space with a
 * tab in it, or a run of two or more white space characters (what
 * `innerText` leaves between inline buttons). One pass, no pattern: the
 * `split` pattern this replaces (`/\s+[·•|\\]\s+|\t+|\s{2,}/`) failed
 * `regexp/no-super-linear-move`, its `\s+` retried at each offset of a run of
 * white space.
 */
function splitParts(content: string): string[] {
  const parts: string[] = []
  const push = (part: string): void => {
    const trimmed = part.trim()
    if (trimmed.length > 0) parts.push(trimmed)
  }
  let start = 0
  let at = 0
  while (at < content.length) {
    if (!isWhitespace(content.charCodeAt(at))) {
      at++
      continue
    }
    let end = at
    let tab = false
    while (end < content.length && isWhitespace(content.charCodeAt(end))) {
      if (content.charCodeAt(end) === 9) tab = true
      end++
    }
    let next = -1
    if (end + 1 < content.length && isJoinGlyph(content.charCodeAt(end)) && isWhitespace(content.charCodeAt(end + 1))) {
      next = end + 2
      while (next < content.length && isWhitespace(content.charCodeAt(next))) next++
    } else if (tab || end - at >= 2) next = end
    if (next === -1) {
      at = end
      continue
    }
    push(content.slice(start, at))
    start = next
    at = next
  }
  push(content.slice(start))
  return parts
}

/** Parts a card's field line holds; more is a menu or a sentence. */
const MAX_PARTS = 8
/** Such a line stays short. */
const MAX_PARTS_LINE = 160

/** A figure (`12`, `3.2K`, `1,204`, `80%`), the first word of a count. */
const FIGURE = /^\d[\d.,]{0,8}[%km]?$/i
/** A figure alone (`1.0K`, `214`): as `FIGURE`, but `m` is no suffix (`5m` is an age). */
const FIGURE_ALONE = /^\d[\d.,]{0,8}[kKM%]?$/
/** A word a figure counts (`points`, `comments`, `Likes`). */
const COUNTED_WORD = /^\p{L}[\p{L}'-]{0,20}$/u
/** Words after a figure in a count (`4 comments`, `12 people like this`). */
const MAX_COUNTED_WORDS = 3
/** A glyph and a count (`❤️ 214`, `▲ 1.2K`). */
const GLYPH_COUNT = /^[^\p{L}\p{N}\s]{1,4} ?\d[\d.,]{0,8}[kKmM]?$/u

/**
 * A count and what it counts (`12 points`, `4 comments`, `3.2K followers`,
 * `80% rating`), a glyph and a count (`❤️ 214`) or a figure alone:
 * engagement and rating figures, never a headline. Not a label before its
 * count (`Likes 3`): that is how outlets are named (`France 24`, `Channel
 * 4`).
 *
 * The words are read one by one, split at single spaces: one pattern with
 * the three forms as alternatives (and a repeated word group) was too
 * ambiguous for redos-detector to score (test/redos.test.ts).
 */
function isCountPart(part: string): boolean {
  if (FIGURE_ALONE.test(part) || GLYPH_COUNT.test(part)) return true
  const words = part.split(' ')
  if (words.length < 2 || words.length > MAX_COUNTED_WORDS + 1 || !FIGURE.test(words[0]!)) return false
  for (let index = 1; index < words.length; index++) if (!COUNTED_WORD.test(words[index]!)) return false
  return true
}
/** A reading time (`3 min read`): no figure of the card's own, a header part. */
const READING_TIME = /^\d{1,3} ?min(?:ute)?s?(?: read)?$/i
/** A user or community handle: `@reader42`, `u/name`, `~news`, `r/news`. */
const MARKED_HANDLE = /^(?:@|~|u\/|r\/)[\p{L}\p{N}_.-]{1,40}$/u
/** The characters of a username. */
const USERNAME_CHARACTERS = /^[\p{L}\p{N}_.-]+$/u
/** A username's longest length. */
const MAX_USERNAME = 40

/**
 * A username: one token (no space) of at most `MAX_USERNAME` letters,
 * digits, `_`, `.` and `-`, in lower case at its start or with a digit or
 * underscore in it (`reader42`, `news_fan`), as no person's name is printed.
 * Three small tests, not one pattern of two overlapping alternatives of
 * counted Unicode classes: the `regexp/no-dupe-disjunctions` check of that
 * pattern built an automaton too large to finish.
 */
function isUsername(token: string): boolean {
  return token.length <= MAX_USERNAME && USERNAME_CHARACTERS.test(token) && (/^\p{Ll}/u.test(token) || /[\p{N}_]/u.test(token))
}
/** `@reader42`, `~news`, or a username after `by` or `via` (`by reader42`): a poster, never a byline. */
function isHandle(part: string): boolean {
  if (MARKED_HANDLE.test(part)) return true
  return (part.startsWith('by ') || part.startsWith('via ')) && isUsername(part.slice(part.indexOf(' ') + 1))
}
/** The label a list of tags may open with (`tags:`, `Topics:`, `Filed under:`). */
const TAGS_LABEL = /^(?:tags?|topics?|filed under):/i
/** One tag's word, its `#` removed (`news`, `climate_change`). */
const TAG_WORD = /^[\p{L}\p{N}_-]+$/u
/** Tags a tags part holds. */
const MAX_TAGS = 8

/**
 * Tags (`tags: #news #science`, `#world #politics`): an optional label,
 * then one to `MAX_TAGS` tags split at white space, each read alone (one
 * pattern with a repeated tag group was too ambiguous for redos-detector
 * to score).
 */
function isTagsPart(part: string): boolean {
  const label = TAGS_LABEL.exec(part)
  if (label === null && !part.startsWith('#')) return false
  const tags = (label === null ? part : part.slice(label[0].length).trim()).split(/\s+/)
  return tags.length <= MAX_TAGS && tags.every((tag) => TAG_WORD.test(tag.startsWith('#') ? tag.slice(1) : tag))
}

type PartKind = 'age' | 'count' | 'weak count' | 'handle' | 'tags' | 'chrome' | 'name' | 'other'

function kindOf(part: string, cues: ChromeCues): {kind: PartKind; age?: string} {
  // An age first: `3 days ago` is a count of days too.
  if (isAgeLine(part)) return {kind: 'age', age: part}
  if (READING_TIME.test(part)) return {kind: 'chrome'}
  if (isCountPart(part)) return {kind: /^[\d.,]+[kKmM%]? \p{Ll}/u.test(part) ? 'count' : 'weak count'}
  if (isHandle(part)) return {kind: 'handle'}
  // `@reader42 3h`, `by reader42 2h`: a handle and an age in one part.
  const space = part.lastIndexOf(' ')
  if (space > 0) {
    const head = part.slice(0, space)
    const tail = part.slice(space + 1)
    if (isHandle(head) && isAgeLine(tail)) return {kind: 'handle', age: tail}
  }
  if (isChromeLine(part, cues)) return {kind: 'chrome'}
  if (isTagsPart(part)) return {kind: 'tags'}
  if (hasOutletShape(part) && countWords(part) <= 4 && isTitleCase(part) && /^\p{Lu}/u.test(part)) return {kind: 'name'}
  return {kind: 'other'}
}

/**
 * Whether a part may be a count, a handle (alone or before an age) or tags:
 * the tests of `kindOf` that give a field line its figures, without the age
 * and cue readers that come before them there (so true for more parts than
 * `kindOf` counts, never for fewer).
 */
function mayBeMarkPart(part: string): boolean {
  if (isCountPart(part) || isHandle(part) || isTagsPart(part)) return true
  const space = part.lastIndexOf(' ')
  return space > 0 && isHandle(part.slice(0, space))
}

/**
 * Whether a line may be a field line: short, with a join in it and a digit,
 * `@` or `#` (a count, a handle or a tag). Most lines fail here unsplit.
 */
function mayBeFieldLine(content: string): boolean {
  if (content.length > MAX_PARTS_LINE) return false
  let join = false
  let mark = false
  for (let index = 0; index < content.length; index++) {
    const code = content.charCodeAt(index)
    if ((code >= 48 && code <= 57) || code === 64 || code === 35) mark = true
    else if (code === 9 || code === 0xb7 || code === 0x2022 || code === 124 || code === 92) join = true
    else if (code === 32 && content.charCodeAt(index + 1) === 32) join = true
    if (join && mark) return true
  }
  return false
}

/**
 * A card's field line, read part by part: engagement counts, handles, tags,
 * buttons and an age (`12 points \ 4 comments \ @reader42 3h \ ~news`, `by
 * reader42 · 14 minutes ago · tags: #news`, `3 Likes  1 Comments  Share`), or
 * a name with rating labels (`Daily Post · 80% rating`).
 *
 * Every part must be one of those kinds: a part that reads as anything else
 * (a headline, a sentence, a byline with a real name) leaves the line to
 * the other readers, so a headline that holds a number and a join (`Italy
 * 17-28 Ireland | Six Nations`) is not taken. A poster's handle is no byline.
 *
 * @param content
 *   Trimmed line.
 * @param cues
 *   Chrome cues (buttons such as `Share` and `hide` are parts too).
 * @returns
 *   `{kind: 'meta', parts}` when the parts hold an age (the item's time),
 *   `{kind: 'chrome'}` for counts and buttons alone, `{kind: 'name', parts}`
 *   for a name with labels, or `null`.
 */
export function readFieldLine(content: string, cues: ChromeCues): {kind: 'meta' | 'name'; parts: LineParts} | {kind: 'chrome'} | null {
  if (!mayBeFieldLine(content)) return null
  const parts = splitParts(content)
  if (parts.length < 2 || parts.length > MAX_PARTS) return null
  // Without a part that may be a count, a handle or tags the line is no field line (`Reuters · 2h`), whatever the other parts are: decided by cheap tests before the age and cue readers.
  if (!parts.some(mayBeMarkPart)) return null
  let age: string | null = null
  let name: string | null = null
  // Counts, and handles or tags. A count of something in lower case (`6
  // sources`) is a figure; one in capitals may be an outlet's name (`404
  // Media`), and so may a figure alone (`1.0K`): two such are needed.
  let counts = 0
  let weak = 0
  let marks = 0
  for (const [index, part] of parts.entries()) {
    const read = kindOf(part, cues)
    switch (read.kind) {
      case 'other':
        return null
      case 'name':
        // A name opens the line (`Daily Post · 80% rating`); one only.
        if (index !== 0 || name !== null) return null
        name = part
        break
      case 'age':
        if (age !== null) return null
        age = read.age!
        break
      case 'handle':
        marks++
        if (read.age !== undefined) {
          if (age !== null) return null
          age = read.age
        }
        break
      case 'count':
        counts++
        break
      case 'weak count':
        weak++
        break
      case 'tags':
        marks++
        break
      case 'chrome':
        break
    }
  }
  if (counts + marks + weak === 0) return null
  if (name !== null) {
    // A name with figures and no age: its labels. With an age it is a header, for the header readers.
    return age === null ? {kind: 'name', parts: {outlet: name, age: null, byline: null, shape: 'outlet · figures'}} : null
  }
  if (marks + counts === 0 && weak < 2) return null
  if (age !== null) return {kind: 'meta', parts: {outlet: null, age, byline: null, shape: 'figures · age'}}
  return {kind: 'chrome'}
}

/**
 * Whether `text[start, end)` may be a field line: short enough, with a join
 * `splitParts` cuts at (a glyph, a tab, two spaces). The cheap test before
 * the line is sliced and split; most lines fail it.
 *
 * @param text
 *   The dump.
 * @param start
 *   Where the line's content starts.
 * @param end
 *   Where it ends.
 */
export function mayHoldParts(text: string, start: number, end: number): boolean {
  if (end - start > MAX_PARTS_LINE) return false
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 9 || isJoinGlyph(code) || (code === 32 && text.charCodeAt(index + 1) === 32)) return true
  }
  return false
}

/**
 * Whether `text[start, end)` may have a field shape (`readFieldShape`): a
 * join (`mayHoldParts`), or a figure in a short line (`Saved by 545
 * people`). The cheap test before the line is sliced.
 *
 * @param text
 *   The dump.
 * @param start
 *   Where the line's content starts.
 * @param end
 *   Where it ends.
 */
export function mayHaveFieldShape(text: string, start: number, end: number): boolean {
  if (end - start > MAX_PARTS_LINE) return false
  if (mayHoldParts(text, start, end)) return true
  return end - start <= MAX_FIGURE_LINE && hasDigitIn(text, start, end)
}

/** A field line of one part (`Saved by 545 people`) is at most this long… */
const MAX_FIGURE_LINE = 60
/** …of at most this many words, and holds this many tokens that are no capitalised word (the figure and its labels). */
const MAX_FIGURE_LINE_WORDS = 6
const MIN_FIGURE_LINE_LABELS = 3

/** A host name token (`dawn.com`, `news.bbc.co.uk`) in a field line's part. */
const HOST_TOKEN = /^[a-z\d-]+(?:\.[a-z\d-]+)+$/i

/**
 * How one token of a field line's part is compared across items: a token
 * with a digit is `#` (figures, dates and clocks differ card by card), a
 * host name `D`, a capitalised word `A` (names differ too), and a word in
 * lower case or a glyph stays itself (`comments`, `by`, `min`, `·`), the
 * labels that make the shape. A part that is an age is `T` as a whole
 * (`readFieldShape`).
 */
function tokenShape(token: string): string {
  if (hasDigitIn(token, 0, token.length)) return '#'
  if (token.includes('.') && HOST_TOKEN.test(token)) return 'D'
  const first = token.charAt(0)
  if (first.toLowerCase() !== first) return 'A'
  return token.toLowerCase()
}

/** A field line's shape must hold this many tokens that are no capitalised word: else it is how headlines look (`Trump Wins · CNN`). */
const MIN_LABEL_TOKENS = 1

/**
 * A joined short line read for the shape of its parts, as a card prints its
 * field line again and again with other figures and names in it (`Yonhap
 * 12-02 08:51  5 comments`, `saved by 143 · first by freya3 18 minutes
 * ago`, `Read more · 4 min`, `dawn.com · Dec 2, 2026`). The shape keeps
 * the joins and the lower-case labels and abstracts the rest (an age part
 * is `T`, see `tokenShape` for the others; a run of capitalised words is
 * one `A`), so that two cards'
 * lines share it where their figures and names differ; the splitter then
 * takes a shape printed once per item as the items' field line, not as
 * items (`demoteFieldShapes` in `layouts/items.ts`).
 *
 * @param content
 *   Trimmed line.
 * @param ages
 *   Whether a part is an age, remembered across the lines of a page (parts
 *   such as `1h` recur; the time parser is the costly test).
 * @returns
 *   The shape and the line's parts, or `null` for a line with too many
 *   parts or too long, one of a single part that is no short line with a
 *   figure and two labels more (`Saved by 545 people`), or one whose shape
 *   holds only capitalised words.
 */
export function readFieldShape(content: string, ages: Map<string, boolean> = new Map()): {shape: string; parts: string[]} | null {
  if (!mayHaveFieldShape(content, 0, content.length)) return null
  const parts = splitParts(content)
  if (parts.length > MAX_PARTS) return null
  // One part: a short line with a figure and its labels (`Saved by 545 people`).
  const single = parts.length === 1
  if (single && (content.length > MAX_FIGURE_LINE || countWords(content) > MAX_FIGURE_LINE_WORDS || !hasDigitIn(content, 0, content.length))) return null
  let shape = ''
  let labels = 0
  for (const [index, part] of parts.entries()) {
    if (index > 0) shape += ' | '
    // An age is one field whatever its words (`34 minutes ago`, `1 hour ago`, `Dec 2`). A line of one part
    // that is an age is an age line, not a headline, and is not asked (the time parser is the costly test here).
    let age = single ? false : ages.get(part)
    if (age === undefined) {
      age = isAgeLine(part)
      ages.set(part, age)
    }
    if (age) {
      shape += 'T'
      labels++
      continue
    }
    let previous = ''
    let first = true
    for (const token of part.split(' ')) {
      if (token.length === 0) continue
      const piece = tokenShape(token)
      if (piece === 'A' && previous === 'A') continue
      if (piece !== 'A') labels++
      shape += first ? piece : ' ' + piece
      first = false
      previous = piece
    }
  }
  return labels >= (single ? MIN_FIGURE_LINE_LABELS : MIN_LABEL_TOKENS) ? {shape, parts} : null
}

/** A menu bar has at least this many labels. */
const MIN_MENU_PARTS = 3
/** …each of at most this many words. */
const MAX_MENU_PART_WORDS = 3
/** A label's first word opens with a capital letter and holds no digit; the label ends in no sentence mark. */
const MENU_LABEL = /^\p{Lu}\D*$/u

/**
 * A menu bar as `innerText` gives it: at least `MIN_MENU_PARTS` short
 * capitalised labels joined by runs of spaces, tabs or ` · ` / ` | `
 * (`Singapore  Asia  World  Business  Sport`, `File  Edit  View  Go  Help`),
 * no figure in any: a page's navigation, never a headline. A headline with
 * a tail (`Storm hits coast · Reuters`) has fewer parts, and sentence
 * parts are longer.
 *
 * @param content
 *   Trimmed line.
 */
export function isMenuBar(content: string): boolean {
  if (!mayHoldParts(content, 0, content.length)) return false
  const parts = splitParts(content)
  if (parts.length < MIN_MENU_PARTS || parts.length > MAX_PARTS * 2) return false
  for (const part of parts) {
    if (countWords(part) > MAX_MENU_PART_WORDS || !MENU_LABEL.test(part)) return false
    const last = part.charCodeAt(part.length - 1)
    // `.` `!` `?` `:` `,` `;`
    if (last === 46 || last === 33 || last === 63 || last === 58 || last === 44 || last === 59) return false
  }
  return true
}
