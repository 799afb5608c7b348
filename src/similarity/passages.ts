import type {Span} from '../types.js'
import type {Content} from './content.js'
import {siftDown, siftUp} from './heap.js'
import {sentenceSpans} from './sentences.js'
import {wordTerm} from './terms.js'

/** Passages are looked for among the first this many sentences of each text… */
export const MAX_SENTENCES = 2000
/** …a sentence of more words counting as pieces of this many words each… */
export const MAX_SENTENCE_WORDS = 256
/** …and the first this many words of each text read. */
export const MAX_WORDS = 1 << 17
/**
 * …and the search stops taking sentences of `a` once it has counted this
 * many shared terms (one for each term a sentence of `a` shares with one of
 * `b`)…
 */
export const MAX_SHARED_COUNTS = 1 << 22
/** …or kept this many aligning pairs. */
export const MAX_PAIRS = 1 << 18
/** Two sentences align when they share at least this many terms… */
const MIN_SHARED_TERMS = 3
/** …and this share of the shorter sentence's terms. */
const MIN_OVERLAP = 0.6

/** A sentence: its span, and its distinct terms as ids, ascending. */
interface Sentence {
  span: Span
  terms: Int32Array
}

/**
 * The passages two texts share, sentence by sentence.
 *
 * Both texts are cut into sentences as retext-english would cut them, from
 * the fast tokenizer's words (`sentenceSpans`); a sentence of more than 256
 * words counts as pieces of 256 words (the last one shorter), and the first
 * 2,000 sentences (or pieces) of each text, within its first 131,072 words,
 * are compared, each with each.
 * Two sentences align when they share at least 3 terms (stemmed content
 * words) and at least 60% of the shorter one's terms; each sentence aligns
 * at most once, best overlap first (ties in the order of `a`, then of `b`).
 * Runs of aligned sentences that follow each other on both sides merge into
 * one passage.
 *
 * Time and memory are bounded whatever the texts. Shared terms are counted
 * through an inverted index of `b`'s sentences (work in proportion to the
 * pairs that share a term), and once 2^22 shared terms have been counted or
 * 2^18 aligning pairs kept, no further sentence of `a` is compared: the
 * passages are then those of `a`'s sentences up to that point (a degraded
 * answer that only texts made of thousands of near-identical sentences
 * reach; real articles stay far below). So the search costs at most about
 * 4.2 million counts and 3 MB of pairs (12 bytes each) past reading the
 * first 131,072 words of each text, whatever their length.
 *
 * @param a
 *   The first item (its `content`).
 * @param b
 *   The second item.
 * @returns
 *   Passages as spans of `a.content.text` and `b.content.text`, in the order of `a`.
 */
export function alignPassages(a: {content: Content}, b: {content: Content}): Array<{a: Span; b: Span}> {
  const ids = new Map<string, number>()
  const left = sentences(a.content, ids)
  const right = sentences(b.content, ids)
  const pairOf = matchSentences(left, right, ids.size)

  const passages: Array<{a: Span; b: Span}> = []
  const order: number[] = []
  for (let i = 0; i < pairOf.length; i++) if (pairOf[i]! >= 0) order.push(i)
  let index = 0
  while (index < order.length) {
    const i = order[index]!
    const j = pairOf[i]!
    let last = index
    while (last + 1 < order.length && order[last + 1] === order[last]! + 1 && pairOf[order[last + 1]!] === pairOf[order[last]!]! + 1) last++
    const endI = order[last]!
    const endJ = pairOf[endI]!
    passages.push({
      a: {start: left[i]!.span.start, end: left[endI]!.span.end},
      b: {start: right[j]!.span.start, end: right[endJ]!.span.end}
    })
    index = last + 1
  }
  return passages
}

/**
 * Align sentences greedily, best overlap first: the pairs that share enough
 * terms, taken in order of overlap (descending), then `i`, then `j`, each
 * sentence at most once.
 *
 * The pairs of each sentence of `left` are sorted once; a heap holds each
 * sentence's best pair not yet ruled out, so the greedy order is the order
 * of one global sort without holding the pairs as objects.
 *
 * @returns
 *   For each sentence of `left`, the index of its sentence of `right`, or -1.
 */
