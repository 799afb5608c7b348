import variantData from './variants.json' with {type: 'json'}

const LOWER = 0
const MIXED_CASE = 1
const OTHER = 2

/**
 * Whether a word is ASCII letters and digits only, already lower case
 * (most words: nothing to do), or with capitals (lower-case it), or holds
 * anything else (the full fold). A loop, not a regular expression: this runs
 * for every word of every fingerprint.
 */
function asciiShape(word: string): number {
  let shape = LOWER
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) continue
    if (code >= 65 && code <= 90) shape = MIXED_CASE
    else return OTHER
  }
  return word.length === 0 ? OTHER : shape
}
const COMBINING_MARKS = /\p{M}+/gu
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032\u0060\u00B4]/g
const POSSESSIVE = /'s?$/
/** Slavic name endings written several ways in English: -iy, -yy, -yi, -ii all as -y. */
const SLAVIC_ENDING = /(?:iy|yy|yi|ii)$/
const variants: ReadonlyMap<string, string> = new Map(Object.entries(variantData.words))

/**
 * The spellings `foldWord` replaces with a preferred form (`kiev`), as
 * folded words.
 *
 * @returns
 *   The spellings.
 */
export function variantSpellings(): Iterable<string> {
  return variants.keys()
}

/**
 * Fold a word so that spellings of the same word compare equal.
 *
 * Unicode compatibility forms are unified (NFKC), case is folded, diacritics
 * are dropped (`naïve` → `naive`), curly and modifier apostrophes become
 * `'`, a possessive `'s` is dropped, and transliteration variants are
 * unified: a final period (`U.S.`, `Dr.`) is dropped, Slavic endings `-iy`, `-yy`, `-yi` and `-ii` become `-y`
 * (`Zelenskiy`, `Zelenskyy` and `Zelensky` all give `zelensky`), and
 * spellings listed in `variants.json` (`kiev` → `kyiv`) take their
 * preferred form.
 *
 * @param word
 *   One word, as the tokenizer gives it.
 * @returns
 *   The folded word (possibly empty, for a lone apostrophe).
 *
 * @example
 *   foldWord('Zelenskiy’s') //=> 'zelensky'
 *   foldWord('Zelenskyy') //=> 'zelensky'
 *   foldWord('Kiev') //=> 'kyiv'
 *   foldWord('Café') //=> 'cafe'
 *   foldWord('ＵＮ') //=> 'un'
 *   foldWord('U.S.') //=> 'us'
 */
export function foldWord(word: string): string {
  let folded: string
  const shape = asciiShape(word)
  if (shape === LOWER) folded = word
  else if (shape === MIXED_CASE) folded = word.toLowerCase()
  else {
    folded = word.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, "'")
    if (folded.includes("'")) folded = folded.replace(POSSESSIVE, '')
  }
  // `U.S.`, `Tenn.`, `Dr.`: the tokenizer keeps an abbreviation's final
  // period, which says nothing about the word.
  let last = folded.charCodeAt(folded.length - 1)
  if (last === 46 && folded.length > 1) {
    folded = folded.slice(0, -1)
    last = folded.charCodeAt(folded.length - 1)
  }
  // Only words ending in `y` or `i` can have a Slavic ending: test those.
  if ((last === 121 || last === 105) && folded.length > 5 && SLAVIC_ENDING.test(folded)) folded = folded.slice(0, -2) + 'y'
  return variants.get(folded) ?? folded
}
