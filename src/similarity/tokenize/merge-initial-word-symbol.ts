import {AMPERSAND, KEEP, WORD, atMarks, isSingle} from './chunk.js'

/** parse-latin `mergeInitialWordSymbol`: `&` before a word, not after one, joins it. */
export const mergeInitialWordSymbol = atMarks(
  'mergeInitialWordSymbol',
  (chunk, at, kept) => {
    const {type} = chunk
    if (isSingle(chunk, chunk.node[at]!, AMPERSAND) && !(kept > 0 && type[kept - 1] === WORD) && at + 1 < chunk.nodes && type[at + 1] === WORD) return -(at + 2)
    return KEEP
  },
  '&'
)
