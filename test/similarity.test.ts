import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {createCorpusStats, similarity, splitDump, type Article} from '../src/index.js'
import {foldWord} from '../src/similarity/fold.js'
import {readContent} from '../src/similarity/content.js'
import {murmur3} from '../src/similarity/hash.js'
import {shingleHashes} from '../src/similarity/shingle.js'

const folder = new URL('../fixtures/', import.meta.url)
const seedArticles = new Map<string, Article>()
for (const name of readdirSync(folder).filter((file) => /^00\d_.*\.txt$/.test(file))) {
  for (const [index, article] of splitDump(readFileSync(new URL(name, folder), 'utf8')).articles.entries()) {
    seedArticles.set(`${name.slice(0, 3)}#${index}`, article)
  }
}
const labelled = (JSON.parse(readFileSync(new URL('pairs.json', folder), 'utf8')) as {pairs: Array<{a: string; b: string; label: string; relation: string}>}).pairs

describe('the labelled seed pairs', () => {
  const scored = labelled.map((pair) => ({...pair, result: similarity(seedArticles.get(pair.a)!, seedArticles.get(pair.b)!)}))

  test('there are pairs of every label', () => {
    expect(new Set(labelled.map((pair) => pair.label))).toEqual(new Set(['duplicate', 'rewrite', 'related', 'unrelated']))
  })

  test('scores keep the order duplicate > rewrite > related > unrelated', () => {
    const order = ['duplicate', 'rewrite', 'related', 'unrelated']
    for (let rank = 0; rank + 1 < order.length; rank++) {
      const higher = scored.filter((pair) => pair.label === order[rank]).map((pair) => pair.result.score)
      const lower = scored.filter((pair) => pair.label === order[rank + 1]).map((pair) => pair.result.score)
      expect(Math.min(...higher), `${order[rank]} above ${order[rank + 1]}`).toBeGreaterThan(Math.max(...lower))
    }
  })

  test.each(labelled.map((pair) => [pair.a, pair.b, pair.relation] as const))('%s ~ %s is %s', (a, b, relation) => {
    expect(similarity(seedArticles.get(a)!, seedArticles.get(b)!).relation).toBe(relation)
  })

  test('the lead without its first paragraph is contained in the full story', () => {
    const result = similarity(seedArticles.get('000#0')!, seedArticles.get('001#1')!)
    // All but the two shingles that run from the shared title into the
    // lead's first paragraph, which the full story does not open with.
    expect(result.containment.aInB).toBe(0.996219281664)
    expect(result.containment.bInA).toBeLessThan(0.95)
  })

  test('explain aligns the quoted paragraph of the briefing with the story', () => {
    const briefing = seedArticles.get('002#1')!
    const story = seedArticles.get('001#3')!
    const result = similarity(briefing, story, {explain: true})
    const text = (article: Article) => [article.title, ...article.paragraphs].join('\n\n')
    const first = result.passages![0]!
    expect(text(briefing).slice(first.a.start, first.a.start + 60)).toBe('Russia and Ukraine discussed further prisoner swaps on Wedne')
    expect(text(story).slice(first.b.start, first.b.start + 90)).toBe('ISTANBUL, July 23 (Reuters) - Russia and Ukraine discussed further prisoner swaps on Wedne')
    expect(similarity(briefing, story).passages).toBeUndefined()
  })
})

