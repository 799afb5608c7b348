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
  const wordHashes = new Uint32Array(count)
  for (let index = 0; index < count; index++) wordHashes[index] = murmur3(words[index]!, SHINGLE_SEED)
  const hashes = new Uint32Array(shingleCount(count, size))
  rollShingles(wordHashes, count, size, hashes)
  sortValues(hashes, hashes.length)
  return unique(hashes)
}

/**
 * Shingles a text of `words` words has: one per run of `size` words, one
 * for a text of fewer, none for a text of none.
 *
 * @param words
 *   Words in the text.
 * @param size
 *   Words per shingle.
 * @returns
 *   Shingles, repeats counted.
 */
export function shingleCount(words: number, size = DEFAULT_SHINGLE_SIZE): number {
  return words === 0 ? 0 : words - Math.min(size, words) + 1
}

/**
 * The shingle hashes of a text from its word hashes, in text order, repeats
 * kept: what `shingleHashes` sorts and dedupes, and what MinHash needs as it
 * is (order and repeats do not change a signature).
 *
 * @param wordHashes
 *   `murmur3(word, SHINGLE_SEED)` of each word (see `readWordHashes`).
 * @param count
 *   Words to read from `wordHashes`.
 * @param size
 *   Words per shingle.
 * @param out
 *   Where to write, with room for `shingleCount(count, size)` values.
 * @returns
 *   Shingles written.
 */
export function rollShingles(wordHashes: Uint32Array, count: number, size: number, out: Uint32Array): number {
  const shingles = shingleCount(count, size)
  const width = Math.min(size, count)
  if (width === 3) {
    // The default, unrolled: two chained hashes per shingle.
    for (let start = 0; start < shingles; start++) out[start] = combine(combine(wordHashes[start]!, wordHashes[start + 1]!), wordHashes[start + 2]!)
    return shingles
  }
  for (let start = 0; start < shingles; start++) {
    let hash = wordHashes[start]!
    for (let offset = 1; offset < width; offset++) hash = combine(hash, wordHashes[start + offset]!)
    out[start] = hash
  }
  return shingles
}

/** Scratch of `countDistinct`: a slot is taken when its stamp is the current call's. */
let distinctValues = new Uint32Array(0)
let distinctStamps = new Int32Array(0)
let distinctStamp = 0

/**
 * How many distinct values the first `length` of `values` hold, by hashing
 * (no sort, no copy of the input).
 *
 * @param values
 *   32-bit values.
 * @param length
 *   How many to read.
 * @returns
 *   The number of distinct values.
 *
 * @example
 *   countDistinct(new Uint32Array([5, 1, 5, 7, 1]), 5) //=> 3
 *   countDistinct(new Uint32Array([5, 1, 5]), 0) //=> 0
 */
export function countDistinct(values: Uint32Array, length: number): number {
  if (length < 2) return length
  let size = 64
  while (size < 2 * length) size *= 2
  if (distinctStamps.length < size || distinctStamp >= 0x7f_ff_ff_ff) {
    distinctValues = new Uint32Array(Math.max(size, distinctValues.length))
    distinctStamps = new Int32Array(distinctValues.length)
    distinctStamp = 0
  }
  const stamp = ++distinctStamp
  const mask = size - 1
  let distinct = 0
  for (let index = 0; index < length; index++) {
    const value = values[index]!
    // Shingle hashes are mixed already: their low bits spread well.
    let slot = value & mask
    for (;;) {
      if (distinctStamps[slot] !== stamp) {
        distinctStamps[slot] = stamp
        distinctValues[slot] = value
        distinct++
        break
      }
      if (distinctValues[slot] === value) break
      slot = (slot + 1) & mask
    }
  }
  // Keep the scratch small once a huge text has passed.
  if (distinctStamps.length > 1 << 20) {
    distinctValues = new Uint32Array(0)
    distinctStamps = new Int32Array(0)
  }
  return distinct
}

/**
 * Sorted unique copy of shingle hashes given in any order, with repeats.
 *
 * @param values
 *   Hashes.
 * @returns
 *   A new sorted array without repeats.
 */
export function sortedSet(values: Uint32Array): Uint32Array {
  const copy = values.slice()
  sortValues(copy)
  return unique(copy)
}

/** Below this many values, insertion sort alone. */
const INSERTION_SORT = 24
/** Bucket counts of `sortValues`, reused. */
let bucketStarts = new Int32Array(0)
/** Values of `sortValues` laid out by bucket, reused. */
let bucketed = new Uint32Array(0)

/**
 * Sort the first `length` values ascending, in place, as
 * `values.subarray(0, length).sort()` does, faster for values spread
 * evenly over `[0, 2^bits)` (hashes; term ids): one pass lays them out in
 * about `length` buckets by their high bits, and an insertion sort finishes
 * each bucket. Values that crowd into a few buckets (a crafted text) end
 * in the platform's sort once the insertions pass a budget linear in
 * `length`, so the time stays `O(n log n)` whatever the values.
 *
 * @param values
 *   Values in `[0, 2^bits)`.
 * @param length
 *   How many to sort (default all).
 * @param bits
 *   Bits of the largest value (default 32).
 *
 * @example
 *   const values = new Uint32Array([3, 0xff_ff_ff_ff, 1, 2])
 *   sortValues(values)
 *   Array.from(values) //=> [1, 2, 3, 4294967295]
 */
export function sortValues(values: Uint32Array | Int32Array, length = values.length, bits = 32): void {
  if (bucketed.length < length) bucketed = new Uint32Array(Math.max(length, 2 * bucketed.length))
  const laid = bucketed
  if (length < INSERTION_SORT) {
    for (let at = 0; at < length; at++) laid[at] = values[at]!
  } else {
    let bucketBits = 1
    while (1 << bucketBits < length && bucketBits < Math.min(16, bits)) bucketBits++
    const shift = bits - bucketBits
    const buckets = 1 << bucketBits
    if (bucketStarts.length < buckets + 1) bucketStarts = new Int32Array(buckets + 1)
    const starts = bucketStarts
    starts.fill(0, 0, buckets + 1)
    for (let at = 0; at < length; at++) starts[(values[at]! >>> shift) + 1]!++
    for (let bucket = 1; bucket <= buckets; bucket++) starts[bucket]! += starts[bucket - 1]!
    for (let at = 0; at < length; at++) {
      const value = values[at]!
      laid[starts[value >>> shift]!++] = value
    }
  }
  // Buckets are in order: only values within one bucket move, few each.
  let budget = 8 * length + INSERTION_SORT * INSERTION_SORT
  for (let at = 0; at < length; at++) {
    const value = laid[at]!
    let before = at - 1
    while (before >= 0 && values[before]! > value) {
      values[before + 1] = values[before]!
      before--
    }
    values[before + 1] = value
    budget -= at - 1 - before
    if (budget < 0) {
      for (let rest = at + 1; rest < length; rest++) values[rest] = laid[rest]!
      values.subarray(0, length).sort()
      break
    }
  }
  // One huge sort must not pin its scratch memory.
  if (bucketed.length > 1 << 20) bucketed = new Uint32Array(0)
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
