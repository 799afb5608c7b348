import {KEEP, SLASH, WORD, atMarks, isSingle} from './chunk.js'

/**
 * parse-latin `mergeInnerWordSlash`: `/` after a word shorter than three
 * code units joins it, with the word after it when that is short too
 * (`km/h`, `24/7`, not `and/or`).
 */
export const mergeInnerWordSlash = atMarks(
  'mergeInnerWordSlash',
  (chunk, at, kept) => {
    const {raw, type, node} = chunk
    if (!(kept > 0 && type[kept - 1] === WORD && isSingle(chunk, node[at]!, SLASH))) return KEEP
    const before = raw[node[at]!]! - raw[node[kept - 1]!]!
    if (at + 1 < chunk.nodes && type[at + 1] === WORD) {
      if (before < 3 && raw[node[at + 2]!]! - raw[node[at + 1]!]! < 3) return at + 2
    } else if (before < 3) {
      return at + 1
    }
    return KEEP
  },
  '/'
)
