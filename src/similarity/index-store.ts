import type {Article} from '../types.js'
import {describe} from '../describe.js'
import {checkBoolean, checkNumber, checkOptions, checkString, checkTextOrArticle, isUint32} from '../contract.js'
import {readWords} from './content.js'
import {exactResemblance} from './duplicates.js'
import {checkFingerprint, checkPermutations, checkThreshold, fingerprintOfShingles} from './fingerprint.js'
import {bandHash, candidateBands, type Bands} from './lsh.js'
import {DEFAULT_MINHASH_SEED, DEFAULT_PERMUTATIONS, estimateFromSignatures} from './minhash.js'
import {shingleHashes} from './shingle.js'
import type {Fingerprint, IndexMatch, IndexOptions, IndexQueryOptions, SimilarityIndexJson} from './types.js'

/**
 * A collection of items searchable by resemblance (see `createIndex`).
 * Ids are strings; adding under an id already present replaces that item.
 */
export interface SimilarityIndex {
  /** Resemblance the bands are tuned for, and the default query threshold. */
  readonly threshold: number
  /** Values per signature. */
  readonly permutations: number
  /** Whether texts' shingle sets are kept for exact answers. */
  readonly exact: boolean
  /** Number of items. */
  readonly size: number
  /** Add (or replace) an item: text, an article, or a fingerprint of this index's seed and permutations. */
  add(id: string, item: string | Article | Fingerprint): void
  /** Remove an item; whether it was there (an `id` that is no string is a `TypeError`). */
  remove(id: string): boolean
  /** Whether an item is there (an `id` that is no string is a `TypeError`). */
  has(id: string): boolean
  /** The items most like `item`, best first (see `createIndex`). */
  query(item: string | Article | Fingerprint, options?: IndexQueryOptions | null): IndexMatch[]
  /** The content as plain JSON data, for `indexFromJSON`. */
  toJSON(): SimilarityIndexJson
}

interface Entry {
  fingerprint: Fingerprint
  shingles: Uint32Array | undefined
  /** Band keys, kept so that `remove` finds the buckets again. */
  keys: number[]
}

/** Matches a query returns by default. */
const DEFAULT_K = 10

/**
 * Create an index of items to search by resemblance: a MinHash LSH index,
 * for "have I seen this story (or nearly this text) before?" over a stream.
 *
 * `add` fingerprints an item (or takes a fingerprint) and files it under the
 * band keys of `candidateBands(threshold, permutations)`; `query` looks up
 * the query's keys and ranks the items found by resemblance, best first,
 * ties by id, keeping those at or above the query's `threshold` (default
 * the index's). A query threshold below the index's would miss pairs the
 * bands were not tuned for, so it compares with every item instead.
 *
 * Resemblance is exact (the Jaccard index of the two shingle sets, as
 * `similarity` gives it) when both the query and the item were given as
 * text or articles and the index keeps shingle sets (`exact`, the default);
 * where either side is only a fingerprint it is the MinHash estimate (see
 * `estimateResemblance`), and the match says `exact: false`.
 *
 * @param options
 *   `threshold`: resemblance in `(0, 1]` (default 0.8); `permutations`:
 *   values per signature (default 128); `exact`: keep shingle sets of texts
 *   (default `true`).
 * @returns
 *   An empty index.
 * @throws {RangeError}
 *   When `threshold` or `permutations` is out of range.
 *
 * @example
 *   const index = createIndex()
 *   const story = 'Russia and Ukraine agreed on Wednesday to swap more prisoners of war, officials said.'
 *   index.add('guardian', story)
 *   index.add('sbs', story + ' More follows.')
 *   index.add('weather', 'Heavy rain flooded the city centre on Monday.')
 *   index.size //=> 3
 *   index.query(story)
 *   //=> [{id: 'guardian', resemblance: 1, exact: true}, {id: 'sbs', resemblance: 0.857142857143, exact: true}]
 *   index.query(fingerprint(story), {k: 1}) //=> [{id: 'guardian', resemblance: 1, exact: false}]
 *   index.remove('guardian') //=> true
 *   indexFromJSON(JSON.parse(JSON.stringify(index))).query(story) //=> [{id: 'sbs', resemblance: 0.857142857143, exact: true}]
 */
