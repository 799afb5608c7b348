/**
 * Line readers added in session 11 for shapes a fresh held-out set showed
 * (holdout11, then committed as a regression set): menu bars joined by runs
 * of spaces, an outlet and its author on one line, counts that are no
 * outlet, a notes app's checkboxes, a site after `at` in brackets, where an
 * ad marker points, and when a daily8 reading is its own structure. Pages
 * written for these tests, headlines from the BBC corpus; every
 * expectation read by hand against the text.
 */
import {describe, expect, test} from 'vitest'
import {getDefaultChromeCues} from '../src/split/cues.js'
import {defaultHeaderShapes, readOneLineHeader, readOutletByline} from '../src/split/header-shapes.js'
import {isMenuBar} from '../src/split/parts-line.js'
import {splitDump} from '../src/index.js'

const cues = getDefaultChromeCues()
const known = (name: string): boolean => ['Reuters', 'NHK World', 'Bloomberg', 'NPR', 'The Guardian'].includes(name)

describe('isMenuBar', () => {
  test('short capitalised labels joined by runs of spaces or tabs', () => {
    expect(isMenuBar('Singapore  Asia  World  Business  Sport  Watch  Listen')).toBe(true)
    expect(isMenuBar('File\tEdit\tView\tHelp')).toBe(true)
    expect(isMenuBar('Home · Food & Drink · Travel')).toBe(true)
  })
  test('counterexamples: a headline with a tail, a figure, a sentence part', () => {
    expect(isMenuBar('Storm hits coast · Reuters')).toBe(false)
    expect(isMenuBar('Arsenal 2  Chelsea 1  Full time')).toBe(false)
    expect(isMenuBar('World  Business  Markets fall again.')).toBe(false)
    expect(isMenuBar('Open source leaders slam patents')).toBe(false)
  })
})

describe('readOutletByline', () => {
  test('a known outlet and one person, either order', () => {
    expect(readOutletByline('NHK World · Nils Castellanos', known, cues)).toEqual({outlet: 'NHK World', age: null, byline: 'Nils Castellanos', shape: 'outlet · byline'})
    expect(readOutletByline('Mary-Jane O’Neil | Reuters', known, cues)).toEqual({outlet: 'Reuters', age: null, byline: 'Mary-Jane O’Neil', shape: 'byline · outlet'})
  })
  test('counterexamples: a rating label, an unknown name, two outlets, a headline', () => {
    expect(readOutletByline('NPR · Lean Left', known, cues)).toBeNull()
    expect(readOutletByline('Daily Ledger · Nils Castellanos', known, cues)).toBeNull()
    expect(readOutletByline('Reuters · The Guardian', known, cues)).toBeNull()
    expect(readOutletByline('Reuters · Markets fall again', known, cues)).toBeNull()
  })
})

describe('a count is no outlet', () => {
  test('`Shared by 214 journalists · 34 minutes ago` names no outlet; `France 24 · 2h` still does', () => {
    expect(readOneLineHeader('Shared by 214 journalists · 34 minutes ago', defaultHeaderShapes, cues)).toBeNull()
    expect(readOneLineHeader('France 24 · 2h', defaultHeaderShapes, cues)).toMatchObject({outlet: 'France 24', age: '2h'})
  })
})

describe('splitDump on such pages', () => {
  test('a journalists’ link page: menu bar chrome, outlet and author read, the share count no outlet', () => {
    const text = `Newsroom Picks
Top  Politics  Business  Tech  Science

Ad sales boost Time Warner profit
Reuters · Nils Castellanos
Shared by 214 journalists · 34 minutes ago

Dollar gains on Greenspan speech
Bloomberg · Ana Whitcombe
Shared by 187 journalists · 1 hour ago

Yukos unit buyer faces loan claim
NHK World · Tomas Adeyemi
Shared by 160 journalists · 2 hours ago
`
    const dump = splitDump(text)
    expect(dump.articles.map((article) => [article.title, article.outlet?.raw ?? null, article.byline, article.published?.raw ?? null])).toEqual([
      ['Ad sales boost Time Warner profit', 'Reuters', 'Nils Castellanos', '34 minutes ago'],
      ['Dollar gains on Greenspan speech', 'Bloomberg', 'Ana Whitcombe', '1 hour ago'],
      ['Yukos unit buyer faces loan claim', 'NHK World', 'Tomas Adeyemi', '2 hours ago']
    ])
  })
  test('a to-read list of checkboxes and sites after `at`', () => {
    const text = `Reading list
☐ Open source leaders slam patents (at theregister.com)
☑ Nintendo handheld given Euro date (via bbc.co.uk)
☐ Warning over tsunami aid website (at reuters.com)
`
    const dump = splitDump(text)
    expect(dump.articles.map((article) => [article.title, article.outlet?.raw ?? null])).toEqual([
      ['Open source leaders slam patents', 'theregister.com'],
      ['Nintendo handheld given Euro date', 'bbc.co.uk'],
      ['Warning over tsunami aid website', 'reuters.com']
    ])
  })
})

