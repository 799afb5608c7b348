import type {AgeInterval} from './age.js'

/**
 * What one rule read from a timestamp, in epoch milliseconds. Relative
 * readings carry only an age; the pipeline turns it into instants when a
 * reference is given.
 */
export type TimestampReading =
  | {kind: 'relative'; age: AgeInterval}
  | {kind: 'absolute'; earliest: number | null; latest: number | null}

/** A header prepared once for every rule. */
export interface TimestampHeader {
  /** The trimmed header, case kept, at most 200 characters. */
  text: string
  /**
   * The same lower-cased, without lead words (`Posted`, `Updated:`, `Last
   * updated on`), single-spaced and without a final full stop:
   * `Updated 5 Minutes ago.` → `5 minutes ago`.
   */
  phrase: string
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
   */
  parse(header: TimestampHeader, referenceMs: number | null): TimestampReading | null
}

/**
 * Prepare a trimmed header for the rules (see `TimestampHeader.phrase`).
 * Linear: one alternation of fixed words, nothing repeated under a
 * quantifier.
 */
export function prepareHeader(text: string): TimestampHeader {
  let phrase = text.toLowerCase()
  // Every lead word starts with one of these letters; most headers don't.
  if (leadInitials.includes(phrase.charAt(0))) {
    const match = leadWords.exec(phrase)
    if (match) phrase = phrase.slice(match[0].length)
  }
  if (hasIrregularSpace(phrase)) phrase = phrase.replace(/\s+/g, ' ').trim()
  const last = phrase.charCodeAt(phrase.length - 1)
  // `.` and `!`
  if (last === 46 || last === 33) phrase = phrase.slice(0, -1).trimEnd()
  return {text, phrase}
}

/** Whether `text` has whitespace other than single spaces (rare; checked by hand for speed). */
function hasIrregularSpace(text: string): boolean {
  let previousSpace = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 32) {
      if (previousSpace) return true
      previousSpace = true
    } else {
      // Everything `\s` matches besides the space is below 33 or above 159.
      if (code < 33 || (code > 159 && /\s/.test(text.charAt(index)))) return true
      previousSpace = false
    }
  }
  return false
}

const leadInitials = 'aceflmpsu'

const leadWords =
  /^(?:(?:last|first) )?(?:updated|posted|published|edited|modified|added|created|submitted|uploaded)(?: on| at)?[ \t]*(?::[ \t]*)?/
