import type {Article} from '../types.js'
import {checkItems} from '../contract.js'
import frequencyData from './document-frequencies.json' with {type: 'json'}
import {checkCorpusStats} from './check-stats.js'
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
  /**
   * Document frequency assumed for a term that `frequencies` does not list
   * (default 1: a term seen in one document). The bundled statistics list
   * only terms in at least 0.1% of articles, and give every other term
   * that frequency.
   */
  readonly unseen?: number
}

/**
 * Count document frequencies over a collection, for corpora whose
 * vocabulary differs from general news (sport, finance, another region).
 *
 * Use it when most of what you compare comes from one domain: the bundled
 * statistics weigh terms as general news uses them, so in a collection of
 * football reports `goal` and `league` (common there, rare in news at
 * large) would weigh as much as the names that tell one match from another.
 * Counting over the collection itself weighs them as that collection uses
 * them. Use at least a few hundred items; on a handful, every term is rare.
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
  checkItems(items, 'items', 'an array of texts or articles')
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
 * The bundled statistics: how many of 1,000,000 news articles hold each of
 * about 6,500 terms, from Reuters-21578 (1987), BBC News (2004-05),
 * Wikipedia's Portal:Current events (2015-2025) and US headline slugs
 * (2022-2026), each put on the scale of one article and averaged (see
 * `scripts/build-frequencies.mjs` and `docs/similarity.md`). Terms outside it
 * count as in 0.1% of articles, the table's cut-off.
 *
 * @returns
 *   The statistics (built on first use, then shared).
 */
export function getDefaultCorpusStats(): CorpusStats {
  if (defaultStats === undefined) {
    const frequencies = new Map<string, number>()
    for (const [count, terms] of Object.entries(frequencyData.frequencies)) {
      const frequency = Number(count)
      for (const term of terms.split(' ')) frequencies.set(term, frequency)
    }
    defaultStats = {documents: frequencyData.documents, frequencies, unseen: frequencyData.unseen}
  }
  return defaultStats
}

/**
 * Inverse document frequency of a term: `ln((N + 1) / (df + 1))`, where a
 * term the statistics do not list has the frequency `stats.unseen` (1 when
 * not given).
 *
 * @param stats
 *   Corpus statistics.
 * @param term
 *   A term.
 * @returns
 *   Its weight, at least 0.
 */
export function inverseDocumentFrequency(stats: CorpusStats, term: string): number {
  return idfOf(stats.documents, stats.frequencies.get(term) ?? unseenFrequency(stats))
}

function unseenFrequency(stats: CorpusStats): number {
  const unseen = stats.unseen
  return typeof unseen === 'number' && unseen >= 0 ? unseen : 1
}

function idfOf(documents: number, frequency: number): number {
  const clamped = Math.min(Math.max(frequency, 0), documents)
  const value = Math.log((documents + 1) / (clamped + 1))
  return Number.isFinite(value) && value > 0 ? value : 0
}

/**
 * A statistics table with its terms numbered: what `prepare` weighs with.
 * Terms the statistics list get ids `0 … size - 1` (in the table's order);
 * `terms[id]` is term `id`, `idf[id]` its weight; `unseenIdf` is the weight
 * of any other term.
 */
export interface TermIndex {
  readonly ids: ReadonlyMap<string, number>
  readonly terms: readonly string[]
  readonly idf: Float64Array
  readonly unseenIdf: number
}

/** Indexes of the statistics objects seen, built once each. */
const indexes = new WeakMap<CorpusStats, TermIndex>()

/**
 * The term index of a statistics object, built on first use and kept while
 * the object lives. Statistics are read once: change a `frequencies` map
 * after using it and the index does not follow (build new statistics).
 *
 * @param stats
 *   Corpus statistics.
 * @returns
 *   Its index.
 */
export function termIndexOf(stats: CorpusStats): TermIndex {
  let index = indexes.get(stats)
  if (index === undefined) {
    // Statistics passed in are checked once, when first indexed.
    checkCorpusStats(stats)
    const ids = new Map<string, number>()
    const terms: string[] = []
    const idf = new Float64Array(stats.frequencies.size)
    for (const [term, frequency] of stats.frequencies) {
      idf[ids.size] = idfOf(stats.documents, frequency)
      ids.set(term, ids.size)
      terms.push(term)
    }
    index = {ids, terms, idf, unseenIdf: idfOf(stats.documents, unseenFrequency(stats))}
    indexes.set(stats, index)
  }
  return index
}
