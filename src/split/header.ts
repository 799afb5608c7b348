import {normalizeTimestamp} from '../time/normalize-timestamp.js'
import {isChromeLine, type ChromeCues} from './cues.js'
import {isBlank, lineText, type Line} from './lines.js'

/**
 * The header of a related block, as read from its lines: which lines it
 * took and the raw outlet and age text it holds.
 */
export interface BlockHeader {
  /** Index of the header's first line. */
  first: number
  /** Number of lines the header takes. */
  count: number
  /** Raw outlet text (`- SBS Australia` is preferred to `SBS Australia`: the credit names the source). */
  outlet: string | null
  /** Raw age or date line (`26 minutes ago`). */
  age: string | null
  /** Which header shape matched, for provenance. */
  shape: HeaderShape
}

/**
 * The header shapes a related block can have:
 * `outlet-age-credit` (`Reuters` / `2 hours ago` / `- Reuters`),
 * `outlet-age-outlet` (the credit line without its `- `: `Reuters` / `2 hours ago` / `Reuters`),
 * `outlet-age` (credit line missing), `age-credit` (outlet line missing),
 * `outlet-credit` (age missing, both lines naming the same outlet).
 */
export type HeaderShape = 'outlet-age-credit' | 'outlet-age-outlet' | 'outlet-age' | 'age-credit' | 'outlet-credit'

/** Outlet names are short; anything longer is prose. */
const MAX_OUTLET_LENGTH = 60
const MAX_OUTLET_WORDS = 7
/** Age lines are short too (`Updated 3:41 PM EDT, Wed July 23, 2025`). */
const MAX_AGE_LENGTH = 64

/**
 * Whether a trimmed line can be an outlet name: short, few words, no
 * sentence punctuation at its end (domains such as `News.com.au` are fine),
 * not a credit line, a timestamp or chrome.
 *
 * @param line
 *   Trimmed line text.
 * @param cues
 *   Chrome cue tables.
 */
export function isOutletLine(line: string, cues: ChromeCues): boolean {
  return hasOutletShape(line) && !isCreditLine(line) && !isChromeLine(line, cues) && !isAgeLine(line)
}

/**
 * The cheap half of `isOutletLine`: short, few words, no sentence
 * punctuation at its end. A caller that already knows the line is no credit
 * line, chrome or age asks only this.
 *
 * @param line
 *   Trimmed line text.
 */
export function hasOutletShape(line: string): boolean {
  if (line.length === 0 || line.length > MAX_OUTLET_LENGTH) return false
  if (countWords(line) > MAX_OUTLET_WORDS) return false
  const last = line.charAt(line.length - 1)
  if (last === '!' || last === '?' || last === ':' || last === ',' || last === ';' || last === '-') return false
  // `Foo Ltd.` is a name, `He said.` is not: a final period only after a
  // capitalised one-word token or inside a domain.
  return last !== '.' || /(?:^|\s)[A-Z][A-Za-z]{0,4}\.$/.test(line)
}

/**
 * Whether a trimmed line is a credit line `- Outlet` (hyphen, en or em dash,
 * then a name). `- Five killed in strikes -`, an in-body subhead, is not:
 * it ends with a dash too.
 *
 * @param line
 *   Trimmed line text.
 */
export function isCreditLine(line: string): boolean {
  if (line.length < 3 || line.length > MAX_OUTLET_LENGTH + 2) return false
  const first = line.charAt(0)
  if (first !== '-' && first !== '–' && first !== '—') return false
  if (line.charAt(1) !== ' ' && line.charAt(1) !== '\t') return false
  const last = line.charAt(line.length - 1)
  if (last === '-' || last === '–' || last === '—') return false
  const name = creditName(line)
  return name.length > 0 && countWords(name) <= MAX_OUTLET_WORDS && !isAgeLine(name)
}

/**
 * The name in a credit line (`- The Guardian` → `The Guardian`).
 *
 * @param line
 *   Trimmed credit line.
 */
export function creditName(line: string): string {
  return line.slice(1).trim()
}

/**
 * Whether a trimmed line is an age or date line that a timestamp parser reads.
 *
 * @param line
 *   Trimmed line text.
 */
export function isAgeLine(line: string): boolean {
  return mayBeTime(line) && isTimeLikeAgeLine(line)
}

/**
 * `isAgeLine` for a caller that has asked `mayBeTime` of the line already
 * (and got `true`): the rest of the test.
 *
 * @param line
 *   Trimmed line text.
 */
export function isTimeLikeAgeLine(line: string): boolean {
  return line.length > 0 && line.length <= MAX_AGE_LENGTH && normalizeTimestamp(line) !== null
}

/**
 * Words a time without a digit is written with (`yesterday`, `an hour
 * ago`, `just now`, `last week`, `Monday`): a line with neither a digit nor
 * one of these is no time, and skips the time normaliser.
 */
const TIME_WORDS = new Set(
  'ago yesterday today tonight tomorrow now just last earlier moments moment recently this morning afternoon evening night noon midnight week weeks month months year years hour hours hr hrs minute minutes min mins second seconds sec secs day days monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'.split(' ')
)

/**
 * `TIME_WORDS` by length and first letter (`length * 128 + code`), so that
 * a run of letters is compared with the few words of its length and first
 * letter, code unit by code unit, without a lower-case copy.
 */
const TIME_WORD_BUCKETS = new Map<number, string[]>()
for (const word of TIME_WORDS) {
  const bucket = word.length * 128 + word.charCodeAt(0)
  const list = TIME_WORD_BUCKETS.get(bucket) ?? []
  list.push(word)
  TIME_WORD_BUCKETS.set(bucket, list)
}

