import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {createCorpusStats, similarity, splitDump, type Article} from '../src/index.js'
import {getDefaultCorpusStats, inverseDocumentFrequency} from '../src/similarity/corpus-stats.js'
import {sameStoryOf} from '../src/similarity/story-model.js'
import {contentTerms} from '../src/similarity/terms.js'
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
interface LabelledPair {
  a: string
  b: string
  label: 'duplicate' | 'rewrite' | 'related' | 'unrelated'
  relation: string | null
  names?: string[]
  miss?: string
}
const labelled = (JSON.parse(readFileSync(new URL('pairs.json', folder), 'utf8')) as {pairs: LabelledPair[]}).pairs
const seed = (id: string): Article => {
  const article = seedArticles.get(id)
  if (article === undefined) throw new Error(`No seed article ${id}`)
  return article
}

describe('the labelled seed pairs', () => {
  const scored = labelled.map((pair) => ({...pair, result: similarity(seed(pair.a), seed(pair.b))}))
  const order = ['duplicate', 'rewrite', 'related', 'unrelated'] as const

  test('there are pairs of every label, and every article exists', () => {
    expect(new Set(labelled.map((pair) => pair.label))).toEqual(new Set(order))
    for (const pair of labelled) expect(seedArticles.has(pair.a) && seedArticles.has(pair.b), `${pair.a} ~ ${pair.b}`).toBe(true)
    // Unrelated pairs that share names are listed, such as the satanism ban
    // against the POW swaps and against the Kremlin on a Putin-Zelensky meeting.
    const listed = (a: string, b: string) => labelled.find((pair) => pair.a === a && pair.b === b)
    expect(listed('000#0', '000#1')).toMatchObject({label: 'unrelated', names: expect.arrayContaining(['russia', 'putin', 'kremlin'])})
    expect(listed('000#1', '003#9')).toMatchObject({label: 'unrelated', names: expect.arrayContaining(['putin', 'kremlin'])})
  })

  test('scores keep the order duplicate > rewrite > related > unrelated', () => {
    for (let rank = 0; rank + 1 < order.length; rank++) {
      const higher = scored.filter((pair) => pair.label === order[rank] && pair.miss === undefined)
      const lower = scored.filter((pair) => pair.label === order[rank + 1] && pair.miss === undefined)
      const least = Math.min(...higher.map((pair) => pair.result.score))
      const above = lower.filter((pair) => pair.result.score >= least).map((pair) => `${pair.a} ~ ${pair.b} (${pair.result.score})`)
      expect(above, `${order[rank + 1]} pairs at or above the least ${order[rank]} score ${least}`).toEqual([])
    }
  })

  test('a pair recorded as a miss still breaks the order (else drop its note)', () => {
    const misses = scored.filter((pair) => pair.miss !== undefined)
    // None today: the two Gaza stories (000#2, 000#3) that once ranked below
    // two unrelated pairs now rank above every unrelated pair.
    expect(misses.map((pair) => `${pair.a} ~ ${pair.b}`)).toEqual([])
    for (const miss of misses) {
      const below = order[order.indexOf(miss.label) + 1]!
      const highest = Math.max(...scored.filter((pair) => pair.label === below).map((pair) => pair.result.score))
      expect(miss.result.score).toBeLessThan(highest)
    }
  })

  test.each(labelled.filter((pair) => pair.relation !== null).map((pair) => [pair.a, pair.b, pair.relation] as const))('%s ~ %s is %s', (a, b, relation) => {
    expect(similarity(seed(a), seed(b)).relation).toBe(relation)
  })

  test('unrelated pairs are unlikely the same story, even when they share names', () => {
    const unrelated = scored.filter((pair) => pair.label === 'unrelated')
    expect(Math.max(...unrelated.map((pair) => pair.result.sameStory))).toBeLessThan(0.3)
    // The satanism-ban story against the POW-swap story and the Kremlin items
    // of the listing: they share Russia, Putin, the Kremlin and Ukraine.
    for (const other of ['000#0', '003#5', '003#9']) {
      const result = similarity(seed('000#1'), seed(other))
      expect(result.relation, other).toBe('unrelated')
      expect(result.sameStory, other).toBeLessThan(0.2)
    }
  })

  test('rewrites of one wire story are all but certainly the same story', () => {
    for (const pair of scored.filter((pair) => pair.label === 'rewrite' || pair.label === 'duplicate')) expect(pair.result.sameStory).toBeGreaterThan(0.95)
  })

  test('the lead without its first paragraph is contained in the full story', () => {
    const result = similarity(seed('000#0'), seed('001#1'))
    // All but the two shingles that run from the shared title into the
    // lead's first paragraph, which the full story does not open with.
    expect(result.containment.aInB).toBe(0.996219281664)
    expect(result.containment.bInA).toBeLessThan(0.95)
  })

  test('explain aligns the quoted paragraph of the briefing with the story', () => {
    const briefing = seed('002#1')
    const story = seed('001#3')
    const result = similarity(briefing, story, {explain: true})
    const text = (article: Article) => [article.title, ...article.paragraphs].join('\n\n')
    const first = result.passages![0]!
    expect(text(briefing).slice(first.a.start, first.a.start + 60)).toBe('Russia and Ukraine discussed further prisoner swaps on Wedne')
    expect(text(story).slice(first.b.start, first.b.start + 90)).toBe('ISTANBUL, July 23 (Reuters) - Russia and Ukraine discussed further prisoner swaps on Wedne')
    expect(similarity(briefing, story).passages).toBeUndefined()
    expect(similarity(briefing, story).explanation).toBeUndefined()
  })
})

