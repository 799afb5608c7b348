import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import type {Article} from '../src/types.js'
import {readContent} from '../src/similarity/content.js'
import {exactResemblance} from '../src/similarity/duplicates.js'
import {checkFingerprint, estimateResemblance, fingerprint, fingerprintValues} from '../src/similarity/fingerprint.js'
import {finalMix} from '../src/similarity/hash.js'
import {bandHash, bandHashAt, bandLinks, candidateBands, lshKeys, optimalBands} from '../src/similarity/lsh.js'
import {DEFAULT_MINHASH_SEED, MAX_PERMUTATIONS, classicMinhashSignature, decodeSignature, encodeSignature, estimateFromSignatures, minhashSignature} from '../src/similarity/minhash.js'
import {shingleHashes, sortValues} from '../src/similarity/shingle.js'
import {createUnionFind} from '../src/similarity/union-find.js'
import {edit, prose, random, sentences, vocabulary} from './prose.js'

const story = 'Russia and Ukraine agreed on Wednesday to swap more prisoners of war, officials said.'

function shinglesOf(text: string): Uint32Array {
  return shingleHashes(readContent(text).words)
}

describe('minhashSignature', () => {
  test('a single shingle fills every slot with its own hash (densification copies it)', () => {
    const [only] = shinglesOf('alpha beta gamma')
    const expected = finalMix(only! ^ DEFAULT_MINHASH_SEED)
    expect([...minhashSignature(new Uint32Array([only!]), 16)]).toEqual(new Array(16).fill(expected))
  })

  test('a bin keeps the least hash that falls into it', () => {
    // With one bin every shingle falls into it: the signature is the least mixed hash.
    const shingles = new Uint32Array([5, 17, 99, 1234])
    const least = Math.min(...[...shingles].map((x) => finalMix(x ^ 7)))
    expect([...minhashSignature(shingles, 1, 7)]).toEqual([least])
  })

  test('no shingles: every slot is 0xffffffff, and the estimate is 0', () => {
    const empty = minhashSignature(new Uint32Array(0), 8)
    expect([...empty]).toEqual(new Array(8).fill(0xff_ff_ff_ff))
    expect(estimateFromSignatures(empty, empty)).toBe(0)
  })

  test('the format is pinned: these values must never change within version 1', () => {
    const signature = [...minhashSignature(new Uint32Array([1, 2, 3, 1000, 65_536, 0xff_ff_ff_ff]), 8)]
    expect(signature).toEqual([175_982_591, 175_982_591, 3_841_309_263, 1_953_975_656, 1_953_975_656, 2_799_414_051, 175_982_591, 3_841_309_263])
    // Filled bins hold a hash of their own range (bin = floor(h · 8 / 2³²)):
    // 0, 3, 5 and 7 here; bins 1, 2, 4 and 6 borrowed a filled bin's value.
    for (const bin of [0, 3, 5, 7]) expect(Math.floor((signature[bin]! * 8) / 2 ** 32)).toBe(bin)
    const mixed = new Set([1, 2, 3, 1000, 65_536, 0xff_ff_ff_ff].map((x) => finalMix(x ^ DEFAULT_MINHASH_SEED)))
    expect(signature.every((value) => mixed.has(value))).toBe(true)
  })

  test('densification is the documented rule, for any number of permutations (a shift where k is a power of two)', () => {
    // The rule as `minhashSignature` documents it, written out plainly:
    // bin = floor(h · k / 2³²), the least h per bin, and an empty bin takes
    // the first filled bin along its probe sequence.
    const reference = (shingles: number[], k: number, seed: number): number[] => {
      const bins = new Array<number>(k).fill(0xff_ff_ff_ff)
      for (const shingle of shingles) {
        const h = finalMix(shingle ^ seed)
        const bin = Math.floor((h * k) / 2 ** 32)
        bins[bin] = Math.min(bins[bin]!, h)
      }
      if (bins.every((value) => value === 0xff_ff_ff_ff)) return bins
      return bins.map((value, bin) => {
        if (value !== 0xff_ff_ff_ff) return value
        for (let attempt = 1; ; attempt++) {
          const probe = finalMix(Math.imul(bin + 1, 0x9e_37_79_b9) ^ Math.imul(attempt, 0x85_eb_ca_77) ^ seed)
          const donor = bins[Math.floor((probe * k) / 2 ** 32)]!
          if (donor !== 0xff_ff_ff_ff) return donor
        }
      })
    }
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: 0, max: 0xff_ff_ff_ff}), {maxLength: 40}),
        fc.constantFrom(1, 2, 8, 100, 128, 1000, 1024),
        fc.integer({min: 0, max: 0xff_ff_ff_ff}),
        (shingles, k, seed) => {
          expect([...minhashSignature(new Uint32Array(shingles), k, seed)]).toEqual(reference(shingles, k, seed))
        }
      ),
      {numRuns: 200}
    )
  })

  test('order and repeats of shingles do not matter', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({min: 0, max: 0xff_ff_ff_ff}), {minLength: 1, maxLength: 300}), fc.integer({min: 1, max: 200}), (values, k) => {
        const sorted = new Uint32Array(values).sort()
        const shuffled = new Uint32Array([...values].reverse().concat(values))
        expect([...minhashSignature(shuffled, k)]).toEqual([...minhashSignature(sorted, k)])
      })
    )
  })
})

