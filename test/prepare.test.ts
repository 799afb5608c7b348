import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {splitDump, type Article} from '../src/index.js'
import {readContent} from '../src/similarity/content.js'
import {createCorpusStats, getDefaultCorpusStats} from '../src/similarity/corpus-stats.js'
import {headlineWordCount} from '../src/similarity/headline.js'
import {prepare, prepareRemembered, type Prepared} from '../src/similarity/prepare.js'
import {shingleHashes} from '../src/similarity/shingle.js'
import {contentTerms} from '../src/similarity/terms.js'

const folder = new URL('../fixtures/', import.meta.url)
const items: Array<string | Article> = []
for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt')).sort()) {
  const dump = readFileSync(new URL(name, folder), 'utf8')
  items.push(dump, ...splitDump(dump).articles)
}
// Words that fold to several parts, empty parts, folds that change length,
// wrappers (datelines, credits, chrome), and the same raw word in many texts.
items.push(
  'Putin-Zelenskyy talks / Russia-Ukraine war: km/h -x x- a--b a/-/b',
  'ﬁnance-report Ｕｎｉｔｅｄ-Nations naïve-café Zelenskiy’s-aide',
  'KYIV, July 23 (Reuters) - Ukraine said on Monday. (Reporting by Jane Doe)\nRelated Articles\nAdvertisement',
  '',
  '— !!',
  'One line only',
  `${'word '.repeat(30)}\nsecond line`
)

