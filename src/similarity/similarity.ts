import type {Article, Similarity} from '../types.js'
import {checkBoolean, checkCorpusStats, checkOptions, checkTextOrArticle} from '../contract.js'
import type {CorpusStats} from './corpus-stats.js'
import {explainScore} from './explain.js'
import {alignPassages} from './passages.js'
import {prepareRemembered, type Prepared} from './prepare.js'
import {storyScore, type StoryScore} from './story-model.js'

/** Options of `similarity`. */
export interface SimilarityOptions {
  /**
   * Also say why: the shared passages (sentence level) and an
   * `explanation` (headline terms found and missing, the terms that weighed
   * most in the cosine, the probability's inputs). The passage search is
   * bounded (see `similarity`).
   */
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
   * `related`: `sameStory` at least this (the same story, told in other
   * words): more likely the same story than not, at a score of
   * `SAME_STORY_SCORE`.
   */
  sameStory: 0.5
} as const

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
 * - `score`, the ranking signal, weighs two parts: the square root of the
 *   cosine of the two texts' TF-IDF vectors (Porter-stemmed content words,
 *   `tf × idf`, inverse document frequencies from news statistics), 0.3;
 *   and the mean of the two headline shares, 0.7: each way, the share of
 *   one headline's terms (each weighed by its `tf × idf` in its own text)
 *   that the other text holds anywhere. The headline is an article's
 *   title, or a text's first line (up to 25 words) or first 10 words.
 *   Without shared text the score stays at most 0.8 (it rises above only
 *   as far as one text is found in the other: `0.8 + 0.2 ×` the larger
 *   containment caps it), so the same text outranks the same story
 *   retold. The weights, the ceiling and the headline length were chosen
 *   by cross-validation on news pairs people graded (see
 *   `docs/similarity.md`).
 * - `sameStory` is the calibrated probability that the two report the same
 *   story, a strictly increasing function of `score` (Platt scaling fitted
 *   on news pairs people graded; see `docs/similarity.md`).
 * - `relation` is the first that holds of: `duplicate` (resemblance ≥ 0.9),
 *   `near-duplicate` (≥ 0.5), `contains` (≥ 0.8 of `b` in `a`, `a` the
 *   larger), `contained` (the other way), `related` (`sameStory` ≥ 0.5: the
 *   same story in other words), `unrelated` (another story, even on the
 *   same subject or about the same people).
 *
 * `score`, `sameStory` and `resemblance` are symmetric, in `[0, 1]`; a text
 * with content words (not only stop words) against itself has score and
 * resemblance 1; score and `sameStory` are 0 when either side has no words. Results are rounded to
 * 12 decimals so they are the same on every platform. Articles (objects)
 * are read once and remembered while they live, and texts by their
 * characters (up to 1,024 texts of 2 Mi code units in all, per statistics,
 * the table emptied when full), so comparing one item with many reads it
 * once.
 *
 * @param a
 *   Text, or an article from `splitDump`.
 * @param b
 *   Text, or an article.
 * @param options
 *   `explain`: add `passages`, the shared passages as spans of each side's
 *   text (for an article: its title and paragraphs joined by blank lines),
 *   and `explanation`; `stats`: corpus statistics (see
 *   `createCorpusStats`). The passage search is bounded whatever the
 *   texts: sentences of more than 256 words count as pieces of 256, the
 *   first 2,000 sentences of each side (within its first 131,072 words)
 *   are compared, and none of `a` after
 *   2^22 shared terms counted or 2^18 aligning pairs kept (then the
 *   passages are those found so far: only texts of thousands of
 *   near-identical sentences get there). So explain adds time linear in
 *   the first 131,072 words of each text and a bounded amount of work and
 *   memory (about 4.2 million counts, 3 MB of pairs), however long the
 *   texts.
 * @returns
 *   The similarity.
 * @throws {TypeError}
 *   When `a` or `b` is neither text nor an article (whose `title` and
 *   `paragraphs` must be strings), `options` is not an object, `explain` not
 *   a boolean or `stats` not corpus statistics.
 *
 * @example
 *   const a = 'Russia and Ukraine agreed on Wednesday to swap more prisoners of war.'
 *   similarity(a, a).relation //=> 'duplicate'
 *   similarity(a, a).score //=> 1
 *   similarity(a, 'Heavy rain flooded the city centre on Monday.').relation //=> 'unrelated'
 *   similarity('Trump says tariffs on China will rise', 'Trump plays golf in Scotland').relation //=> 'unrelated'
 */
export function similarity(a: string | Article, b: string | Article, options?: SimilarityOptions | null): Similarity {
  checkTextOrArticle(a, 'a')
  checkTextOrArticle(b, 'b')
  const {explain, stats} = checkOptions(options)
  checkBoolean(explain, 'explain')
  checkCorpusStats(stats)
  const preparedA = prepareRemembered(a, stats ?? undefined)
  const preparedB = prepareRemembered(b, stats ?? undefined)
  const scored = storyScore(preparedA, preparedB)
  const result = resultOf(scored)
  if (explain) {
    result.passages = alignPassages(preparedA, preparedB)
    result.explanation = explainScore(preparedA, preparedB, scored)
  }
  return result
}

/**
 * Compare two prepared items (see `prepare`): the similarity without
 * passages or explanation.
 *
 * @param a
 *   Prepared item.
 * @param b
 *   Prepared item, prepared with the same statistics.
 * @returns
 *   The similarity.
 */
export function compare(a: Prepared, b: Prepared): Similarity {
  return resultOf(storyScore(a, b))
}

function resultOf(scored: StoryScore): Similarity {
  return {
    score: scored.score,
    sameStory: scored.sameStory,
    resemblance: scored.resemblance,
    containment: {aInB: scored.aInB, bInA: scored.bInA},
    relation: relationOf(scored)
  }
}

function relationOf({resemblance, aInB, bInA, sameStory}: StoryScore): Similarity['relation'] {
  if (resemblance >= relationThresholds.duplicate) return 'duplicate'
  if (resemblance >= relationThresholds.nearDuplicate) return 'near-duplicate'
  if (bInA >= relationThresholds.containment && bInA >= aInB) return 'contains'
  if (aInB >= relationThresholds.containment) return 'contained'
  if (sameStory >= relationThresholds.sameStory) return 'related'
  return 'unrelated'
}