describe('fingerprint', () => {
  test('plain data with the documented fields', () => {
    const fp = fingerprint(story)
    expect(Object.keys(fp).sort()).toEqual(['algorithm', 'minhash', 'permutations', 'seed', 'shingleSize', 'shingles', 'version', 'words'])
    expect(fp).toMatchObject({version: 2, algorithm: 'oph-densified', seed: DEFAULT_MINHASH_SEED, permutations: 128, shingleSize: 3, words: 14, shingles: 12})
    // 512 bytes of values in padded base64.
    expect(fp.minhash).toMatch(/^[A-Za-z0-9+/]{683}=$/)
    expect([...fingerprintValues(fp)]).toEqual([...minhashSignature(shinglesOf(story))])
  })

  test('the values of format 2 are those of format 1: pinned on a story', () => {
    // Computed by newsdump 0.1 (format 1, an array of numbers) for this story with 8 permutations.
    const v1 = [100_094_108, 720_239_415, 3_974_532_264, 1_650_419_036, 1_650_419_036, 2_924_378_788, 100_094_108, 3_974_532_264]
    const fp = fingerprint(story, {permutations: 8})
    expect([...fingerprintValues(fp)]).toEqual(v1)
    const old = {...fp, version: 1 as const, minhash: v1}
    expect(estimateResemblance(old, fp)).toBe(1)
    expect(lshKeys(old, {threshold: 0.5})).toEqual(lshKeys(fp, {threshold: 0.5}))
  })

  test('repeated words and shingles: distinct shingles are counted once', () => {
    // 'a b a b a b' has shingles 'a b a' and 'b a b', each twice.
    expect(fingerprint('a b a b a b')).toMatchObject({words: 6, shingles: 2})
    expect(fingerprint('a b a b a b').minhash).toBe(fingerprint('a b a b a').minhash)
  })

  test('a text of one to three words has one shingle; of none, none', () => {
    expect(fingerprint('Kyiv').shingles).toBe(1)
    expect(fingerprint('Kyiv talks resume').shingles).toBe(1)
    expect(fingerprint(' \n ').shingles).toBe(0)
    expect([...fingerprintValues(fingerprint(''))]).toEqual(new Array(128).fill(0xff_ff_ff_ff))
  })

  test('an article is read as its title and paragraphs', () => {
    const article: Article = {
      role: 'related',
      title: 'Prisoner swap',
      paragraphs: [story],
      text: story,
      outlet: null,
      published: null,
      dateline: null,
      byline: null,
      truncated: false,
      span: {start: 0, end: 1},
      boilerplate: [],
      provenance: {rule: 'plain', header: null}
    }
    expect(fingerprint(article)).toEqual(fingerprint(`Prisoner swap\n\n${story}`))
  })

  test('options: permutations and seed', () => {
    expect(fingerprintValues(fingerprint(story, {permutations: 64}))).toHaveLength(64)
    expect(fingerprint(story, {seed: 1}).minhash).not.toEqual(fingerprint(story).minhash)
    expect(() => fingerprint(story, {permutations: 0})).toThrow(RangeError)
    expect(() => fingerprint(story, {permutations: 1.5})).toThrow('Expected `permutations` to be an integer from 1 to 1024, not `number` (1.5)')
    expect(fingerprintValues(fingerprint('a b c', {permutations: MAX_PERMUTATIONS}))).toHaveLength(1024)
    expect(() => fingerprint('a b c', {permutations: MAX_PERMUTATIONS + 1})).toThrow(RangeError)
    expect(() => fingerprint('a b c', {permutations: 65_536})).toThrow('Expected `permutations` to be an integer from 1 to 1024, not `number` (65536)')
    expect(() => fingerprint(story, {seed: -1})).toThrow('Expected `seed` to be an unsigned 32-bit integer, not `number` (-1)')
    expect(() => fingerprint(42 as never)).toThrow(TypeError)
  })

  test('identical across runs and through a JSON round trip', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 400}), fc.integer({min: 1, max: 256}), (text, permutations) => {
        const fp = fingerprint(text, {permutations})
        const again = JSON.parse(JSON.stringify(fp)) as unknown
        expect(again).toEqual(fingerprint(text, {permutations}))
        checkFingerprint(again)
      })
    )
  })

  test('the estimate is close to the exact resemblance on generated texts', () => {
    const next = random(11)
    const lexicon = vocabulary(next)
    const errors: number[] = []
    for (let trial = 0; trial < 300; trial++) {
      const words = prose(next, lexicon, 40 + Math.floor(next() * 400))
      const a = sentences(next, words)
      const b = sentences(next, edit(next, lexicon, words, Math.floor(next() * 0.3 * words.length)))
      const exact = exactResemblance(shinglesOf(a), shinglesOf(b))
      const estimate = estimateResemblance(fingerprint(a), fingerprint(b))
      // Standard error sqrt(J(1 − J)/128) is at most 0.044; allow 4.5 of them.
      expect(Math.abs(estimate - exact)).toBeLessThan(0.2)
      errors.push(estimate - exact)
    }
    const bias = errors.reduce((sum, error) => sum + error, 0) / errors.length
    const rms = Math.sqrt(errors.reduce((sum, error) => sum + error * error, 0) / errors.length)
    expect(Math.abs(bias)).toBeLessThan(0.01)
    expect(rms).toBeLessThan(0.045)
  })

  test('classic MinHash agrees with the same exact resemblance (the reference)', () => {
    const next = random(5)
    const lexicon = vocabulary(next)
    let squared = 0
    for (let trial = 0; trial < 100; trial++) {
      const words = prose(next, lexicon, 100 + Math.floor(next() * 200))
      const a = shinglesOf(sentences(next, words))
      const b = shinglesOf(sentences(next, edit(next, lexicon, words, Math.floor(next() * 20))))
      const error = estimateFromSignatures(classicMinhashSignature(a), classicMinhashSignature(b)) - exactResemblance(a, b)
      squared += error * error
    }
    expect(Math.sqrt(squared / 100)).toBeLessThan(0.045)
  })
})

