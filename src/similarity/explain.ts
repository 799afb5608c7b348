import type {HeadlineTerms, SimilarityExplanation} from '../types.js'
import {forEachSharedTerm, hasId, hasTerm, type Prepared} from './prepare.js'
import {COSINE_WEIGHT, sameStoryCalibration, type StoryScore} from './story-model.js'
import {wordTerm} from './terms.js'

/** Shared terms listed in an explanation. */
const SHARED_TERMS = 10

/**
 * Why two prepared items scored as they did: the inputs of `score` and
 * `sameStory`, each headline's terms found in the other text or missing
 * from it, and the shared terms that weighed most in the cosine.
 *
 * @param a
 *   Prepared item.
 * @param b
 *   Prepared item, prepared with the same statistics.
 * @param scored
 *   Their `storyScore`.
 * @returns
 *   The explanation.
 */
export function explainScore(a: Prepared, b: Prepared, scored: StoryScore): SimilarityExplanation {
  return {
    inputs: {
      cosine: scored.cosine,
      headlineAInB: scored.headlineAInB,
      headlineBInA: scored.headlineBInA,
      cosineWeight: COSINE_WEIGHT,
      combined: scored.combined,
      ceiling: scored.ceiling,
      intercept: sameStoryCalibration.intercept,
      slope: sameStoryCalibration.slope
    },
    headlineA: headlineTerms(a, b),
    headlineB: headlineTerms(b, a),
    sharedTerms: sharedTerms(a, b)
  }
}

/** A term as `prepare` keys it: a listed term's id, or the term itself. */
function keyOf(item: Prepared, term: string): number | string {
  return item.index.ids.get(term) ?? term
}

function holds(item: Prepared, key: number | string): boolean {
  return typeof key === 'number' ? hasId(item.ids, key) : hasTerm(item.rare, key)
}

/** A headline term's weight (see `Prepared.headlineIdWeights`). */
function headlineWeightOf(item: Prepared, key: number | string): number {
  if (typeof key === 'number') return item.headlineIdWeights[item.headlineIds.indexOf(key)]!
  return item.headlineRareWeights[item.headlineRare.indexOf(key)]!
}

function headlineTerms(item: Prepared, other: Prepared): HeadlineTerms {
  const {content, headlineWords} = item
  const found: HeadlineTerms['found'] = []
  const missing: HeadlineTerms['missing'] = []
  const seen = new Set<string>()
  for (let position = 0; position < headlineWords; position++) {
    const term = wordTerm(content.words[position]!)
    if (term === undefined || seen.has(term)) continue
    seen.add(term)
    const key = keyOf(item, term)
    const entry = {word: content.text.slice(content.starts[position], content.ends[position]), weight: round(headlineWeightOf(item, key))}
    if (holds(other, key)) found.push(entry)
    else missing.push(entry)
  }
  const span = headlineWords === 0 ? {start: 0, end: 0} : {start: content.starts[0]!, end: content.ends[headlineWords - 1]!}
  return {span, found, missing}
}

function sharedTerms(a: Prepared, b: Prepared): SimilarityExplanation['sharedTerms'] {
  const shared: Array<{term: string; product: number}> = []
  let dot = 0
  forEachSharedTerm(a, b, (weightA, weightB, term) => {
    const product = weightA * weightB
    shared.push({term: typeof term === 'number' ? a.index.terms[term]! : term, product})
    dot += product
  })
  if (dot === 0) return []
  shared.sort((p, q) => q.product - p.product || (p.term < q.term ? -1 : 1))
  const top = shared.slice(0, SHARED_TERMS)
  const wordsA = surfaceWords(a, top)
  const wordsB = surfaceWords(b, top)
  return top.map(({term, product}) => ({term, words: {a: wordsA.get(term)!, b: wordsB.get(term)!}, share: round(product / dot)}))
}

/** The first word in the item's text that gives each of `wanted`'s terms. */
function surfaceWords(item: Prepared, wanted: ReadonlyArray<{term: string}>): Map<string, string> {
  const open = new Set(wanted.map(({term}) => term))
  const words = new Map<string, string>()
  const {content} = item
  for (let position = 0; position < content.words.length && open.size > 0; position++) {
    const term = wordTerm(content.words[position]!)
    if (term === undefined || !open.has(term)) continue
    open.delete(term)
    words.set(term, content.text.slice(content.starts[position], content.ends[position]))
  }
  return words
}

function round(value: number): number {
  return Math.round(value * 1e12) / 1e12
}
