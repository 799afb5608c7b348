import cueData from './cues.json' with {type: 'json'}

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
}

/** An emoji (with its variation selector) and the space after it, at a line's start. */
const LEADING_PICTOGRAPH = /^\p{Extended_Pictographic}\uFE0F?\s*/u

/** Whitespace other than single spaces, which `chromeKey` collapses. */
const IRREGULAR_SPACE = /\s\s|[^\S ]/

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
    const compiled: CueExpression = {expression: compileCue(pattern), ends}
    for (const start of starts) {
      const list = patternsByStart.get(start) ?? []
      list.push(compiled)
      patternsByStart.set(start, list)
    }
  }
  const sponsor = new Set((data.sponsor ?? []).map((line) => chromeKey(line)))
  const sponsorPrefixes = (data.sponsorPrefixes ?? []).map((prefix) => prefix.toLowerCase())
  const lines = new Set([...data.lines, ...(data.sponsor ?? []), ...(data.pageStarts ?? [])].map((line) => chromeKey(line)))
  return {
    lines,
    patternsByStart,
    endings: (data.endings ?? []).map((ending) => chromeKey(ending)),
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
  if (cues.lines.has(key)) return true
  const patterns = cues.patternsByStart.get(key.charAt(0))
  if (patterns) {
    const last = key.charAt(key.length - 1)
    for (const {expression, ends} of patterns) {
      if ((ends === undefined || ends.includes(last)) && expression.test(key)) return true
    }
  }
  for (const ending of cues.endings) if (key.endsWith(ending) && key.length > ending.length) return true
  for (const word of cues.inner) if (hasInnerWord(key, word)) return true
  return isSponsorKey(key, cues) || isNavigationBar(key) || isRoleKey(key, cues)
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
  for (const prefix of cues.sponsorPrefixes) if (key.startsWith(prefix) && !isOwnVoice(key, prefix.length)) return true
  return false
}

/** After a sponsor prefix, the page's own people (`A message from our editor`, `A word from the publisher`)… */
const OWN_VOICE = /^(?:our|the|your|my) /
/** …unless a sponsor is named after all (`A message from our sponsor`, `… from the partners of …`). */
const SPONSOR_WORD = /sponsor|partner|advertis/

/** Whether the words after a sponsor prefix name the page's own voice, no advertiser. */
function isOwnVoice(key: string, at: number): boolean {
  return OWN_VOICE.test(key.slice(at)) && !SPONSOR_WORD.test(key.slice(at))
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
  if (join !== '|' && /\d|\bago\b|\byesterday\b|\btoday\b/.test(key)) return false
  const parts = key.split(join)
  // Two parts make a bar when each is a cue of its own (`See more results | Edit this alert`).
  if (parts.length === 2) return parts.every((part) => getDefaultChromeCues().lines.has(part.trim()))
  if (parts.length < 3) return false
  for (const part of parts) {
    const trimmed = part.trim()
    if (trimmed.length === 0 || trimmed.length > 24 || trimmed.split(' ').length > MAX_NAVIGATION_PART_WORDS) return false
  }
  return true
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
  return IRREGULAR_SPACE.test(key) ? key.replace(/\s+/g, ' ') : key
}
