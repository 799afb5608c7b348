import {
  AMPERSAND,
  APOSTROPHE,
  FULL_STOP,
  HYPHEN,
  KEEP,
  RIGHT_SINGLE_QUOTE,
  UNDERSCORE,
  WORD,
  atMarks,
  type Chunk
} from './chunk.js'

/**
 * parse-latin `mergeInnerWordSymbol`: words joined by one of `&'-.:=?@`,
 * soft hyphen, `·`, `‐`, `‑`, `’`, `‧`, or underscores, become one.
 */
export const mergeInnerWordSymbol = atMarks('mergeInnerWordSymbol', (chunk, at, kept) => {
  const {type, node} = chunk
  if (!(kept > 0 && type[kept - 1] === WORD)) return KEEP
  let last = -1
  for (let ahead = at; ahead < chunk.nodes; ahead++) {
    const aheadKind = type[ahead]!
    if (aheadKind === WORD) last = ahead
    else if ((aheadKind & 1) === 0 || !isInnerWordSymbol(chunk, node[ahead]!)) break
  }
  return last === -1 ? KEEP : last + 1
})

/** parse-latin `wordSymbolInner`: `^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$`. */
function isInnerWordSymbol(chunk: Chunk, token: number): boolean {
  const {raw} = chunk
  const code = chunk.text.charCodeAt(raw[token]!)
  if (code === UNDERSCORE) return true
  if (raw[token + 1]! - raw[token]! !== 1) return false
  switch (code) {
    case AMPERSAND:
    case APOSTROPHE:
    case HYPHEN:
    case FULL_STOP:
    case 0x3a:
    case 0x3d:
    case 0x3f:
    case 0x40:
    case 0xad:
    case 0xb7:
    case 0x20_10:
    case 0x20_11:
    case RIGHT_SINGLE_QUOTE:
    case 0x20_27: {
      return true
    }
    default: {
      return false
    }
  }
}
