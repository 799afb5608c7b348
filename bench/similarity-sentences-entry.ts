// What bench/similarity-sentences.mjs compares: the sentences explain uses
// and retext-english's. Built by the bench into bench/.cache/sentences.
export {sentenceSpans} from '../src/similarity/sentences.js'
export {forEachWord} from '../src/similarity/tokenize.js'
export {toNlcst} from '../src/nlcst.js'
