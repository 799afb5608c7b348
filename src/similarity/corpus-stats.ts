import type {Article} from '../types.js'
import {describe} from '../describe.js'
import frequencyData from './document-frequencies.json' with {type: 'json'}
import {readWords} from './content.js'
import {contentTerms} from './terms.js'

/**
 * How common terms are in a collection: the number of documents and, per
 * term (a Porter stem of a folded word), how many documents hold it.
 * Weighs terms in `similarity`'s score (inverse document frequency).
 */
export interface CorpusStats {
  readonly documents: number
  readonly frequencies: ReadonlyMap<string, number>
}

/**
 * Count document frequencies over a collection, for corpora whose
 * vocabulary differs from general news (sport, finance, another region).
 *
 * @param items
 *   Texts or articles.
 * @returns
 *   Statistics for the `stats` option of `similarity` and `clusterStories`.
 * @throws {TypeError}
 *   When `items` is not an array of texts or articles.
 *
 * @example
 *   const stats = createCorpusStats(['Talks in Istanbul ended.', 'Talks resume.'])
 *   stats.documents //=> 2
 *   stats.frequencies.get('talk') //=> 2
 *   stats.frequencies.get('istanbul') //=> 1
 */
export function createCorpusStats(items: ReadonlyArray<string | Article>): CorpusStats {
  if (!Array.isArray(items)) throw new TypeError(`Expected an array of texts or articles, not ${describe(items)}`)
  const frequencies = new Map<string, number>()
  for (const item of items) {
    for (const term of new Set(contentTerms(readWords(item)))) {
      frequencies.set(term, (frequencies.get(term) ?? 0) + 1)
    }
  }
  return {documents: items.length, frequencies}
}

let defaultStats: CorpusStats | undefined

/**
 * The bundled statistics: document frequencies of the 5,000 commonest terms
 * in 21,268 news stories (Reuters-21578 and the BBC News corpus of Greene and
 * Cunningham), built by `scripts/build-frequencies.mjs`. Terms outside it
 * count as rare.
 *
 * @returns
 *   The statistics (built on first use, then shared).
 */
export function getDefaultCorpusStats(): CorpusStats {
  defaultStats ??= {documents: frequencyData.documents, frequencies: new Map(Object.entries(frequencyData.frequencies))}
  return defaultStats
}

/**
 * Inverse document frequency of a term: `ln((N + 1) / (df + 1))`, where a
 * term the statistics do not list counts as found in one document.
 *
 * @param stats
 *   Corpus statistics.
 * @param term
 *   A term.
 * @returns
 *   Its weight, at least 0.
 */
export function inverseDocumentFrequency(stats: CorpusStats, term: string): number {
  const frequency = Math.min(stats.frequencies.get(term) ?? 1, stats.documents)
  return Math.log((stats.documents + 1) / (frequency + 1))
}
