import type {Span} from '../types.js'
import type {Content} from './content.js'
import {sentenceSpans} from './sentences.js'
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
 * Both texts are cut into sentences as retext-english would cut them, from
 * the fast tokenizer's words (`sentenceSpans`); the first 2,000 sentences
 * of each are compared, each with each. Two sentences align
 * when they share at least 3 terms (stemmed content words) and at least 60%
 * of the shorter one's terms; each sentence aligns at most once, best
 * overlap first. Runs of aligned sentences that follow each other on both
 * sides merge into one passage.
 *
 * @param a
 *   The first item (its `content`).
 * @param b
 *   The second item.
 * @returns
 *   Passages as spans of `a.content.text` and `b.content.text`, in the order of `a`.
 */
export function alignPassages(a: {content: Content}, b: {content: Content}): Array<{a: Span; b: Span}> {
  // Every sentence of one side is compared with every sentence of the
  // other: bounded, so that explaining two huge texts stays affordable.
  const left = sentences(a.content).slice(0, MAX_SENTENCES)
  const right = sentences(b.content).slice(0, MAX_SENTENCES)
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

/** Sentences of a content, with the terms of the words inside each. */
function sentences(content: Content): Sentence[] {
  const spans = sentenceSpans(content.text)
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
