/**
 * What the steps of the tokenizer share: the token types and character
 * flags, the scratch arrays of one chunk of text, and the two drivers that
 * run a step (`atMarks`, `joinSentences`).
 */

/** Token types, as parse-latin's tokenizer assigns them. */
export const WHITE_SPACE = 0
export const PUNCTUATION = 1
export const WORD = 2
export const SYMBOL = 3
/** A full stop merged into the word before it (a node that is part of that word). */
export const JOINS_PREVIOUS = 4
/** A full stop merged into the word after it. */
export const JOINS_NEXT = 5

/** Flags of the class table beside the token type (low two bits). */
export const TYPE = 3
/** parse-latin `lowerInitial`: a word starting with it continues the sentence before. */
export const LOWER_INITIAL = 4
/** parse-latin `numerical`: initialisms made of these alone (`1.2.`) are not initialisms. */
export const NUMERICAL = 8
/** parse-latin `affixSymbol`: closing marks after a terminal marker belong to the sentence before. */
export const AFFIX = 16

export const FULL_STOP = 0x2e
export const SLASH = 0x2f
export const HYPHEN = 0x2d
export const AMPERSAND = 0x26
export const APOSTROPHE = 0x27
export const RIGHT_SINGLE_QUOTE = 0x20_19
export const UNDERSCORE = 0x5f
export const COMMA = 0x2c
export const SEMICOLON = 0x3b

/** Ends the list in `marks`: above any node index, so `at >= nodes` stops a walk. */
export const END = 0x7f_ff_ff_ff

/**
 * One chunk of text being tokenized: `text.slice(from, to)`, and scratch
 * arrays that the steps rewrite in turn. `raw` holds the start of each
 * token (and the chunk end after the last); `node` the first token of each
 * node, as tokens merge into words (and the token count after the last
 * node); `type` the type of each token, then of each node (nodes never
 * outnumber tokens, and every pass reads at or ahead of where it writes);
 * `marks` the punctuation and symbol nodes, in order, then `END` (see
 * `atMarks`); `sentence` the first node of each sentence (and the node
 * count after the last); `flag` whether each sentence has a word.
 */
export interface Chunk {
  text: string
  from: number
  to: number
  /** Whether the chunk starts the text (steps that look at the first sentence or the first nodes need it). */
  atStart: boolean
  /** Class of every code unit (see `character-classes.ts`). */
  classes: Uint8Array
  raw: Int32Array
  type: Uint8Array
  node: Int32Array
  marks: Int32Array
  sentence: Int32Array
  flag: Uint8Array
  /** Nodes, and sentences, so far. */
  nodes: number
  sentences: number
  /** State a step may keep between marks (`mergeEnglishElisionExceptions`); -1 at each step's start. */
  skipped: number
}

/** Scratch arrays for chunks of up to `size - 2` code units. */
export function createChunk(size: number, classes: Uint8Array): Chunk {
  return {
    text: '',
    from: 0,
    to: 0,
    atStart: true,
    classes,
    raw: new Int32Array(size),
    type: new Uint8Array(size),
    node: new Int32Array(size),
    marks: new Int32Array(size),
    sentence: new Int32Array(size),
    flag: new Uint8Array(size),
    nodes: 0,
    sentences: 0,
    skipped: -1
  }
}

/**
 * A step of the tokenizer: one of parse-latin's or parse-english's plugins
 * (or its tokenizer), replayed on a chunk. `needs`: a character the step
 * acts on only; a chunk without it skips the step.
 */
export interface Step {
  readonly name: string
  readonly needs?: string
  readonly run: (chunk: Chunk) => void
}

/**
 * What a word step decides at a mark: `KEEP` it as a node of its own (and
 * a mark), or a number `end` above the mark: the input nodes from the mark
 * to `end` (exclusive) join the word before it; or `-end`: they become one
 * new word.
 */
export const KEEP = 0

