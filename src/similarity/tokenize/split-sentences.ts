import {PUNCTUATION, hasWord, isTerminal, type Step} from './chunk.js'

/**
 * parse-latin `tokenizeParagraph`: a sentence ends after each terminal
 * marker (`.`, `!`, `?`, `…`, `‽`, repeated or not); `flag` says which
 * sentences have a word. Terminal markers are marks, so this walks
 * `marks`, and looks for a word from the start of each sentence only as
 * far as its first word.
 */
export const splitSentences: Step = {
  name: 'tokenizeParagraph',
  run(chunk) {
    const {text, raw, type, node, marks, sentence, flag} = chunk
    const nodes = chunk.nodes
    let sentences = 0
    let start = 0
    for (let next = 0; ; next++) {
      const at = marks[next]!
      if (at >= nodes) break
      if (type[at] === PUNCTUATION && isTerminal(text.charCodeAt(raw[node[at]!]!))) {
        sentence[sentences] = start
        flag[sentences] = hasWord(type, start, at) ? 1 : 0
        sentences++
        start = at + 1
      }
    }
    if (start < nodes) {
      sentence[sentences] = start
      flag[sentences] = hasWord(type, start, nodes) ? 1 : 0
      sentences++
    }
    sentence[sentences] = nodes
    chunk.sentences = sentences
  }
}
