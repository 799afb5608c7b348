import {APOSTROPHE, KEEP, PUNCTUATION, RIGHT_SINGLE_QUOTE, SLASH, WHITE_SPACE, WORD, atMarks, isSingle, type Chunk} from './chunk.js'

/**
 * parse-english `mergeEnglishElisionExceptions`: `w/`, `o' `, `ol' `,
 * `'twas`, `'tis`, `'cause`, `'em`, `'er`, `'im`, `'90s`, `'n'`. Nodes are
 * still tokens here (`node[token] === token`). Replays
 * `unist-util-visit-children`, which does not visit the node after one it
 * removed (`chunk.skipped`).
 */
export const mergeEnglishElisionExceptions = atMarks('mergeEnglishElisionExceptions', (chunk: Chunk, token: number, kept: number): number => {
  const {text, raw, type, node} = chunk
  const count = chunk.nodes
  if (token === chunk.skipped || raw[token + 1]! - raw[token]! !== 1) return KEEP
  const code = text.charCodeAt(raw[token]!)
  if (code === SLASH) {
    if (kept > 0 && type[kept - 1] === WORD && node[kept - 1] === token - 1 && isWordW(chunk, token - 1)) {
      chunk.skipped = token + 1
      return token + 1
    }
  } else if (code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) {
    // In a later chunk, at least two nodes come before it (see `chunkEnd`).
    if (
      (chunk.atStart ? kept > 2 : kept >= 2) &&
      token < count - 1 &&
      type[kept - 1] === WORD &&
      type[kept - 2] === WHITE_SPACE &&
      type[token + 1] === WHITE_SPACE &&
      node[kept - 1] === token - 1 &&
      isElisionPrefix(text, raw[token - 1]!, raw[token]!)
    ) {
      chunk.skipped = token + 1
      return token + 1
    }
    if (token < count - 1 && type[token + 1] === WORD && (kept === 0 || type[kept - 1] !== WORD)) {
      if (isElisionAffix(text, raw[token + 1]!, raw[token + 2]!)) return -(token + 2)
      if (
        token + 2 < count &&
        raw[token + 2]! - raw[token + 1]! === 1 &&
        (text.charCodeAt(raw[token + 1]!) | 0x20) === 0x6e &&
        type[token + 2] === PUNCTUATION &&
        (isSingle(chunk, token + 2, APOSTROPHE) || isSingle(chunk, token + 2, RIGHT_SINGLE_QUOTE))
      ) {
        return -(token + 3)
      }
    }
  }
  return KEEP
})

/** A word token that is `w` or `W` (parse-english: `w/` for “with”). */
function isWordW(chunk: Chunk, token: number): boolean {
  const {raw} = chunk
  return raw[token + 1]! - raw[token]! === 1 && (chunk.text.charCodeAt(raw[token]!) | 0x20) === 0x77
}

/** parse-english `elisionPrefix`, `^(ol?)$` lower-cased: `o'`, `ol'`. */
function isElisionPrefix(text: string, start: number, end: number): boolean {
  if ((text.charCodeAt(start) | 0x20) !== 0x6f) return false
  return end - start === 1 || (end - start === 2 && (text.charCodeAt(start + 1) | 0x20) === 0x6c)
}

/**
 * parse-english `elisionAffix`, lower-cased:
 * `^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$`.
 */
function isElisionAffix(text: string, start: number, end: number): boolean {
  const size = end - start
  if (size < 2 || size > 5) return false
  const first = text.charCodeAt(start)
  if (first >= 0x30 && first <= 0x39) {
    const second = text.charCodeAt(start + 1)
    if (second < 0x30 || second > 0x39) return false
    return size === 2 || (size === 3 && (text.charCodeAt(start + 2) | 0x20) === 0x73)
  }
  return ELISION_AFFIXES.includes(lowerAscii(text, start, end))
}

const ELISION_AFFIXES = ['twere', 'twas', 'tis', 'cause', 'em', 'er', 'im']

/** ASCII letters lower-cased; anything else as `\0`, which none of the affixes holds. */
function lowerAscii(text: string, start: number, end: number): string {
  let value = ''
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    const lower = code | 0x20
    value += lower >= 0x61 && lower <= 0x7a ? String.fromCharCode(lower) : '\0'
  }
  return value
}