describe('stories that share a name', () => {
  // The examples of a new user on today's news: one shared name, or one
  // shared country, is not the same story.
  test.each([
    ['Trump says tariffs on China will rise', 'Trump plays golf in Scotland'],
    ['Ukraine wins Eurovision song contest', 'Russian missiles strike Ukraine power grid'],
    ["Ukraine's central bank holds key rate at 15.5%", 'State Department approves $322 million in proposed weapons sales to Ukraine']
  ])('%s / %s', (a, b) => {
    const result = similarity(a, b)
    expect(result.relation).toBe('unrelated')
    expect(result.sameStory).toBeLessThan(0.2)
  })

  test('the same story in other words is related', () => {
    // Two reports of one event, written for this test in different words.
    const a = 'Spain declares three days of mourning after Valencia floods\n\nSpain declared three days of national mourning on Thursday after flash floods in the Valencia region killed at least 95 people, officials said.'
    const b = 'Valencia flash floods kill 95 as Spain mourns\n\nThe death toll from flash floods in eastern Spain rose to 95 on Thursday, and the government declared three days of national mourning for the victims in Valencia.'
    const result = similarity(a, b)
    expect(result.resemblance).toBeLessThan(0.2)
    expect(result.relation).toBe('related')
    expect(result.sameStory).toBeGreaterThan(0.5)
  })

  test('modern names are ordinary words in the bundled statistics, not the rarest there are', () => {
    const stats = getDefaultCorpusStats()
    const unseen = inverseDocumentFrequency(stats, 'qwxzv')
    // An unseen term counts as in 0.1% of articles, the table's cut-off.
    expect(unseen).toBeCloseTo(Math.log(1_000_001 / 1001), 12)
    for (const term of ['trump', 'ukrain', 'putin', 'kremlin', 'covid', 'gaza', 'biden']) {
      expect(stats.frequencies.has(term), term).toBe(true)
      expect(inverseDocumentFrequency(stats, term), term).toBeLessThan(unseen - 1)
    }
    // As common as the words of politics they come with, give or take.
    expect(inverseDocumentFrequency(stats, 'trump')).toBeLessThan(inverseDocumentFrequency(stats, 'golf'))
    expect(inverseDocumentFrequency(stats, 'ukrain')).toBeLessThan(inverseDocumentFrequency(stats, 'eurovis'))
  })
})

describe('articles read once', () => {
  test('an article changed after a comparison is read again', () => {
    const story = {...seed('001#3'), paragraphs: [...seed('001#3').paragraphs]}
    const other = seed('004#1')
    const first = similarity(story, other)
    // The same object again: the remembered reading, the same answer.
    expect(similarity(story, other)).toEqual(first)
    // A paragraph replaced in place, then the paragraphs replaced: both seen.
    const original = story.paragraphs[0]!
    story.paragraphs[0] = 'Heavy rain flooded the city centre of Leeds on Monday.'
    expect(similarity(story, other).resemblance).toBeLessThan(first.resemblance)
    story.paragraphs = [original]
    expect(similarity(story, other)).toEqual(first)
    story.title = 'Floods in Leeds'
    expect(similarity(story, other).score).toBeLessThan(first.score)
  })
})