export function createIndex(options?: IndexOptions | null): SimilarityIndex {
  const given = checkOptions(options)
  const threshold = given.threshold ?? 0.8
  checkThreshold(threshold)
  const permutations = given.permutations ?? DEFAULT_PERMUTATIONS
  checkPermutations(permutations, 'permutations')
  checkBoolean(given.exact, 'exact')
  const exact = given.exact ?? true
  return buildIndex(threshold, permutations, DEFAULT_MINHASH_SEED, exact)
}

/**
 * Rebuild an index from `index.toJSON()` (or that, through `JSON.stringify`
 * and `JSON.parse`): it answers every query as the original did.
 *
 * @param json
 *   The index's JSON data.
 * @returns
 *   The index.
 * @throws {TypeError}
 *   When `json` or a part of it has the wrong type.
 * @throws {RangeError}
 *   When a value is out of range (another version, a malformed fingerprint).
 *
 * @example
 *   indexFromJSON(createIndex({threshold: 0.5}).toJSON()).threshold //=> 0.5
 *   indexFromJSON({type: 'something else'}) //=> TypeError: Expected a similarity index (`type: 'newsdump-similarity-index'`), not `object`
 */
export function indexFromJSON(json: unknown): SimilarityIndex {
  if (json === null || typeof json !== 'object' || (json as {type?: unknown}).type !== 'newsdump-similarity-index') {
    throw new TypeError(`Expected a similarity index (\`type: 'newsdump-similarity-index'\`), not ${describe(json)}`)
  }
  const data = json as Partial<Record<keyof SimilarityIndexJson, unknown>>
  if (data.version !== 1) throw new RangeError(`Expected \`version\` to be 1, not ${describe(data.version)}`)
  checkThreshold(data.threshold, 'threshold')
  checkPermutations(data.permutations, 'permutations')
  checkNumber(data.seed, 'seed', 'an unsigned 32-bit integer', isUint32)
  if (typeof data.exact !== 'boolean') throw new TypeError(`Expected \`exact\` to be a boolean, not ${describe(data.exact)}`)
  if (!Array.isArray(data.entries)) throw new TypeError(`Expected \`entries\` to be an array, not ${describe(data.entries)}`)
  const index = buildIndex(data.threshold, data.permutations, data.seed, data.exact)
  for (const [position, value] of (data.entries as unknown[]).entries()) {
    const where = `entries[${position}]`
    if (value === null || typeof value !== 'object') throw new TypeError(`Expected \`${where}\` to be an entry, not ${describe(value)}`)
    const entry = value as {id?: unknown; fingerprint?: unknown; shingles?: unknown}
    if (typeof entry.id !== 'string') throw new TypeError(`Expected \`${where}.id\` to be a string, not ${describe(entry.id)}`)
    checkFingerprint(entry.fingerprint, `${where}.fingerprint`)
    let shingles: Uint32Array | undefined
    if (entry.shingles !== undefined) {
      shingles = readShingles(entry.shingles, `${where}.shingles`, entry.fingerprint.shingles)
    }
    index.addEntry(entry.id, entry.fingerprint, shingles)
  }
  return index
}

