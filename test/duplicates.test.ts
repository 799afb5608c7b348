import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {clusterStories, defaultStoryThreshold, findStoryLinks} from '../src/similarity/clusters.js'
import {readContent} from '../src/similarity/content.js'
import {createCorpusStats} from '../src/similarity/corpus-stats.js'
import {exactResemblance, findDuplicates} from '../src/similarity/duplicates.js'
import {prepare} from '../src/similarity/prepare.js'
import {shingleHashes} from '../src/similarity/shingle.js'
import {compare, similarity} from '../src/similarity/similarity.js'
import {forEachStoryCandidate} from '../src/similarity/story-candidates.js'
import {COSINE_WEIGHT, storyLinkBounds, storyScore} from '../src/similarity/story-model.js'
import {createUnionFind} from '../src/similarity/union-find.js'
import {nearDuplicateCorpus, random, sentences, prose, vocabulary} from './prose.js'

const story = 'Russia and Ukraine agreed on Wednesday to swap more prisoners of war, officials said.'
const rain = 'Heavy rain flooded the city centre on Monday, and the river burst its banks.'

/** Every pair at or above the threshold, by comparing all pairs. */
function bruteForce(texts: readonly string[], threshold: number): Map<string, number> {
  const sets = texts.map((text) => shingleHashes(readContent(text).words))
  const pairs = new Map<string, number>()
  for (let a = 0; a < sets.length; a++) {
    for (let b = a + 1; b < sets.length; b++) {
      const resemblance = exactResemblance(sets[a]!, sets[b]!)
      if (resemblance >= threshold) pairs.set(`${a}-${b}`, resemblance)
    }
  }
  return pairs
}

