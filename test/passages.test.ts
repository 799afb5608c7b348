// `alignPassages` counts shared terms through an inverted index and keeps its
// pairs in typed arrays, so that explaining two huge texts stays bounded in
// memory. Here it is checked against the plain statement of the rule (every
// sentence with every sentence, all pairs sorted once, greedy), written out
// below as the reference, on generated texts dense in repeated sentences,
// where ties and contested sentences are the rule rather than the exception.
import fc from 'fast-check'
import {expect, test} from 'vitest'
import type {Span} from '../src/types.js'
import {alignPassages} from '../src/similarity/passages.js'
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
