import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {readContent} from '../src/similarity/content.js'
import {fingerprint, fingerprintValues} from '../src/similarity/fingerprint.js'
import {createIndex, indexFromJSON} from '../src/similarity/index-store.js'
import {shingleHashes} from '../src/similarity/shingle.js'
import {similarity} from '../src/similarity/similarity.js'
import {nearDuplicateCorpus} from './prose.js'

const story = 'Russia and Ukraine agreed on Wednesday to swap more prisoners of war, officials said.'
const longer = story + ' More follows.'
const rain = 'Heavy rain flooded the city centre on Monday, and the river burst its banks.'

describe('createIndex', () => {
  test('add, has, size, query, remove', () => {
    const index = createIndex()
    expect(index.size).toBe(0)
    expect(index.query(story)).toEqual([])
    index.add('a', story)
    index.add('b', longer)
    index.add('c', rain)
    expect(index.size).toBe(3)
    expect(index.has('b')).toBe(true)
    expect(index.has('z')).toBe(false)
    expect(index.query(story)).toEqual([
      {id: 'a', resemblance: 1, exact: true},
      {id: 'b', resemblance: similarity(story, longer).resemblance, exact: true}
    ])
    expect(index.query(story, {k: 1})).toEqual([{id: 'a', resemblance: 1, exact: true}])
    expect(index.query(story, {threshold: 0.9})).toEqual([{id: 'a', resemblance: 1, exact: true}])
    expect(index.remove('a')).toBe(true)
    expect(index.remove('a')).toBe(false)
    expect(index.size).toBe(2)
    expect(index.query(story).map((match) => match.id)).toEqual(['b'])
  })

  test('ties are ordered by id; adding under an id replaces', () => {
    const index = createIndex()
    index.add('z', story)
    index.add('m', story)
    index.add('q', rain)
    expect(index.query(story).map((match) => match.id)).toEqual(['m', 'z'])
    index.add('q', story)
    expect(index.size).toBe(3)
    expect(index.query(story).map((match) => match.id)).toEqual(['m', 'q', 'z'])
    expect(index.query(rain)).toEqual([])
  })

  test('k fewer than the candidates keeps the k best, ties by id, as the whole ranking cut at k', () => {
    const index = createIndex()
    // 30 copies (ids 'c0'…'c29'), one near-copy ('near'), after removals and re-use of their slots.
    for (let copy = 0; copy < 30; copy++) index.add(`c${copy}`, story)
    index.add('near', longer)
    expect(index.remove('c3')).toBe(true)
    index.add('c3', story)
    const all = index.query(story, {k: Number.POSITIVE_INFINITY})
    // The 30 copies tie at 1, by id; the near-copy (6/7 of the shingles) comes last.
    expect(all).toHaveLength(31)
    expect(all[30]).toEqual({id: 'near', resemblance: 0.857142857143, exact: true})
    expect(all.slice(0, 4).map((match) => match.id)).toEqual(['c0', 'c1', 'c10', 'c11'])
    expect(index.query(story, {k: 3}).map((match) => match.id)).toEqual(['c0', 'c1', 'c10'])
    expect(index.query(story, {k: 0})).toEqual([])
    for (const k of [1, 2, 5, 13, 29, 30, 31]) expect(index.query(story, {k})).toEqual(all.slice(0, k))
    expect(index.query(longer, {k: 1})).toEqual([{id: 'near', resemblance: 1, exact: true}])
  })

  test('property: query with any k is the plain sorted ranking (resemblance down, id up) cut at k', () => {
    // The oracle is independent of the heap: each item's resemblance from
    // `similarity`, an array sort, a slice. A threshold below the index's makes
    // the query compare with every item, so no LSH miss can hide a match.
    const pool = [story, longer, rain, story + ' Officials said more.', 'Prisoners of war were swapped on Wednesday, officials said.']
    const items = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'aa', 'b1'), fc.nat(pool.length - 1)), {maxLength: 24})
    fc.assert(
      fc.property(items, fc.nat(pool.length - 1), fc.nat(30), (added, queried, k) => {
        const index = createIndex()
        const byId = new Map<string, string>()
        for (const [id, which] of added) {
          index.add(id, pool[which]!)
          byId.set(id, pool[which]!)
        }
        const query = pool[queried]!
        const least = 0.05
        const ranked = [...byId]
          .map(([id, text]) => ({id, resemblance: similarity(query, text).resemblance, exact: true}))
          .filter((match) => match.resemblance >= least)
          .sort((a, b) => b.resemblance - a.resemblance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        expect(index.query(query, {k, threshold: least})).toEqual(ranked.slice(0, k))
      }),
      {numRuns: 200}
    )
  })

  test('a fingerprint on either side gives the MinHash estimate', () => {
    const index = createIndex()
    index.add('text', story)
    index.add('fp', fingerprint(longer))
    const [first, second] = index.query(story)
    expect(first).toEqual({id: 'text', resemblance: 1, exact: true})
    expect(second!.id).toBe('fp')
    expect(second!.exact).toBe(false)
    expect(Math.abs(second!.resemblance - 0.857)).toBeLessThan(0.15)
    expect(index.query(fingerprint(story))[0]).toEqual({id: 'text', resemblance: 1, exact: false})
  })

  test('`exact: false` keeps fingerprints only', () => {
    const index = createIndex({exact: false})
    index.add('a', story)
    expect(index.query(story)).toEqual([{id: 'a', resemblance: 1, exact: false}])
    expect(index.toJSON().entries[0]).not.toHaveProperty('shingles')
  })

  test('a query threshold below the index threshold compares with every item', () => {
    const index = createIndex({threshold: 0.9})
    index.add('a', story)
    index.add('b', longer)
    expect(index.query(longer).map((match) => match.id)).toEqual(['b'])
    expect(index.query(longer, {threshold: 0.8}).map((match) => match.id)).toEqual(['b', 'a'])
  })

  test('bad input names the value', () => {
    const index = createIndex()
    expect(() => createIndex({threshold: 0})).toThrow('Expected `threshold` to be a number in (0, 1], not `number` (0)')
    expect(() => createIndex({permutations: 0})).toThrow(RangeError)
    expect(() => index.add(1 as never, story)).toThrow('Expected `id` to be a string, not `number` (1)')
    expect(() => index.add('x', {minhash: []} as never)).toThrow('Expected `item.version` to be 2 (or 1, the format of newsdump 0.1), not `undefined`')
    expect(() => index.add('x', fingerprint(story, {permutations: 64}))).toThrow(RangeError)
    expect(() => index.query(story, {k: -1})).toThrow(RangeError)
    expect(() => index.query(story, {threshold: 1.5})).toThrow(RangeError)
  })
})

