import {headlineShare, termCosine, type Prepared} from './prepare.js'
import {intersectionSize} from './shingle.js'
import {shippedCalibration, shippedDesign} from './story-design.js'

/**
 * Without shared text, the score stays at or below this: above it, it rises
 * only as far as one text is found in the other, so that the same text
 * (a duplicate) always outranks the same story retold. Word overlap alone
 * cannot tell "the same story" from "very close" with more confidence than
 * that. Chosen by cross-validation on the SemEval-2022 Task 8 English dev
 * pairs among 0.6, 0.65, 0.7, 0.8, 0.9 and none (`story-model.json`, see
 * `docs/similarity.md`).
 */
export const RETOLD_CEILING = shippedDesign.ceiling

/**
 * Weight of `√cosine` in `combined`; the mean of the two headline shares
 * has the rest. Chosen with the ceiling (equal thirds, or a least-squares
 * weight on a grid of 0.05).
 */
export const COSINE_WEIGHT = shippedDesign.cosineWeight

/**
 * Platt scaling of `score` into `sameStory`: `1 / (1 + e^-(intercept +
 * slope × score))`, fitted by `scripts/fit-similarity.mjs` on the 161
 * SemEval-2022 Task 8 English dev pairs against "the same story" (human
 * `Overall` ≤ 1.5). See `docs/similarity.md` for its cross-validated
 * Brier score and reliability.
 */
export const sameStoryCalibration: {readonly intercept: number; readonly slope: number} = shippedCalibration

/**
 * The score at which `sameStory` is 0.5: pairs above it are more likely
 * than not the same story. `clusterStories` links at it by default, and the
 * `related` relation starts there.
 */
export const SAME_STORY_SCORE = round(-shippedCalibration.intercept / shippedCalibration.slope)

/** Everything `similarity` computes for two prepared items, before explaining. */
export interface StoryScore {
  /** The ranking signal (see `similarity`). */
  score: number
  /** Calibrated probability of the same story. */
  sameStory: number
  resemblance: number
  aInB: number
  bInA: number
  /** Cosine of the TF-IDF vectors. */
  cosine: number
  /** Share of `a`'s headline terms (by weight) found anywhere in `b`, and the other way. */
  headlineAInB: number
  headlineBInA: number
  /** `w × √cosine + (1 − w) × (headlineAInB + headlineBInA) / 2`, `w` = `COSINE_WEIGHT`. */
  combined: number
  /** `RETOLD_CEILING + (1 - RETOLD_CEILING) × max(aInB, bInA)`: the most `score` may be. */
  ceiling: number
}

/**
 * Score two prepared items as stories: the internal API of `similarity`,
 * for code that compares many pairs (prepare each item once with `prepare`,
 * then call this per pair).
 *
 * `combined` weighs the square-rooted cosine of the two TF-IDF vectors
 * (`COSINE_WEIGHT`) against the mean of the two headline shares (the share
 * of each headline's terms, by weight, found anywhere in the other text);
 * `score` is `combined` capped at `ceiling` (so that, without shared text,
 * it stays at most `RETOLD_CEILING`). `sameStory` is a strictly increasing
 * function of `score` (`sameStoryOf`), 0 when either item has no words.
 *
 * For searches that must not miss a pair: see `storyLinkBounds`.
 *
 * @param a
 *   Prepared item.
 * @param b
 *   Prepared item, prepared with the same statistics.
 * @returns
 *   Score, probability and their inputs, rounded to 12 decimals.
 */
export function storyScore(a: Prepared, b: Prepared): StoryScore {
  const shared = intersectionSize(a.shingles, b.shingles)
  const union = a.shingles.length + b.shingles.length - shared
  const resemblance = round(union === 0 ? 0 : shared / union)
  const aInB = round(a.shingles.length === 0 ? 0 : shared / a.shingles.length)
  const bInA = round(b.shingles.length === 0 ? 0 : shared / b.shingles.length)
  const cosine = round(termCosine(a, b))
  const headlineAInB = round(headlineShare(a, b))
  const headlineBInA = round(headlineShare(b, a))
  const combined = combinedOf(cosine, headlineAInB, headlineBInA)
  const ceiling = ceilingOf(aInB, bInA)
  const score = round(Math.min(combined, ceiling))
  const empty = a.words === 0 || b.words === 0
  return {score, sameStory: empty ? 0 : sameStoryOf(score), resemblance, aInB, bInA, cosine, headlineAInB, headlineBInA, combined, ceiling}
}

/**
 * `storyScore(a, b).score` alone, for searches that score many pairs: the
 * same number, without the shingle sets' intersection where it cannot
 * matter. The ceiling is never below `RETOLD_CEILING`, so a `combined` at
 * or below it is the score.
 *
 * @param a
 *   Prepared item.
 * @param b
 *   Prepared item, prepared with the same statistics.
 * @returns
 *   The score, rounded to 12 decimals.
 */
