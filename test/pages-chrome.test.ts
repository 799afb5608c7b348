import {describe, expect, it} from 'vitest'
import {splitDump} from '../src/index.js'
import {getDefaultChromeCues, isChromeLine} from '../src/split/cues.js'
import {defaultHeaderShapes, readByline} from '../src/split/header-shapes.js'

/** Title, outlet, published, byline and paragraph count of each article: what a reader checks. */
function read(text: string): Array<[string, string | null, string | null, string | null, number]> {
  return splitDump(text).articles.map((article) => [article.title, article.outlet?.raw ?? null, article.published?.raw ?? null, article.byline, article.paragraphs.length])
}

// Prose from the Reuters-21578 corpus (../shared/corpora), headlines in sentence case.
describe('page chrome by structure (issue 10)', () => {
  const newTab = [
      "Search the web or type a URL",
      "",
      "Gmail",
      "Maps",
      "Drive",
      "Calendar",
      "Photos",
      "",
      "Top stories for you",
      "How we pick them",
      "",
      "Reuters",
      "Ford extends incentives on light trucks",
      "Ford Motor Co said it extended its buyer incentive program on light trucks to April 30 from April 6, the program's previous expiration date.",
      "",
      "The Guardian",
      "World Bank approves loan for Brazil railway",
      "The World Bank said it approved a 100 mln dlr loan to help Brazil finance the rehabilitation of the railway in Sao Paulo State.",
      "",
      "Bloomberg",
      "Dollar closes little changed in Frankfurt",
      "",
      "Associated Press",
      "Disney agrees to buy Los Angeles TV station",
      "Gencorp said its RKO General subsidiary agreed to sell KHJ-TV in Los Angeles to Walt Disney Co for 217 mln dlrs cash.",
      "",
      "Financial Times",
      "Supermarkets General gets unsolicited bid"
    ].join('\n')

  it('reads a block of unknown names as a menu, not as the outlet of the line after it', () => {
    // `Drive` is an outlet the registry knows: among four unknown names it is a tile, no header.
    expect(read(newTab)).toEqual([
      ['Ford extends incentives on light trucks', 'Reuters', null, null, 1],
      ['World Bank approves loan for Brazil railway', 'The Guardian', null, null, 1],
      ['Dollar closes little changed in Frankfurt', 'Bloomberg', null, null, 0],
      ['Disney agrees to buy Los Angeles TV station', 'Associated Press', null, null, 1],
      ['Supermarkets General gets unsolicited bid', 'Financial Times', null, null, 0]
    ])
  })

  it('keeps a block of two names and a block of known outlets as headers', () => {
    // Counterexample: `Gmail` / `Maps` is no menu of three names; it stays the first line's outlet slot.
    const two = newTab.replace('Gmail\nMaps\nDrive\nCalendar\nPhotos', 'Reuters\nBloomberg\nFinancial Times')
    expect(read(two).map((article) => article[0])).toContain('Search the web or type a URL')
  })

  it('keeps a repeated item shape whose lines the classes call chrome (a threadiverse list)', () => {
    const text = [
      'Serena becomes world number two',
      '(japantimes.co.jp)',
      'by yusuf@lemmy.world to news in 42 min',
      '2 comments · 40 up · 0 down · boost',
      '',
      'Howard and Blair tax pledge clash',
      '(aljazeera.com)',
      'by kwame@fedia.io to news in 1 h',
      '5 comments · 37 up · 1 down · boost',
      '',
      'Tokyo says deflation is under control',
      '(apnews.com)',
      'by amara@kbin.social to news in 2 h',
      '8 comments · 34 up · 2 down · boost'
    ].join('\n')
    // Each block is `headline / chrome / chrome / chrome`, three times: items, not a menu's headline.
    expect(read(text).map((article) => article[0])).toEqual(['Serena becomes world number two', 'Howard and Blair tax pledge clash', 'Tokyo says deflation is under control'])
  })

  it('reads a row of a post\'s counts and buttons as chrome, and an item header with a count as none', () => {
    const rows: Array<[string, boolean]> = [
      ['2 comments · 40 up · 0 down · boost', true],
      ['12.4k subscribers · 310 online · join', true],
      ['(Read More... | 4 comments)', true],
      ['Read more | 13 comments', true],
      // A time among the parts: a header (`outlet · age · count`), or a headline with numbers in it.
      ['The Straits Times · 2h · 18 sources', false],
      ['Reuters · 5 min · 3 comments', false],
      ['3 killed in crash · 2 hurt · police', false],
      ['Ford extends incentives | 4 comments', false]
    ]
    expect(rows.map(([line]) => [line, isChromeLine(line)])).toEqual(rows)
  })

  const digest = [
      "Mention Monitor",
      "Daily report: \"rail investment\"",
      "Report for 3 December 2026",
      "",
      "Web mentions (4)",
      "",
      "World Bank approves loan for Brazil railway",
      "Reuters - 03 Dec 2026 08:10",
      "...The World Bank said it approved a 100 mln dlr loan to help Brazil finance the rehabilitation of the railway in Sao Paulo State...",
      "",
      "Canadian airline orders Jetstream planes",
      "The Globe and Mail - 03 Dec 2026 07:45",
      "...Pacific Western Airlines Corp's new Canadian Airlines International unit said it ordered six new Jetstream 31 airplanes...",
      "",
      "Ford extends incentives on light trucks",
      "Bloomberg - 03 Dec 2026 06:30",
      "...Ford Motor Co said it extended its buyer incentive program on light trucks to April 30 from April 6...",
      "",
      "Supermarkets General gets unsolicited bid",
      "Financial Times - 03 Dec 2026 05:02",
      "...Supermarkets General Corp said it received an unsolicited proposal from a third party to acquire the company...",
      "",
      "Manage reports | Unsubscribe"
    ].join('\n')

  it('drops a digest\'s own title whose header has a shape no story prints', () => {
    expect(read(digest)).toEqual([
      ['World Bank approves loan for Brazil railway', 'Reuters', '03 Dec 2026 08:10', null, 1],
      ['Canadian airline orders Jetstream planes', 'The Globe and Mail', '03 Dec 2026 07:45', null, 1],
      ['Ford extends incentives on light trucks', 'Bloomberg', '03 Dec 2026 06:30', null, 1],
      ['Supermarkets General gets unsolicited bid', 'Financial Times', '03 Dec 2026 05:02', null, 1]
    ])
  })

  it('keeps a first story without a snippet when its header has the others\' shape', () => {
    // Counterexample: a real one-line item (headline and `Outlet - time`, no body) stays an article.
    const lines = digest.split('\n')
    const bare = [...lines.slice(5, 8), ...lines.slice(9)].join('\n')
    expect(read(bare)[0]).toEqual(['World Bank approves loan for Brazil railway', 'Reuters', '03 Dec 2026 08:10', null, 0])
    expect(read(bare)).toHaveLength(4)
  })

  const article = [
      "Skip to main content",
      "Business",
      "",
      "Volkswagen suffers image loss in wake of currency scandal",
      "Analysts say the carmaker could take time to recover.",
      "By: AFP with Reuters",
      "Published 3 December 2026, 09:14 CET",
      "Workers leave the plant in Wolfsburg on Tuesday. | dpa",
      "Share analysts and commentators say Volkswagen AG has suffered an enormous loss of face from which it could take time to recover over its 473 mln mark currency swindle.",
      "An auditors' report on the affair, prepared in time for this week's annual shareholders meeting, is expected to name those responsible.",
      "The company has said it will tighten its controls on foreign exchange dealings.",
      "",
      "Related",
      "Dollar closes little changed in Frankfurt",
      "Ford extends incentives on light trucks"
    ].join('\n')

  it('reads a sentence with its photo credit on its line as the caption, and `By:` with outlets as a desk credit', () => {
    expect(read(article)).toEqual([
      ['Volkswagen suffers image loss in wake of currency scandal', 'AFP with Reuters', 'Published 3 December 2026, 09:14 CET', null, 4],
      ['Dollar closes little changed in Frankfurt', null, null, null, 0],
      ['Ford extends incentives on light trucks', null, null, null, 0]
    ])
    const lead = splitDump(article).articles[0]!
    expect(lead.paragraphs[0]).toBe('Analysts say the carmaker could take time to recover.')
    expect(lead.paragraphs[1]).toMatch(/^Share analysts and commentators say/)
    expect(lead.boilerplate.map((span) => article.slice(span.start, span.end))).toContain('Workers leave the plant in Wolfsburg on Tuesday. | dpa')
  })

  it('keeps a one-sentence first paragraph without a credit as a paragraph', () => {
    // Counterexample: the same page with a sentence and no credit under the header.
    const plain = article.replace('Workers leave the plant in Wolfsburg on Tuesday. | dpa', 'Workers left the plant in Wolfsburg early on Tuesday.')
    const lead = splitDump(plain).articles[0]!
    expect(lead.paragraphs).toHaveLength(5)
    expect(lead.paragraphs[1]).toBe('Workers left the plant in Wolfsburg early on Tuesday.')
  })

  it('keeps a question headline with its outlet tail a headline, not a credited caption (review 9a)', () => {
    // Counterexample: cards with no blank lines, headlines ending in `?` and an
    // outlet tail right under the item above's header. A caption is a statement.
    const cards = [
      'Business',
      'Central bank holds rates for a fourth month',
      'Reuters · 2h',
      'The central bank kept its main rate unchanged on Wednesday, citing sticky inflation in services.',
      'Is the housing market about to turn? | Bloomberg',
      'Prices fell for the third month running in November as mortgage costs stayed high, figures showed.',
      'Can the ferry strike end before Christmas? (AFP)',
      'Unions and operators meet again on Thursday after talks broke down at the weekend.'
    ].join('\n')
    expect(read(cards)).toEqual([
      ['Central bank holds rates for a fourth month', 'Reuters', '2h', null, 1],
      ['Is the housing market about to turn?', 'Bloomberg', null, null, 1],
      ['Can the ferry strike end before Christmas?', 'AFP', null, null, 1]
    ])
  })

  it('reads `By:` and outlets the registry knows as an outlet, and names as a byline', () => {
    const cues = getDefaultChromeCues()
    const known = (name: string): boolean => name === 'AFP' || name === 'Reuters' || name === 'FRANCE 24'
    expect(readByline('By: FRANCE 24 with AFP', defaultHeaderShapes, cues, known)).toEqual({outlet: 'FRANCE 24 with AFP', age: null, byline: null, shape: 'byline outlet'})
    expect(readByline('By: AFP with Reuters', defaultHeaderShapes, cues, known)).toEqual({outlet: 'AFP with Reuters', age: null, byline: null, shape: 'byline outlet'})
    // An unknown part: neither a desk credit nor names.
    expect(readByline('By: FRANCE 24 with partners', defaultHeaderShapes, cues, known)).toBeNull()
    expect(readByline('By Jane Doe, AFP', defaultHeaderShapes, cues, known)).toEqual({outlet: 'AFP', age: null, byline: 'Jane Doe', shape: 'byline, outlet'})
  })
})
