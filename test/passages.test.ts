// `alignPassages` counts shared terms through an inverted index and keeps its
// pairs in typed arrays, so that explaining two huge texts stays bounded in
// memory. Here it is checked against the plain statement of the rule (every
// sentence with every sentence, all pairs sorted once, greedy), written out
// below as the reference, on generated texts dense in repeated sentences,
// where ties and contested sentences are the rule rather than the exception.
import fc from 'fast-check'
import {expect, test} from 'vitest'
import type {Span} from '../src/types.js'
import {MAX_PAIRS, MAX_SENTENCE_WORDS, MAX_SENTENCES, MAX_SHARED_COUNTS, MAX_WORDS, alignPassages} from '../src/similarity/passages.js'
import {similarity} from '../src/similarity/similarity.js'
import {prepare} from '../src/similarity/prepare.js'
import {sentenceSpans} from '../src/similarity/sentences.js'
import {contentTerms} from '../src/similarity/terms.js'
import type {Content} from '../src/similarity/content.js'

function referencePassages(a: Content, b: Content): Array<{a: Span; b: Span}> {
  const sentences = (content: Content): Array<{span: Span; terms: Set<string>}> => {
    let word = 0
    return sentenceSpans(content.text).map((span) => {
      const words: string[] = []
      while (word < content.words.length && content.starts[word]! < span.start) word++
      while (word < content.words.length && content.starts[word]! < span.end) words.push(content.words[word++]!)
      return {span, terms: new Set(contentTerms(words))}
    }).slice(0, 2000)
  }
  const left = sentences(a)
  const right = sentences(b)
  const candidates: Array<{i: number; j: number; overlap: number}> = []
  for (const [i, x] of left.entries()) {
    for (const [j, y] of right.entries()) {
      let shared = 0
      for (const term of x.terms) if (y.terms.has(term)) shared++
      const overlap = shared / Math.min(x.terms.size, y.terms.size)
      if (shared >= 3 && overlap >= 0.6) candidates.push({i, j, overlap})
    }
  }
  candidates.sort((p, q) => q.overlap - p.overlap || p.i - q.i || p.j - q.j)
  const pairOf = new Map<number, number>()
  const used = new Set<number>()
  for (const {i, j} of candidates) {
    if (pairOf.has(i) || used.has(j)) continue
    pairOf.set(i, j)
    used.add(j)
  }
  const order = [...pairOf.keys()].sort((p, q) => p - q)
  const passages: Array<{a: Span; b: Span}> = []
  for (let index = 0; index < order.length; ) {
    let last = index
    while (last + 1 < order.length && order[last + 1] === order[last]! + 1 && pairOf.get(order[last + 1]!) === pairOf.get(order[last]!)! + 1) last++
    passages.push({
      a: {start: left[order[index]!]!.span.start, end: left[order[last]!]!.span.end},
      b: {start: right[pairOf.get(order[index]!)!]!.span.start, end: right[pairOf.get(order[last]!)!]!.span.end}
    })
    index = last + 1
  }
  return passages
}

const words = ['Russia', 'Ukraine', 'talks', 'prisoners', 'Istanbul', 'ceasefire', 'officials', 'minister', 'swap', 'war', 'said', 'Wednesday']
const sentence = fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 7}).map((chosen) => chosen.join(' ') + '.')
const text = fc.array(sentence, {minLength: 0, maxLength: 25}).map((chosen) => chosen.join(' '))

test('the same passages as every sentence against every sentence, sorted once', () => {
  fc.assert(
    fc.property(text, text, (a, b) => {
      const x = prepare(a).content
      const y = prepare(b).content
      expect(alignPassages({content: x}, {content: y})).toEqual(referencePassages(x, y))
    }),
    {numRuns: 300}
  )
})

test('hand-checked: a contested sentence goes to the best overlap, the other to what is left', () => {
  // Overlap is over the shorter sentence's terms. Both sentences of `a`
  // share all 4 terms with `b`'s second sentence (1.0) and 3 of 4 with its
  // first (0.75): the earlier one takes the 1.0 pair, the later one the
  // 0.75 pair; crossed, they do not merge into one passage.
  const a = 'Russia Ukraine talks Istanbul. Russia Ukraine talks Istanbul.'
  const b = 'Russia Ukraine talks ceasefire. Russia Ukraine talks Istanbul.'
  const x = prepare(a).content
  const y = prepare(b).content
  expect(alignPassages({content: x}, {content: y})).toEqual([
    {a: {start: 0, end: 30}, b: {start: 32, end: 62}},
    {a: {start: 31, end: 61}, b: {start: 0, end: 31}}
  ])
})