describe('checkFingerprint', () => {
  const good = fingerprint(story)
  test.each([
    [null, TypeError, 'Expected `fingerprint` to be a fingerprint, not `null`'],
    [[1, 2], TypeError, 'Expected `fingerprint` to be a fingerprint, not `array`'],
    [{...good, version: 3}, RangeError, 'Expected `fingerprint.version` to be 2 (or 1, the format of newsdump 0.1), not `number` (3)'],
    [{...good, algorithm: 'minhash'}, RangeError, "Expected `fingerprint.algorithm` to be 'oph-densified', not `string` (\"minhash\")"],
    [{...good, minhash: good.minhash.slice(4)}, RangeError, 'Expected `fingerprint.minhash` to be base64 of 128 values (its `permutations`)'],
    [{...good, minhash: '*' + good.minhash.slice(1)}, RangeError, 'Expected `fingerprint.minhash` to be base64 of 128 values'],
    [{...good, minhash: [...fingerprintValues(good)]}, TypeError, 'Expected `fingerprint.minhash` to be base64 text, not `array`'],
    [{...good, version: 1}, TypeError, 'Expected `fingerprint.minhash` to be an array, not `string`'],
    [{...good, version: 1, minhash: [1]}, RangeError, 'Expected `fingerprint.minhash` to hold 128 values (its `permutations`), not 1'],
    [{...good, version: 1, minhash: [-1, ...[...fingerprintValues(good)].slice(1)]}, RangeError, 'Expected `fingerprint.minhash[0]` to be an unsigned 32-bit integer, not `number` (-1)'],
    [{...good, permutations: 2048}, RangeError, 'Expected `fingerprint.permutations` to be an integer from 1 to 1024, not `number` (2048)'],
    [{...good, words: 1.5}, RangeError, 'Expected `fingerprint.words` to be a count, not `number` (1.5)'],
    [{...good, shingleSize: 2}, RangeError, 'Expected `fingerprint.shingleSize` to be 3, not `number` (2)']
  ])('rejects malformed fingerprint %#', (value, type, message) => {
    expect(() => checkFingerprint(value)).toThrow(type)
    expect(() => checkFingerprint(value)).toThrow(message)
  })

  test('estimateResemblance wants comparable fingerprints', () => {
    expect(() => estimateResemblance(good, fingerprint(story, {seed: 3}))).toThrow(RangeError)
    expect(() => estimateResemblance(good, {} as never)).toThrow('Expected `b.version` to be 2 (or 1, the format of newsdump 0.1), not `undefined`')
  })
})

