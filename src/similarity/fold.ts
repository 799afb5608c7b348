import variantData from './variants.json' with {type: 'json'}

const ASCII_LOWER_WORD = /^[a-z0-9]+$/
const COMBINING_MARKS = /\p{M}+/gu
const APOSTROPHES = /[\u2018\u2019\u02BC\u2032\u0060\u00B4]/g
const POSSESSIVE = /'s?$/
/** Slavic name endings written several ways in English: -iy, -yy, -yi, -ii all as -y. */
const SLAVIC_ENDING = /(?:iy|yy|yi|ii)$/
const variants: ReadonlyMap<string, string> = new Map(Object.entries(variantData.words))

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
  let folded = word.toLowerCase()
  if (!ASCII_LOWER_WORD.test(folded)) {
    folded = folded.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, "'")
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
