import cueData from './cues.json' with {type: 'json'}
import {isWhitespace, markSignature, maySign, SIGNATURE_WORDS} from './lines.js'

/** The cue list: exact lines and whole-line patterns, kept as data in `cues.json`. */
export interface ChromeCues {
  /** Normalised lines (see `chromeKey`) that are page chrome. */
  lines: ReadonlySet<string>
  /** Whole-line patterns tested against the normalised line, by the characters such a line can start with (and, where given, the characters it can end with). */
  patternsByStart: ReadonlyMap<string, readonly CueExpression[]>
  /** Ends of a normalised line that make it chrome (`, opens new tab`, ` values your feedback`): one cheap `endsWith` each, where a pattern would be tried on every line. */
  endings: readonly string[]
  /** Words inside a normalised line, after a character that is no letter, that make it chrome (`credit...` in `…Tuesday.Credit...Jane Doe`). */
  inner: readonly string[]
  /** Cue lines that mark an ad or a sponsored card. */
  sponsor: ReadonlySet<string>
  /** Starts of a sponsor line that names the advertiser (`ad · `). */
  sponsorPrefixes: readonly string[]
  /** Starts of a sponsor line whose following prose is the ad's own copy (`sponsored by `, `a message from `). */
  adCopy: readonly string[]
  /** Whole-line patterns of a journalist's role under a byline (`Political correspondent`, `BBC News, Washington`). */
  roles: readonly RegExp[]
  /** Last words (`correspondent`) and inner parts (` news, `) a role line holds: a line with none skips `roles`. */
  roleHints: readonly string[]
  /** Normalised lines that open a promotion inside a body, each with the line that closes it (`skip past newsletter promotion` … `after newsletter promotion`). */
  blocks: ReadonlyMap<string, string>
  /** Lines that open a page (`skip to main content`): where pasted pages are cut apart. */
  pageStarts: ReadonlySet<string>
  /** Section names and kickers (`world`, `business`, `opinion`): a name line holding one is no outlet. */
  sections: ReadonlySet<string>
  /** Lines that name the family of the page they are on (`unsubscribe`: a newsletter), by normalised line. */
  familyMarks: ReadonlyMap<string, string>
  /** The signatures (`signatureOf`) of `lines`: most keys are no cue line without a hash of them. */
  lineSignatures: Uint32Array
  /** `patternsByStart`, less the patterns whose `prefixes` the key's second character rules out, by the key's first two ASCII code units (`first * 129 + second + 1`, `second` -1 for a key of one); filled as asked. */
  patternsByPair: Map<number, readonly CueExpression[]>
  /** `sponsorPrefixes` by their first code unit; `null` when one is empty (and fits every key). */
  sponsorPrefixesByStart: ReadonlyMap<number, readonly string[]> | null
  /** The last code units of `endings`; `null` when one is empty. */
  endingLasts: ReadonlySet<number> | null
}

/** The cue list as data (`cues.json`). */
export interface ChromeCueData {
  lines: readonly string[]
  patterns: readonly CuePattern[]
  endings?: readonly string[]
  inner?: readonly string[]
  sponsor?: readonly string[]
  sponsorPrefixes?: readonly string[]
  adCopy?: readonly string[]
  roles?: readonly string[]
  roleHints?: readonly string[]
  /** Pairs `[opening line, closing line]`. */
  blocks?: ReadonlyArray<readonly string[]>
  pageStarts?: readonly string[]
  sections?: readonly string[]
  familyMarks?: Readonly<Record<string, readonly string[]>>
}

/** A whole-line cue pattern, as data. */
export interface CuePattern {
  /** Regular-expression source, matched case-insensitively against the normalised line. */
  pattern: string
  /** Every character a matching line can begin with. */
  starts: string
  /** Every character a matching line can end with, when few can (`])` for a caption's bracketed credit): other lines skip the pattern. */
  ends?: string
}

/** A compiled cue pattern and the characters a matching line can end with (`undefined`: any). */
export interface CueExpression {
  expression: RegExp
  ends: string | undefined
  /**
   * Text every match holds (lower case ASCII, from the pattern's source, see
   * `requiredLiteral`): a key without it skips the pattern. `''`: none known.
   */
  literal: string
  /** Starts one of which every match opens with (lower case ASCII, see `requiredPrefixes`); `null`: none known. */
  prefixes: readonly string[] | null
  /** Whether `literal` or a prefix holds `k` or `s`, which a case-insensitive Unicode pattern also matches as U+212A and U+017F. */
  folds: boolean
}

