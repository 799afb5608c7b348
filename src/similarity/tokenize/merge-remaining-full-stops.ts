import {FULL_STOP, JOINS_NEXT, JOINS_PREVIOUS, PUNCTUATION, WHITE_SPACE, WORD, hasWord, isSingle, isTerminal, type Step} from './chunk.js'

/**
 * parse-latin `mergeRemainingFullStops`: in each sentence, every full stop
 * but the last terminal marker joins the word before it (unless white
 * space and another full stop follow), else the word after it. The last
 * terminal marker is left alone only when no word follows it in the
 * sentence. Only marks can be full stops, so this walks each sentence's
 * marks, from its last to its first, as parse-latin walks its nodes.
 */
export const mergeRemainingFullStops: Step = {
  name: 'mergeRemainingFullStops',
  run(chunk) {
    const {text, raw, type, node, marks, sentence} = chunk
    let first = 0
    for (let at = 0; at < chunk.sentences; at++) {
      const start = sentence[at]!
      const end = sentence[at + 1]!
      // This sentence's marks are `marks[first]` to `marks[after - 1]`.
      while (marks[first]! < start) first++
      let after = first
      while (marks[after]! < end) after++
      let found = false
      for (let index = after - 1; index >= first; index--) {
        const child = marks[index]!
        if (type[child] !== PUNCTUATION) continue
        const token = node[child]!
        if (!isTerminal(text.charCodeAt(raw[token]!))) continue
        if (!found) {
          found = true
          if (!hasWord(type, child + 1, end)) continue
        }
        if (!isSingle(chunk, token, FULL_STOP)) continue
        const previous = child > start ? type[child - 1]! : -1
        if (previous === WORD || previous === JOINS_PREVIOUS) {
          if (child + 2 < end && type[child + 1] === WHITE_SPACE && type[child + 2] === PUNCTUATION && isSingle(chunk, node[child + 2]!, FULL_STOP)) {
            continue
          }
          type[child] = JOINS_PREVIOUS
        } else if (child + 1 < end && type[child + 1] === WORD) {
          type[child] = JOINS_NEXT
        }
      }
      first = after
    }
  }
}
