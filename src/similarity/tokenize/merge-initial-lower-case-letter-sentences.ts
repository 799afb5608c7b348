import {LOWER_INITIAL, WHITE_SPACE, WORD, joinSentences} from './chunk.js'

/**
 * parse-latin `mergeInitialLowerCaseLetterSentences`: a sentence whose
 * first word, before any punctuation, starts lower-case joins the one
 * before.
 */
export const mergeInitialLowerCaseLetterSentences = joinSentences('mergeInitialLowerCaseLetterSentences', (chunk, start, end) => {
  const {type} = chunk
  for (let child = start; child < end; child++) {
    const kind = type[child]!
    if (kind === WHITE_SPACE) continue
    return kind === WORD && (chunk.classes[chunk.text.charCodeAt(chunk.raw[chunk.node[child]!]!)]! & LOWER_INITIAL) !== 0
  }
  return false
})