function matchSentences(left: readonly Sentence[], right: readonly Sentence[], terms: number): Int32Array {
  // Inverted index of the right side: term id → sentences holding it.
  const postingStart = new Int32Array(terms + 1)
  for (const sentence of right) for (const term of sentence.terms) postingStart[term + 1]!++
  for (let term = 0; term < terms; term++) postingStart[term + 1]! += postingStart[term]!
  const postings = new Int32Array(postingStart[terms]!)
  const fill = postingStart.slice(0, terms)
  for (let j = 0; j < right.length; j++) for (const term of right[j]!.terms) postings[fill[term]!++] = j

  // Candidate pairs, row by row: `rowStart[i]` to `rowStart[i + 1]` in
  // `partner` and `overlap`, sorted best first within the row.
  const rowStart = new Int32Array(left.length + 1)
  let partner = new Int32Array(1024)
  let overlap = new Float64Array(1024)
  let count = 0
  const shared = new Int32Array(right.length)
  const touched: number[] = []
  // Shared terms counted so far, against `MAX_SHARED_COUNTS`.
  let counted = 0
  for (let i = 0; i < left.length; i++) {
    rowStart[i] = count
    const x = left[i]!.terms
    if (x.length < MIN_SHARED_TERMS) continue
    // Past either budget, the rows left stay empty: a row adds at most
    // `right.length` pairs and the postings of its terms, so the budgets
    // are overshot by one row at most.
    if (counted >= MAX_SHARED_COUNTS || count >= MAX_PAIRS) continue
    for (const term of x) {
      const end = postingStart[term + 1]!
      counted += end - postingStart[term]!
      for (let posting = postingStart[term]!; posting < end; posting++) {
        const j = postings[posting]!
        if (shared[j] === 0) touched.push(j)
        shared[j]!++
      }
    }
    const rowFirst = count
    for (const j of touched) {
      const common = shared[j]!
      shared[j] = 0
      const size = right[j]!.terms.length
      if (size < MIN_SHARED_TERMS || common < MIN_SHARED_TERMS) continue
      const share = common / Math.min(x.length, size)
      if (share < MIN_OVERLAP) continue
      if (count === partner.length) {
        partner = grow(partner, new Int32Array(count * 2))
        overlap = grow(overlap, new Float64Array(count * 2))
      }
      partner[count] = j
      overlap[count] = share
      count++
    }
    touched.length = 0
    sortRow(partner, overlap, rowFirst, count)
  }
  rowStart[left.length] = count

  // Greedy matching in the global order (overlap desc, i asc, j asc): a heap
  // of rows keyed by their best remaining pair.
  const pairOf = new Int32Array(left.length).fill(-1)
  const usedRight = new Uint8Array(right.length)
  const next = rowStart.slice(0, left.length)
  const heap: number[] = []
  const before = (p: number, q: number): boolean => {
    const op = overlap[next[p]!]!
    const oq = overlap[next[q]!]!
    return op > oq || (op === oq && p < q)
  }
  const push = (row: number): void => {
    heap.push(row)
    siftUp(heap, heap.length - 1, before)
  }
  const pop = (): number => {
    const top = heap[0]!
    const last = heap.pop()!
    if (heap.length > 0) {
      heap[0] = last
      siftDown(heap, 0, before)
    }
    return top
  }
  for (let i = 0; i < left.length; i++) if (rowStart[i]! < rowStart[i + 1]!) push(i)
  while (heap.length > 0) {
    const i = pop()
    const j = partner[next[i]!]!
    if (!usedRight[j]) {
      usedRight[j] = 1
      pairOf[i] = j
      continue
    }
    // Skip the pairs of this row whose sentence of `right` is taken.
    let at = next[i]! + 1
    while (at < rowStart[i + 1]! && usedRight[partner[at]!]) at++
    if (at < rowStart[i + 1]!) {
      next[i] = at
      push(i)
    }
  }
  return pairOf
}

/** Sort one row's pairs by overlap (descending), then partner (ascending). */
function sortRow(partner: Int32Array, overlap: Float64Array, from: number, to: number): void {
  if (to - from < 2) return
  // Often in order already (equal overlaps come in the order of `right`).
  let sorted = true
  for (let k = from + 1; k < to && sorted; k++) sorted = overlap[k - 1]! > overlap[k]! || (overlap[k - 1] === overlap[k] && partner[k - 1]! < partner[k]!)
  if (sorted) return
  const order = Array.from({length: to - from}, (_, k) => from + k)
  order.sort((p, q) => overlap[q]! - overlap[p]! || partner[p]! - partner[q]!)
  const partners = order.map((k) => partner[k]!)
  const overlaps = order.map((k) => overlap[k]!)
  partner.set(partners, from)
  overlap.set(overlaps, from)
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from)
  return to
}

/**
 * The first `MAX_SENTENCES` sentences of a content (a sentence of more than
 * `MAX_SENTENCE_WORDS` words counting as pieces of that many), each with
 * the ids of the distinct terms of its words.
 */
function sentences(content: Content, ids: Map<string, number>): Sentence[] {
  const spans = sentenceSpans(content.text, MAX_SENTENCES, MAX_WORDS)
  const {words, starts, ends} = content
  const result: Sentence[] = []
  const add = (span: Span, from: number, to: number): void => {
    const terms = new Set<number>()
    for (let at = from; at < to; at++) {
      const term = wordTerm(words[at]!)
      if (term === undefined) continue
      let id = ids.get(term)
      if (id === undefined) {
        id = ids.size
        ids.set(term, id)
      }
      terms.add(id)
    }
    result.push({span, terms: Int32Array.from(terms).sort()})
  }
  let word = 0
  for (const span of spans) {
    if (result.length === MAX_SENTENCES) break
    while (word < words.length && starts[word]! < span.start) word++
    const first = word
    while (word < words.length && starts[word]! < span.end) word++
    if (word - first <= MAX_SENTENCE_WORDS) {
      add(span, first, word)
      continue
    }
    // A sentence too long to be one: pieces of `MAX_SENTENCE_WORDS` words,
    // the first from the sentence's start, the last to its end.
    for (let from = first; from < word && result.length < MAX_SENTENCES; from += MAX_SENTENCE_WORDS) {
      const to = Math.min(word, from + MAX_SENTENCE_WORDS)
      add({start: from === first ? span.start : starts[from]!, end: to === word ? span.end : ends[to - 1]!}, from, to)
    }
  }
  return result
}
