// Fit src/similarity/story-model.json: the design of `similarity(...).score`
// and the Platt scaling that turns it into `sameStory`, the probability that
// two articles report the same story, on the 161 SemEval-2022 Task 8
// English dev pairs of ../shared/data (a pair is the same story when its
// human `Overall` grade is 1.5 or better: 1 = the same story, 4 =
// unrelated).
//
// 1. The design: of every combination of `DESIGN_CHOICES`
//    (scripts/similarity-fit.mjs: term weights, headline term weights,
//    headline words, ceiling, weight of √cosine), the one whose score has
//    the strongest Pearson r against `Overall` on all pairs.
// 2. The calibration: Platt scaling of that design's scores.
//
// bench/similarity-eval.mjs reports both cross-validated, repeating this
// very choice inside each fold (nested cross-validation), with the same
// code. The design and calibration are read from the library's own
// `prepare` and `storyScore`, so rebuild the library after this (the
// figures of the eval are of the built library).
// Run: npm run build && node scripts/fit-similarity.mjs && npm run build
import {writeFileSync} from 'node:fs'
import {SAME_STORY_OVERALL, chooseDesign, designParts, designScores, loadStudyEntry, plattFit, readSharedData} from './similarity-fit.mjs'

const rows = await readSharedData('semeval-en-dev.jsonl', 'scripts/fit-similarity.mjs')
const lib = await loadStudyEntry()
const overall = rows.map((row) => row.Overall)
const labels = rows.map((row) => row.Overall <= SAME_STORY_OVERALL)
const parts = designParts(
  lib,
  rows.map((row) => [row.text1, row.text2])
)
const chosen = chooseDesign(parts, overall, [...rows.keys()])
const scores = designScores(parts, chosen.design)
const {intercept, slope} = plattFit(scores, labels)
const round = (value) => Math.round(value * 1e6) / 1e6
const data = {
  $comment: `The story score's design, chosen by scripts/fit-similarity.mjs among the combinations of DESIGN_CHOICES (scripts/similarity-fit.mjs) by Pearson r against the human Overall grades of ${rows.length} SemEval-2022 Task 8 English dev pairs, and the Platt scaling of its scores into sameStory = 1 / (1 + exp(-(intercept + slope * score))) (${labels.filter(Boolean).length} of the pairs the same story: Overall <= ${SAME_STORY_OVERALL}). See docs/similarity.md.`,
  design: chosen.design,
  calibration: {intercept: round(intercept), slope: round(slope)}
}
writeFileSync(new URL('../src/similarity/story-model.json', import.meta.url), JSON.stringify(data, null, 2) + '\n')
console.log(`design: ${chosen.name} (r ${chosen.r.toFixed(4)} on all pairs)`)
console.log(`calibration: intercept ${data.calibration.intercept}, slope ${data.calibration.slope}: sameStory = 0.5 at score ${(-data.calibration.intercept / data.calibration.slope).toFixed(4)}`)
console.log('Now rebuild (npm run build): the library reads story-model.json when built.')
