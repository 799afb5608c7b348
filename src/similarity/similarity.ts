import type {Article, Similarity} from '../types.js'
import {isTextOrArticle} from '../article-text.js'
import {describe} from '../describe.js'
import type {CorpusStats} from './corpus-stats.js'
import {alignPassages} from './passages.js'
import {prepare, termCosine, type Prepared} from './prepare.js'
import {intersectionSize} from './shingle.js'

/** Options of `similarity`. */
export interface SimilarityOptions {
  /** Also return the aligned shared passages (sentence level). */
  explain?: boolean
  /** Corpus statistics weighing the score's terms (default: bundled news statistics). */
  stats?: CorpusStats
}

/**
 * The thresholds behind `relation`, in the order they are checked. See
 * `docs/similarity.md` for how they were chosen.
 */
export const relationThresholds = {
  /** `duplicate`: resemblance at least this (the same text, reformatted). */
  duplicate: 0.9,
  /** `near-duplicate`: resemblance at least this (the same text, edited). */
  nearDuplicate: 0.5,
  /** `contains` / `contained`: this share of one side's shingles in the other. */
  containment: 0.8,
  /**
   * `related`: score at least this (the same story, told in other words):
   * on the SemEval-2022 Task 8 English dev pairs, F1 0.84 and accuracy 88.8%
   * for "same story" (human `Overall` ≤ 2), close to the best cut-off
   * (about 0.44 to 0.49: 89.4%, F1 0.85).
   */
  related: 0.45
} as const

/**
 * Without shared text, the score stays at or below this: above it, it rises
 * only as far as one text is found in the other, so that the same text
 * (a duplicate) always outranks the same story retold.
 */
export const RETOLD_CEILING = 0.7

/**
 * Score how likely two articles report the same story.
 *
 * What is compared is what the articles say, not their wrapper: datelines,
 * agency credits and page chrome are left out, and words are folded (case,
 * NFKC, diacritics, quotes, transliteration variants such as
 * `Zelenskiy`/`Zelenskyy`).
 *
 * - `resemblance` is the Jaccard index of the two sets of word 3-shingles
 *   (Broder); `containment.aInB` the share of `a`'s shingles found in `b`.
 * - `score` is the square root of the cosine of the two texts' TF-IDF
 *   vectors (Porter-stemmed content words, sublinear term frequency,
 *   inverse document frequencies from news statistics); the square root
 *   spreads scores apart as people grade "same story". Above 0.7 it rises
 *   only as far as one text is found in the other (`0.7 + 0.3 ×` the larger
 *   containment caps it), so the same text outranks the same story retold;
 *   it is never below `resemblance`.
 * - `relation` is the first that holds of: `duplicate` (resemblance ≥ 0.9),
 *   `near-duplicate` (≥ 0.5), `contains` (≥ 0.8 of `b` in `a`, `a` the
 *   larger), `contained` (the other way), `related` (score ≥ 0.45: the same
 *   story), `unrelated`.
 *
 * `score` and `resemblance` are symmetric, in `[0, 1]`, 1 for a text with
 * words against itself, 0 when either side has none; results are rounded to
 * 12 decimals so they are the same on every platform.
 *
 * @param a
 *   Text, or an article from `splitDump`.
 * @param b
 *   Text, or an article.
 * @param options
 *   `explain`: add `passages`, the shared passages as spans of each side's
 *   text (for an article: its title and paragraphs joined by blank lines);
 *   `stats`: corpus statistics (see `createCorpusStats`).
 * @returns
 *   The similarity.
 * @throws {TypeError}
 *   When `a` or `b` is neither text nor an article.
 *
 * @example
 *   const a = 'Russia and Ukraine agreed on Wednesday to swap more prisoners of war.'
 *   similarity(a, a).relation //=> 'duplicate'
 *   similarity(a, a).score //=> 1
 *   similarity(a, 'Heavy rain flooded the city centre on Monday.').relation //=> 'unrelated'
 */
export function similarity(a: string | Article, b: string | Article, options: SimilarityOptions = {}): Similarity {
  checkItem(a, 'a')
  checkItem(b, 'b')
  const preparedA = prepare(a, options.stats)
  const preparedB = prepare(b, options.stats)
  const result = compare(preparedA, preparedB)
  if (options.explain) result.passages = alignPassages(preparedA.content, preparedB.content)
  return result
}

/**
 * Compare two prepared items (see `prepare`): the similarity without
 * passages.
 *
 * @param a
 *   Prepared item.
 * @param b
 *   Prepared item.
 * @returns
 *   The similarity.
 */
export function compare(a: Prepared, b: Prepared): Similarity {
  const shared = intersectionSize(a.shingles, b.shingles)
  const union = a.shingles.length + b.shingles.length - shared
  const resemblance = union === 0 ? 0 : shared / union
  const aInB = a.shingles.length === 0 ? 0 : shared / a.shingles.length
  const bInA = b.shingles.length === 0 ? 0 : shared / b.shingles.length
  const ceiling = RETOLD_CEILING + (1 - RETOLD_CEILING) * Math.max(aInB, bInA)
  const score = Math.max(Math.min(Math.sqrt(termCosine(a, b)), ceiling), resemblance)
  return {
    score: round(score),
    resemblance: round(resemblance),
    containment: {aInB: round(aInB), bInA: round(bInA)},
    relation: relationOf(round(score), round(resemblance), round(aInB), round(bInA))
  }
}

function relationOf(score: number, resemblance: number, aInB: number, bInA: number): Similarity['relation'] {
  if (resemblance >= relationThresholds.duplicate) return 'duplicate'
  if (resemblance >= relationThresholds.nearDuplicate) return 'near-duplicate'
  if (bInA >= relationThresholds.containment && bInA >= aInB) return 'contains'
  if (aInB >= relationThresholds.containment) return 'contained'
  if (score >= relationThresholds.related) return 'related'
  return 'unrelated'
}

function round(value: number): number {
  return Math.round(value * 1e12) / 1e12
}

function checkItem(item: unknown, name: string): void {
  if (isTextOrArticle(item)) return
  throw new TypeError(`Expected \`${name}\` to be text or an article, not ${describe(item)}`)
}

