/**
 * A fast word tokenizer for bulk shingling that gives exactly the words
 * retext-english gives (`nlcstWords`), without building a syntax tree.
 *
 * retext-english is `parse-english` on top of `parse-latin`. Both tokenize
 * the whole text into runs of white space, word characters, and repeated
 * punctuation or symbol characters, then merge neighbouring tokens with an
 * ordered list of small plugins: first over the whole text as one
 * sentence, then over the sentences split at terminal markers (`.`, `!`,
 * `?`, `…`, `‽`). This folder replays the same steps, in the same order, on
 * flat typed arrays of token offsets: one file per step, named after the
 * plugin it replays and run from the ordered array in `steps.ts`, so a word
 * can be traced back to the rule that made it. Every word step acts only
 * at punctuation and symbol tokens, so the steps walk a list of those
 * rather than every token (see `atMarks` in `chunk.ts`).
 *
 * Character classes are parse-latin's (`lib/expressions.js` of
 * parse-latin 7), tested per UTF-16 code unit as parse-latin does (it reads
 * the text with `charAt`), and written as runs over the 65,536 code units
 * to `character-classes.ts` by `scripts/build-tokenize-classes.mjs`. The
 * test suite checks every code unit against retext-english.
 */
import {describe} from '../../describe.js'
import {RUN_VALUES, RUNS} from './character-classes.js'
import {JOINS_NEXT, JOINS_PREVIOUS, TYPE, WHITE_SPACE, WORD, createChunk, type Chunk} from './chunk.js'
import {steps} from './steps.js'

/**
 * Below this many code units a text is tokenized in one go; longer texts
 * are cut into chunks of at least this size where a cut cannot change a
 * word (see `chunkEnd`), so scratch memory stays bounded on most inputs.
 */
const CHUNK = 1 << 16

let classTable: Uint8Array | undefined
/** Scratch arrays of a finished call, for the next one. */
let spare: Chunk | undefined

/**
 * Call `visit` with the offsets of every word of `text`, in order, as
 * retext-english tokenizes it (the `nlcst-to-string` of each `WordNode`).
 *
 * Replays parse-latin's and parse-english's tokenizer and every plugin that
 * changes words, so the words are those of `nlcstWords`: contractions and
 * possessives (`didn't`, `Zelenskiy’s`), elisions (`'90s`, `rock 'n'
 * roll`), inner hyphens, full stops, colons, `@`, `&` and underscores
 * (`e-mail`, `x.com`, `hello@world.com`, `AT&T`, `a_b`), short slashed
 * words (`km/h`, `24/7`, `w/`), initialisms (`U.S.`, `e.g.`), and
 * abbreviations (`Dr.`, `Inc.`). Some full stops depend on the sentence
 * around them, as in parse-latin: in `Plan B. The` and `It was 100. Then`
 * the full stop stays with `B` and `100` (a letter or a number of up to
 * three digits), while in `It was 1000. Then` it ends the sentence; `He
 * said no. and left` gives `no.`, as the lower-case `and` continues the
 * sentence and the full stop is no longer its last. Numbers split at
 * commas (`1,200` is `1` and `200`), currency and percent signs are not
 * part of words, and emoji and other characters outside the Basic
 * Multilingual Plane are symbols, as parse-latin reads code units. No
 * known differences from retext-english: none on the fixtures, on the
 * 21,268 BBC and Reuters-21578 stories of `bench/tokenize.mjs`, or on
 * random strings. Linear in the length of `text`; scratch memory of 18
 * bytes per code unit of a chunk (64 to 128 Ki code units, longer only
 * where a text has no `lowercase. Capital` to cut at), nothing per word.
 *
 * @param text
 *   Any string: empty, huge, with lone surrogates or NUL.
 * @param visit
 *   Called once per word with its UTF-16 offsets: the word is
 *   `text.slice(start, end)`.
 * @returns
 *   Nothing.
 * @throws {TypeError}
 *   When `text` is not a string, or `visit` not a function.
 *
 * @example
 *   const spans = []
 *   forEachWord('U.S. troops, e-mail', (start, end) => spans.push([start, end]))
 *   spans //=> [[0, 4], [5, 11], [13, 19]]
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, not ${describe(text)}`)
  if (typeof visit !== 'function') throw new TypeError(`Expected a function, not ${describe(visit)}`)
  const classes = (classTable ??= decodeRuns(RUNS))
  const length = text.length
  // Reuse the arrays of the last call, unless a call from `visit` is using them.
  let arrays = spare
  spare = undefined
  try {
    let from = 0
    while (from < length) {
      const to = chunkEnd(text, from, classes)
      if (arrays === undefined || arrays.raw.length < to - from + 2) arrays = createChunk(Math.max(to - from + 2, 1024), classes)
      arrays.text = text
      arrays.from = from
      arrays.to = to
      arrays.atStart = from === 0
      tokenizeChunk(arrays, visit)
      from = to
    }
  } finally {
    if (arrays !== undefined) arrays.text = ''
    // Keep small arrays only, so one huge text does not pin its scratch memory.
    if (arrays !== undefined && arrays.raw.length <= 4 * CHUNK) spare = arrays
  }
}

/**
 * The words of `text` as retext-english tokenizes them.
 *
 * The same words as `nlcstWords(text)`, several times faster; see
 * `forEachWord` for the rules, which this calls.
 *
 * @param text
 *   Any string.
 * @returns
 *   The words, in order: `text.slice(start, end)` for each word
 *   `forEachWord` visits.
 * @throws {TypeError}
 *   When `text` is not a string.
 *
 * @example
 *   words('Zelenskiy’s aide didn\'t go.') //=> ['Zelenskiy’s', 'aide', "didn't", 'go']
 *   words('$322m, 1,200 and 15.5% rate') //=> ['322m', '1', '200', 'and', '15.5', 'rate']
 *   words('Dr. Smith (AFP) — yes, in the U.S.') //=> ['Dr.', 'Smith', 'AFP', 'yes', 'in', 'the', 'U.S.']
 *   words('hello@world.com http://x.com/a_b #shorts') //=> ['hello@world.com', 'http', 'x.com', 'a_b', 'shorts']
 *   words('It was 100. Then 1000. Then') //=> ['It', 'was', '100.', 'Then', '1000', 'Then']
 *   words('') //=> []
 */