/** An emoji (with its variation selector) and the space after it, at a line's start. */
const LEADING_PICTOGRAPH = /^\p{Extended_Pictographic}\uFE0F?\s*/u

/** Whitespace other than single spaces, which `chromeKey` collapses (read by `hasIrregularSpace`). */
export const IRREGULAR_SPACE = /\s\s|[^\S ]/

/** KELVIN SIGN and LATIN SMALL LETTER LONG S: a case-insensitive Unicode `k` and `s` match them, and lower-casing keeps them. */
const FOLDS_TO_K_OR_S = /[\u212a\u017f]/

/** Lines longer than this are prose, never chrome: cheap rejection for long bodies. */
export const MAX_CHROME_LINE = 160

/**
 * Build the cue tables from data.
 *
 * @param data
 *   `lines` (normalised strings) and `patterns` (regular-expression sources).
 * @returns
 *   Tables ready for `isChromeLine`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function createChromeCues(data: ChromeCueData): ChromeCues {
  const patternsByStart = new Map<string, CueExpression[]>()
  for (const {pattern, starts, ends} of data.patterns) {
    const literal = requiredLiteral(pattern)
    const prefixes = requiredPrefixes(pattern)
    const folds = /[ks]/.test(literal) || (prefixes?.some((prefix) => /[ks]/.test(prefix)) ?? false)
    const compiled: CueExpression = {expression: compileCue(pattern), ends, literal, prefixes, folds}
    for (const start of starts) {
      const list = patternsByStart.get(start) ?? []
      list.push(compiled)
      patternsByStart.set(start, list)
    }
  }
  const sponsor = new Set((data.sponsor ?? []).map((line) => chromeKey(line)))
  const sponsorPrefixes = (data.sponsorPrefixes ?? []).map((prefix) => prefix.toLowerCase())
  const lines = new Set([...data.lines, ...(data.sponsor ?? []), ...(data.pageStarts ?? [])].map((line) => chromeKey(line)))
  const lineSignatures = new Uint32Array(SIGNATURE_WORDS)
  for (const line of lines) markSignature(lineSignatures, line)
  const sponsorPrefixesByStart = new Map<number, string[]>()
  for (const prefix of sponsorPrefixes) {
    const list = sponsorPrefixesByStart.get(prefix.charCodeAt(0)) ?? []
    list.push(prefix)
    sponsorPrefixesByStart.set(prefix.charCodeAt(0), list)
  }
  const endings = (data.endings ?? []).map((ending) => chromeKey(ending))
  return {
    lineSignatures,
    patternsByPair: new Map(),
    sponsorPrefixesByStart: sponsorPrefixes.includes('') ? null : sponsorPrefixesByStart,
    endingLasts: endings.includes('') ? null : new Set(endings.map((ending) => ending.charCodeAt(ending.length - 1))),
    lines,
    patternsByStart,
    endings,
    inner: (data.inner ?? []).map((word) => word.toLowerCase()),
    sponsor,
    sponsorPrefixes,
    adCopy: (data.adCopy ?? []).map((prefix) => prefix.toLowerCase()),
    roles: (data.roles ?? []).map((pattern) => compileCue(pattern)),
    roleHints: (data.roleHints ?? []).map((hint) => hint.toLowerCase()),
    blocks: new Map((data.blocks ?? []).flatMap(([open, close]) => (open === undefined || close === undefined ? [] : [[chromeKey(open), chromeKey(close)] as const]))),
    pageStarts: new Set((data.pageStarts ?? []).map((line) => chromeKey(line))),
    sections: new Set((data.sections ?? []).map((line) => chromeKey(line))),
    familyMarks: new Map(Object.entries(data.familyMarks ?? {}).flatMap(([family, marks]) => marks.map((mark) => [chromeKey(mark), family] as const)))
  }
}

/**
 * The longest run of literal characters that every match of a pattern
 * holds: read from its top level only (outside groups and classes, none of
 * them made optional by a quantifier), lower-cased, ASCII only; `''` when
 * the pattern has a top-level `|` or no such run. (`^[^.!?]{0,120}\bcontributed(?:
 * reporting)? to this …$` holds `contributed` and ` to this `: the longer.)
 * A cheap `includes` before the regular expression, never a different answer.
 *
 * @param source
 *   Regular-expression source (`u` mode: a `{` is always a quantifier).
 */