describe('ad markers point at what they touch', () => {
  test('a newsletter: its issue sponsor between blank lines marks no story with a body; one header over the page is no daily8', () => {
    // Before: one daily8 article, `The Morning Brief` / `December 2, 2026` as its header and all 13 lines its body.
    const text = `View in browser

The Morning Brief
December 2, 2026

Today: music awards, a tour refund and a poll.

Presented by Lumenwise

MUSIC
Scissor Sisters triumph at Brits

US band Scissor Sisters led the winners at the UK music industry's Brit Awards.

The band won best international group, album and breakthrough act.

SPONSORED BY LUMENWISE
Your spreadsheets called. They want a break.

POP
Spears seeks aborted tour payment

Singer Britney Spears is suing insurers over the cancellation of her world tour.

ROCK
Black Sabbath top rock album poll

Heavy metal pioneers Black Sabbath have topped a poll to find the best British rock album of all time.

Unsubscribe | Update preferences
`
    const dump = splitDump(text)
    expect(dump.layout).toBe('newsletter')
    expect(dump.articles.map((article) => [article.title, article.paragraphs.length])).toEqual([
      ['Scissor Sisters triumph at Brits', 2],
      ['Spears seeks aborted tour payment', 1],
      ['Black Sabbath top rock album poll', 1]
    ])
    expect(dump.articles[0]!.paragraphs[1]).toBe('The band won best international group, album and breakthrough act.')
  })
  test('a card page: a sponsor line closing an ad card marks nothing below; a rail heading between blank lines marks its bodiless card', () => {
    // Before: `Dollar gains on Greenspan speech` was taken for the ad of `Presented by Siemens` above it.
    const text = `Business

Ad sales boost Time Warner profit
Reuters | 2 hours ago
Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December.

Sponsored content
How one manufacturer cut energy use by 30%
Presented by Siemens

Dollar gains on Greenspan speech
Bloomberg | 3 hours ago
The dollar has hit its highest level against the euro in almost three months.

Paid Partner Content

This is the smartest way to pay off credit card debt
NerdWallet

Yukos unit buyer faces loan claim
Reuters | 5 hours ago
The owners of embattled Russian oil giant Yukos are to ask the buyer of its former production unit to pay back a loan.
`
    const dump = splitDump(text)
    expect(dump.articles.map((article) => [article.title, article.outlet?.raw ?? null])).toEqual([
      ['Ad sales boost Time Warner profit', 'Reuters'],
      ['Dollar gains on Greenspan speech', 'Bloomberg'],
      ['Yukos unit buyer faces loan claim', 'Reuters']
    ])
  })
})

describe('a vote count before an aggregator item line', () => {
  test('`▲ 25 and 2 ▼ posted by user 3 hours ago 18 comments` is the item line, its age read; the poster no byline', () => {
    // Before: the vote glyph was read as a list marker and each such line was an item of its own.
    const text = `Links
top latest submit
Open source leaders slam patents (at theregister.com)
▲ 25 and 2 ▼ posted by jsmaster 3 hours ago 18 comments
Nintendo handheld given Euro date (at bbc.co.uk)
▲ 7 and 3 ▼ posted by fdx 4 hours ago 17 comments
Warning over tsunami aid website (at reuters.com)
▲ 38 and 2 ▼ posted by octavio 5 hours ago 3 comments
`
    const dump = splitDump(text)
    expect(dump.layout).toBe('link-aggregator')
    expect(dump.articles.map((article) => [article.title, article.outlet?.raw ?? null, article.published?.raw ?? null, article.byline])).toEqual([
      ['Open source leaders slam patents', 'theregister.com', '3 hours ago', null],
      ['Nintendo handheld given Euro date', 'bbc.co.uk', '4 hours ago', null],
      ['Warning over tsunami aid website', 'reuters.com', '5 hours ago', null]
    ])
  })
  test('counterexample: a headline that opens with an arrow and a figure stays a headline', () => {
    const dump = splitDump('Markets\n↑ 12 per cent rise in car sales reported by dealers\nReuters\n')
    // (The arrow is a chat app's list marker, as before: the title is printed after it.)
    expect(dump.articles.map((article) => [article.title, article.published])).toEqual([['12 per cent rise in car sales reported by dealers', null]])
  })
})

