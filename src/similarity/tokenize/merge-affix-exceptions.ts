import {COMMA, PUNCTUATION, SEMICOLON, SYMBOL, WHITE_SPACE, isSingle, joinSentences} from './chunk.js'

/**
 * parse-latin `mergeAffixExceptions`: a sentence whose first punctuation,
 * before any word, is `,` or `;` joins the one before.
 */
export const mergeAffixExceptions = joinSentences('mergeAffixExceptions', (chunk, start, end) => {
  const {type, node} = chunk
  for (let child = start; child < end; child++) {
    const kind = type[child]!
    if (kind === WHITE_SPACE) continue
    return (kind === PUNCTUATION || kind === SYMBOL) && (isSingle(chunk, node[child]!, COMMA) || isSingle(chunk, node[child]!, SEMICOLON))
  }
  return false
})
