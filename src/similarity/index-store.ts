import type {Article} from '../types.js'
import {describe} from '../describe.js'
import {checkBoolean, checkNumber, checkOptions, checkString, checkTextOrArticle, isArray, isRecord, isUint32} from '../contract.js'
import {readWords} from './content.js'
import {exactResemblance} from './duplicates.js'
import {siftDown, siftUp} from './heap.js'
import {checkFingerprint, checkPermutations, checkThreshold, fingerprintOfSignature, signatureOf} from './fingerprint.js'
import {bandHash, candidateBands, type Bands} from './lsh.js'
import {DEFAULT_MINHASH_SEED, DEFAULT_PERMUTATIONS, minhashInto} from './minhash.js'
import {shingleHashes} from './shingle.js'
import type {Fingerprint, FingerprintV1, IndexMatch, IndexOptions, IndexQueryOptions, SimilarityIndexJson} from './types.js'

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
  add(id: string, item: string | Article | Fingerprint | FingerprintV1): void
  /** Remove an item; whether it was there (an `id` that is no string is a `TypeError`). */
  remove(id: string): boolean
  /** Whether an item is there (an `id` that is no string is a `TypeError`). */
  has(id: string): boolean
  /**
   * The items most like `item`, best first (see `createIndex`). Every
   * candidate (an item sharing a band key with the query) is compared
   * exactly, so the cost is linear in the candidates: n near-copies of the
   * query cost O(n) per query (candidates are marked by slot and the k best
   * kept in a heap, so no set or sort of n is built, but none is skipped).
   */
  query(item: string | Article | Fingerprint | FingerprintV1, options?: IndexQueryOptions | null): IndexMatch[]
  /** The content as plain JSON data, for `indexFromJSON`. */
  toJSON(): SimilarityIndexJson
}

interface Entry {
  id: string
  /** Where its signature stands in the index's one array of signatures (and its key in the band tables). */
  slot: number
  words: number
  /** Distinct shingles (0: matches nothing, filed under no key). */
  count: number
  shingles: Uint32Array | undefined
}

/** What an item is read into before it is filed. */
interface Reading {
  signature: Uint32Array
  words: number
  count: number
  shingles: Uint32Array | undefined
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
 * A query costs one comparison per candidate: linear in the candidates,
 * not bounded (n near-copies of the query cost O(n) per query).
 *
 * Resemblance is exact (the Jaccard index of the two shingle sets, as
 * `similarity` gives it) when both the query and the item were given as
 * text or articles and the index keeps shingle sets (`exact`, the default);
 * where either side is only a fingerprint it is the MinHash estimate (see
 * `estimateResemblance`), and the match says `exact: false`.
 *
 * @param options
 *   `threshold`: resemblance in `(0, 1]` (default 0.8); `permutations`:
 *   values per signature (default 128, at most 1024); `exact`: keep shingle
 *   sets of texts (default `true`).
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
  return buildIndex(threshold, permutations, DEFAULT_MINHASH_SEED, exact).index
}

/**
 * Rebuild an index from `index.toJSON()` (or that, through `JSON.stringify`
 * and `JSON.parse`): it answers every query as the original did. Indexes of
 * version 1 (fingerprints of format 1) are read too.
 *
 * The index is checked before any entry is read (`permutations` at most
 * 1024), and every entry against it: a fingerprint of another seed or
 * number of permutations could never be found, and shingles that are not
 * the ones its fingerprint was computed from would make exact and estimated
 * answers disagree, so both are errors, as are repeated ids and shingles in
 * an index that keeps none.
 *
 * @param json
 *   The index's JSON data.
 * @returns
 *   The index.
 * @throws {TypeError}
 *   When `json` or a part of it has the wrong type.
 * @throws {RangeError}
 *   When a value is out of range (another version, a malformed fingerprint)
 *   or an entry is inconsistent with the index.
 *
 * @example
 *   indexFromJSON(createIndex({threshold: 0.5}).toJSON()).threshold //=> 0.5
 *   indexFromJSON({type: 'something else'}) //=> TypeError: Expected a similarity index (`type: 'newsdump-similarity-index'`), not `object`
 *   indexFromJSON({...createIndex().toJSON(), permutations: 65536}) //=> RangeError: Expected `permutations` to be an integer from 1 to 1024, not `number` (65536)
 */
