import {combine, murmur3} from './hash.js'

/** Words per shingle by default: word 3-shingles, as datasketch and Broder use. */
export const DEFAULT_SHINGLE_SIZE = 3
/** Seed of the word hash that shingles are built from; part of the fingerprint format. */
export const SHINGLE_SEED = 0x6e_65_77_73 // "news"

/**
 * The set of word shingles of a text, as sorted unique 32-bit hashes.
 *
 * A shingle is `size` consecutive words; its hash chains the words'
 * MurmurHash3 values, so no shingle string is built. A text of fewer words
 * than `size` has one shingle of all its words; a text of none has none.
 *
 * @param words
 *   Folded words (see `readContent`).
 * @param size
 *   Words per shingle (default 3).
 * @returns
 *   Sorted, unique shingle hashes.
 *
 * @example
 *   shingleHashes(['a', 'b', 'c', 'd']).length //=> 2
 *   shingleHashes(['a', 'b']).length //=> 1
 *   shingleHashes([]).length //=> 0
 */
export function shingleHashes(words: readonly string[], size = DEFAULT_SHINGLE_SIZE): Uint32Array {
  const count = words.length
  if (count === 0) return new Uint32Array(0)
  const wordHashes = new Uint32Array(count)
  for (let index = 0; index < count; index++) wordHashes[index] = murmur3(words[index]!, SHINGLE_SEED)
  const width = Math.min(size, count)
  const hashes = new Uint32Array(count - width + 1)
  for (let start = 0; start < hashes.length; start++) {
    let hash = wordHashes[start]!
    for (let offset = 1; offset < width; offset++) hash = combine(hash, wordHashes[start + offset]!)
    hashes[start] = hash
  }
  hashes.sort()
  return unique(hashes)
}

/**
 * How many values two sorted unique arrays share.
 *
 * @param a
 *   Sorted unique values.
 * @param b
 *   Sorted unique values.
 * @returns
 *   Size of the intersection.
 */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared
}

function unique(sorted: Uint32Array): Uint32Array {
  if (sorted.length < 2) return sorted
  let write = 1
  for (let read = 1; read < sorted.length; read++) {
    if (sorted[read] !== sorted[write - 1]) sorted[write++] = sorted[read]!
  }
  return write === sorted.length ? sorted : sorted.slice(0, write)
}
