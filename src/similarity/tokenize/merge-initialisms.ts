import {ENGLISH_ABBREVIATION, ENGLISH_ABBREVIATION_SENSITIVE} from './abbreviations.js'
import {FULL_STOP, KEEP, NUMERICAL, PUNCTUATION, WORD, atMarks, isSingle, type Chunk} from './chunk.js'

/**
 * parse-latin `mergeInitialisms` (`U.S.`, `e.g.`, `A.B.C.`), then
 * parse-english `mergeEnglishPrefixExceptions` (`Dr.`, `Inc.`, `Jan.`): a
 * full stop joins the word before it. The second is a paragraph plugin,
 * but only ever looks at a sentence's final full stop and the word before
 * it, so it can run here.
 */
export const mergeInitialisms = atMarks('mergeInitialisms', (chunk, at, kept) => {
  const {raw, type, node} = chunk
  const token = node[at]!
  if (type[at] === PUNCTUATION && kept > 0 && type[kept - 1] === WORD && isSingle(chunk, token, FULL_STOP)) {
    const first = node[kept - 1]!
    const children = token - first
    if (children !== 1 && (children & 1) === 1 && isInitialism(chunk, first, token)) return at + 1
    if (isEnglishAbbreviation(chunk.text, raw[first]!, raw[token]!)) return at + 1
  }
  return KEEP
})

/**
 * parse-latin `mergeInitialisms`, for the word made of tokens `first` to
 * `end` (exclusive) and a following full stop: from the end, single
 * characters alternate with full stops (`U.S`, `a.b.c`) up to the start or
 * an earlier token that is not a full stop, and not all of those
 * characters are numerical.
 */
function isInitialism(chunk: Chunk, first: number, end: number): boolean {
  const {text, raw, classes} = chunk
  const children = end - first
  let allDigits = true
  for (let position = children - 1; position >= 0; position--) {
    const token = first + position
    const size = raw[token + 1]! - raw[token]!
    if ((position & 1) === 0) {
      if (size > 1) return false
      if ((classes[text.charCodeAt(raw[token]!)]! & NUMERICAL) === 0) allDigits = false
    } else if (size !== 1 || text.charCodeAt(raw[token]!) !== FULL_STOP) {
      if (position < children - 2) break
      return false
    }
  }
  return !allDigits
}

function isEnglishAbbreviation(text: string, start: number, end: number): boolean {
  if (end - start > 9) return false
  const value = text.slice(start, end)
  return ENGLISH_ABBREVIATION.test(value.toLowerCase()) || ENGLISH_ABBREVIATION_SENSITIVE.test(value)
}