export function requiredLiteral(source: string): string {
  let best = ''
  let run = ''
  const close = (): void => {
    if (run.length > best.length) best = run
    run = ''
  }
  for (let at = 0; at < source.length; ) {
    const char = source.charAt(at)
    // One atom: `[` a class, `(` a group, `\` an escape, `.`, anchors; else a literal character.
    let literal: string | null = null
    if (char === '|') return ''
    if (char === '[') at = classEnd(source, at)
    else if (char === '(') at = groupEnd(source, at, []) + 1
    else if (char === '\\') {
      const escaped = source.charAt(at + 1)
      if (/^[\^$.*+?()[\]{}|/\\-]$/.test(escaped)) literal = escaped
      // `\u`, `\x`, `\p{…}`, a back reference and the like run on past two characters: read none of them.
      else if (!/^[bBdDsSwWfnrtv]$/.test(escaped)) return ''
      at += 2
    } else {
      if (char !== '^' && char !== '$' && char !== '.') literal = char
      at++
    }
    const quantifier = source.charAt(at)
    if (quantifier === '?' || quantifier === '*' || quantifier === '+' || quantifier === '{') {
      if (quantifier === '{') at = source.indexOf('}', at) + 1
      else at++
      if (source.charAt(at) === '?') at++
      close()
      continue
    }
    if (literal !== null && literal.charCodeAt(0) < 128) run += literal.toLowerCase()
    else close()
  }
  close()
  return best
}

/**
 * The starts one of which every match of a pattern opens with: the
 * literal characters after its `^`, or the literal start of each
 * alternative of a first group `(?:a|b)` that no quantifier makes optional;
 * lower-cased, ASCII only. `null` when the pattern opens otherwise (a class,
 * an escape, an optional group) or an alternative has no literal start.
 *
 * @param source
 *   Regular-expression source.
 */
export function requiredPrefixes(source: string): string[] | null {
  if (source.charAt(0) !== '^') return null
  if (source.startsWith('(?:', 1)) {
    const bars: number[] = []
    const at = groupEnd(source, 1, bars)
    if (at >= source.length || QUANTIFIER_START.test(source.charAt(at + 1))) return null
    const cuts = [3, ...bars, at]
    const prefixes = cuts.slice(1).map((cut, index) => literalStart(source.slice(cuts[index]! + 1, cut)))
    return prefixes.includes('') ? null : prefixes
  }
  const start = literalStart(source.slice(1))
  return start === '' ? null : [start]
}