describe('what is compared', () => {
  test('datelines, agency credits and chrome are left out', () => {
    const a = 'ISTANBUL, July 23 (Reuters) - Russia and Ukraine discussed further prisoner swaps on Wednesday.'
    const b = 'Russia and Ukraine discussed further prisoner swaps on Wednesday (AP Photo/Jane Doe).\nRelated Articles'
    expect(similarity(a, b)).toMatchObject({resemblance: 1, relation: 'duplicate'})
  })

  test('case, quotes, dashes, diacritics and transliterations fold', () => {
    const a = "Zelenskiy’s aide met Kyiv’s mayor in the café — briefly."
    const b = "ZELENSKYY'S aide met Kiev's mayor in the cafe - briefly."
    expect(readContent(a).words).toEqual(readContent(b).words)
    expect(similarity(a, b).resemblance).toBe(1)
  })

  test('foldWord', () => {
    expect(['Zelenskiy', 'Zelenskyy', 'Zelensky', 'zelenskyi'].map((word) => foldWord(word))).toEqual(['zelensky', 'zelensky', 'zelensky', 'zelensky'])
    expect(['U.S.', 'Dr.', 'naïve', 'ﬁnal', 'Dmitriy', 'Odessa'].map((word) => foldWord(word))).toEqual(['us', 'dr', 'naive', 'final', 'dmitry', 'odesa'])
  })

  test('shingles hash the same on every platform (pinned values)', () => {
    expect(murmur3('zelensky', 0)).toBe(murmur3('zelensky', 0))
    expect([murmur3('', 0), murmur3('a', 0), murmur3('kyiv', 0x6e_65_77_73)]).toEqual(PINNED_HASHES)
    expect(Array.from(shingleHashes(['russia', 'and', 'ukraine', 'agree']))).toEqual(PINNED_SHINGLES)
  })

  test('corpus statistics can be the caller’s own', () => {
    const stats = createCorpusStats(['Talks in Istanbul ended.', 'Talks resume in Geneva.', 'Rain in Geneva.'])
    expect(stats.documents).toBe(3)
    expect(stats.frequencies.get('geneva')).toBe(2)
    const a = 'Talks in Istanbul ended.'
    expect(similarity(a, a, {stats}).score).toBe(1)
  })
})

describe('contract', () => {
  test('non-texts are a TypeError naming the argument', () => {
    expect(() => similarity(42 as unknown as string, 'x')).toThrow(new TypeError('Expected `a` to be text or an article, not `number` (42)'))
    expect(() => similarity('x', {} as Article)).toThrow('Expected `b` to be text or an article, not `object`')
  })

  test('empty texts are unrelated, with zeros', () => {
    expect(similarity('', '')).toEqual({score: 0, resemblance: 0, containment: {aInB: 0, bInA: 0}, relation: 'unrelated'})
    expect(similarity('...', 'Kyiv')).toEqual({score: 0, resemblance: 0, containment: {aInB: 0, bInA: 0}, relation: 'unrelated'})
  })

  const prose = fc.array(fc.constantFrom('Kyiv', 'Moscow', 'talks', 'the', 'ceasefire', 'said', 'on', 'Wednesday', 'prisoners', 'swap', 'Zelenskiy', '—', ',', '.', '2025', "Russia's", 'a', 'deal'), {minLength: 1, maxLength: 60}).map((words) => words.join(' '))
  const anyText = fc.oneof(prose, fc.string({maxLength: 80}))

  test('symmetric, in range, never NaN', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const ab = similarity(a, b)
        const ba = similarity(b, a)
        expect(ab.score).toBe(ba.score)
        expect(ab.resemblance).toBe(ba.resemblance)
        expect(ab.containment).toEqual({aInB: ba.containment.bInA, bInA: ba.containment.aInB})
        for (const value of [ab.score, ab.resemblance, ab.containment.aInB, ab.containment.bInA]) {
          expect(Number.isFinite(value)).toBe(true)
          expect(value).toBeGreaterThanOrEqual(0)
          expect(value).toBeLessThanOrEqual(1)
        }
      }),
      {numRuns: 300}
    )
  })

  test('a text with words against itself scores 1 and is a duplicate', () => {
    fc.assert(
      fc.property(prose, (a) => {
        fc.pre(readContent(a).words.length > 0)
        expect(similarity(a, a)).toEqual({score: 1, resemblance: 1, containment: {aInB: 1, bInA: 1}, relation: 'duplicate'})
      }),
      {numRuns: 200}
    )
  })
})

// MurmurHash3_x86_32 of the strings' UTF-16LE bytes, checked against an
// independent implementation (whose own output for "hello", 0x248bfa47, is the
// published test vector). Shingles chain them; a change here breaks every
// stored fingerprint.
const PINNED_HASHES = [0, 1_867_108_634, 1_417_796_469]
const PINNED_SHINGLES = [800_520_123, 2_382_381_603]
