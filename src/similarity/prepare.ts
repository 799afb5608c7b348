import type {Article} from '../types.js'
import {readContent, type Content} from './content.js'
import {getDefaultCorpusStats, inverseDocumentFrequency, type CorpusStats} from './corpus-stats.js'
import {shingleHashes} from './shingle.js'
import {contentTerms} from './terms.js'

/** An item read once for comparing: its content, shingles and term weights. */
export interface Prepared {
  content: Content
  /** Sorted unique word 3-shingle hashes. */
  shingles: Uint32Array
  /** Terms in sorted order, with TF-IDF weights, and the vector's norm. */
  terms: string[]
  weights: Float64Array
  norm: number
}

/**
 * Read an item for comparison.
 *
 * Term weights are sublinear TF-IDF: `(1 + ln tf) * idf`, with the inverse
 * document frequency from `stats`.
 *
 * @param item
 *   Text, or an article.
 * @param stats
 *   Corpus statistics (default: the bundled ones).
 * @returns
 *   The prepared item.
 */
export function prepare(item: string | Article, stats: CorpusStats = getDefaultCorpusStats()): Prepared {
  const content = readContent(item)
  const counts = new Map<string, number>()
  for (const term of contentTerms(content.words)) counts.set(term, (counts.get(term) ?? 0) + 1)
  const terms = [...counts.keys()].sort()
  const weights = new Float64Array(terms.length)
  let sum = 0
  for (const [index, term] of terms.entries()) {
    const weight = (1 + Math.log(counts.get(term)!)) * inverseDocumentFrequency(stats, term)
    weights[index] = weight
    sum += weight * weight
  }
  return {content, shingles: shingleHashes(content.words), terms, weights, norm: Math.sqrt(sum)}
}

/**
 * Cosine of two prepared items' term vectors. Symmetric to the last bit:
 * the dot product runs over the sorted terms, whichever item comes first.
 *
 * @param a
 *   Prepared item.
 * @param b
 *   Prepared item.
 * @returns
 *   Cosine in `[0, 1]`; 0 when either has no weighted term.
 */
export function termCosine(a: Prepared, b: Prepared): number {
  if (a.norm === 0 || b.norm === 0) return 0
  let i = 0
  let j = 0
  let dot = 0
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!
    const y = b.terms[j]!
    if (x === y) {
      dot += a.weights[i]! * b.weights[j]!
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  // Normalise in a fixed order (smaller norm first) so that a·b and b·a
  // divide identically.
  const low = Math.min(a.norm, b.norm)
  const high = Math.max(a.norm, b.norm)
  return Math.min(1, dot / low / high)
}
