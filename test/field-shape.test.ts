/**
 * A card's own field line printed once per item (`Outlet · 3 hr ago · 1.2K
 * views`, `Swipe left for the full story  ·  64 words`) is the items' field
 * line, not an item, even where each line's own reader makes a headline of
 * it on some cards and a header of it on others. Pages written for these
 * tests in shapes of no eval set, headlines from the BBC corpus; every
 * expectation read by hand against the page.
 */
import {describe, expect, test} from 'vitest'
import {readFieldShape} from '../src/split/parts-line.js'
import {splitDump} from '../src/index.js'

describe('readFieldShape', () => {
  test('figures and names are abstracted, joins and lower-case labels kept', () => {
    expect(readFieldShape('Yonhap  12-02 08:51  5 comments')).toEqual({shape: 'A | # # | # comments', parts: ['Yonhap', '12-02 08:51', '5 comments']})
    // Another card's line: other name (of three words), other figures, the same shape.
    expect(readFieldShape('National Post  12-01 23:40  12 comments')?.shape).toBe('A | # # | # comments')
    expect(readFieldShape('saved by 143 · first by freya3 18 minutes ago')?.shape).toBe('saved by # | first by # # minutes ago')
    // An age part is one field, `T`, whatever its words.
    expect(readFieldShape('dawn.com · Dec 2, 2026')).toEqual({shape: 'D | T', parts: ['dawn.com', 'Dec 2, 2026']})
    expect(readFieldShape('The Globe and Mail\t09:12')?.shape).toBe('A and A | T')
    expect(readFieldShape('Shared by 214 journalists · 34 minutes ago')?.shape).toBe('A by # journalists | T')
    expect(readFieldShape('Shared by 187 journalists · 1 hour ago')?.shape).toBe('A by # journalists | T')
  })
  test('counterexamples: one part, or capitalised words only, is no field shape', () => {
    // No join: a headline.
    expect(readFieldShape('Open source leaders slam patents')).toBeNull()
    // `·` inside a word joins nothing.
    expect(readFieldShape('12·4 comments')).toBeNull()
    // Capitalised words alone are how headlines with an outlet tail look.
    expect(readFieldShape('Trump Wins Big · CNN')).toBeNull()
    // Too long for a field line.
    expect(readFieldShape(`${'word '.repeat(40)}· 3 comments`)).toBeNull()
    // One part: only a short line with a figure and labels around it.
    expect(readFieldShape('Saved by 545 people')).toEqual({shape: 'A by # people', parts: ['Saved by 545 people']})
    expect(readFieldShape('Storm leaves 3,000 homes without power in Texas')).toBeNull()
    expect(readFieldShape('Top 10 Picks')).toBeNull()
  })
})

const videoPortal = `Watch
Home
Trending
Subscriptions

Open source leaders slam patents
TechWire · 3 hr ago · 1.2K views

Nintendo handheld given Euro date
GameDesk · 5 hr ago · 860 views

Warning over tsunami aid website
Daily Ledger · 7 hr ago · 2.4K views

Santy worm makes unwelcome visit
Net Watch · 9 hr ago · 311 views

Load more
`

const shortsApp = `Briefly
Your 60-word news

Black Sabbath top rock album poll
Heavy metal pioneers Black Sabbath have topped a poll to find the best British rock album of all time.
Swipe left for the full story  ·  64 words

Spears seeks aborted tour payment
Singer Britney Spears is suing insurers over the cancellation of her world tour.
Swipe left for the full story  ·  58 words

Scissor Sisters triumph at Brits
US band Scissor Sisters led the winners at the UK music industry's Brit Awards.
Swipe left for the full story  ·  61 words
`

describe('splitDump: field lines printed once per card', () => {
  test('outlet, age and a view count: each card one item with its outlet and age', () => {
    // Before: `TechWire · 3 hr ago · 1.2K views` and `Daily Ledger · …` were items of their own (the header
    // reader takes no count part) and two cards had no outlet; only `GameDesk · 5 hr ago · 860 views` was read.
    const dump = splitDump(videoPortal)
    expect(dump.articles.map((article) => [article.title, article.outlet?.raw ?? null, article.published?.raw ?? null])).toEqual([
      ['Open source leaders slam patents', 'TechWire', '3 hr ago'],
      ['Nintendo handheld given Euro date', 'GameDesk', '5 hr ago'],
      ['Warning over tsunami aid website', 'Daily Ledger', '7 hr ago'],
      ['Santy worm makes unwelcome visit', 'Net Watch', '9 hr ago']
    ])
    expect(dump.articles.every((article) => article.provenance.rule === 'items')).toBe(true)
  })
  test('a label with a count under each story: no item, and the story keeps its paragraph', () => {
    const dump = splitDump(shortsApp)
    expect(dump.articles.map((article) => [article.title, article.paragraphs])).toEqual([
      ['Black Sabbath top rock album poll', ['Heavy metal pioneers Black Sabbath have topped a poll to find the best British rock album of all time.']],
      ['Spears seeks aborted tour payment', ['Singer Britney Spears is suing insurers over the cancellation of her world tour.']],
      ['Scissor Sisters triumph at Brits', ["US band Scissor Sisters led the winners at the UK music industry's Brit Awards."]]
    ])
  })
  test('counterexample: a run of joined lines with no headline between is a list, each line its item', () => {
    const dump = splitDump('Scores\nArsenal 2 · Chelsea 1\nLeeds 0 · Everton 3\nFulham 1 · Brentford 1\nWolves 2 · Burnley 2\n')
    expect(dump.articles.map((article) => article.title)).toEqual(['Arsenal 2 · Chelsea 1', 'Leeds 0 · Everton 3', 'Fulham 1 · Brentford 1', 'Wolves 2 · Burnley 2'])
  })
  test('a one-part count line and a domain line that reads as chrome: the count chrome, the domain the outlet', () => {
    // Before: each `Saved by … people` was an item of its own, and no item had an outlet.
    const dump = splitDump(`Linkpile
Top links

Open source leaders slam patents
theregister.com · 7 min
The head of the Linux Foundation has criticised software patents as a threat to innovation.
Saved by 545 people

Nintendo handheld given Euro date
bbc.co.uk · 8 min
Saved by 466 people

Warning over tsunami aid website
reuters.com · 12 min
People are being urged to be cautious of websites claiming to collect money for tsunami victims.
Saved by 238 people
`)
    expect(dump.articles.map((article) => [article.title, article.outlet?.raw ?? null, article.paragraphs.length])).toEqual([
      ['Open source leaders slam patents', 'theregister.com', 1],
      ['Nintendo handheld given Euro date', 'bbc.co.uk', 0],
      ['Warning over tsunami aid website', 'reuters.com', 1]
    ])
  })
})

test('a label before a header\'s outlet is no part of its name (`Source: Reuters · 1h`)', () => {
  const dump = splitDump(`More stories like this

Ad sales boost Time Warner profit
Source: Reuters · 1h

Dollar gains on Greenspan speech
Source: Bloomberg · 3h

Yukos unit buyer faces loan claim
Via: The Guardian · 5h
`)
  expect(dump.articles.map((article) => [article.title, article.outlet?.raw ?? null, article.published?.raw ?? null])).toEqual([
    ['Ad sales boost Time Warner profit', 'Reuters', '1h'],
    ['Dollar gains on Greenspan speech', 'Bloomberg', '3h'],
    ['Yukos unit buyer faces loan claim', 'The Guardian', '5h']
  ])
})
