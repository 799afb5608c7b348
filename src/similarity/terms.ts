import {stemmer} from 'stemmer'
import stopwordData from './stopwords.json' with {type: 'json'}

const stopwords: ReadonlySet<string> = new Set(stopwordData.words)
/** Terms are words with a letter or digit; `'` alone or `&` are no terms. */
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u
const STEM_CACHE_LIMIT = 100_000
/**
 * Porter stems of folded words, memoised: stemming is the costliest step of
 * reading terms and news vocabulary repeats. The cache only ever holds
 * `stemmer`'s own answers, so it changes speed, never results; it is
 * emptied when full, so memory stays bounded.
 */
const stemCache = new Map<string, string>()

/**
 * The terms of a text for weighing: folded words that are no stop words,
 * each reduced to its Porter stem (`talks` and `talked` both give `talk`).
 *
 * @param words
 *   Folded words (see `readContent`).
 * @returns
 *   The terms, in order, repeats kept.
 *
 * @example
 *   contentTerms(['the', 'talks', 'ended', 'in', 'istanbul']) //=> ['talk', 'end', 'istanbul']
 */
export function contentTerms(words: readonly string[]): string[] {
  const terms: string[] = []
  for (const word of words) {
    const term = wordTerm(word)
    if (term !== undefined) terms.push(term)
  }
  return terms
}

/**
 * The term of one folded word: its Porter stem, or `undefined` for a stop
 * word or a word without a letter or digit.
 *
 * @param word
 *   Folded word.
 * @returns
 *   Its term, if it is one.
 *
 * @example
 *   wordTerm('talks') //=> 'talk'
 *   wordTerm('the') //=> undefined
 */
export function wordTerm(word: string): string | undefined {
  if (stopwords.has(word) || !HAS_WORD_CHARACTER.test(word)) return undefined
  return stem(word)
}

/**
 * The Porter stem of a folded word.
 *
 * @param word
 *   Folded word.
 * @returns
 *   Its stem.
 */
export function stem(word: string): string {
  let stemmed = stemCache.get(word)
  if (stemmed === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear()
    stemmed = stemmer(word)
    stemCache.set(word, stemmed)
  }
  return stemmed
}

/**
 * Whether a folded word is a stop word.
 *
 * @param word
 *   Folded word.
 */
export function isStopword(word: string): boolean {
  return stopwords.has(word)
}