export function storyScoreOnly(a: Prepared, b: Prepared): number {
  return storyScoreOf(a, b, termCosine(a, b), headlineShare(a, b), headlineShare(b, a))
}

/**
 * `storyScore(a, b).score` from the pair's cosine and headline shares as
 * `termCosine` and `headlineShare` give them (unrounded), for a search
 * that has worked them out its own way: the same number, bit for bit, when
 * they are the same numbers.
 *
 * @param a
 *   Prepared item.
 * @param b
 *   Prepared item, prepared with the same statistics.
 * @param cosine
 *   `termCosine(a, b)`.
 * @param headlineAInB
 *   `headlineShare(a, b)`.
 * @param headlineBInA
 *   `headlineShare(b, a)`.
 * @returns
 *   The score, rounded to 12 decimals.
 */
export function storyScoreOf(a: Prepared, b: Prepared, cosine: number, headlineAInB: number, headlineBInA: number): number {
  const combined = combinedOf(round(cosine), round(headlineAInB), round(headlineBInA))
  if (combined <= RETOLD_CEILING) return round(combined)
  const shared = intersectionSize(a.shingles, b.shingles)
  const aInB = round(a.shingles.length === 0 ? 0 : shared / a.shingles.length)
  const bInA = round(b.shingles.length === 0 ? 0 : shared / b.shingles.length)
  return round(Math.min(combined, ceilingOf(aInB, bInA)))
}

/** `combined` from its rounded parts (see `StoryScore`). */
function combinedOf(cosine: number, headlineAInB: number, headlineBInA: number): number {
  return round(COSINE_WEIGHT * Math.sqrt(cosine) + ((1 - COSINE_WEIGHT) * (headlineAInB + headlineBInA)) / 2)
}

/** The most `score` may be, from the rounded containments (see `StoryScore`). */
function ceilingOf(aInB: number, bInA: number): number {
  return round(RETOLD_CEILING + (1 - RETOLD_CEILING) * Math.max(aInB, bInA))
}

/**
 * The calibrated probability of the same story at a score (see
 * `sameStoryCalibration`): strictly increasing, so a threshold on one is a
 * threshold on the other.
 *
 * @param score
 *   A `score`.
 * @returns
 *   The probability, rounded to 12 decimals.
 */
export function sameStoryOf(score: number): number {
  return round(1 / (1 + Math.exp(-(shippedCalibration.intercept + shippedCalibration.slope * score))))
}

/**
 * The score at which `sameStory` reaches a probability: the inverse of
 * `sameStoryOf`, clamped to `[0, 1]`.
 *
 * @param probability
 *   In `(0, 1)`.
 * @returns
 *   The least score with at least that probability (up to rounding).
 */
export function scoreForSameStory(probability: number): number {
  const logit = Math.log(probability / (1 - probability))
  return Math.min(1, Math.max(0, round((logit - shippedCalibration.intercept) / shippedCalibration.slope)))
}

/**
 * What a pair must have for its `score` to reach `threshold`, so that a
 * search over a collection can skip every other pair and lose none. Since
 * `score ≤ combined = w × √cosine + (1 − w) × (headlineAInB + headlineBInA) / 2`
 * (`w` = `COSINE_WEIGHT`) and each of the three parts is at most 1, a pair
 * with `score ≥ threshold` has both of:
 *
 * - `headlineAInB + headlineBInA ≥ 2 × headlineShare`, where
 *   `headlineShare = (threshold − w) / (1 − w)` (so one side's share is at
 *   least `headlineShare`, and the other item holds at least one of the
 *   terms that carry the top of that side's headline weight);
 * - `cosine ≥ cosine = max(0, (threshold − (1 − w)) / w)²`.
 *
 * Either bound is 0 where it says nothing (a threshold at most `w`, or at
 * most `1 − w`). By `sameStoryOf`, `sameStory ≥ p` is
 * `score ≥ scoreForSameStory(p)`.
 *
 * @param threshold
 *   Least score, in `(0, 1]`.
 * @returns
 *   The bounds (a small slack below each, for rounding).
 */
export function storyLinkBounds(threshold: number): {headlineShare: number; cosine: number} {
  const slack = 1e-9
  const w = COSINE_WEIGHT
  const headline = w >= 1 ? 0 : (threshold - w) / (1 - w)
  const root = w <= 0 ? 0 : (threshold - (1 - w)) / w
  return {
    headlineShare: Math.max(0, headline - slack),
    cosine: Math.max(0, Math.max(0, root) ** 2 - slack)
  }
}

function round(value: number): number {
  return Math.round(value * 1e12) / 1e12
}