describe('toJSON / indexFromJSON', () => {
  test('plain data', () => {
    const index = createIndex({threshold: 0.7})
    index.add('a', 'alpha beta gamma delta')
    expect(JSON.parse(JSON.stringify(index))).toEqual(index.toJSON())
    const json = index.toJSON()
    expect(json).toMatchObject({type: 'newsdump-similarity-index', version: 2, threshold: 0.7, permutations: 128, exact: true})
    expect(json.entries).toHaveLength(1)
    expect(json.entries[0]!.shingles).toHaveLength(2)
  })

  test('the rebuilt index answers every query as the original', () => {
    const texts = nearDuplicateCorpus(77, 40)
    fc.assert(
      fc.property(fc.subarray(texts.map((text, position) => [position, text] as const), {minLength: 1}), fc.boolean(), (chosen, exact) => {
        const index = createIndex({exact})
        for (const [position, text] of chosen) index.add(`doc-${position}`, position % 3 === 0 ? fingerprint(text) : text)
        const copy = indexFromJSON(JSON.parse(JSON.stringify(index)) as unknown)
        expect(copy.size).toBe(index.size)
        expect(copy.toJSON()).toEqual(index.toJSON())
        for (const text of texts.slice(0, 30)) {
          expect(copy.query(text, {k: 5})).toEqual(index.query(text, {k: 5}))
          expect(copy.query(text, {threshold: 0.3})).toEqual(index.query(text, {threshold: 0.3}))
        }
      }),
      {numRuns: 15}
    )
  })

  test('malformed JSON names what is wrong', () => {
    const index = createIndex()
    index.add('a', story)
    const json = index.toJSON()
    expect(() => indexFromJSON(null)).toThrow(TypeError)
    expect(() => indexFromJSON({...json, version: 3})).toThrow('Expected `version` to be 2 (or 1), not `number` (3)')
    expect(() => indexFromJSON({...json, threshold: 3})).toThrow(RangeError)
    expect(() => indexFromJSON({...json, entries: {}})).toThrow('Expected `entries` to be an array, not `object`')
    expect(() => indexFromJSON({...json, entries: [{id: 1}]})).toThrow('Expected `entries[0].id` to be a string, not `number` (1)')
    const entry = json.entries[0]!
    expect(() => indexFromJSON({...json, entries: [{...entry, fingerprint: {...entry.fingerprint, minhash: 'AAAA'}}]})).toThrow(
      'Expected `entries[0].fingerprint.minhash` to be base64 of 128 values (its `permutations`)'
    )
    expect(() => indexFromJSON({...json, entries: [{...entry, shingles: [3, 2, ...entry.shingles!.slice(2)]}]})).toThrow(
      'Expected `entries[0].shingles` to be sorted and unique, not at 1'
    )
    expect(() => indexFromJSON({...json, entries: [{...entry, shingles: [1]}]})).toThrow(RangeError)
  })

  test('permutations past the maximum are refused before any entry is read', () => {
    expect(() => indexFromJSON({...createIndex().toJSON(), permutations: 65_536})).toThrow(
      'Expected `permutations` to be an integer from 1 to 1024, not `number` (65536)'
    )
    expect(() => indexFromJSON({...createIndex().toJSON(), permutations: 65_536, entries: [null]})).toThrow(RangeError)
    expect(() => createIndex({permutations: 1025})).toThrow(RangeError)
  })

  test('entries inconsistent with the index are refused', () => {
    const index = createIndex()
    index.add('a', story)
    const json = index.toJSON()
    const entry = json.entries[0]!
    // A fingerprint of another seed or permutation count could never be found.
    const otherSeed = fingerprint(story, {seed: 5})
    expect(() => indexFromJSON({...json, entries: [{id: 'a', fingerprint: otherSeed}]})).toThrow(
      "Expected `entries[0].fingerprint` to have the index's seed 1835626088 and 128 permutations, not seed 5 and 128"
    )
    expect(() => indexFromJSON({...json, entries: [{id: 'a', fingerprint: fingerprint(story, {permutations: 64})}]})).toThrow(RangeError)
    // Shingles of another text, of the right count, sorted and unique.
    const other = shingleHashes(readContent('Heavy rain flooded the city centre on Monday, and the river burst its banks again today.').words)
    expect(other.length).toBeGreaterThanOrEqual(entry.shingles!.length)
    const wrong = [...other.slice(0, entry.shingles!.length)]
    expect(() => indexFromJSON({...json, entries: [{...entry, shingles: wrong}]})).toThrow(
      'Expected `entries[0].shingles` to be the shingles its fingerprint was computed from, not another text'
    )
    expect(() => indexFromJSON({...json, entries: [entry, entry]})).toThrow('Expected `entries[1].id` to be unique, not a second `string` ("a")')
    expect(() => indexFromJSON({...json, exact: false})).toThrow('Expected `entries[0]` to have no `shingles`: the index keeps none (`exact: false`)')
  })

  test('an index of version 1 (fingerprints of format 1) is read', () => {
    const index = createIndex()
    index.add('a', story)
    index.add('b', story + ' More follows.')
    const json = index.toJSON()
    const v1 = {
      ...json,
      version: 1,
      entries: json.entries.map((entry) => ({...entry, fingerprint: {...entry.fingerprint, version: 1, minhash: [...fingerprintValues(entry.fingerprint)]}}))
    }
    const copy = indexFromJSON(v1)
    expect(copy.toJSON()).toEqual(json)
    expect(copy.query(story)).toEqual(index.query(story))
  })
})

