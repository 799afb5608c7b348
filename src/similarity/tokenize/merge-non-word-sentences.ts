import type {Step} from './chunk.js'

/**
 * parse-latin `mergeNonWordSentences`: a sentence without words joins the
 * one before; the first joins the one after, which is then not visited.
 */
export const mergeNonWordSentences: Step = {
  name: 'mergeNonWordSentences',
  run(chunk) {
    const {sentence, flag} = chunk
    const sentences = chunk.sentences
    let kept = 0
    let at = 0
    if (chunk.atStart && sentences > 1 && flag[0] === 0) {
      kept = 1
      at = 2
    }
    for (; at < sentences; at++) {
      if (flag[at] === 0 && kept > 0) continue
      sentence[kept++] = sentence[at]!
    }
    sentence[kept] = chunk.nodes
    chunk.sentences = kept
  }
}
