// What bench/similarity-eval.mjs needs beyond the public API: the score's
// design knobs, to choose among designs by cross-validation. Built by the
// bench into bench/.cache/similarity.
export {prepare} from '../src/similarity/prepare.js'
export {RETOLD_CEILING, storyScore} from '../src/similarity/story-model.js'
export {HEADLINE_WORDS} from '../src/similarity/headline.js'
export {getDefaultCorpusStats} from '../src/similarity/corpus-stats.js'