/**
 * A step that merges nodes into words, deciding only at punctuation and
 * symbol nodes (marks), as every word step of parse-latin and parse-english
 * does.
 *
 * The white space and word nodes between two marks, some nine in ten nodes
 * of prose, go through unchanged, so the step walks `marks` rather than
 * every node: it moves each run of nodes between marks down as a block
 * with `keep` (not at all before its first merge), asks `atMark` at each
 * mark with `kept` output nodes so far (the last of which is `kept - 1`;
 * input nodes from the mark on are unchanged), and writes the kept marks
 * back to `marks` under their new indices for the next step. A mark below
 * the first input node not yet handled was merged by an earlier mark of the
 * same step and is passed over.
 *
 * @param name
 *   The plugin it replays.
 * @param atMark
 *   Decides at input node `at`, a mark: `KEEP`, `end` or `-end`.
 * @param needs
 *   A character it acts on only, if any.
 * @returns
 *   The step.
 */
export function atMarks(name: string, atMark: (chunk: Chunk, at: number, kept: number) => number, needs?: string): Step {
  const run = (chunk: Chunk): void => {
    const {node, type, marks} = chunk
    const nodes = chunk.nodes
    chunk.skipped = -1
    let kept = 0
    let copied = 0
    let out = 0
    for (let next = 0; ; next++) {
      const at = marks[next]!
      if (at >= nodes) break
      if (at < copied) continue
      kept = keep(node, type, kept, copied, at)
      copied = at + 1
      const outcome = atMark(chunk, at, kept)
      if (outcome > 0) {
        copied = outcome
        continue
      }
      node[kept] = node[at]!
      if (outcome < 0) {
        type[kept++] = WORD
        copied = -outcome
        continue
      }
      type[kept] = type[at]!
      marks[out++] = kept
      kept++
    }
    kept = keep(node, type, kept, copied, nodes)
    node[kept] = node[nodes]!
    marks[out] = END
    chunk.nodes = kept
  }
  return needs === undefined ? {name, run} : {name, needs, run}
}

/**
 * Move the input nodes `from` to `to` (exclusive), none of them marks, down
 * to output index `kept`; before a step's first merge they are already
 * there. Returns the output count after them.
 */
function keep(node: Int32Array, type: Uint8Array, kept: number, from: number, to: number): number {
  if (kept === from) return to
  for (let at = from; at < to; at++) {
    node[kept] = node[at]!
    type[kept] = type[at]!
    kept++
  }
  return kept
}

/**
 * A step that joins a sentence to the one before when `joinsPrevious` says
 * so of it (nodes `start` to `end`, exclusive), for every sentence but the
 * first, as parse-latin's sentence plugins do.
 *
 * @param name
 *   The plugin it replays.
 * @param joinsPrevious
 *   Whether the sentence from node `start` to `end` joins the one before.
 * @returns
 *   The step.
 */
export function joinSentences(name: string, joinsPrevious: (chunk: Chunk, start: number, end: number) => boolean): Step {
  return {
    name,
    run(chunk) {
      const {sentence} = chunk
      const sentences = chunk.sentences
      let kept = sentences > 0 ? 1 : 0
      for (let at = 1; at < sentences; at++) {
        const start = sentence[at]!
        if (!joinsPrevious(chunk, start, sentence[at + 1]!)) sentence[kept++] = start
      }
      sentence[kept] = chunk.nodes
      chunk.sentences = kept
    }
  }
}

/** A punctuation or symbol token that is the one character `code`. */
export function isSingle(chunk: Chunk, token: number, code: number): boolean {
  const {raw} = chunk
  return raw[token + 1]! - raw[token]! === 1 && chunk.text.charCodeAt(raw[token]!) === code
}

/** parse-latin `terminalMarker`: `.`, `!`, `?`, `…`, `‽`. */
export function isTerminal(code: number): boolean {
  return code === FULL_STOP || code === 0x21 || code === 0x3f || code === 0x20_26 || code === 0x20_3d
}

/** Whether the nodes from `from` to `to` (exclusive) hold a word. */
export function hasWord(type: Uint8Array, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (type[at] === WORD) return true
  return false
}
