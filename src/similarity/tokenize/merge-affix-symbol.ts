import {AFFIX, PUNCTUATION, type Step} from './chunk.js'

/**
 * parse-latin `mergeAffixSymbol`: closing quotes and brackets, and
 * terminal markers, that start a sentence move to the one before.
 */
export const mergeAffixSymbol: Step = {
  name: 'mergeAffixSymbol',
  run(chunk) {
    const {text, classes, raw, type, node, sentence} = chunk
    for (let at = 1; at < chunk.sentences; at++) {
      const end = sentence[at + 1]!
      let start = sentence[at]!
      while (start < end && type[start] === PUNCTUATION && (classes[text.charCodeAt(raw[node[start]!]!)]! & AFFIX) !== 0) start++
      sentence[at] = start
    }
  }
}