/** The characters that open a quantifier. */
const QUANTIFIER_START = /^[?*+{]$/

/** The literal characters a source opens with, less one a quantifier makes optional; lower case, up to the first that is not ASCII. */
function literalStart(source: string): string {
  let start = ''
  for (let at = 0; at < source.length; at++) {
    const char = source.charAt(at)
    if ('\\^$.*+?()[]{}|'.includes(char) || char.charCodeAt(0) >= 128) {
      return QUANTIFIER_START.test(char) ? start.slice(0, -1) : start
    }
    start += char.toLowerCase()
  }
  return start
}

/**
 * Where the group opening at `at` (`(`) closes: the offset of its `)`, or
 * the source's length when it does not; the offsets of the `|` between its
 * own alternatives go to `bars`.
 */
function groupEnd(source: string, at: number, bars: number[]): number {
  let depth = 0
  for (let index = at; index < source.length; index++) {
    const char = source.charAt(index)
    if (char === '\\') index++
    else if (char === '[') index = classEnd(source, index) - 1
    else if (char === '(') depth++
    else if (char === ')' && --depth === 0) return index
    else if (char === '|' && depth === 1) bars.push(index)
  }
  return source.length
}

/** Where the class opening at `at` (`[`) ends: after its `]`. */
function classEnd(source: string, at: number): number {
  let index = at + 1
  if (source.charAt(index) === '^') index++
  // A `]` first in a class is no close in `u` mode either; cue classes do not start with one.
  for (; index < source.length; index++) {
    const char = source.charAt(index)
    if (char === '\\') index++
    else if (char === ']') return index + 1
  }
  return source.length
}

/** A cue pattern from data: whole line, case-insensitive, Unicode. */
function compileCue(pattern: string): RegExp {
  return new RegExp(pattern, 'iu')
}

let defaultCues: ChromeCues | undefined

/** The bundled cue list, built on first use. */
export function getDefaultChromeCues(): ChromeCues {
  defaultCues ??= createChromeCues(cueData)
  return defaultCues
}

/**
 * Whether a trimmed line is page chrome by the cue list.
 *
 * @param line
 *   Trimmed line text.
 * @param cues
 *   Cue tables (default: the bundled list).
 */
export function isChromeLine(line: string, cues: ChromeCues = getDefaultChromeCues()): boolean {
  if (line.length === 0 || line.length > MAX_CHROME_LINE) return false
  const key = chromeKey(line)
  if (key.length === 0) return false
  if (maySign(cues.lineSignatures, key) && cues.lines.has(key)) return true
  const patterns = candidatePatterns(key, cues)
  if (patterns) {
    const last = key.charAt(key.length - 1)
    // Whether the key holds a character that `k` or `s` matches case-insensitively (see `CueExpression.folds`), asked once.
    let folding: boolean | undefined
    for (const {expression, ends, literal, prefixes, folds} of patterns) {
      if (ends !== undefined && !ends.includes(last)) continue
      if (
        ((prefixes !== null && !startsWithAny(key, prefixes)) || (literal !== '' && !key.includes(literal))) &&
        !(folds && (folding ??= FOLDS_TO_K_OR_S.test(key)))
      ) {
        continue
      }
      if (expression.test(key)) return true
    }
  }
  if (cues.endingLasts === null || cues.endingLasts.has(key.charCodeAt(key.length - 1))) {
    for (const ending of cues.endings) if (key.endsWith(ending) && key.length > ending.length) return true
  }
  for (const word of cues.inner) if (hasInnerWord(key, word)) return true
  return isSponsorKey(key, cues) || isNavigationBar(key) || isRoleKey(key, cues)
}

/**
 * The patterns a key may match: those of its first character, less those
 * whose every prefix its second character rules out (a key of ASCII first
 * two characters, which no case folding reads otherwise).
 */
function candidatePatterns(key: string, cues: ChromeCues): readonly CueExpression[] | undefined {
  const first = key.charCodeAt(0)
  const second = key.length > 1 ? key.charCodeAt(1) : -1
  if (first >= 128 || second >= 128) return cues.patternsByStart.get(key.charAt(0))
  const pair = first * 129 + second + 1
  let list = cues.patternsByPair.get(pair)
  if (list === undefined) {
    const fits = (prefix: string): boolean => prefix.charCodeAt(0) === first && (prefix.length === 1 ? true : prefix.charCodeAt(1) === second)
    list = (cues.patternsByStart.get(key.charAt(0)) ?? []).filter(({prefixes}) => prefixes === null || prefixes.some((prefix) => fits(prefix)))
    cues.patternsByPair.set(pair, list)
  }
  return list
}

function startsWithAny(key: string, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) if (key.startsWith(prefix)) return true
  return false
}

/**
 * Whether a trimmed line is a journalist's role under a byline (`Home
 * affairs correspondent`, `BBC News, Washington`): chrome, and it tells
 * that the name line above it is the byline.
 *
 * @param line
 *   Trimmed line text.
 * @param cues
 *   Cue tables (default: the bundled list).
 */
export function isRoleLine(line: string, cues: ChromeCues = getDefaultChromeCues()): boolean {
  return line.length > 0 && line.length <= MAX_CHROME_LINE && isRoleKey(chromeKey(line), cues)
}

/** A role line names a job or a bureau: a few words. */
const MAX_ROLE_LENGTH = 60

function isRoleKey(key: string, cues: ChromeCues): boolean {
  if (key.length > MAX_ROLE_LENGTH || cues.roles.length === 0) return false
  const lastWord = key.slice(key.lastIndexOf(' ') + 1)
  if (!cues.roleHints.some((hint) => hint === lastWord || (hint.startsWith(' ') && key.includes(hint)))) return false
  for (const pattern of cues.roles) if (pattern.test(key)) return true
  return false
}