export function indexFromJSON(json: unknown): SimilarityIndex {
  if (!isRecord(json) || json.type !== 'newsdump-similarity-index') {
    throw new TypeError(`Expected a similarity index (\`type: 'newsdump-similarity-index'\`), not ${describe(json)}`)
  }
  const data = json as Partial<Record<keyof SimilarityIndexJson, unknown>>
  if (data.version !== 2 && data.version !== 1) throw new RangeError(`Expected \`version\` to be 2 (or 1), not ${describe(data.version)}`)
  checkThreshold(data.threshold, 'threshold')
  checkPermutations(data.permutations, 'permutations')
  checkNumber(data.seed, 'seed', 'an unsigned 32-bit integer', isUint32)
  if (typeof data.exact !== 'boolean') throw new TypeError(`Expected \`exact\` to be a boolean, not ${describe(data.exact)}`)
  if (!isArray(data.entries)) throw new TypeError(`Expected \`entries\` to be an array, not ${describe(data.entries)}`)
  const {seed, permutations, exact} = data
  const {index, addEntry} = buildIndex(data.threshold, permutations, seed, exact)
  const computed = new Uint32Array(permutations)
  for (const [position, value] of (data.entries as unknown[]).entries()) {
    const where = `entries[${position}]`
    if (!isRecord(value)) throw new TypeError(`Expected \`${where}\` to be an entry, not ${describe(value)}`)
    const entry = value as {id?: unknown; fingerprint?: unknown; shingles?: unknown}
    if (typeof entry.id !== 'string') throw new TypeError(`Expected \`${where}.id\` to be a string, not ${describe(entry.id)}`)
    if (index.has(entry.id)) throw new RangeError(`Expected \`${where}.id\` to be unique, not a second ${describe(entry.id)}`)
    const fp = entry.fingerprint
    checkFingerprint(fp, `${where}.fingerprint`)
    if (fp.seed !== seed || fp.permutations !== permutations) {
      throw new RangeError(
        `Expected \`${where}.fingerprint\` to have the index's seed ${seed} and ${permutations} permutations, not seed ${fp.seed} and ${fp.permutations}`
      )
    }
    const signature = signatureOf(fp)
    let shingles: Uint32Array | undefined
    if (entry.shingles !== undefined) {
      if (!exact) throw new RangeError(`Expected \`${where}\` to have no \`shingles\`: the index keeps none (\`exact: false\`)`)
      shingles = readShingles(entry.shingles, `${where}.shingles`, fp.shingles)
      minhashInto(shingles, shingles.length, permutations, seed, computed, 0)
      for (let slot = 0; slot < permutations; slot++) {
        if (computed[slot] !== signature[slot]) throw new RangeError(`Expected \`${where}.shingles\` to be the shingles its fingerprint was computed from, not another text's`)
      }
    }
    addEntry(entry.id, {signature, words: fp.words, count: fp.shingles, shingles})
  }
  return index
}

/**
 * An index, and apart from it a way in for `indexFromJSON` that skips
 * re-reading texts: kept off the index object, so callers meet only the
 * documented, checked methods.
 */
