// The near-identical collection bench/dedup.mjs and bench/clusters.mjs both
// measure: one long story (the first of more than 3,000 characters) `count`
// times, one word changed in each, so every item is a near copy of every
// other. Not a bench of its own (bench/run.mjs does not list it).

/** `count` copies of the first text of `texts` longer than 3,000 characters, word `index % words` of copy `index` replaced. */
export function nearIdentical(texts, count) {
  const base = texts.find((text) => text.length > 3000).split(' ')
  return Array.from({length: count}, (_, index) => {
    const words = [...base]
    words[index % words.length] = `variant${index}`
    return words.join(' ')
  })
}