describe('findDuplicates', () => {
  test('groups copies, reports exact resemblance, keeps the fullest copy', () => {
    // 14 words (12 shingles) and 16 words (14 shingles, 12 shared): 12/14.
    // Item 3 reads as the same words as item 0 (case and spaces folded): a copy.
    const longer = story + ' More follows.'
    const items = [story, rain, longer, `  ${story.toUpperCase()}\n`]
    expect(findDuplicates(items)).toEqual([
      {
        representative: 2,
        members: [0, 2, 3],
        pairs: [
          {a: 0, b: 2, resemblance: 0.857_142_857_143},
          {a: 0, b: 3, resemblance: 1}
        ]
      }
    ])
    expect(findDuplicates(items, {pairs: 'all'})[0]!.pairs).toEqual([
      {a: 0, b: 2, resemblance: 0.857_142_857_143},
      {a: 0, b: 3, resemblance: 1},
      {a: 2, b: 3, resemblance: 0.857_142_857_143}
    ])
    expect(similarity(story, longer).resemblance).toBe(0.857_142_857_143)
  })

  test('many copies of one text: one group, a spanning set of pairs, linear output', () => {
    const stub = 'Subscribe now to keep reading: this article is for subscribers only.'
    const groups = findDuplicates(Array(6000).fill(stub))
    expect(groups).toHaveLength(1)
    const [group] = groups
    expect(group!.members).toEqual(Array.from({length: 6000}, (_, index) => index))
    expect(group!.representative).toBe(0)
    // Each copy is paired with the first: 5,999 pairs, not 18 million.
    expect(group!.pairs).toHaveLength(5999)
    expect(group!.pairs[0]).toEqual({a: 0, b: 1, resemblance: 1})
    expect(group!.pairs.at(-1)).toEqual({a: 0, b: 5999, resemblance: 1})
    // All pairs of a smaller group, on request.
    expect(findDuplicates(Array(60).fill(stub), {pairs: 'all'})[0]!.pairs).toHaveLength((60 * 59) / 2)
  })

  test('texts repeated many times: one group per text, copies and near-copies joined', () => {
    const texts = nearDuplicateCorpus(7, 20).slice(0, 40)
    const expected = findDuplicates(texts)
    const items = Array.from({length: 4000}, (_, index) => texts[index % texts.length]!)
    const groups = findDuplicates(items)
    // Every group of the 40 texts, with all its repeats; the texts in no group are now groups of their own copies.
    const byText = new Map<number, number>()
    for (const [number, group] of groups.entries()) for (const member of group.members) byText.set(member % texts.length, number)
    for (const group of expected) expect(new Set(group.members.map((member) => byText.get(member))).size).toBe(1)
    expect(groups.reduce((sum, group) => sum + group.members.length, 0)).toBe(4000)
    for (const group of groups) expect(group.pairs).toHaveLength(group.members.length - 1)
  })

  test('near-identical items: every one joined, pairs linear', () => {
    // 3,000 distinct texts, each the base with one word changed: all resemble one another at 0.8 or more.
    const next = random(11)
    const lexicon = vocabulary(next)
    const base = prose(next, lexicon, 200)
    const items = Array.from({length: 3000}, (_, index) => {
      const words = [...base]
      words[index % base.length] = `variant${index}`
      return words.join(' ')
    })
    const groups = findDuplicates(items)
    expect(groups).toHaveLength(1)
    expect(groups[0]!.members).toHaveLength(3000)
    expect(groups[0]!.pairs).toHaveLength(2999)
    // Every pair is verified: at or above the threshold, with the exact value.
    for (const pair of groups[0]!.pairs.slice(0, 50)) {
      expect(pair.resemblance).toBe(similarity(items[pair.a]!, items[pair.b]!).resemblance)
      expect(pair.resemblance).toBeGreaterThanOrEqual(0.8)
    }
  })

  test('ties of length go to the lowest index; groups come by lowest member', () => {
    expect(findDuplicates([rain, story, rain, story]).map((group) => [group.representative, group.members])).toEqual([
      [0, [0, 2]],
      [1, [1, 3]]
    ])
  })

  test('the threshold is on resemblance, inclusive', () => {
    const longer = story + ' More follows.'
    expect(findDuplicates([story, longer], {threshold: 0.857_142_857_143})).toHaveLength(1)
    expect(findDuplicates([story, longer], {threshold: 0.86})).toEqual([])
    expect(findDuplicates([story, longer], {threshold: 0.5, permutations: 64})).toHaveLength(1)
  })

  test('texts without words and lone items belong to no group', () => {
    expect(findDuplicates(['', '', ' . ', rain])).toEqual([])
    expect(findDuplicates([])).toEqual([])
  })

  test('bad input names the value', () => {
    expect(() => findDuplicates('text' as never)).toThrow('Expected `items` to be an array of texts or articles, not `string` ("text")')
    expect(() => findDuplicates([story], {threshold: 0})).toThrow(RangeError)
    expect(() => findDuplicates([story], {threshold: Number.NaN})).toThrow('Expected `threshold` to be a number in (0, 1], not `number` (NaN)')
    expect(() => findDuplicates([story], {permutations: -3})).toThrow(RangeError)
    expect(() => findDuplicates([story, 7 as never])).toThrow(TypeError)
    expect(() => findDuplicates([story], {pairs: 'every' as never})).toThrow("Expected `pairs` to be 'spanning' or 'all', not `string` (\"every\")")
    expect(() => findDuplicates([story], {permutations: 65_536})).toThrow('Expected `permutations` to be an integer from 1 to 1024, not `number` (65536)')
  })

  test('joins what brute force joins, and reports only verified pairs (generated near-duplicates)', () => {
    const texts = nearDuplicateCorpus(2024, 300)
    for (const threshold of [0.8, 0.6]) {
      const expected = bruteForce(texts, threshold)
      expect(expected.size).toBeGreaterThan(threshold === 0.8 ? 300 : 400)
      // The groups of brute force: union-find over every pair it finds.
      const sets = createUnionFind(texts.length)
      for (const key of expected.keys()) {
        const [a, b] = key.split('-').map(Number)
        sets.union(a!, b!)
      }
      const truth = sets.sets(2)
      const groups = findDuplicates(texts, {threshold})
      const found = groups.map((group) => group.members)
      // At least 99% of brute force's groups come out whole (LSH may miss a pair, and split a group).
      const whole = truth.filter((members) => found.some((group) => group.join() === members.join())).length
      expect(whole / truth.length).toBeGreaterThanOrEqual(0.99)
      for (const group of groups) {
        expect(group.pairs).toHaveLength(group.members.length - 1)
        // Nothing below the threshold, with brute force's own values.
        for (const pair of group.pairs) expect(expected.get(`${pair.a}-${pair.b}`)).toBe(pair.resemblance)
      }
      // With every pair asked for: brute force's pairs inside the groups found, exactly.
      const all = new Map<string, number>()
      for (const group of findDuplicates(texts, {threshold, pairs: 'all'})) for (const pair of group.pairs) all.set(`${pair.a}-${pair.b}`, pair.resemblance)
      for (const [key, resemblance] of all) expect(expected.get(key)).toBe(resemblance)
      expect(all.size / expected.size).toBeGreaterThanOrEqual(0.99)
    }
  })

  test('the same groups in any run, and members cover exactly the paired items', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 1000}), (seed) => {
        const texts = nearDuplicateCorpus(seed, 12)
        const groups = findDuplicates(texts)
        expect(findDuplicates(texts)).toEqual(groups)
        for (const group of groups) {
          const paired = new Set(group.pairs.flatMap((pair) => [pair.a, pair.b]))
          expect([...paired].sort((a, b) => a - b)).toEqual(group.members)
          expect(group.members).toContain(group.representative)
        }
        const lowest = groups.map((group) => group.members[0]!)
        expect(lowest).toEqual([...lowest].sort((a, b) => a - b))
      }),
      {numRuns: 20}
    )
  })
})