test('an index shows only its documented members, from createIndex and from indexFromJSON', () => {
  // `indexFromJSON`'s unchecked way in (`addEntry`) was once a member of every
  // index, where `index.addEntry('x', null)` threw the engine's error.
  const documented = ['add', 'exact', 'has', 'permutations', 'query', 'remove', 'size', 'threshold', 'toJSON']
  const index = createIndex()
  index.add('a', 'Police said the fire started in the kitchen of the flat.')
  expect(Object.keys(index).sort()).toEqual(documented)
  expect(Object.keys(indexFromJSON(index.toJSON())).sort()).toEqual(documented)
  expect('addEntry' in indexFromJSON(index.toJSON())).toBe(false)
})

describe('index.query on n copies (docs/security.md: every candidate compared exactly)', () => {
  test('every copy is a candidate and is found; k keeps the k best, ties by id', () => {
    const story = 'Russia and Ukraine agreed on Wednesday to swap more prisoners of war, officials said.'
    const index = createIndex()
    for (let i = 0; i < 50; i++) index.add(`c${String(i).padStart(2, '0')}`, story)
    expect(index.query(story, {k: 100}).length).toBe(50)
    expect(index.query(story, {k: 3})).toEqual([
      {id: 'c00', resemblance: 1, exact: true},
      {id: 'c01', resemblance: 1, exact: true},
      {id: 'c02', resemblance: 1, exact: true}
    ])
  })
})
