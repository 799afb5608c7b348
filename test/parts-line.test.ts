/**
 * Field lines of item cards (counts, handles, tags, buttons, an age), list
 * markers that chat apps type, Markdown links and emphasis around
 * headlines and outlets. Expectations read by hand against each input.
 */
import {describe, expect, test} from 'vitest'
import {getDefaultChromeCues} from '../src/split/cues.js'
import {readFieldLine} from '../src/split/parts-line.js'
import {splitDump} from '../src/index.js'

const cues = getDefaultChromeCues()

describe('readFieldLine', () => {
  test('counts, a handle with its age: the item meta line, the age read', () => {
    expect(readFieldLine('12 points \\ 4 comments \\ @reader42 3h \\ ~news', cues)).toEqual({
      kind: 'meta',
      parts: {outlet: null, age: '3h', byline: null, shape: 'figures · age'}
    })
    expect(readFieldLine('by reader42 · 14 minutes ago · tags: #news', cues)).toEqual({
      kind: 'meta',
      parts: {outlet: null, age: '14 minutes ago', byline: null, shape: 'figures · age'}
    })
  })
  test('tabs and runs of spaces join parts; a glyph joins only between spaces', () => {
    expect(readFieldLine('12 points\t4 comments\t2h', cues)).toEqual({
      kind: 'meta',
      parts: {outlet: null, age: '2h', byline: null, shape: 'figures · age'}
    })
    // `·` inside a word joins nothing: one part, `12·4`, is no field line.
    expect(readFieldLine('12·4 comments', cues)).toBeNull()
    // Tags without a label, beside a count and an age.
    expect(readFieldLine('#world #politics · 9 comments · 5h', cues)).toEqual({
      kind: 'meta',
      parts: {outlet: null, age: '5h', byline: null, shape: 'figures · age'}
    })
  })
  test('counts and buttons alone: chrome', () => {
    expect(readFieldLine('3 Likes  1 Comments  Share', cues)).toEqual({kind: 'chrome'})
  })
  test('a name with rating figures: the name', () => {
    expect(readFieldLine('Daily Post · 80% rating', cues)).toEqual({
      kind: 'name',
      parts: {outlet: 'Daily Post', age: null, byline: null, shape: 'outlet · figures'}
    })
  })
  test('counterexamples: headlines, sentences and outlets named with a number are no field lines', () => {
    // A headline with a score and a join.
    expect(readFieldLine('Italy 17-28 Ireland | Six Nations', cues)).toBeNull()
    // An outlet named with a figure, and its age: a header for the header readers.
    expect(readFieldLine('France 24 · 2h', cues)).toBeNull()
    // One weak figure alone is no evidence.
    expect(readFieldLine('1.0K · Reuters', cues)).toBeNull()
    // No join at all, or no figure, handle or tag.
    expect(readFieldLine('12 points and 4 comments', cues)).toBeNull()
    expect(readFieldLine('Reuters · The Guardian', cues)).toBeNull()
  })
})

const titles = (text: string) => splitDump(text).articles.map((article) => [article.title, article.outlet?.name ?? null])

describe('list items that chats and notes apps write', () => {
  const expected = [
    ['Storm floods coastal towns in the north', 'Kyodo News'],
    ['Central bank holds key rate again', 'Reuters'],
    ['Parliament passes the new budget bill', 'The Guardian']
  ]
  test('Markdown links with an emphasised outlet', () => {
    const text =
      'Reading list\n\n- [Storm floods coastal towns in the north](https://example.com/a) - _Kyodo News_\n' +
      '- [Central bank holds key rate again](https://example.com/b) - _Reuters_\n' +
      '- [Parliament passes the new budget bill](https://example.com/c) - _The Guardian_\n'
    expect(titles(text)).toEqual(expected)
  })
  test('a bullet glyph with the emoji selector marks an item, not a heading', () => {
    const text =
      '\u25AA\uFE0F Storm floods coastal towns in the north \u2014 Kyodo News\n' +
      '\u25AA\uFE0F Central bank holds key rate again \u2014 Reuters\n' +
      '\u25AA\uFE0F Parliament passes the new budget bill \u2014 The Guardian\n'
    expect(titles(text)).toEqual(expected)
  })
  test('emphasis is unwrapped only as one matched pair', () => {
    const text =
      '- Storm floods coastal towns in the north - *Kyodo News*\n' +
      '- Central bank holds key rate again - **Reuters**\n' +
      '- Parliament passes the new budget bill - _The Guardian\n'
    // The last outlet opens a mark it never closes: it stays as printed in `raw` (the outlet normaliser cleans the name).
    const raw = splitDump(text).articles.map((article) => [article.title, article.outlet?.raw ?? null])
    expect(raw).toEqual([expected[0], expected[1], ['Parliament passes the new budget bill', '_The Guardian']])
  })
})

test('headlines over field lines: each item timed by its field line, the lines kept out of the titles', () => {
  const text =
    'Storm floods coastal towns in the north\n12 points \\ 4 comments \\ @reader42 3h\n\n' +
    'Central bank holds key rate again\n5 points \\ 0 comments \\ @news_fan 1h\n\n' +
    'Parliament passes the new budget bill\n40 points \\ 12 comments \\ @anna 2h\n'
  const dump = splitDump(text)
  expect(dump.articles.map((article) => [article.title, article.published?.raw ?? null])).toEqual([
    ['Storm floods coastal towns in the north', '3h'],
    ['Central bank holds key rate again', '1h'],
    ['Parliament passes the new budget bill', '2h']
  ])
})
