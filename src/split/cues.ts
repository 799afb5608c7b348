import cueData from './cues.json' with {type: 'json'}

/** The cue list: exact lines and whole-line patterns, kept as data in `cues.json`. */
export interface ChromeCues {
  /** Normalised lines (see `chromeKey`) that are page chrome. */
  lines: ReadonlySet<string>
  /** Whole-line patterns tested against the normalised line. */
  patterns: readonly RegExp[]
}

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
export function createChromeCues(data: {lines: readonly string[]; patterns: readonly string[]}): ChromeCues {
  return {
    lines: new Set(data.lines.map((line) => chromeKey(line))),
    patterns: data.patterns.map((source) => new RegExp(source, 'iu'))
  }
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
  for (const pattern of cues.patterns) {
    if (pattern.test(key)) return true
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
  return line.slice(0, end).toLowerCase().replace(/\s+/g, ' ')
}
