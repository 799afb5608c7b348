// What bench/similarity-eval.mjs and scripts/fit-similarity.mjs need beyond
// the public API: the score's design knobs and parts, to choose among
// designs by cross-validation. Built by scripts/similarity-fit.mjs
// (`loadStudyEntry`) into bench/.cache/similarity.
export {prepare} from '../src/similarity/prepare.js'
export {storyScore} from '../src/similarity/story-model.js'
export {shippedDesign} from '../src/similarity/story-design.js'
export {getDefaultCorpusStats} from '../src/similarity/corpus-stats.js'
export {termIndexOf} from '../src/similarity/corpus-stats.js'
export {wordTerm} from '../src/similarity/terms.js'
