import cueData from './cues.json' with {type: 'json'}

/** The cue list: exact lines and whole-line patterns, kept as data in `cues.json`. */
export interface ChromeCues {
  /** Normalised lines (see `chromeKey`) that are page chrome. */
  lines: ReadonlySet<string>
  /** Whole-line patterns tested against the normalised line, by the characters such a line can start with. */
  patternsByStart: ReadonlyMap<string, readonly RegExp[]>
}

/** A whole-line cue pattern, as data. */
export interface CuePattern {
  /** Regular-expression source, matched case-insensitively against the normalised line. */
  pattern: string
  /** Every character a matching line can begin with. */
  starts: string
}

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
export function createChromeCues(data: {lines: readonly string[]; patterns: readonly CuePattern[]}): ChromeCues {
  const patternsByStart = new Map<string, RegExp[]>()
  for (const {pattern, starts} of data.patterns) {
    const expression = new RegExp(pattern, 'iu')
    for (const start of starts) {
      const list = patternsByStart.get(start) ?? []
      list.push(expression)
      patternsByStart.set(start, list)
    }
  }
  return {lines: new Set(data.lines.map((line) => chromeKey(line))), patternsByStart}
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
    for (const pattern of patterns) {
      if (pattern.test(key)) return true
    }
  }
  return false
}

/**
 * Normalise a line for cue lookup: lower case, runs of whitespace as one
 * space, and trailing `:`, `.`, `…`, `>`, `»` and `›` dropped (`Read more »`,
 * `No comments yet...`, `Comments:` all name the same cue).
 *
 * @param line
 *   Trimmed line text.
 */
export function chromeKey(line: string): string {
  let end = line.length
  while (end > 0) {
    const char = line.charAt(end - 1)
    if (char === ':' || char === '.' || char === '…' || char === '>' || char === '»' || char === '›' || char === ' ') end--
    else break
  }
  const key = line.slice(0, end).toLowerCase()
  return IRREGULAR_SPACE.test(key) ? key.replace(/\s+/g, ' ') : key
}