/**
 * The shape prefilter before the time normaliser: a digit, or a word of
 * `TIME_WORDS` (a run of ASCII letters, any case). It allocates nothing:
 * it is asked of nearly every short line of a dump.
 *
 * @param line
 *   Trimmed text.
 */
export function mayBeTime(line: string): boolean {
  const length = line.length
  for (let index = 0; index < length; index++) {
    const code = line.charCodeAt(index)
    if (code >= 48 && code <= 57) return true
  }
  let start = -1
  for (let index = 0; index <= length; index++) {
    const code = index < length ? line.charCodeAt(index) : 0
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      if (start === -1) start = index
      continue
    }
    if (start !== -1 && isTimeWordAt(line, start, index)) return true
    start = -1
  }
  return false
}

/** Whether the ASCII letters `line[start, end)` are a word of `TIME_WORDS`, in any case. */
function isTimeWordAt(line: string, start: number, end: number): boolean {
  const first = line.charCodeAt(start)
  const words = TIME_WORD_BUCKETS.get((end - start) * 128 + (first <= 90 ? first + 32 : first))
  if (words === undefined) return false
  for (const word of words) {
    let at = 1
    while (at < word.length) {
      const code = line.charCodeAt(start + at)
      if ((code <= 90 ? code + 32 : code) !== word.charCodeAt(at)) break
      at++
    }
    if (at === word.length) return true
  }
  return false
}

/** What `readBlockHeader` asks of the lines around a header (the layouts answer from the line classes, asking each line at most once: `lineFactsOf`). */
export interface LineFacts {
  /** `isAgeLine` of the line's text. */
  isAge: (index: number) => boolean
  /** `isChromeLine` of the line's text (the cue list alone). */
  isCue: (index: number) => boolean
  /** `isCreditLine` of the line's text. */
  isCredit: (index: number) => boolean
}

/**
 * Line facts asked of each line's text, each time (for a caller without line classes).
 *
 * @param text
 *   Text holding the lines.
 * @param lines
 *   The lines.
 * @param cues
 *   Chrome cues.
 */
export function textFactsOf(text: string, lines: readonly Line[], cues: ChromeCues): LineFacts {
  const lineAt = (index: number): string => lineText(text, lines[index]!)
  return {isAge: (index) => isAgeLine(lineAt(index)), isCue: (index) => isChromeLine(lineAt(index), cues), isCredit: (index) => isCreditLine(lineAt(index))}
}

/**
 * Read a related-block header starting at line `index`, if there is one.
 *
 * A header is two or three consecutive non-blank lines in one of the shapes
 * of `HeaderShape`, and must be followed by a line that can be a title
 * (or by nothing: a dump cut off after the header).
 *
 * @param text
 *   The whole dump.
 * @param lines
 *   Its lines.
 * @param index
 *   Line to start reading at.
 * @param cues
 *   Chrome cue tables.
 * @param facts
 *   Whether a line is an age line, a cue line and a credit line (default:
 *   asked of its text; the layouts answer from the line classes, see
 *   `lineFactsOf`).
 * @returns
 *   The header, or `null`.
 */
export function readBlockHeader(text: string, lines: readonly Line[], index: number, cues: ChromeCues, facts: LineFacts = textFactsOf(text, lines, cues)): BlockHeader | null {
  const {isAge: isAgeAt, isCue: isCueAt, isCredit: isCreditAt} = facts
  const at = (offset: number): string | null => {
    const line = lines[index + offset]
    if (line === undefined || isBlank(line) || line.contentEnd - line.contentStart > MAX_OUTLET_LENGTH + 4) return null
    return lineText(text, line)
  }

  const first = at(0)
  if (first === null) return null
  const second = at(1)
  if (second === null) return null
  const third = at(2)

  let header: BlockHeader | null = null
  if (isAgeAt(index)) {
    if (isCreditAt(index + 1)) header = {first: index, count: 2, outlet: second, age: first, shape: 'age-credit'}
  } else if (hasOutletShape(first) && !isCreditAt(index) && !isCueAt(index)) {
    // `isOutletLine`, less its age test: `first` is no age line.
    if (isAgeAt(index + 1)) {
      header =
        third !== null && isCreditAt(index + 2)
          ? {first: index, count: 3, outlet: third, age: second, shape: 'outlet-age-credit'}
          : // The credit line printed without its `- `: the outlet's name again.
            third !== null && sameName(first, third)
            ? {first: index, count: 3, outlet: third, age: second, shape: 'outlet-age-outlet'}
            : {first: index, count: 2, outlet: first, age: second, shape: 'outlet-age'}
    } else if (isCreditAt(index + 1) && sameName(first, creditName(second))) {
      header = {first: index, count: 2, outlet: second, age: null, shape: 'outlet-credit'}
    }
  }

  if (header === null) return null
  // What follows must be able to open an article: a title, not another
  // header line; a dump may also stop right after the header.
  const next = lines[index + header.count]
  if (next !== undefined && !isBlank(next)) {
    if (isCreditAt(index + header.count) || isAgeAt(index + header.count)) return null
  }
  return header
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ')
}

export function countWords(line: string): number {
  let words = 0
  let inWord = false
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index)
    const space = code === 32 || code === 9 || code === 0xa0
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

/** Every word capitalised, bar short particles (`The Wall Street Journal`, `Sky News`). */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/)
  let capitalised = 0
  for (const word of words) {
    const first = word.charAt(0)
    if (first.toLowerCase() !== first) {
      capitalised++
      continue
    }
    if (first.toUpperCase() !== first) {
      if (!/^(?:of|the|and|on|in|de|for|[ay&]|at|la|le|el|du|des|der)$/.test(word)) return false
    }
  }
  return capitalised > 0
}