function buildIndex(
  threshold: number,
  permutations: number,
  seed: number,
  exact: boolean
): {index: SimilarityIndex; addEntry(id: string, reading: Reading): void} {
  const bands: Bands = candidateBands(threshold, permutations)
  const entries = new Map<string, Entry>()
  // One table a band, keyed by the band's hash as a signed 32-bit integer
  // (a small integer in V8, not a boxed number). Most buckets hold one
  // item: its slot itself, a set of slots only once a second comes. Slots,
  // not ids: a query's candidates are marked in a typed array by slot, so
  // that n items sharing a key cost no hash table of n strings.
  const buckets = Array.from({length: bands.bands}, () => new Map<number, number | Set<number>>())
  // Every signature in one array, `permutations` values a slot; slots of
  // removed items are reused.
  let signatures = new Uint32Array(permutations * 16)
  let slots = 0
  const freeSlots: number[] = []
  const bySlot: Array<Entry | undefined> = []
  // A query's mark on each slot it has taken as a candidate (`stamp`, new each query).
  let marks = new Uint32Array(16)
  let stamp = 0

  const keyOf = (signature: Uint32Array, band: number): number => bandHash(signature, band, bands.rows) | 0
  const signatureAt = (slot: number): Uint32Array => signatures.subarray(slot * permutations, (slot + 1) * permutations)

  const read = (item: string | Article | Fingerprint | FingerprintV1, name: string): Reading => {
    if (isRecord(item) && 'minhash' in item) {
      checkFingerprint(item, name)
      if (item.seed !== seed || item.permutations !== permutations) {
        throw new RangeError(
          `Expected \`${name}\` to have the index's seed ${seed} and ${permutations} permutations, not seed ${item.seed} and ${item.permutations}`
        )
      }
      return {signature: signatureOf(item), words: item.words, count: item.shingles, shingles: undefined}
    }
    checkTextOrArticle(item, name)
    const words = readWords(item)
    const shingles = shingleHashes(words)
    const signature = new Uint32Array(permutations)
    minhashInto(shingles, shingles.length, permutations, seed, signature, 0)
    return {signature, words: words.length, count: shingles.length, shingles}
  }

  const addEntry = (id: string, reading: Reading): void => {
    if (entries.has(id)) remove(id)
    let slot = freeSlots.pop()
    if (slot === undefined) {
      slot = slots++
      if (slots * permutations > signatures.length) {
        const grown = new Uint32Array(signatures.length * 2)
        grown.set(signatures)
        signatures = grown
      }
    }
    signatures.set(reading.signature, slot * permutations)
    const entry: Entry = {id, slot, words: reading.words, count: reading.count, shingles: exact ? reading.shingles : undefined}
    entries.set(id, entry)
    bySlot[slot] = entry
    if (reading.count === 0) return
    for (let band = 0; band < bands.bands; band++) {
      const key = keyOf(reading.signature, band)
      const table = buckets[band]!
      const bucket = table.get(key)
      if (bucket === undefined) table.set(key, slot)
      else if (typeof bucket === 'number') table.set(key, new Set([bucket, slot]))
      else bucket.add(slot)
    }
  }

  const remove = (id: string): boolean => {
    checkString(id, '`id` to be a string')
    const entry = entries.get(id)
    if (!entry) return false
    if (entry.count > 0) {
      // Keys are computed again rather than kept: 18 numbers an item cost more than the time.
      const signature = signatureAt(entry.slot)
      for (let band = 0; band < bands.bands; band++) {
        const key = keyOf(signature, band)
        const table = buckets[band]!
        const bucket = table.get(key)!
        if (typeof bucket === 'number') table.delete(key)
        else {
          bucket.delete(entry.slot)
          if (bucket.size === 1) table.set(key, bucket.values().next().value!)
        }
      }
    }
    bySlot[entry.slot] = undefined
    freeSlots.push(entry.slot)
    entries.delete(id)
    return true
  }

  const agreement = (query: Uint32Array, slot: number): number => {
    let agree = 0
    const base = slot * permutations
    for (let index = 0; index < permutations; index++) if (query[index] === signatures[base + index]) agree++
    return agree / permutations
  }

  const index: SimilarityIndex = {
    threshold,
    permutations,
    exact,
    get size() {
      return entries.size
    },
    add(id, item) {
      if (typeof id !== 'string') throw new TypeError(`Expected \`id\` to be a string, not ${describe(id)}`)
      addEntry(id, read(item, 'item'))
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
      if (query.count === 0 || k === 0) return []
      let candidates: Iterable<Entry>
      let count: number
      if (least < threshold) {
        candidates = entries.values()
        count = entries.size
      } else {
        // Each item once, however many bands it shares with the query.
        if (marks.length < slots) marks = new Uint32Array(Math.max(slots, marks.length * 2))
        if (stamp === 0xff_ff_ff_ff) {
          marks.fill(0)
          stamp = 0
        }
        stamp++
        const found: Entry[] = []
        const take = (slot: number): void => {
          if (marks[slot] === stamp) return
          marks[slot] = stamp
          found.push(bySlot[slot]!)
        }
        for (let band = 0; band < bands.bands; band++) {
          const bucket = buckets[band]!.get(keyOf(query.signature, band))
          if (typeof bucket === 'number') take(bucket)
          else if (bucket !== undefined) for (const slot of bucket) take(slot)
        }
        candidates = found
        count = found.length
      }
      // The k best (a heap with the worst kept match on top), so that n
      // candidates cost n log k, not a sort of n; all of them, sorted, when k
      // is at least their number.
      const best = new MatchHeap(k < count ? k : Number.POSITIVE_INFINITY)
      for (const entry of candidates) {
        if (entry.count === 0) continue
        const isExact = query.shingles !== undefined && entry.shingles !== undefined
        const resemblance = isExact ? exactResemblance(query.shingles!, entry.shingles!) : agreement(query.signature, entry.slot)
        if (resemblance >= least) best.offer(entry.id, resemblance, isExact)
      }
      return best.sorted()
    },
    toJSON() {
      return {
        type: 'newsdump-similarity-index',
        version: 2,
        threshold,
        permutations,
        seed,
        exact,
        entries: [...entries].map(([id, entry]) => {
          const fingerprint = fingerprintOfSignature(signatures, entry.slot * permutations, permutations, seed, entry.words, entry.count)
          return entry.shingles ? {id, fingerprint, shingles: Array.from(entry.shingles)} : {id, fingerprint}
        })
      }
    }
  }
  return {index, addEntry}
}

