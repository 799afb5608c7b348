import type {Article} from '../types.js'
import {checkItems, checkOptions} from '../contract.js'
import {readWords} from './content.js'
import {checkThreshold, fingerprintSettings} from './fingerprint.js'
import {bandCandidates, candidateBands} from './lsh.js'
import {minhashSignature} from './minhash.js'
import {intersectionSize, shingleHashes} from './shingle.js'
import type {DuplicateGroup, DuplicatePair, FindDuplicatesOptions} from './types.js'
import {createUnionFind} from './union-find.js'

/** Resemblance of a duplicate pair by default. */
export const defaultDuplicateThreshold = 0.8

/**
 * Find the groups of (near-)duplicates in a collection: items whose word
 * 3-shingle sets have a resemblance (Jaccard index) at or above `threshold`,
 * and the items linked to them through such pairs.
 *
 * Each item is read as `similarity` reads it and fingerprinted with MinHash
 * (see `fingerprint`); MinHash LSH (`candidateBands`: a pair at the
 * threshold becomes a candidate with probability 0.995, pairs above it
 * more often) proposes candidate pairs in time linear in the collection;
 * each candidate is verified with the exact resemblance of the two shingle
 * sets, the value `similarity(a, b).resemblance` gives, so no pair below the
 * threshold is ever reported. Verified pairs are joined into groups
 * (single link, by union-find).
 *
 * The result is deterministic: groups in order of their lowest member,
 * members ascending, pairs by `a` then `b`. A group's `representative` is
 * the member with the most words (the fullest copy), the lowest index on
 * ties. Texts without words belong to no group.
 *
 * @param items
 *   Texts, or articles from `splitDump`.
 * @param options
 *   `threshold`: least resemblance, in `(0, 1]` (default 0.8);
 *   `permutations`: values per MinHash signature (default 128).
 * @returns
 *   The groups of at least two members.
 * @throws {TypeError}
 *   When `items` is not an array of texts or articles.
 * @throws {RangeError}
 *   When `threshold` or `permutations` is out of range.
 *
 * @example
 *   const story = 'Russia and Ukraine agreed on Wednesday to swap more prisoners of war, officials said.'
 *   findDuplicates([story, 'Heavy rain flooded the city centre on Monday.', story + ' More follows.'])
 *   //=> [{representative: 2, members: [0, 2], pairs: [{a: 0, b: 2, resemblance: 0.857142857143}]}]
 *   findDuplicates([]) //=> []
 *   findDuplicates([story], {threshold: 1.5}) //=> RangeError: Expected `threshold` to be a number in (0, 1], not `number` (1.5)
 */
export function findDuplicates(items: ReadonlyArray<string | Article>, options?: FindDuplicatesOptions | null): DuplicateGroup[] {
  checkItems(items)
  const given = checkOptions(options)
  const threshold = given.threshold ?? defaultDuplicateThreshold
  checkThreshold(threshold)
  const {permutations, seed} = fingerprintSettings(given.permutations == null ? {} : {permutations: given.permutations})
  const count = items.length
  const shingles: Uint32Array[] = []
  const words = new Int32Array(count)
  const signatures = new Uint32Array(count * permutations)
  const empty = new Uint8Array(count)
  for (let index = 0; index < count; index++) {
    const itemWords = readWords(items[index]!)
    const set = shingleHashes(itemWords)
    shingles.push(set)
    words[index] = itemWords.length
    if (set.length === 0) empty[index] = 1
    else signatures.set(minhashSignature(set, permutations, seed), index * permutations)
  }
  const candidates = bandCandidates(signatures, permutations, candidateBands(threshold, permutations), empty)
  const sets = createUnionFind(count)
  const pairs: DuplicatePair[] = []
  for (let index = 0; index < candidates.length; index += 2) {
    const a = candidates[index]!
    const b = candidates[index + 1]!
    const resemblance = exactResemblance(shingles[a]!, shingles[b]!)
    if (resemblance < threshold) continue
    pairs.push({a, b, resemblance})
    sets.union(a, b)
  }
  pairs.sort((x, y) => x.a - y.a || x.b - y.b)
  const groups: DuplicateGroup[] = []
  const groupOf = new Map<number, DuplicateGroup>()
  for (const members of sets.sets(2)) {
    let representative = members[0]!
    for (const member of members) if (words[member]! > words[representative]!) representative = member
    const group: DuplicateGroup = {representative, members, pairs: []}
    groups.push(group)
    groupOf.set(sets.find(representative), group)
  }
  for (const pair of pairs) groupOf.get(sets.find(pair.a))!.pairs.push(pair)
  return groups
}

/**
 * Jaccard index of two sorted unique shingle sets, rounded to 12 decimals
 * as `similarity` rounds it.
 *
 * @param a
 *   Sorted unique hashes.
 * @param b
 *   Sorted unique hashes.
 * @returns
 *   The resemblance; 0 when both are empty.
 */
export function exactResemblance(a: Uint32Array, b: Uint32Array): number {
  const shared = intersectionSize(a, b)
  const union = a.length + b.length - shared
  return union === 0 ? 0 : Math.round((shared / union) * 1e12) / 1e12
}
