import type {Span} from '../types.js'
import {toNlcst} from '../nlcst.js'
import type {Content} from './content.js'
import {contentTerms} from './terms.js'

/** Passages are looked for among the first this many sentences of each text. */
const MAX_SENTENCES = 2000
/** Two sentences align when they share at least this many terms… */
const MIN_SHARED_TERMS = 3
/** …and this share of the shorter sentence's terms. */
const MIN_OVERLAP = 0.6

interface Sentence {
  span: Span
  terms: Set<string>
}

/**
 * The passages two texts share, sentence by sentence.
 *
 * Both texts are cut into sentences by retext-english, a block at a time
 * (blocks end at blank lines; a block over 4,000 characters is cut at white
 * space, which keeps retext's parser linear); the first 2,000 sentences of
 * each are compared, each with each. Two sentences align
 * when they share at least 3 terms (stemmed content words) and at least 60%
 * of the shorter one's terms; each sentence aligns at most once, best
 * overlap first. Runs of aligned sentences that follow each other on both
 * sides merge into one passage.
 *
 * @param a
 *   Content of the first item.
 * @param b
 *   Content of the second item.
 * @returns
 *   Passages as spans of `a.text` and `b.text`, in the order of `a`.
 */
export function alignPassages(a: Content, b: Content): Array<{a: Span; b: Span}> {
  // Every sentence of one side is compared with every sentence of the
  // other: bounded, so that explaining two huge texts stays affordable.
  const left = sentences(a).slice(0, MAX_SENTENCES)
  const right = sentences(b).slice(0, MAX_SENTENCES)
  const candidates: Array<{i: number; j: number; overlap: number}> = []
  for (const [i, x] of left.entries()) {
    if (x.terms.size < MIN_SHARED_TERMS) continue
    for (const [j, y] of right.entries()) {
      if (y.terms.size < MIN_SHARED_TERMS) continue
      let shared = 0
      for (const term of x.terms) if (y.terms.has(term)) shared++
      const overlap = shared / Math.min(x.terms.size, y.terms.size)
      if (shared >= MIN_SHARED_TERMS && overlap >= MIN_OVERLAP) candidates.push({i, j, overlap})
    }
  }
  // Best overlap first; ties in text order, so the result is deterministic.
  candidates.sort((p, q) => q.overlap - p.overlap || p.i - q.i || p.j - q.j)
  const pairOf = new Map<number, number>()
  const usedRight = new Set<number>()
  for (const {i, j} of candidates) {
    if (pairOf.has(i) || usedRight.has(j)) continue
    pairOf.set(i, j)
    usedRight.add(j)
  }

  const passages: Array<{a: Span; b: Span}> = []
  const order = [...pairOf.keys()].sort((p, q) => p - q)
  let index = 0
  while (index < order.length) {
    const i = order[index]!
    const j = pairOf.get(i)!
    let last = index
    while (last + 1 < order.length && order[last + 1] === order[last]! + 1 && pairOf.get(order[last + 1]!) === pairOf.get(order[last]!)! + 1) last++
    const endI = order[last]!
    const endJ = pairOf.get(endI)!
    passages.push({
      a: {start: left[i]!.span.start, end: left[endI]!.span.end},
      b: {start: right[j]!.span.start, end: right[endJ]!.span.end}
    })
    index = last + 1
  }
  return passages
}

/**
 * retext's parser grows quadratically with the merges it makes inside one
 * paragraph (parse-latin splices its node list for each), so a text is
 * handed to it a block at a time: blocks end at blank lines, and a block
 * longer than this is cut at the last white space before it.
 */
const MAX_PARSE_BLOCK = 4000

/** Sentences of a content, with the terms of the words inside each. */
function sentences(content: Content): Sentence[] {
  const spans: Span[] = []
  for (const block of parseBlocks(content.text)) {
    const tree = toNlcst(content.text.slice(block.start, block.end))
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue
        const start = sentence.position?.start.offset
        const end = sentence.position?.end.offset
        if (start !== undefined && end !== undefined) spans.push({start: block.start + start, end: block.start + end})
      }
    }
  }
  const result: Sentence[] = []
  let word = 0
  for (const span of spans) {
    const words: string[] = []
    while (word < content.words.length && content.starts[word]! < span.start) word++
    while (word < content.words.length && content.starts[word]! < span.end) words.push(content.words[word++]!)
    result.push({span, terms: new Set(contentTerms(words))})
  }
  return result
}

/** Blocks of a text to parse one at a time (see `MAX_PARSE_BLOCK`). */
function parseBlocks(text: string): Span[] {
  const blocks: Span[] = []
  let start = 0
  const push = (end: number): void => {
    while (end - start > MAX_PARSE_BLOCK) {
      // Look back for a space no further than the block's start:
      // `lastIndexOf` would scan to the text's start.
      let cut = start + MAX_PARSE_BLOCK
      while (cut > start && text.charCodeAt(cut) !== 32) cut--
      if (cut === start) cut = start + MAX_PARSE_BLOCK
      blocks.push({start, end: cut})
      start = cut
    }
    if (end > start) blocks.push({start, end})
  }
  // Blank lines end a block: walk the lines, with no regular expression.
  let lineStart = 0
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    if (text.slice(lineStart, lineEnd).trim() === '' && lineStart > start) {
      push(lineStart)
      start = lineEnd
    }
    lineStart = lineEnd + 1
  }
  push(text.length)
  return blocks
}