/** Whether match a ranks before match b: higher resemblance, ties by id. */
function ranksBefore(a: IndexMatch, b: IndexMatch): boolean {
  return a.resemblance > b.resemblance || (a.resemblance === b.resemblance && a.id < b.id)
}

/** Whether match a ranks after match b: the order of a heap whose top is the worst match kept. */
function ranksAfter(a: IndexMatch, b: IndexMatch): boolean {
  return ranksBefore(b, a)
}

/**
 * The `limit` best matches offered: a binary heap whose top is the worst
 * match kept, so that a match better than it replaces it in log(limit)
 * steps, and one no better costs one comparison. An infinite `limit` keeps
 * every match, in no order until `sorted`.
 */
class MatchHeap {
  private readonly kept: IndexMatch[] = []
  constructor(private readonly limit: number) {}

  offer(id: string, resemblance: number, exact: boolean): void {
    const kept = this.kept
    if (this.limit === Number.POSITIVE_INFINITY) {
      kept.push({id, resemblance, exact})
      return
    }
    if (kept.length < this.limit) {
      kept.push({id, resemblance, exact})
      siftUp(kept, kept.length - 1, ranksAfter)
      return
    }
    const worst = kept[0]!
    if (!(resemblance > worst.resemblance || (resemblance === worst.resemblance && id < worst.id))) return
    kept[0] = {id, resemblance, exact}
    siftDown(kept, 0, ranksAfter)
  }

  /** The matches kept, best first. */
  sorted(): IndexMatch[] {
    return this.kept.sort((a, b) => (ranksBefore(a, b) ? -1 : ranksBefore(b, a) ? 1 : 0))
  }
}

function readShingles(value: unknown, name: string, expected: number): Uint32Array {
  if (!isArray(value)) throw new TypeError(`Expected \`${name}\` to be an array, not ${describe(value)}`)
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
