import type {Article} from '../types.js'
import {describe} from '../describe.js'
import {readWordHashes} from './content.js'
import {checkItems, checkOptions} from '../contract.js'
import {checkThreshold, fingerprintSettings} from './fingerprint.js'
import {finalMix} from './hash.js'
import {bandLinks, candidateBands} from './lsh.js'
import {minhashInto} from './minhash.js'
import {DEFAULT_SHINGLE_SIZE, intersectionSize, rollShingles, shingleCount, sortedSet} from './shingle.js'
import type {DuplicateGroup, DuplicatePair, FindDuplicatesOptions} from './types.js'
import {createUnionFind} from './union-find.js'

/** Resemblance of a duplicate pair by default. */
export const defaultDuplicateThreshold = 0.8

/**
 * Find the groups of (near-)duplicates in a collection: items whose word
 * 3-shingle sets have a resemblance (Jaccard index) at or above `threshold`,
 * and the items linked to them through such pairs.
 *
 * Each item is read as `similarity` reads it. Copies (items whose words,
 * once read, are the same) are collapsed first: one of them stands for all,
 * so a collection of thousands of copies of one text costs what one does.
 * The distinct texts are fingerprinted with MinHash (see `fingerprint`);
 * MinHash LSH (`candidateBands`: a pair at the threshold becomes a candidate
 * with probability 0.995, pairs above it more often) proposes candidate
 * pairs, and each is verified with the exact resemblance of the two shingle
 * sets, the value `similarity(a, b).resemblance` gives, so no pair below the
 * threshold is ever reported. Verified pairs join items into groups (single
 * link); a candidate whose two items are already joined is not verified
 * (see `bandLinks`), so time and memory stay linear in the items, also when
 * all of them are near-copies of one text.
 *
 * A group lists its members and, by default, a spanning set of verified
 * pairs: each copy paired with the first of its copies (resemblance 1), and
 * enough pairs between distinct texts to join them, `members.length − 1` in
 * all. `{pairs: 'all'}` lists every pair of members at or above the
 * threshold instead (quadratic in a group's size).
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
 *   `permutations`: values per MinHash signature (default 128, at most
 *   1024); `pairs`: `'spanning'` (default) or `'all'`.
 * @returns
 *   The groups of at least two members.
 * @throws {TypeError}
 *   When `items` is not an array of texts or articles.
 * @throws {RangeError}
 *   When `threshold`, `permutations` or `pairs` is out of range.
 *
 * @example
 *   const story = 'Russia and Ukraine agreed on Wednesday to swap more prisoners of war, officials said.'
 *   findDuplicates([story, 'Heavy rain flooded the city centre on Monday.', story + ' More follows.'])
 *   //=> [{representative: 2, members: [0, 2], pairs: [{a: 0, b: 2, resemblance: 0.857142857143}]}]
 *   findDuplicates([story, story + ' More follows.', story]).map((group) => group.pairs)
 *   //=> [[{a: 0, b: 1, resemblance: 0.857142857143}, {a: 0, b: 2, resemblance: 1}]]
 *   findDuplicates([story, story + ' More follows.', story], {pairs: 'all'})[0].pairs.length //=> 3
 *   findDuplicates(Array(6000).fill(story))[0].pairs.length //=> 5999
 *   findDuplicates([]) //=> []
 *   findDuplicates([story], {threshold: 1.5}) //=> RangeError: Expected `threshold` to be a number in (0, 1], not `number` (1.5)
 */
export function findDuplicates(items: ReadonlyArray<string | Article>, options?: FindDuplicatesOptions | null): DuplicateGroup[] {
  checkItems(items)
  const given = checkOptions(options)
  const threshold = given.threshold ?? defaultDuplicateThreshold
  checkThreshold(threshold)
  const {permutations, seed} = fingerprintSettings(given.permutations == null ? {} : {permutations: given.permutations})
  const listing = given.pairs ?? 'spanning'
  if (listing !== 'spanning' && listing !== 'all') throw new RangeError(`Expected \`pairs\` to be 'spanning' or 'all', not ${describe(listing)}`)
  const count = items.length
  const copies = collapseCopies(items, permutations, seed)
  const {classOf, first, shingles, signatures, words} = copies
  const classes = first.length

  // Verify lazily: most texts are never a candidate, and need no sorted set.
  const sorted = new Uint8Array(classes)
  const setOf = (item: number): Uint32Array => {
    if (!sorted[item]) {
      shingles[item] = sortedSet(shingles[item]!)
      sorted[item] = 1
    }
    return shingles[item]!
  }
  const sets = createUnionFind(classes)
  const links: number[] = []
  bandLinks(signatures, permutations, classes, candidateBands(threshold, permutations), sets, (a, b) => {
    const resemblance = exactResemblance(setOf(a), setOf(b))
    if (resemblance < threshold) return false
    sets.union(a, b)
    links.push(a, b, resemblance)
    return true
  })

  // Groups: the members of every class in a joined set, ascending.
  const groupOfRoot = new Map<number, DuplicateGroup>()
  const classRoot = new Int32Array(classes)
  const classSize = new Int32Array(classes)
  for (let item = 0; item < count; item++) if (classOf[item]! >= 0) classSize[classOf[item]!] = classSize[classOf[item]!]! + 1
  const rootSize = new Int32Array(classes)
  for (let member = 0; member < classes; member++) {
    classRoot[member] = sets.find(member)
    const root = classRoot[member]!
    rootSize[root] = rootSize[root]! + classSize[member]!
  }
  const groups: DuplicateGroup[] = []
  for (let item = 0; item < count; item++) {
    const member = classOf[item]!
    if (member < 0) continue
    const root = classRoot[member]!
    if (rootSize[root]! < 2) continue
    let group = groupOfRoot.get(root)
    if (!group) {
      group = {representative: item, members: [], pairs: []}
      groupOfRoot.set(root, group)
      groups.push(group)
    }
    group.members.push(item)
    if (words[item]! > words[group.representative]!) group.representative = item
  }

  if (listing === 'all') {
    for (const group of groups) group.pairs = allPairs(group.members, classOf, (a, b) => exactResemblance(setOf(a), setOf(b)), threshold)
    return groups
  }
  const pairsOf = (member: number): DuplicatePair[] => groupOfRoot.get(classRoot[member]!)!.pairs
  for (let item = 0; item < count; item++) {
    const member = classOf[item]!
    if (member >= 0 && first[member] !== item) pairsOf(member).push({a: first[member]!, b: item, resemblance: 1})
  }
  for (let index = 0; index < links.length; index += 3) {
    const a = first[links[index]!]!
    const b = first[links[index + 1]!]!
    pairsOf(links[index]!).push({a: Math.min(a, b), b: Math.max(a, b), resemblance: links[index + 2]!})
  }
  for (const group of groups) group.pairs.sort((x, y) => x.a - y.a || x.b - y.b)
  return groups
}

