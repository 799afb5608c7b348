/**
 * The MinHash fingerprint of an article: plain JSON data, comparable with
 * other fingerprints of the same `algorithm`, `seed` and `permutations`
 * without the text. Store it, ship it to another machine, group by its
 * `lshKeys`.
 *
 * The format is stable while `version` is 2: the same text gives the same
 * fingerprint on every platform and in every release that keeps it; a
 * change of format changes `version` (and is named in the changelog).
 * Version 2 holds the same values as version 1, written as base64 instead
 * of an array of numbers (see `FingerprintV1`); functions that take a
 * fingerprint read both.
 */
export interface Fingerprint {
  /** Format version: `2`. */
  version: 2
  /**
   * How `minhash` was computed: `'oph-densified'` is one-permutation
   * hashing with optimal densification over MurmurHash3-mixed word
   * 3-shingle hashes (see `minhashSignature`).
   */
  algorithm: 'oph-densified'
  /** Seed of the hash family (unsigned 32-bit). */
  seed: number
  /** Number of values in `minhash`. */
  permutations: number
  /** Words per shingle: `3`. */
  shingleSize: number
  /**
   * The signature: `permutations` unsigned 32-bit integers, little-endian,
   * in padded base64 (684 characters for 128); `fingerprintValues` reads
   * them back.
   */
  minhash: string
  /** Words in the compared content (wrapper left out, see `readContent`). */
  words: number
  /** Distinct shingles; 0 for a text without words, which matches nothing. */
  shingles: number
}

/**
 * A fingerprint of format version 1 (newsdump 0.1): the same values as
 * version 2, `minhash` as an array of numbers. Still read wherever a
 * fingerprint is taken, and comparable with version 2 of the same seed and
 * permutations.
 */
export interface FingerprintV1 extends Omit<Fingerprint, 'version' | 'minhash'> {
  version: 1
  minhash: number[]
}

/** Options of `fingerprint`. */
export interface FingerprintOptions {
  /** Values in the signature (default 128, at most `MAX_PERMUTATIONS`, 1024): more is more precise and slower to compare. */
  permutations?: number
  /** Seed of the hash family (default `DEFAULT_MINHASH_SEED`); only equal seeds compare. */
  seed?: number
}

/** Two items of a collection and their exact resemblance. */
export interface DuplicatePair {
  /** Index of the first item (the lower). */
  a: number
  /** Index of the second item. */
  b: number
  /** Jaccard index of their word 3-shingle sets, as `similarity` gives it. */
  resemblance: number
}

/** Items of a collection that are (near-)copies of each other (see `findDuplicates`). */
export interface DuplicateGroup {
  /** Index of the member to keep: the one with the most words, the lowest index on ties. */
  representative: number
  /** Indices of the members, ascending; at least two. */
  members: number[]
  /**
   * Verified pairs at or above the threshold that join the members, by `a`
   * then `b`: a spanning tree (`members.length − 1` pairs), each copy
   * paired with the first of its copies, each other member with one it
   * resembles. With `{pairs: 'all'}`, every pair of members at or above the
   * threshold.
   */
  pairs: DuplicatePair[]
}

/** Options of `findDuplicates`. */
export interface FindDuplicatesOptions {
  /** Least resemblance (Jaccard of word 3-shingles) of a duplicate pair, in `(0, 1]` (default 0.8). */
  threshold?: number
  /** Values per MinHash signature (default 128, at most 1024). */
  permutations?: number
  /**
   * Which pairs a group lists: `'spanning'` (default), enough verified
   * pairs to join its members, `members.length − 1`, so that output and
   * memory stay linear in the items even for thousands of copies of one
   * text; or `'all'`, every pair of members whose resemblance reaches the
   * threshold, found by comparing all pairs of each group (quadratic in a
   * group's size: 6,000 copies of a text give 18 million pairs).
   */
  pairs?: 'spanning' | 'all'
}

/** Two items of a collection that report the same story, and how alike they are. */
export interface StoryPair {
  /** Index of the first item (the lower). */
  a: number
  /** Index of the second item. */
  b: number
  /** `similarity(...).score` of the two. */
  score: number
}

/** Items of a collection that report the same story (see `clusterStories`). */
export interface StoryCluster {
  /**
   * Index of the most central member: the one linked to most others, then
   * the one with the most words, then the lowest index.
   */
  representative: number
  /** Indices of the members, ascending; at least two. */
  members: number[]
  /** The verified links that joined them, by `a` then `b`. */
  pairs: StoryPair[]
}

/** One answer of `SimilarityIndex.query`. */
export interface IndexMatch {
  /** Id the item was added under. */
  id: string
  /** Resemblance to the query: exact, or estimated from the signatures (see `exact`). */
  resemblance: number
  /**
   * Whether `resemblance` is exact (both sides' shingle sets were at hand)
   * or the MinHash estimate (a fingerprint on either side).
   */
  exact: boolean
}

/** Options of `createIndex`. */
export interface IndexOptions {
  /** Resemblance the index's bands are tuned for and the default query threshold, in `(0, 1]` (default 0.8). */
  threshold?: number
  /** Values per signature (default 128, at most 1024). */
  permutations?: number
  /**
   * Keep the shingle sets of items added as text, so that resemblance
   * between texts is exact (default `true`); `false` keeps fingerprints only
   * (1.2 to 1.7 kB an item in indexes of 30,000 to 200,000 items, by
   * `bench/index-memory.mjs`: its 512-byte signature in one shared array
   * that grows by doubling, its entry, and a key in each band's table) and
   * every answer is an estimate.
   */
  exact?: boolean
}

/** Options of `SimilarityIndex.query`. */
export interface IndexQueryOptions {
  /** Most matches to return (default 10). */
  k?: number
  /** Least resemblance of a match, in `(0, 1]` (default: the index's threshold). */
  threshold?: number
}

/** An index's content as plain JSON data (see `SimilarityIndex.toJSON`). */
export interface SimilarityIndexJson {
  type: 'newsdump-similarity-index'
  /** 2; `indexFromJSON` also reads version 1 (fingerprints of version 1). */
  version: 2
  threshold: number
  permutations: number
  seed: number
  exact: boolean
  /** In insertion order; `shingles` (sorted hashes) where the item was text and `exact` is on. */
  entries: Array<{id: string; fingerprint: Fingerprint; shingles?: number[]}>
}