describe('createUnionFind', () => {
  test('joins and lists sets', () => {
    const sets = createUnionFind(6)
    expect(sets.union(0, 5)).toBe(true)
    expect(sets.union(5, 2)).toBe(true)
    expect(sets.union(2, 0)).toBe(false)
    sets.union(3, 4)
    expect(sets.sets()).toEqual([[0, 2, 5], [3, 4]])
    expect(sets.sets(3)).toEqual([[0, 2, 5]])
    expect(sets.find(2)).toBe(sets.find(0))
    expect(sets.find(1)).toBe(1)
  })
})

describe('clusterStories', () => {
  const swapA = 'Russia and Ukraine swapped prisoners of war in Istanbul on Wednesday, the defence ministry said.'
  const swapB = 'Ukraine and Russia exchanged hundreds of prisoners of war on Wednesday after talks in Istanbul.'
  const flood = 'Heavy rain flooded the city centre of Leeds on Monday as the river Aire burst its banks.'

  test('links rewrites of one story, verified with the score', () => {
    // Statistics of these texts, so that the test does not hang on the bundled ones.
    const stats = createCorpusStats([swapA, flood, swapB])
    const score = similarity(swapA, swapB, {stats}).score
    expect(score).toBeGreaterThan(0.3)
    expect(similarity(swapA, flood, {stats}).score).toBeLessThan(0.3)
    const clusters = clusterStories([swapA, flood, swapB], {stats, threshold: 0.3})
    expect(clusters.map((cluster) => cluster.members)).toEqual([[0, 2]])
    expect(clusters[0]!.pairs).toEqual([{a: 0, b: 2, score}])
    // One link each and 15 words each: the lowest index.
    expect(clusters[0]!.representative).toBe(0)
  })

  test('finds every pair brute force finds (generated stories sharing vocabulary)', () => {
    const next = random(9)
    const lexicon = vocabulary(next, 400)
    const texts: string[] = []
    for (let index = 0; index < 150; index++) {
      // Topics: texts drawing on one slice of the vocabulary resemble each other.
      const topic = Math.floor(next() * 10)
      const words = prose(next, lexicon.slice(topic * 40, topic * 40 + 40), 30 + Math.floor(next() * 60))
      texts.push(sentences(next, words))
    }
    const stats = createCorpusStats(texts)
    // The default; a threshold at the cosine's weight or below, where a
    // link needs no shared headline term (every pair sharing a term is a
    // candidate); and two between.
    for (const threshold of [defaultStoryThreshold, 0.6, 0.45, COSINE_WEIGHT, 0.2]) {
      const prepared = texts.map((text) => prepare(text, stats))
      const expected: string[] = []
      for (let a = 0; a < texts.length; a++) {
        for (let b = a + 1; b < texts.length; b++) if (compare(prepared[a]!, prepared[b]!).score >= threshold) expected.push(`${a}-${b}`)
      }
      const found = findStoryLinks(prepared, threshold).map((pair) => `${pair.a}-${pair.b}`)
      expect(expected.length).toBeGreaterThan(20)
      expect(found.sort()).toEqual(expected.sort())
      // Clusters form around leaders: every member is linked to its
      // representative, no item is in two clusters, and an item left out
      // has no link to another item left out.
      const clusters = clusterStories(texts, {threshold, stats})
      const links = new Set(expected)
      const linkedTo = (a: number, b: number) => links.has(a < b ? `${a}-${b}` : `${b}-${a}`)
      const seen = new Set<number>()
      for (const cluster of clusters) {
        for (const member of cluster.members) {
          expect(seen.has(member)).toBe(false)
          seen.add(member)
          if (member !== cluster.representative) expect(linkedTo(member, cluster.representative)).toBe(true)
        }
        expect(cluster.pairs).toHaveLength(cluster.members.length - 1)
      }
      const left = [...texts.keys()].filter((index) => !seen.has(index))
      for (const a of left) for (const b of left) if (a < b) expect(linkedTo(a, b)).toBe(false)
    }
  })

  test('a pair that reaches a threshold has the headline shares and cosine the search relies on', () => {
    const next = random(21)
    const lexicon = vocabulary(next, 120)
    const texts = Array.from({length: 60}, () => sentences(next, prose(next, lexicon.slice(0, 40 + Math.floor(next() * 80)), 8 + Math.floor(next() * 50))))
    const stats = createCorpusStats(texts)
    const prepared = texts.map((text) => prepare(text, stats))
    let checked = 0
    for (let a = 0; a < texts.length; a++) {
      for (let b = a + 1; b < texts.length; b++) {
        const scored = storyScore(prepared[a]!, prepared[b]!)
        // The tightest threshold the pair reaches: its own score.
        if (scored.score === 0) continue
        const bounds = storyLinkBounds(scored.score)
        expect(scored.headlineAInB + scored.headlineBInA).toBeGreaterThanOrEqual(2 * bounds.headlineShare)
        expect(scored.cosine).toBeGreaterThanOrEqual(bounds.cosine)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(1000)
    // The bounds follow the design's weight: w × √cosine + (1 − w) × the
    // mean headline share, each part at most 1.
    const w = COSINE_WEIGHT
    expect(storyLinkBounds(0.9).headlineShare).toBeCloseTo((0.9 - w) / (1 - w), 8)
    expect(storyLinkBounds(0.9).cosine).toBeCloseTo(Math.max(0, (0.9 - (1 - w)) / w) ** 2, 8)
    expect(storyLinkBounds(w / 2)).toEqual({headlineShare: 0, cosine: 0})
  })

  test('the search for story links skips most pairs at the default threshold', () => {
    const next = random(9)
    const lexicon = vocabulary(next, 400)
    const texts = Array.from({length: 150}, () => {
      const topic = Math.floor(next() * 10)
      return sentences(next, prose(next, lexicon.slice(topic * 40, topic * 40 + 40), 30 + Math.floor(next() * 60)))
    })
    const stats = createCorpusStats(texts)
    const prepared = texts.map((text) => prepare(text, stats))
    let candidates = 0
    forEachStoryCandidate(prepared, defaultStoryThreshold, () => candidates++)
    // Brute force would compare all 11,175 pairs.
    expect(candidates).toBeLessThan((150 * 149) / 2 / 4)
  })

  test('bad input names the value', () => {
    expect(() => clusterStories({} as never)).toThrow('Expected `items` to be an array of texts or articles, not `object`')
    expect(() => clusterStories([swapA], {threshold: 2})).toThrow(RangeError)
  })
})