/**
 * Whether `word` stands inside `key` after a character that is no letter and
 * before more text. Every occurrence is looked at: a caption may use the word
 * inside a word first (`Accredited…`, `…Tuesday.Credit...Jane Doe`).
 */
function hasInnerWord(key: string, word: string): boolean {
  for (let at = key.indexOf(word, 1); at !== -1; at = key.indexOf(word, at + 1)) {
    if (at + word.length < key.length && !/\p{L}/u.test(key.charAt(at - 1))) return true
  }
  return false
}

/**
 * Whether a trimmed line marks an ad or a sponsored card (`Sponsored`,
 * `Ad`, `Ad · Chase`, `promoted`).
 *
 * @param line
 *   Trimmed line text.
 * @param cues
 *   Cue tables (default: the bundled list).
 */
export function isSponsorLine(line: string, cues: ChromeCues = getDefaultChromeCues()): boolean {
  if (line.length === 0 || line.length > MAX_CHROME_LINE) return false
  return isSponsorKey(chromeKey(line), cues)
}

function isSponsorKey(key: string, cues: ChromeCues): boolean {
  if (cues.sponsor.has(key)) return true
  const prefixes = cues.sponsorPrefixesByStart === null ? cues.sponsorPrefixes : cues.sponsorPrefixesByStart.get(key.charCodeAt(0))
  if (prefixes !== undefined) for (const prefix of prefixes) if (key.startsWith(prefix) && !isOwnVoice(key, prefix.length)) return true
  return false
}

/**
 * After a sponsor prefix, the page's own people by a closed list of roles
 * (`A message from our editor`, `A word from the publisher`, `A note from
 * the editors`), ending the line or followed by a name after a comma. Any
 * other words are an advertiser's (`A message from our friends at
 * Northstar`, `A message from the team at Acme`, `A word from our sponsor`).
 */
const OWN_VOICE = /^(?:our|the|your|my) (?:(?:executive|managing|chief|senior|deputy) )?(?:editors?|editor-in-chief|publishers?|founders?|newsroom|staff|ceo|hosts?|writers?|reporters?|columnists?)(?:, [^,]+)?$/

/** Whether the words after a sponsor prefix name the page's own voice, no advertiser. */
function isOwnVoice(key: string, at: number): boolean {
  return OWN_VOICE.test(key.slice(at))
}

/**
 * Whether a trimmed line opens an ad's own copy: a sponsor line starting
 * with an `adCopy` prefix (`Sponsored by Northstar Card`, `A MESSAGE FROM
 * NORTHWIND`), or a headline tagged as an ad that is no cue line (`Ship
 * faster with Acme (Sponsor)`, which the line classes call a sponsor line).
 * The prose right after such a line is the ad's. A bare marker
 * (`Advertisement`, `Sponsored`) opens nothing: the body around it goes on.
 *
 * @param line
 *   Trimmed line text, known to be a sponsor line.
 * @param cues
 *   Cue tables (default: the bundled list).
 */
export function opensAdCopy(line: string, cues: ChromeCues = getDefaultChromeCues()): boolean {
  if (line.length === 0 || line.length > MAX_CHROME_LINE) return false
  const key = chromeKey(line)
  for (const prefix of cues.adCopy) if (key.startsWith(prefix) && key.length > prefix.length) return true
  return !isChromeLine(line, cues)
}

/**
 * Whether a trimmed line is a section name or kicker (`World`, `Tech`, `Opinion`).
 *
 * @param line
 *   Trimmed line text.
 * @param cues
 *   Cue tables (default: the bundled list).
 */
export function isSectionName(line: string, cues: ChromeCues = getDefaultChromeCues()): boolean {
  return line.length <= MAX_CHROME_LINE && cues.sections.has(chromeKey(line))
}

/**
 * Whether a normalised line opens a page (`skip to main content`).
 *
 * @param line
 *   Trimmed line text.
 * @param cues
 *   Cue tables.
 */
export function isPageStart(line: string, cues: ChromeCues = getDefaultChromeCues()): boolean {
  return line.length <= MAX_CHROME_LINE && cues.pageStarts.has(chromeKey(line))
}

/** Words of a navigation bar part: `new`, `past`, `ask hn`. */
const MAX_NAVIGATION_PART_WORDS = 3