describe('signatures as base64', () => {
  test('little-endian values, padded; hand-checked', () => {
    // 1 → bytes 01 00 00 00, 0xffffffff → ff ff ff ff: 'AQAAAP////8='.
    expect(encodeSignature(new Uint32Array([1, 0xff_ff_ff_ff]), 0, 2)).toBe('AQAAAP////8=')
    expect(encodeSignature(new Uint32Array([7, 0x01_02_03_04]), 1, 1)).toBe('BAMCAQ==')
    expect([...decodeSignature('BAMCAQ==', 1)!]).toEqual([0x01_02_03_04])
    expect(decodeSignature('AQAAAP////8=', 2)).toEqual(new Uint32Array([1, 0xff_ff_ff_ff]))
  })

  test('non-canonical or malformed text is refused', () => {
    expect(decodeSignature('BAMCAR==', 1)).toBeUndefined()
    expect(decodeSignature('BAMCAQ=A', 1)).toBeUndefined()
    expect(decodeSignature('BAMC AQ=', 1)).toBeUndefined()
    expect(decodeSignature('BAMCAQ==', 2)).toBeUndefined()
  })

  test('round trip of any values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 0, max: 0xff_ff_ff_ff}), {minLength: 1, maxLength: 70}), (values) => {
        const text = encodeSignature(new Uint32Array(values), 0, values.length)
        expect(text).toBe(Buffer.from(new Uint32Array(values).buffer).toString('base64'))
        expect([...decodeSignature(text, values.length)!]).toEqual(values)
      })
    )
  })
})

