// Fit src/similarity/calibration.json: the Platt scaling that turns
// `similarity(...).score` into `sameStory`, the probability that two
// articles report the same story, on the 161 SemEval-2022 Task 8 English dev
// pairs of ../shared/data (a pair is the same story when its human `Overall`
// grade is 1.5 or better: 1 = the same story, 4 = unrelated). The score
// itself has no fitted weights, so fitting this does not change it.
//
// The figures this calibration is reported with are cross-validated by
// bench/similarity-eval.mjs, with the same fitting code.
// Run: npm run build && node scripts/fit-similarity.mjs
import {writeFileSync} from 'node:fs'
import {similarity} from '../dist/index.js'
import {SAME_STORY_OVERALL, plattFit, readSharedData} from './similarity-fit.mjs'

const rows = await readSharedData('semeval-en-dev.jsonl', 'scripts/fit-similarity.mjs')
const scores = rows.map((row) => similarity(row.text1, row.text2).score)
const labels = rows.map((row) => row.Overall <= SAME_STORY_OVERALL)
const {intercept, slope} = plattFit(scores, labels)
const round = (value) => Math.round(value * 1e6) / 1e6
const data = {
  $comment: `Platt scaling of similarity() scores into sameStory = 1 / (1 + exp(-(intercept + slope * score))), fitted by scripts/fit-similarity.mjs on ${rows.length} SemEval-2022 Task 8 English dev pairs (${labels.filter(Boolean).length} the same story: Overall <= ${SAME_STORY_OVERALL}).`,
  intercept: round(intercept),
  slope: round(slope)
}
writeFileSync(new URL('../src/similarity/calibration.json', import.meta.url), JSON.stringify(data, null, 2) + '\n')
console.log(`intercept ${data.intercept}, slope ${data.slope}: sameStory = 0.5 at score ${(-data.intercept / data.slope).toFixed(4)}`)