describe('explain', () => {
  test('says which headline terms were found and missing, and which terms weighed', () => {
    const a = 'Trump says tariffs on China will rise'
    const b = 'Trump plays golf in Scotland'
    const {explanation, passages, ...result} = similarity(a, b, {explain: true})
    expect(result).toEqual(similarity(a, b))
    expect(passages).toEqual([])
    const words = (terms: Array<{word: string}>) => terms.map((term) => term.word)
    expect(words(explanation!.headlineA.found)).toEqual(['Trump'])
    expect(words(explanation!.headlineA.missing)).toEqual(['tariffs', 'China', 'rise'])
    expect(words(explanation!.headlineB.found)).toEqual(['Trump'])
    expect(words(explanation!.headlineB.missing)).toEqual(['plays', 'golf', 'Scotland'])
    expect(explanation!.headlineA.span).toEqual({start: 0, end: a.length})
    expect(explanation!.sharedTerms).toEqual([{term: 'trump', words: {a: 'Trump', b: 'Trump'}, share: 1}])
    // The probability's inputs give the score and the probability back.
    const {cosine, headlineAInB, headlineBInA, cosineWeight, combined, intercept, slope} = explanation!.inputs
    expect(combined).toBeCloseTo(cosineWeight * Math.sqrt(cosine) + ((1 - cosineWeight) * (headlineAInB + headlineBInA)) / 2, 10)
    expect(result.score).toBe(combined)
    expect(result.sameStory).toBeCloseTo(1 / (1 + Math.exp(-(intercept + slope * result.score))), 10)
    // Trump weighs less than any other headline term: the shares are small.
    const weight = (terms: Array<{word: string; weight: number}>, word: string) => terms.find((term) => term.word === word)!.weight
    expect(headlineAInB).toBeCloseTo(weight(explanation!.headlineA.found, 'Trump') / [...explanation!.headlineA.found, ...explanation!.headlineA.missing].reduce((sum, term) => sum + term.weight, 0), 10)
  })

  test('a headline term weighs what it weighs in its own text: its count times its idf', () => {
    const a = 'Gaza aid convoy reaches Rafah\n\nAn aid convoy reached Gaza on Monday. Gaza officials said the aid was not enough.'
    const b = 'Aid trucks enter Gaza'
    const {explanation} = similarity(a, b, {explain: true})
    const idf = (term: string) => inverseDocumentFrequency(getDefaultCorpusStats(), term)
    const terms = [...explanation!.headlineA.found, ...explanation!.headlineA.missing]
    const weight = (word: string) => terms.find((term) => term.word === word)!.weight
    // Counted by hand in a: Gaza 3 times (title, "reached Gaza", "Gaza
    // officials"), aid 3, convoy 2 (stem convoi), reaches/reached 2 (stem
    // reach), Rafah 1.
    expect(weight('Gaza')).toBeCloseTo(3 * idf('gaza'), 10)
    expect(weight('aid')).toBeCloseTo(3 * idf('aid'), 10)
    expect(weight('convoy')).toBeCloseTo(2 * idf('convoi'), 10)
    expect(weight('reaches')).toBeCloseTo(2 * idf('reach'), 10)
    expect(weight('Rafah')).toBeCloseTo(idf('rafah'), 10)
    // b holds aid and Gaza: their share of a's headline weight.
    const total = 3 * idf('gaza') + 3 * idf('aid') + 2 * idf('convoi') + 2 * idf('reach') + idf('rafah')
    expect(explanation!.inputs.headlineAInB).toBeCloseTo((3 * idf('gaza') + 3 * idf('aid')) / total, 10)
  })

  test('an article\'s headline is its title', () => {
    const article = seed('004#1')
    const {explanation} = similarity(article, seed('001#3'), {explain: true})
    const text = [article.title, ...article.paragraphs].join('\n\n')
    const span = explanation!.headlineA.span
    expect(text.slice(span.start, span.end)).toBe(article.title)
    expect(explanation!.sharedTerms.length).toBe(10)
    expect(explanation!.sharedTerms.reduce((sum, term) => sum + term.share, 0)).toBeLessThanOrEqual(1)
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

  test('a text of stop words only has nothing to score, though it is the same text', () => {
    expect(similarity('the and of', 'the and of')).toMatchObject({score: 0, resemblance: 1, relation: 'duplicate'})
  })

  test('empty texts are unrelated, with zeros', () => {
    expect(similarity('', '')).toEqual({score: 0, sameStory: 0, resemblance: 0, containment: {aInB: 0, bInA: 0}, relation: 'unrelated'})
    expect(similarity('...', 'Kyiv')).toEqual({score: 0, sameStory: 0, resemblance: 0, containment: {aInB: 0, bInA: 0}, relation: 'unrelated'})
  })

  const prose = fc.array(fc.constantFrom('Kyiv', 'Moscow', 'talks', 'the', 'ceasefire', 'said', 'on', 'Wednesday', 'prisoners', 'swap', 'Zelenskiy', '—', ',', '.', '2025', "Russia's", 'a', 'deal'), {minLength: 1, maxLength: 60}).map((words) => words.join(' '))
  const anyText = fc.oneof(prose, fc.string({maxLength: 80}))

  test('symmetric, in range, never NaN', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const ab = similarity(a, b)
        const ba = similarity(b, a)
        expect(ab.score).toBe(ba.score)
        expect(ab.sameStory).toBe(ba.sameStory)
        expect(ab.resemblance).toBe(ba.resemblance)
        expect(ab.containment).toEqual({aInB: ba.containment.bInA, bInA: ba.containment.aInB})
        // The probability is the calibration of the score.
        if (ab.sameStory !== 0) expect(ab.sameStory).toBe(sameStoryOf(ab.score))
        for (const value of [ab.score, ab.sameStory, ab.resemblance, ab.containment.aInB, ab.containment.bInA]) {
          expect(Number.isFinite(value)).toBe(true)
          expect(value).toBeGreaterThanOrEqual(0)
          expect(value).toBeLessThanOrEqual(1)
        }
      }),
      {numRuns: 300}
    )
  })

  test('a text with content words against itself scores 1 and is a duplicate', () => {
    fc.assert(
      fc.property(prose, (a) => {
        fc.pre(contentTerms(readContent(a).words).length > 0)
        expect(similarity(a, a)).toEqual({score: 1, sameStory: sameStoryOf(1), resemblance: 1, containment: {aInB: 1, bInA: 1}, relation: 'duplicate'})
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
