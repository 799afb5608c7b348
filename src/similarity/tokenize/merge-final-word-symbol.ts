import {HYPHEN, KEEP, WORD, atMarks, isSingle} from './chunk.js'

/** parse-latin `mergeFinalWordSymbol`: `-` after a word, not before one, joins it (`pre- and post-war`). */
export const mergeFinalWordSymbol = atMarks(
  'mergeFinalWordSymbol',
  (chunk, at, kept) => {
    const {type} = chunk
    if (kept > 0 && type[kept - 1] === WORD && isSingle(chunk, chunk.node[at]!, HYPHEN) && !(at + 1 < chunk.nodes && type[at + 1] === WORD)) return at + 1
    return KEEP
  },
  '-'
)
