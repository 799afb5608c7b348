import {PREFIX_ABBREVIATION} from './abbreviations.js'
import {FULL_STOP, JOINS_PREVIOUS, PUNCTUATION, WORD, isSingle, type Step} from './chunk.js'

/**
 * parse-latin `mergePrefixExceptions`: a sentence ending in a full stop
 * after a number of up to three digits, a single letter, or a Latin
 * abbreviation keeps the full stop in that word and joins the next.
 */
export const mergePrefixExceptions: Step = {
  name: 'mergePrefixExceptions',
  run(chunk) {
    const {text, raw, type, node, sentence} = chunk
    const sentences = chunk.sentences
    let kept = 0
    let at = 0
    while (at < sentences) {
      const start = sentence[at]!
      let last = at
      for (;;) {
        const stop = sentence[last + 1]! - 1
        if (stop > start && type[stop] === PUNCTUATION && isSingle(chunk, node[stop]!, FULL_STOP)) {
          let word = stop - 1
          while (word > start && type[word] === JOINS_PREVIOUS) word--
          if (type[word] === WORD && isPrefixAbbreviation(text, raw[node[word]!]!, raw[node[stop]!]!)) {
            type[stop] = JOINS_PREVIOUS
            if (last + 1 < sentences) {
              last++
              continue
            }
          }
        }
        break
      }
      sentence[kept++] = start
      at = last + 1
    }
    sentence[kept] = chunk.nodes
    chunk.sentences = kept
  }
}

function isPrefixAbbreviation(text: string, start: number, end: number): boolean {
  if (end - start > 4) return false
  return PREFIX_ABBREVIATION.test(text.slice(start, end).toLowerCase())
}