/** An index with a way in for `indexFromJSON` that skips re-reading texts. */
function buildIndex(
  threshold: number,
  permutations: number,
  seed: number,
  exact: boolean
): SimilarityIndex & {addEntry(id: string, fp: Fingerprint, shingles: Uint32Array | undefined): void} {
  const bands: Bands = candidateBands(threshold, permutations)
  const entries = new Map<string, Entry>()
  // One table for all bands: a key is `band · 2³² + hash`, below 2⁵³.
  const buckets = new Map<number, Set<string>>()

  const keysOf = (fp: Fingerprint): number[] => {
    if (fp.shingles === 0) return []
    const keys: number[] = []
    for (let band = 0; band < bands.bands; band++) keys.push(band * 4_294_967_296 + bandHash(fp.minhash, band, bands.rows))
    return keys
  }

  const read = (item: string | Article | Fingerprint, name: string): {fingerprint: Fingerprint; shingles: Uint32Array | undefined} => {
    if (typeof item === 'object' && item !== null && 'minhash' in item) {
      checkFingerprint(item, name)
      if (item.seed !== seed || item.permutations !== permutations) {
        throw new RangeError(
          `Expected \`${name}\` to have the index's seed ${seed} and ${permutations} permutations, not seed ${item.seed} and ${item.permutations}`
        )
      }
      return {fingerprint: item, shingles: undefined}
    }
    checkTextOrArticle(item, name)
    const words = readWords(item)
    const shingles = shingleHashes(words)
    return {fingerprint: fingerprintOfShingles(shingles, words.length, permutations, seed), shingles}
  }

  const addEntry = (id: string, fp: Fingerprint, shingles: Uint32Array | undefined): void => {
    if (entries.has(id)) remove(id)
    const keys = keysOf(fp)
    // Copy the fingerprint: the caller's object may change after `add`.
    const entry: Entry = {fingerprint: {...fp, minhash: [...fp.minhash]}, shingles: exact ? shingles : undefined, keys}
    entries.set(id, entry)
    for (const key of keys) {
      let bucket = buckets.get(key)
      if (!bucket) {
        bucket = new Set()
        buckets.set(key, bucket)
      }
      bucket.add(id)
    }
  }

  const remove = (id: string): boolean => {
    checkString(id, '`id` to be a string')
    const entry = entries.get(id)
    if (!entry) return false
    for (const key of entry.keys) {
      const bucket = buckets.get(key)!
      bucket.delete(id)
      if (bucket.size === 0) buckets.delete(key)
    }
    entries.delete(id)
    return true
  }

  return {
    threshold,
    permutations,
    exact,
    get size() {
      return entries.size
    },
    addEntry,
    add(id, item) {
      if (typeof id !== 'string') throw new TypeError(`Expected \`id\` to be a string, not ${describe(id)}`)
      const {fingerprint, shingles} = read(item, 'item')
      addEntry(id, fingerprint, shingles)
    },
    remove,
    has(id) {
      checkString(id, '`id` to be a string')
      return entries.has(id)
    },
    query(item, queryOptions) {
      const given = checkOptions(queryOptions)
      const k = given.k ?? DEFAULT_K
      checkNumber(k, 'k', 'a whole number', (count) => (Number.isInteger(count) || count === Number.POSITIVE_INFINITY) && count >= 0)
      const least = given.threshold ?? threshold
      checkThreshold(least)
      const query = read(item, 'item')
      if (query.fingerprint.shingles === 0) return []
      let candidates: Iterable<string>
      if (least < threshold) {
        candidates = entries.keys()
      } else {
        const found = new Set<string>()
        for (const key of keysOf(query.fingerprint)) for (const id of buckets.get(key) ?? []) found.add(id)
        candidates = found
      }
      const matches: IndexMatch[] = []
      for (const id of candidates) {
        const entry = entries.get(id)!
        if (entry.fingerprint.shingles === 0) continue
        const isExact = query.shingles !== undefined && entry.shingles !== undefined
        const resemblance = isExact
          ? exactResemblance(query.shingles!, entry.shingles!)
          : estimateFromSignatures(query.fingerprint.minhash, entry.fingerprint.minhash)
        if (resemblance >= least) matches.push({id, resemblance, exact: isExact})
      }
      matches.sort((a, b) => b.resemblance - a.resemblance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      return matches.slice(0, k)
    },
    toJSON() {
      return {
        type: 'newsdump-similarity-index',
        version: 1,
        threshold,
        permutations,
        seed,
        exact,
        entries: [...entries].map(([id, entry]) => {
          const fingerprint = {...entry.fingerprint, minhash: [...entry.fingerprint.minhash]}
          return entry.shingles ? {id, fingerprint, shingles: Array.from(entry.shingles)} : {id, fingerprint}
        })
      }
    }
  }
}

function readShingles(value: unknown, name: string, expected: number): Uint32Array {
  if (!Array.isArray(value)) throw new TypeError(`Expected \`${name}\` to be an array, not ${describe(value)}`)
  if (value.length !== expected) throw new RangeError(`Expected \`${name}\` to hold ${expected} hashes (the fingerprint's \`shingles\`), not ${value.length}`)
  const shingles = new Uint32Array(value.length)
  for (let position = 0; position < value.length; position++) {
    const hash: unknown = value[position]
    if (typeof hash !== 'number' || !Number.isInteger(hash) || hash < 0 || hash > 0xff_ff_ff_ff) {
      throw new RangeError(`Expected \`${name}[${position}]\` to be an unsigned 32-bit integer, not ${describe(hash)}`)
    }
    if (position > 0 && hash <= shingles[position - 1]!) throw new RangeError(`Expected \`${name}\` to be sorted and unique, not at ${position}`)
    shingles[position] = hash
  }
  return shingles
}
