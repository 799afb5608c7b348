import {END, PUNCTUATION, TYPE, WHITE_SPACE, WORD, type Chunk, type Step} from './chunk.js'

/**
 * parse-latin `tokenize`: white space and word characters continue a
 * token; punctuation and symbols continue it only with the same character,
 * or, for symbols, with any surrogate (so emoji are symbols). Each token
 * starts as its own node, and punctuation and symbol tokens are listed in
 * `marks`.
 */
export const tokenize: Step = {
  name: 'tokenize',
  run(chunk) {
    const {text, to, classes, raw, type, node, marks} = chunk
    let count = 0
    let marked = 0
    let index = chunk.from
    while (index < to) {
      const code = text.charCodeAt(index)
      const kind = classes[code]! & TYPE
      raw[count] = index
      type[count] = kind
      node[count] = count
      index++
      if (kind === WORD || kind === WHITE_SPACE) {
        while (index < to && (classes[text.charCodeAt(index)]! & TYPE) === kind) index++
      } else if (kind === PUNCTUATION) {
        marks[marked++] = count
        while (index < to && text.charCodeAt(index) === code) index++
      } else {
        marks[marked++] = count
        let previous = code
        while (index < to) {
          const next = text.charCodeAt(index)
          if (next !== previous && (next & 0xf8_00) !== 0xd8_00) break
          previous = next
          index++
        }
      }
      count++
    }
    raw[count] = to
    node[count] = count
    marks[marked] = END
    chunk.nodes = count
  }
}