describe('prepare reads what readContent reads', () => {
  for (const [name, stats] of [
    ['bundled statistics', getDefaultCorpusStats()],
    ['statistics of the texts', createCorpusStats(items)]
  ] as const) {
    test(`words, shingles, terms and headline of ${items.length} texts, ${name}`, () => {
      for (const item of items) {
        const prepared = prepare(item, stats)
        const content = readContent(item)
        expect(prepared.words).toBe(content.words.length)
        expect(prepared.content).toEqual(content)
        expect([...prepared.shingles]).toEqual([...shingleHashes(content.words)])
        expect(prepared.headlineWords).toBe(headlineWordCount(item, content.text, content.words.length, content.starts))
        // Every term of the words, listed or rare, and nothing else.
        const terms = new Set(contentTerms(content.words))
        const listed = [...prepared.ids].map((id) => prepared.index.terms[id])
        expect(new Set([...listed, ...prepared.rare])).toEqual(terms)
      }
    })
  }

  test('listed terms come by ascending id with their weights, read off bits or sorted (a table much larger than the text)', () => {
    // A table of 40,000 invented terms (1,250 words of bits) against texts
    // of 3 listed terms (sorted) and of about 200 (read off the bits).
    const invented = Array.from({length: 40_000}, (_, at) => `q${at.toString(36)}z`)
    const large = createCorpusStats([invented.join(' '), invented.slice(0, 100).join(' ')])
    const long = items.find((item) => typeof item === 'string' && contentTerms(readContent(item).words).length > 400) as string
    for (const [text, stats] of [
      ['q2z q1z q2z qz then', large],
      [`${invented.slice(0, 300).reverse().join(' ')} ${invented[5]!}`, large],
      [long, getDefaultCorpusStats()]
    ] as const) {
      const prepared = prepare(text, stats)
      const counted = new Map<string, number>()
      for (const term of contentTerms(readContent(text).words)) counted.set(term, (counted.get(term) ?? 0) + 1)
      const listed = [...counted.keys()].filter((term) => prepared.index.ids.has(term))
      const expected = listed.map((term) => prepared.index.ids.get(term)!).sort((x, y) => x - y)
      expect([...prepared.ids]).toEqual(expected)
      expect([...prepared.weights]).toEqual(expected.map((id) => counted.get(prepared.index.terms[id]!)! * prepared.index.idf[id]!))
    }
  })

  test('headline terms come by ascending id, then sorted rare terms, each with its weight in the text', () => {
    const stats = getDefaultCorpusStats()
    // Headline: `war` twice, `talks`, two invented words; `war` and
    // `zorblat` again in the body.
    const prepared = prepare('War talks zorblat war blorpt\nThe war went on and zorblat said little.', stats)
    const {ids} = prepared.index
    const headline = ['war', 'talk'].map((term) => ids.get(term)!).sort((x, y) => x - y)
    expect([...prepared.headlineIds]).toEqual(headline)
    expect(prepared.headlineRare).toEqual(['blorpt', 'zorblat'])
    const weightOf = (id: number): number => prepared.weights[prepared.ids.indexOf(id)]!
    expect([...prepared.headlineIdWeights]).toEqual(headline.map((id) => weightOf(id)))
    // The shipped weights are `tf × idf`.
    expect(weightOf(ids.get('war')!)).toBe(3 * prepared.index.idf[ids.get('war')!]!)
    const unseen = prepared.index.unseenIdf
    expect([...prepared.headlineRareWeights]).toEqual([unseen, 2 * unseen])
    expect(prepared.headlineWeight).toBe(headline.map((id) => weightOf(id)).reduce((x, y) => x + y) + unseen + 2 * unseen)
  })

  test('rare terms come sorted with their own weights, few (insertion sort) or many (platform sort)', () => {
    const stats = getDefaultCorpusStats()
    const unseen = prepare('x', stats).index.unseenIdf
    // Invented words the statistics cannot list, stems of themselves.
    const few = prepare('zorblat qwimmix zorblat blorpt', stats)
    expect(few.rare).toEqual(['blorpt', 'qwimmix', 'zorblat'])
    expect([...few.rareWeights]).toEqual([unseen, unseen, 2 * unseen])
    // Stems alike in their first three code units, or shorter, in the order strings have.
    const alike = prepare('zorblat zorbfix zorbaaa zorb zqx zo zorbfix', stats)
    expect(alike.rare).toEqual(['zo', 'zorb', 'zorbaaa', 'zorbfix', 'zorblat', 'zqx'])
    expect([...alike.rareWeights]).toEqual([unseen, unseen, unseen, 2 * unseen, unseen, unseen])
    // 60 invented words, written in descending order, `zq…` twice each.
    const names = Array.from({length: 60}, (_, at) => `zq${String.fromCharCode(97 + Math.floor(at / 26), 97 + (at % 26))}x`)
    const many = prepare([...names].reverse().join(' ') + ' ' + names.join(' '), stats)
    expect(many.rare).toEqual(names)
    expect([...many.rareWeights]).toEqual(names.map(() => 2 * unseen))
  })

  test('an article changed after it was prepared gives its old content, as its score', () => {
    const article: Article = {...(items.find((item) => typeof item !== 'string') as Article)}
    const before = readContent(article)
    // Its content is read on first use, after the change.
    const prepared = prepare(article)
    article.paragraphs = ['Something else entirely.']
    expect(prepared.content).toEqual(before)
    expect(prepare(article).content).toEqual(readContent(article))
  })

  test('items cut from one slab keep their own arrays', () => {
    const texts = items.filter((item): item is string => typeof item === 'string')
    // Copies of every field as first read, then every text read again
    // (which cuts new items from the slabs after the first ones).
    const kept = texts.map((text) => prepare(text))
    const copies = kept.map((prepared) => structuredClone(fieldsOf(prepared)))
    for (const text of texts) prepare(text)
    for (const [at, prepared] of kept.entries()) expect(fieldsOf(prepared)).toEqual(copies[at])
    // Fields of items that share a buffer do not overlap. (The slab may
    // fill between the two: then the second pair comes from the new one.)
    const pair = (): [Prepared, Prepared] => [prepare('Ukraine and Russia swap prisoners.'), prepare('Heavy rain floods the city centre.')]
    let [first, second] = pair()
    if (first.shingles.buffer !== second.shingles.buffer) [first, second] = pair()
    expect(first.shingles.buffer).toBe(second.shingles.buffer)
    expect(second.weights.byteOffset).toBeGreaterThanOrEqual(first.shingles.byteOffset + first.shingles.byteLength)
  })

  test('texts are remembered by their characters, per statistics, in a bounded table', () => {
    const stats = getDefaultCorpusStats()
    const own = createCorpusStats(items)
    const text = 'Russia and Ukraine agreed on Wednesday to swap more prisoners of war.'
    // An equal text built apart (not the same string in memory).
    const equal = ['Russia and Ukraine agreed', 'on Wednesday to swap more prisoners of war.'].join(' ')
    const first = prepareRemembered(text, stats)
    expect(prepareRemembered(equal, stats)).toBe(first)
    // What reading it afresh gives.
    expect(fieldsOf(first)).toEqual(fieldsOf(prepare(text, stats)))
    // Other statistics: read again, with their weights.
    const withOwn = prepareRemembered(text, own)
    expect(withOwn).not.toBe(first)
    expect(fieldsOf(withOwn)).toEqual(fieldsOf(prepare(text, own)))
    // 1,024 other texts fill the table, which is emptied: the text is read again, to the same item.
    for (let at = 0; at < 1024; at++) prepareRemembered(`Text number ${at} of the table.`, stats)
    const again = prepareRemembered(text, stats)
    expect(again).not.toBe(first)
    expect(fieldsOf(again)).toEqual(fieldsOf(first))
    // Articles are remembered by `prepare`, by the object.
    const article = items.find((item) => typeof item !== 'string') as Article
    expect(prepareRemembered(article, stats)).toBe(prepare(article, stats))
  })
})

/** What a prepared item holds, as plain values. */
function fieldsOf(prepared: Prepared): unknown {
  const {index, content, ...rest} = prepared
  return {...rest, index: index.terms.length, content}
}