test('sentenceSpans stops at its limits: `limit` sentences, or `wordLimit` words (the sentence they are in ending at the last)', () => {
  expect(sentenceSpans('Kyiv said no. Moscow said yes. Minsk said nothing.', 2)).toEqual([
    {start: 0, end: 13},
    {start: 14, end: 30}
  ])
  expect(sentenceSpans('Kyiv said no. Moscow said yes.', 5)).toEqual([
    {start: 0, end: 13},
    {start: 14, end: 30}
  ])
  // Four words read: the second sentence is cut after `Moscow`.
  expect(sentenceSpans('Kyiv said no. Moscow said yes. Minsk said nothing.', Number.POSITIVE_INFINITY, 4)).toEqual([
    {start: 0, end: 13},
    {start: 14, end: 20}
  ])
  // Exactly `wordLimit` words: nothing is cut.
  expect(sentenceSpans('Kyiv said no.', Number.POSITIVE_INFINITY, 3)).toEqual([{start: 0, end: 13}])
  expect(sentenceSpans('Kyiv said no.', 0)).toEqual([])
})

test('a sentence of more than MAX_SENTENCE_WORDS words aligns as pieces of that many words', () => {
  expect(MAX_SENTENCE_WORDS).toBe(256)
  // One sentence of 512 words each: 256 words of their own, then the same
  // 256. As whole sentences they share half their terms (under 60%): no
  // passage. As pieces, the second pieces are the same.
  const own = (letter: string): string => Array.from({length: 256}, (_, index) => `${letter}${index}`).join(' ')
  const a = `${own('a')} ${own('y')}`
  const b = `${own('b')} ${own('y')}`
  // 'a0'…'a9' (2 characters), 'a10'…'a99' (3), 'a100'…'a255' (4) and 255
  // spaces: 20 + 270 + 624 + 255 = 1169; 'y0' starts after one more space.
  expect(a.length).toBe(2339)
  expect(a.indexOf('y0')).toBe(1170)
  expect(alignPassages({content: prepare(a).content}, {content: prepare(b).content})).toEqual([
    {a: {start: 1170, end: 2339}, b: {start: 1170, end: 2339}}
  ])
})

test('explain stops comparing sentences of `a` past MAX_PAIRS aligning pairs: the passages of the sentences before', () => {
  expect([MAX_SENTENCES, MAX_PAIRS, MAX_SHARED_COUNTS]).toEqual([2000, 262_144, 4_194_304])
  // 64 code units a sentence (with its space), 7 terms (russia, ukrain,
  // agre, swap, prison, war, istanbul). 3,000 sentences: the first 2,000 of
  // each side are compared, each pair aligns (overlap 1), 2,000 pairs a
  // sentence of `a`. After 131 sentences, 262,000 pairs (under 262,144);
  // the 132nd brings 264,000, and no further sentence is compared (shared
  // counts: 132 × 2,000 × 7 = 1,848,000, under their budget). Greedy in
  // order: sentence i with sentence i, one passage of 132 sentences.
  const sentence = 'Russia and Ukraine agreed to swap prisoners of war in Istanbul. '
  expect(sentence.length).toBe(64)
  const text = sentence.repeat(3000).trimEnd()
  const end = 132 * 64 - 1
  expect(alignPassages({content: prepare(text).content}, {content: prepare(text).content})).toEqual([{a: {start: 0, end}, b: {start: 0, end}}])
  expect(similarity(text, text, {explain: true}).passages).toEqual([{a: {start: 0, end}, b: {start: 0, end}}])
  // 131 sentences stay within both budgets: all of them align.
  const shorter = sentence.repeat(131).trimEnd()
  expect(similarity(shorter, shorter, {explain: true}).passages).toEqual([{a: {start: 0, end: shorter.length}, b: {start: 0, end: shorter.length}}])
})

test('explain stops past MAX_SHARED_COUNTS shared terms counted, whichever budget comes first', () => {
  // A sentence of 40 distinct terms, repeated 2,000 times: a row counts
  // 2,000 × 40 = 80,000 shared terms and keeps 2,000 pairs. After 52 rows,
  // 4,160,000 counts (under 4,194,304) and 104,000 pairs; the 53rd row
  // brings 4,240,000: the counts' budget stops the search at 53 sentences.
  // (Capitalised, so that each full stop ends a sentence.)
  const sentence = 'T' + Array.from({length: 40}, (_, index) => `term${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}`).join(' ').slice(1) + '. '
  expect(sentence.length).toBe(281)
  expect(new Set(contentTerms(prepare(sentence).content.words)).size).toBe(40)
  const text = sentence.repeat(2000).trimEnd()
  const end = 53 * 281 - 1
  expect(alignPassages({content: prepare(text).content}, {content: prepare(text).content})).toEqual([{a: {start: 0, end}, b: {start: 0, end}}])
})

test('explain reads the first MAX_WORDS words of each text: a shared sentence past them is not found', () => {
  expect(MAX_WORDS).toBe(131_072)
  const shared = 'Russia and Ukraine agreed to swap prisoners of war in Istanbul.'
  // 12 words. After 131,000 words of filler, all of it is read (131,012
  // words); after 131,072, none of it is.
  const within = 'Zz '.repeat(131_000) + 'zz. ' + shared
  const beyond = 'Zz '.repeat(131_072) + 'zz. ' + shared
  const other = {content: prepare(shared).content}
  expect(alignPassages({content: prepare(within).content}, other)).toEqual([{a: {start: within.length - 63, end: within.length}, b: {start: 0, end: 63}}])
  expect(alignPassages({content: prepare(beyond).content}, other)).toEqual([])
})