/** The items of a collection, copies collapsed (see `collapseCopies`). */
interface Collapsed {
  /** Copy class of each item: the index of its text among the distinct ones; -1 for an item without shingles. */
  classOf: Int32Array
  /** First item of each class. */
  first: number[]
  /** Shingle hashes of each class, in text order (repeats kept). */
  shingles: Uint32Array[]
  /** MinHash signatures of the classes, `permutations` values each. */
  signatures: Uint32Array
  /** Words of each item. */
  words: Int32Array
}

/** Shingles a slab of `collapseCopies` holds: 256 KiB, a few hundred texts. */
const SLAB_SHINGLES = 1 << 16

/**
 * Read a collection and collapse its copies: items whose shingle hashes,
 * in text order, are the same (the same words once read) form one class,
 * fingerprinted once.
 */
function collapseCopies(items: ReadonlyArray<string | Article>, permutations: number, seed: number): Collapsed {
  const count = items.length
  const classOf = new Int32Array(count).fill(-1)
  const words = new Int32Array(count)
  const first: number[] = []
  const shingles: Uint32Array[] = []
  const byContent = new Map<number, number | number[]>()
  let scratch = new Uint32Array(1024)
  // The shingles of the distinct texts, laid end to end in slabs: one view
  // each, where a copy of its own would cost an allocation per text.
  let slab = new Uint32Array(SLAB_SHINGLES)
  let slabUsed = 0
  for (let item = 0; item < count; item++) {
    const {hashes, count: wordCount} = readWordHashes(items[item]!)
    words[item] = wordCount
    const length = shingleCount(wordCount)
    if (length === 0) continue
    if (scratch.length < length) scratch = new Uint32Array(Math.max(length, scratch.length * 2))
    rollShingles(hashes, wordCount, DEFAULT_SHINGLE_SIZE, scratch)
    // A key for the map of texts seen: shingle hashes are mixed already, so
    // one multiply per shingle spreads them (a clash costs a comparison).
    let key = length
    for (let index = 0; index < length; index++) key = Math.imul(key, 0x01_00_01_93) ^ scratch[index]!
    key = finalMix(key)
    const known = byContent.get(key)
    const same = (member: number): boolean => {
      const other = shingles[member]!
      if (other.length !== length) return false
      for (let index = 0; index < length; index++) if (other[index] !== scratch[index]) return false
      return true
    }
    let member = -1
    if (typeof known === 'number') {
      if (same(known)) member = known
    } else if (known !== undefined) {
      for (const candidate of known) {
        if (same(candidate)) {
          member = candidate
          break
        }
      }
    }
    if (member >= 0) {
      classOf[item] = member
      continue
    }
    member = first.length
    first.push(item)
    if (slabUsed + length > slab.length) {
      slab = new Uint32Array(Math.max(SLAB_SHINGLES, length))
      slabUsed = 0
    }
    for (let index = 0; index < length; index++) slab[slabUsed + index] = scratch[index]!
    shingles.push(slab.subarray(slabUsed, (slabUsed += length)))
    if (known === undefined) byContent.set(key, member)
    else if (typeof known === 'number') byContent.set(key, [known, member])
    else known.push(member)
    classOf[item] = member
  }
  // Signatures once the distinct texts are known: one array of the size
  // needed, never grown and copied.
  const signatures = new Uint32Array(permutations * first.length)
  for (let member = 0; member < first.length; member++) minhashInto(shingles[member]!, shingles[member]!.length, permutations, seed, signatures, member * permutations)
  return {classOf, first, shingles, signatures, words}
}

/**
 * Every pair of a group's members at or above the threshold: copies pair
 * at 1, other members as their classes compare (each pair of classes
 * compared once).
 */
function allPairs(members: readonly number[], classOf: Int32Array, compare: (a: number, b: number) => number, threshold: number): DuplicatePair[] {
  const resemblance = new Map<number, number>()
  const pairs: DuplicatePair[] = []
  for (let i = 0; i < members.length; i++) {
    const a = members[i]!
    const classA = classOf[a]!
    for (let j = i + 1; j < members.length; j++) {
      const b = members[j]!
      const classB = classOf[b]!
      let value = 1
      if (classA !== classB) {
        const key = Math.min(classA, classB) * 4_294_967_296 + Math.max(classA, classB)
        let known = resemblance.get(key)
        if (known === undefined) {
          known = compare(classA, classB)
          resemblance.set(key, known)
        }
        value = known
      }
      if (value >= threshold) pairs.push({a, b, resemblance: value})
    }
  }
  return pairs
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
