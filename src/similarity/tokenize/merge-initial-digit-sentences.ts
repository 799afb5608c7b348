import {WORD, joinSentences} from './chunk.js'

/**
 * parse-latin `mergeInitialDigitSentences`: a sentence whose first node is
 * a word starting with an ASCII digit joins the one before.
 */
export const mergeInitialDigitSentences = joinSentences('mergeInitialDigitSentences', (chunk, start, end) => {
  if (start >= end || chunk.type[start] !== WORD) return false
  const code = chunk.text.charCodeAt(chunk.raw[chunk.node[start]!]!)
  return code >= 0x30 && code <= 0x39
})