/**
 * A navigation bar: three or more short parts joined by ` | `, or by ` · `
 * / ` • ` when no part is a time (`new | past | comments | ask | show`,
 * `Save · Star · Mark as read`; not `WRAL · Local · 2 minutes ago`).
 */
function isNavigationBar(key: string): boolean {
  const join = key.includes(' | ') ? '|' : key.includes(' · ') ? '·' : key.includes(' • ') ? '•' : ''
  if (join === '') return false
  // A bar in brackets (`(Read More... | 4 comments)`) is the bar.
  const parts = (key.charCodeAt(0) === 40 && key.charCodeAt(key.length - 1) === 41 ? key.slice(1, -1) : key).split(join)
  if (join !== '|' && /\d|\bago\b|\byesterday\b|\btoday\b/.test(key)) return isCountBar(parts)
  // Two parts make a bar when each is a cue of its own (`See more results | Edit this alert`) or a count (`4 comments`).
  if (parts.length === 2) return parts.every((part) => isBarCue(part) || isCountPart(part.trim()))
  if (parts.length < 3) return false
  for (const part of parts) {
    const trimmed = part.trim()
    if (trimmed.length === 0 || trimmed.length > 24 || trimmed.split(' ').length > MAX_NAVIGATION_PART_WORDS) return false
  }
  return true
}

/** A count and what it counts, one word: `2 comments`, `40 up`, `12.4k subscribers`. */
const COUNT_PART = /^\d[\d.,]*k? \p{L}+$/u
/** …where that word is no unit of time (`2 h`, `5 min`: an age). */
const TIME_UNIT = /^(?:[dhmswy]|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|wks?|weeks?|mos?|months?|yrs?|years?)$/

function isCountPart(part: string): boolean {
  return COUNT_PART.test(part) && !TIME_UNIT.test(part.slice(part.indexOf(' ') + 1))
}

/** A part that is a cue of its own once its trailing dots are dropped (`read more...`). */
function isBarCue(part: string): boolean {
  let end = part.length
  while (end > 0 && (part[end - 1] === '.' || part[end - 1] === '…' || part[end - 1] === ':' || part[end - 1] === ' ')) end--
  return getDefaultChromeCues().lines.has(part.slice(0, end).trim())
}

/**
 * A row of a post's counts and buttons joined by ` · ` or ` • ` (`2
 * comments · 40 up · 0 down · boost`): two counts or more, no time among
 * them, and the other parts short labels without digits. An item's header
 * with a count (`The Straits Times · 2h · 18 sources`) holds a time.
 */
function isCountBar(parts: readonly string[]): boolean {
  if (parts.length < 3) return false
  let counts = 0
  for (const part of parts) {
    const trimmed = part.trim()
    if (isCountPart(trimmed)) counts++
    else if (trimmed.length === 0 || trimmed.length > 24 || /\d/.test(trimmed) || trimmed.split(' ').length > 2) return false
  }
  return counts >= 2
}

/**
 * Normalise a line for cue lookup: lower case, runs of whitespace as one
 * space, a leading emoji and trailing `:`, `.`, `,`, `…`, `>`, `»` and `›` dropped (`Read more »`,
 * `No comments yet...`, `Comments:` all name the same cue; `Thanks for reading,` signs off).
 *
 * @param line
 *   Trimmed line text.
 */
export function chromeKey(line: string): string {
  let end = line.length
  while (end > 0) {
    const char = line.charAt(end - 1)
    if (char === ':' || char === '.' || char === ',' || char === '…' || char === '>' || char === '»' || char === '›' || char === ' ') end--
    else break
  }
  let key = line.slice(0, end).toLowerCase()
  // A leading emoji (`📬 Did a friend forward this?`, `📰 Top stories`) names no other cue.
  if (key.charCodeAt(0) >= 0x2190) key = key.replace(LEADING_PICTOGRAPH, '')
  return hasIrregularSpace(key) ? key.replace(/\s+/g, ' ') : key
}

/** Whether `IRREGULAR_SPACE` matches: white space other than one space (`isWhitespace`, as `\s` reads it), by a loop that makes no match. */
function hasIrregularSpace(key: string): boolean {
  let space = false
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index)
    if (code === 32) {
      if (space) return true
      space = true
    } else if ((code <= 32 || code >= 0xa0) && isWhitespace(code)) return true
    else space = false
  }
  return false
}