export function words(text: string): string[] {
  const result: string[] = []
  forEachWord(text, (start, end) => {
    result.push(text.slice(start, end))
  })
  return result
}

function decodeRuns(runs: string): Uint8Array {
  const table = new Uint8Array(65_536)
  let at = 0
  let count = 0
  for (let index = 0; index < runs.length; index++) {
    const code = runs.charCodeAt(index)
    if (code >= 65 && code <= 90) {
      const size = count === 0 ? 1 : count
      table.fill(RUN_VALUES[code - 65]!, at, at + size)
      at += size
      count = 0
    } else {
      count = count * 36 + (code <= 57 ? code - 48 : code - 87)
    }
  }
  return table
}

/**
 * Where the chunk starting at `from` ends: `text.length`, or just after a
 * full stop that ends a sentence whatever surrounds it, where nothing on
 * one side can change a word on the other. That is a plain word of six or
 * more lower-case ASCII letters after white space (never an abbreviation,
 * an initialism, or part of a merged word), the full stop, white space, and
 * a word starting with an ASCII capital (which no plugin merges into the
 * sentence before).
 */
function chunkEnd(text: string, from: number, classes: Uint8Array): number {
  const length = text.length
  if (length - from <= 2 * CHUNK) return length
  let at = from + CHUNK
  while (at < length) {
    at = text.indexOf('.', at)
    if (at === -1) return length
    let after = at + 1
    while (after < length && (classes[text.charCodeAt(after)]! & TYPE) === WHITE_SPACE) after++
    if (after > at + 1 && after < length) {
      const capital = text.charCodeAt(after)
      if (capital >= 65 && capital <= 90) {
        let before = at - 1
        while (before > from) {
          const letter = text.charCodeAt(before)
          if (letter < 97 || letter > 122) break
          before--
        }
        if (at - 1 - before >= 6 && (classes[text.charCodeAt(before)]! & TYPE) === WHITE_SPACE) return at + 1
      }
    }
    at++
  }
  return length
}

/** Run every step on a chunk, then visit its words, in order. */
function tokenizeChunk(chunk: Chunk, visit: (start: number, end: number) => void): void {
  const {text, from, to} = chunk
  for (const step of steps) if (step.needs === undefined || has(text, from, to, step.needs)) step.run(chunk)
  const {raw, type, node, nodes} = chunk
  for (let at = 0; at < nodes; at++) {
    if (type[at] !== WORD) continue
    const start = raw[node[at > 0 && type[at - 1] === JOINS_NEXT ? at - 1 : at]!]!
    let end = at + 1
    while (end < nodes && type[end] === JOINS_PREVIOUS) end++
    visit(start, raw[node[end]!]!)
  }
}

/** Whether `text.slice(from, to)` holds `character`: a step that only acts on it can be left out. */
function has(text: string, from: number, to: number, character: string): boolean {
  const at = text.indexOf(character, from)
  return at !== -1 && at < to
}