describe('LSH', () => {
  test('optimalBands matches datasketch `_optimal_param` (equal weights by default)', () => {
    expect(optimalBands(0.8, 128)).toEqual({bands: 9, rows: 13})
    expect(optimalBands(0.5, 128)).toEqual({bands: 25, rows: 5})
    expect(optimalBands(0.9, 128)).toEqual({bands: 5, rows: 25})
    expect(optimalBands(0.8, 128, {falsePositive: 0.1, falseNegative: 0.9})).toEqual({bands: 14, rows: 9})
    expect(() => optimalBands(0, 128)).toThrow('Expected `threshold` to be a number in (0, 1], not `number` (0)')
  })

  test('candidateBands reaches the recall at the threshold with the least false positive area', () => {
    for (const threshold of [0.3, 0.5, 0.7, 0.8, 0.9, 0.95]) {
      const {bands, rows} = candidateBands(threshold, 128)
      expect(bands * rows).toBeLessThanOrEqual(128)
      expect(1 - (1 - threshold ** rows) ** bands).toBeGreaterThanOrEqual(0.995)
    }
    expect(candidateBands(0.8, 128)).toEqual({bands: 18, rows: 6})
    expect(candidateBands(1, 128)).toEqual({bands: 1, rows: 128})
  })

  test('bandHashAt reads a signature in place in an array of many', () => {
    const signatures = new Uint32Array([9, 9, 9, 1, 2, 3, 4, 9])
    expect(bandHashAt(signatures, 3, 1, 2)).toBe(bandHash([1, 2, 3, 4], 1, 2))
    expect(bandHashAt(signatures, 3, 0, 2)).toBe(bandHash([1, 2], 0, 2))
    expect(bandHashAt(signatures, 3, 0, 2)).not.toBe(bandHashAt(signatures, 0, 0, 2))
  })

  test('bandLinks tests bucket members in order, skipping what is already joined (worked example)', () => {
    // Bands of one row: band 0 buckets {0, 1} and {2, 4}, band 1 {1, 2} and {3, 4}.
    const signatures = new Uint32Array([1, 9, 1, 8, 2, 8, 3, 7, 2, 7])
    const sets = createUnionFind(5)
    const calls: string[] = []
    bandLinks(signatures, 2, 5, {bands: 2, rows: 1}, sets, (a, b) => {
      calls.push(`${a}-${b}`)
      if (a === 1 && b === 2) return false
      sets.union(a, b)
      return true
    })
    expect(calls).toEqual(['0-1', '2-4', '1-2', '3-4'])
    expect([0, 1, 2, 3, 4].map((item) => sets.find(item) === sets.find(0))).toEqual([true, true, false, false, false])
    expect([2, 3, 4].map((item) => sets.find(item) === sets.find(2))).toEqual([true, true, true])
  })

  test('bandLinks joins as if every candidate pair were tested, testing only candidates of unjoined items (many clashing band keys)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 0, max: 3}), {minLength: 4, maxLength: 4 * 150}), fc.integer({min: 0, max: 0xff_ff}), (values, salt) => {
        const count = Math.floor(values.length / 4)
        const signatures = new Uint32Array(values.slice(0, 4 * count))
        // Bands of two rows over four values: candidates agree on values 0-1 or on 2-3.
        const candidate = (a: number, b: number): boolean =>
          [0, 2].some((row) => signatures[4 * a + row] === signatures[4 * b + row] && signatures[4 * a + row + 1] === signatures[4 * b + row + 1])
        // About half the pairs pass, by a hash of the pair.
        const passes = (a: number, b: number): boolean => (finalMix(Math.imul(Math.min(a, b), 0x9e_37_79_b9) ^ Math.max(a, b) ^ salt) & 1) === 0
        const sets = createUnionFind(count)
        bandLinks(signatures, 4, count, {bands: 2, rows: 2}, sets, (a, b) => {
          expect(a).toBeLessThan(b)
          expect(candidate(a, b)).toBe(true)
          expect(sets.find(a)).not.toBe(sets.find(b))
          const pass = passes(a, b)
          if (pass) sets.union(a, b)
          return pass
        })
        // Single link over every passing candidate pair, by brute force.
        const expected = createUnionFind(count)
        for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) if (candidate(a, b) && passes(a, b)) expected.union(a, b)
        for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) expect(sets.find(a) === sets.find(b)).toBe(expected.find(a) === expected.find(b))
      }),
      {numRuns: 60}
    )
  })

  test('lshKeys: one key per band, `b<band>:<16 hex>`, shared by copies', () => {
    const keys = lshKeys(fingerprint(story))
    expect(keys).toHaveLength(18)
    expect(keys.every((key, band) => new RegExp(`^b${band}:[0-9a-f]{16}$`).test(key))).toBe(true)
    expect(lshKeys(fingerprint(`  ${story.toUpperCase()}  `))).toEqual(keys)
    expect(lshKeys(JSON.parse(JSON.stringify(fingerprint(story))) as never)).toEqual(keys)
    expect(lshKeys(fingerprint('Heavy rain flooded the city centre on Monday.')).some((key) => keys.includes(key))).toBe(false)
    expect(lshKeys(fingerprint(story), {threshold: 0.5})).toHaveLength(40)
    expect(() => lshKeys(fingerprint(story), {threshold: 1.01})).toThrow('Expected `threshold` to be a number in (0, 1], not `number` (1.01)')
    expect(() => lshKeys({} as never)).toThrow('Expected `fp.version` to be 2 (or 1, the format of newsdump 0.1), not `undefined`')
  })
})

describe('sortValues', () => {
  test('sorts as the platform sorts: hashes, crowded values, ids of few bits, a prefix', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 0, max: 0xff_ff_ff_ff}), {maxLength: 400}), fc.nat(16), (list, high) => {
        // Spread values, and values crowded into one bucket (the same high bits).
        for (const values of [Uint32Array.from(list), Uint32Array.from(list, (value) => (value >>> 16) | (high << 28))]) {
          const expected = values.slice().sort()
          sortValues(values)
          expect([...values]).toEqual([...expected])
        }
        const ids = Int32Array.from(list, (value) => value & 0x3_ff_ff)
        const expected = ids.slice().sort()
        sortValues(ids, ids.length, 18)
        expect([...ids]).toEqual([...expected])
      }),
      {numRuns: 300}
    )
    const values = new Uint32Array([9, 3, 0xff_ff_ff_ff, 0, 7, 1])
    sortValues(values, 4)
    expect([...values]).toEqual([0, 3, 9, 0xff_ff_ff_ff, 7, 1])
  })

  test('a thousand equal high bits stay fast and right (the platform sort takes over)', () => {
    const values = Uint32Array.from({length: 5000}, (_, at) => 0xf0_00_00_00 + ((at * 7919) % 5000))
    const expected = values.slice().sort()
    sortValues(values)
    expect([...values]).toEqual([...expected])
  })
})
