// Made-up prose from a seeded generator, for property tests of the
// similarity code: the same seed gives the same texts on every machine.

/** A pseudo-random generator (mulberry32): numbers in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d_2b_79_f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sta', 'vel', 'tor', 'an', 'qui', 'bre', 'dom', 'fi', 'gar', 'hel', 'jo', 'pra', 'sen', 'ul', 'zo']

/** A vocabulary of `size` distinct made-up words. */
export function vocabulary(next: () => number, size = 3000): string[] {
  const words = new Set<string>()
  while (words.size < size) {
    let word = ''
    const length = 1 + Math.floor(next() * 3)
    for (let index = 0; index < length; index++) word += syllables[Math.floor(next() * syllables.length)]
    words.add(word)
  }
  return [...words]
}

/** A text of `words` words in sentences, with a Zipf-like choice of words. */
export function prose(next: () => number, lexicon: readonly string[], words: number): string[] {
  const out: string[] = []
  for (let index = 0; index < words; index++) {
    // Squaring skews towards the start of the lexicon, as real text repeats common words.
    out.push(lexicon[Math.floor(next() ** 2 * lexicon.length)]!)
  }
  return out
}

/** Join words into sentences of 6 to 20 words. */
export function sentences(next: () => number, words: readonly string[]): string {
  let text = ''
  let left = 0
  for (const [index, word] of words.entries()) {
    if (left === 0) {
      if (index > 0) text += '. '
      text += word.charAt(0).toUpperCase() + word.slice(1)
      left = 6 + Math.floor(next() * 15)
    } else {
      text += ' ' + word
    }
    left--
  }
  return text + '.'
}

/** Edit a few words: replace, insert or delete, `edits` times. */
export function edit(next: () => number, lexicon: readonly string[], words: readonly string[], edits: number): string[] {
  const out = [...words]
  for (let count = 0; count < edits; count++) {
    const at = Math.floor(next() * out.length)
    const kind = next()
    const word = lexicon[Math.floor(next() * lexicon.length)]!
    if (kind < 0.4) out[at] = word
    else if (kind < 0.7) out.splice(at, 0, word)
    else if (out.length > 1) out.splice(at, 1)
  }
  return out
}

/**
 * `bases` texts of 30 to 300 words, each followed by 1 to 3 copies with 0
 * to 6% of their words edited: near-duplicates around and above 0.8.
 */
export function nearDuplicateCorpus(seed: number, bases = 300): string[] {
  const next = random(seed)
  const lexicon = vocabulary(next)
  const texts: string[] = []
  for (let base = 0; base < bases; base++) {
    const words = prose(next, lexicon, 30 + Math.floor(next() * 270))
    texts.push(sentences(next, words))
    const copies = 1 + Math.floor(next() * 3)
    for (let copy = 0; copy < copies; copy++) {
      const edits = Math.floor(next() * 0.06 * words.length)
      texts.push(sentences(next, edit(next, lexicon, words, edits)))
    }
  }
  return texts
}