describe('card apps’ and community pages’ buttons are chrome cues', () => {
  test('the buttons, and counterexamples that only start like them', async () => {
    const {isChromeLine} = await import('../src/split/cues.js')
    for (const line of ['Sign up free', 'Join the discussion', 'Swipe up to read more', 'Swipe for more', 'How does this make you feel?', 'Join', 'Refresh', 'No more content']) expect(isChromeLine(line, cues)).toBe(true)
    for (const line of ['Join the march on Washington', 'Refresh of Tube trains delayed', 'Swipe fees to be capped by regulator']) expect(isChromeLine(line, cues)).toBe(false)
  })
})

describe('table rows: a terminal reader\'s columns, a time cell without a feed cell', () => {
  test('Newsboat-like columns: each row an item with its date; title and key bars are no items', () => {
    // Before: every row was an item titled with its whole line (`1 N  Dec 02  1.0K  Open source…`), with no date.
    const dump = splitDump(`newsboat 2.36 - Articles in feed 'World Desk' (3 unread, 9 total) - https://example.org/world.xml
   1 N  Dec 02  1.0K  Open source leaders slam patents
   2 N  Dec 02  8.1K  Nintendo handheld given Euro date
   3    Dec 01  6.2K  Warning over tsunami aid website
   4    Nov 30  2.4K  Santy worm makes unwelcome visit
q:Quit ENTER:Open n:Next Unread A:Mark All Read

newsboat 2.36 - Articles in feed 'Business Desk' (2 unread, 8 total) - https://example.org/business.xml
   1 N  Dec 02  3.3K  Ad sales boost Time Warner profit
   2 N  Dec 02  5.0K  Dollar gains on Greenspan speech
   3    Nov 29  1.9K  Yukos unit buyer faces loan claim
   4    Nov 28  7.7K  High fuel prices hit BA's profits
q:Quit ENTER:Open n:Next Unread A:Mark All Read
`)
    expect(dump.layout).toBe('feed-reader')
    expect(dump.articles.map((article) => [article.title, article.published?.raw ?? null])).toEqual([
      ['Open source leaders slam patents', 'Dec 02'],
      ['Nintendo handheld given Euro date', 'Dec 02'],
      ['Warning over tsunami aid website', 'Dec 01'],
      ['Santy worm makes unwelcome visit', 'Nov 30'],
      ['Ad sales boost Time Warner profit', 'Dec 02'],
      ['Dollar gains on Greenspan speech', 'Dec 02'],
      ['Yukos unit buyer faces loan claim', 'Nov 29'],
      ["High fuel prices hit BA's profits", 'Nov 28']
    ])
  })
  test('tab rows of a headline and a time: the time is the item\'s (before: dropped)', () => {
    const dump = splitDump('Title\tDate\nOpen source leaders slam patents\t02/12/2026 09:14\nNintendo handheld given Euro date\t02/12/2026 08:47\nWarning over tsunami aid website\t01/12/2026 22:50\n')
    expect(dump.articles.map((article) => [article.title, article.published?.raw ?? null])).toEqual([
      ['Open source leaders slam patents', '02/12/2026 09:14'],
      ['Nintendo handheld given Euro date', '02/12/2026 08:47'],
      ['Warning over tsunami aid website', '01/12/2026 22:50']
    ])
  })
  test('counterexamples: two spaces inside prose make no row; a known outlet and its time make no row', () => {
    const prose = 'The head of the Linux Foundation has criticised software patents.  Critics say they threaten innovation on Dec 02 and beyond.\n'
    expect(splitDump(prose).articles.map((article) => [article.title, article.published])).toEqual([[prose.trim(), null]])
    const text = 'Reuters\t09:12\nOpen source leaders slam patents\nReuters\t08:40\nNintendo handheld given Euro date\n'
    expect(splitDump(text).articles.map((article) => article.title)).toEqual(['Open source leaders slam patents', 'Nintendo handheld given Euro date'])
  })
})

