import model from './story-model.json' with {type: 'json'}

/**
 * The choices that make up the story score, as `scripts/fit-similarity.mjs`
 * chose them by cross-validation and wrote them to `story-model.json` (see
 * `docs/similarity.md`). `prepare` reads the first three, `storyScore` the
 * last two.
 */
export interface StoryDesign {
  /**
   * Term weights: `raw`, `tf × idf`; `sublinear`, `(1 + ln tf) × idf`.
   */
  readonly termFrequency: 'raw' | 'sublinear'
  /**
   * How a headline's terms weigh in the headline shares: `idf`, by rarity
   * alone; `tfidf`, by their weight in the text's own term vector, so that
   * a headline term the article keeps coming back to weighs more than one
   * it names once.
   */
  readonly headlineTermWeight: 'idf' | 'tfidf'
  /** Words taken as the headline of a text without a title or short first line. */
  readonly headlineWords: number
  /** Weight of `√cosine` in `combined`; the mean headline share has the rest. */
  readonly cosineWeight: number
  /** Without shared text, `score` stays at or below this (see `storyScore`). */
  readonly ceiling: number
}

/** Knobs of the score's design for the design study in `bench/`; the defaults are `shippedDesign`'s. */
export type ScoreDesign = Partial<Pick<StoryDesign, 'termFrequency' | 'headlineTermWeight' | 'headlineWords'>>

/** The design the library scores with, read from `story-model.json`. */
export const shippedDesign: StoryDesign = checkedDesign(model.design)

/**
 * Platt scaling of `score` into `sameStory` (`1 / (1 + e^-(intercept +
 * slope × score))`), fitted with the design, read from `story-model.json`.
 */
export const shippedCalibration: {readonly intercept: number; readonly slope: number} = checkedCalibration(model.calibration)

/** The shipped data is checked once, so that a bad edit fails loudly in the tests, not quietly in a score. */
function checkedDesign(design: Record<string, unknown>): StoryDesign {
  const {termFrequency, headlineTermWeight, headlineWords, cosineWeight, ceiling} = design
  if (
    (termFrequency !== 'raw' && termFrequency !== 'sublinear') ||
    (headlineTermWeight !== 'idf' && headlineTermWeight !== 'tfidf') ||
    !Number.isInteger(headlineWords) ||
    (headlineWords as number) < 1 ||
    !inUnitInterval(cosineWeight) ||
    !inUnitInterval(ceiling)
  ) {
    throw new Error(`Invalid story design in story-model.json: ${JSON.stringify(design)}`)
  }
  return {termFrequency, headlineTermWeight, headlineWords: headlineWords as number, cosineWeight, ceiling}
}

function checkedCalibration(calibration: Record<string, unknown>): {intercept: number; slope: number} {
  const {intercept, slope} = calibration
  if (typeof intercept !== 'number' || !Number.isFinite(intercept) || typeof slope !== 'number' || !(slope > 0) || !Number.isFinite(slope)) {
    throw new Error(`Invalid calibration in story-model.json: ${JSON.stringify(calibration)}`)
  }
  return {intercept, slope}
}

function inUnitInterval(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1
}
