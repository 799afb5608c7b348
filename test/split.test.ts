import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {splitDump, type Article} from '../src/index.js'
import {isChromeLine} from '../src/split/cues.js'
import {readBlockHeader} from '../src/split/header.js'
import {getDefaultChromeCues} from '../src/split/cues.js'
import {scanLines} from '../src/split/lines.js'
import {endsMidSentence} from '../src/split/truncation.js'

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}.txt`, import.meta.url), 'utf8')
}

const summary = (article: Article) => [article.role, article.outlet?.name ?? null, article.published?.raw ?? null, article.paragraphs.length]

describe('the seeds, as a careful reader splits them', () => {
  test('000: a Guardian lead, then The Times, The Guardian and Reuters', () => {
    const dump = splitDump(fixture('000_d00be9bfc94f70d2'))
    expect(dump.layout).toBe('daily8')
    expect(dump.articles.map(summary)).toEqual([
      ['lead', null, null, 16],
      ['related', 'The Times', '7 minutes ago', 1],
      ['related', 'The Guardian', '2 hours ago', 1],
      ['related', 'Reuters', '2 hours ago', 1]
    ])
    expect(dump.articles[0]!.title).toBe('Russia and Ukraine agree new POW swaps but no progress on ceasefire talks')
    // `Times` / `- Times` is one outlet, found in the registry.
    expect(dump.articles[1]!.outlet).toEqual({id: 'the-times', name: 'The Times', domain: 'thetimes.co.uk', known: true, raw: '- Times'})
    expect(dump.articles[3]!.dateline).toMatchObject({place: null, date: {iso: null, month: 7, day: 27, implied: ['year']}, agency: {id: 'reuters'}})
  })

  test('001: the Guardian story of seed 000 reappears as a related item', () => {
    const dump = splitDump(fixture('001_bed8e93c8511a76b'))
    expect(dump.articles.map(summary)).toEqual([
      ['lead', null, null, 4],
      ['related', 'The Guardian', '26 minutes ago', 1],
      ['related', 'Daily Mail', '2 hours ago', 1],
      ['related', 'Reuters', '2 hours ago', 1]
    ])
    expect(dump.articles[1]!.title).toBe('Russia and Ukraine agree new POW swaps but no progress on ceasefire talks')
    expect(dump.articles[3]!.dateline).toMatchObject({place: 'ISTANBUL', date: {iso: null, month: 7, day: 23, implied: ['year']}, agency: {name: 'Reuters'}})
  })

  test('002: the body ending in `___` is whole', () => {
    const dump = splitDump(fixture('002_e46d8d58cf64bd27'))
    expect(dump.articles.map(summary)).toEqual([
      ['lead', null, null, 4],
      ['related', 'The Guardian', '14 minutes ago', 1],
      ['related', 'Reuters', '14 minutes ago', 1],
      ['related', 'The Independent', 'an hour ago', 1]
    ])
    const independent = dump.articles[3]!
    expect(independent.text.endsWith('___')).toBe(true)
    expect(independent.truncated).toBe(false)
  })

  test('003: a listing of 20 items, 18 of them teasers, one cut off', () => {
    const dump = splitDump(fixture('003_4da82f6481d0e883'))
    expect(dump.layout).toBe('listing')
    expect(dump.articles).toHaveLength(20)
    expect(dump.articles.filter((article) => article.role === 'teaser')).toHaveLength(18)
    const withBody = dump.articles.filter((article) => article.paragraphs.length > 0)
    expect(withBody.map((article) => [article.title.slice(0, 40), article.paragraphs.length, article.truncated])).toEqual([
      ['Kremlin indicates Putin-Zelensky meeting', 9, false],
      ['Georgian-Ukrainian electronic music fest', 2, true]
    ])
    const shorts = dump.articles.find((article) => article.title.endsWith('#shorts'))
    expect(shorts?.role).toBe('teaser')
    expect(dump.articles[0]!.title).toBe('Negotiations in Istanbul: will expectations meet reality?')
    expect(dump.articles.at(-1)!.title).toBe('Putin grants Belarusians residing in Russia right to vote, run in local elections')
  })

  test('004: the in-body subhead stays in the lead', () => {
    const dump = splitDump(fixture('004_e233b43045e43c97'))
    expect(dump.articles.map(summary)).toEqual([
      ['lead', null, null, 16],
      ['related', 'SBS Australia', 'an hour ago', 1],
      ['related', 'News.com.au', '2 hours ago', 1],
      ['related', 'News.com.au', '4 hours ago', 1]
    ])
    expect(dump.articles[0]!.paragraphs[9]).toBe('- Five killed in strikes -')
    expect(dump.articles[1]!.outlet?.raw).toBe('- SBS Australia')
  })
})

describe('splitDump options and errors', () => {
  test('a reference resolves ages and lets datelines date the capture', () => {
    const dump = splitDump(fixture('001_bed8e93c8511a76b'), {reference: '2025-07-23T14:00:00Z'})
    expect(dump.articles[1]!.published).toEqual({
      raw: '26 minutes ago',
      kind: 'relative',
      age: {min: 1_530_000, max: 1_619_999},
      earliest: '2025-07-23T13:33:00.001Z',
      latest: '2025-07-23T13:34:30.000Z',
      implied: [],
      rule: 'units-ago'
    })
    expect(dump.articles[3]!.dateline?.date?.iso).toBe('2025-07-23')
    // ISTANBUL, July 23 (any zone: Jul 22 10:00Z to Jul 24 12:00Z), shown
    // `2 hours ago` (1.5 to 3 hours): saved between these.
    expect(dump.captured).toEqual({earliest: '2025-07-22T11:30:00.000Z', latest: '2025-07-24T14:59:59.998Z'})
  })

  test('the same reference as a Date, a string or epoch milliseconds', () => {
    const text = fixture('000_d00be9bfc94f70d2')
    const a = splitDump(text, {reference: new Date('2025-07-27T12:00:00Z')})
    expect(splitDump(text, {reference: '2025-07-27T12:00:00Z'})).toEqual(a)
    expect(splitDump(text, {reference: Date.parse('2025-07-27T12:00:00Z')})).toEqual(a)
  })

  test('without a reference there is no capture estimate from undated datelines', () => {
    expect(splitDump(fixture('000_d00be9bfc94f70d2')).captured).toBeNull()
  })

  test('non-strings are a TypeError naming what was passed', () => {
    expect(() => splitDump(42 as unknown as string)).toThrow(new TypeError('Expected text as a string, not `number` (42)'))
    expect(() => splitDump(undefined as unknown as string)).toThrow(TypeError)
    expect(() => splitDump(null as unknown as string)).toThrow('not `null`')
    expect(() => splitDump(Buffer.from('x') as unknown as string)).toThrow('not `object`')
  })

  test('an invalid reference is a RangeError', () => {
    expect(() => splitDump('x', {reference: 'soon'})).toThrow(RangeError)
    expect(() => splitDump('x', {reference: Number.NaN})).toThrow(RangeError)
    expect(() => splitDump('x', {reference: new Date('nope')})).toThrow(RangeError)
  })

  test('empty and blank text give no articles', () => {
    const none = {layout: 'plain', articles: [], captured: null, confidence: 1, warnings: []}
    expect(splitDump('')).toEqual({...none, boilerplate: []})
    expect(splitDump(' \n\r\n\t')).toEqual({...none, boilerplate: [{start: 0, end: 5}]})
    expect(splitDump('\uFEFF')).toEqual({...none, boilerplate: [{start: 0, end: 1}]})
  })
})

describe('rules', () => {
  test('lines keep exact offsets for every line ending', () => {
    const text = '\uFEFFa\r\nb\rc\u2028d\u2029e\u0085 f \n'
    expect(scanLines(text).map((line) => [text.slice(line.contentStart, line.contentEnd), line.start, line.next])).toEqual([
      ['a', 1, 4],
      ['b', 4, 6],
      ['c', 6, 8],
      ['d', 8, 10],
      ['e', 10, 12],
      ['f', 12, 16]
    ])
  })

  test('chrome cues: data lines, patterns, and prose that is not chrome', () => {
    for (const line of ['Hashtags', 'Try Our AI Features', 'Explore what Daily8 AI can do for you:', 'Explore what Acme AI can do for you:', 'Comments', 'No comments yet...', 'Related Articles', 'Comments (12)', '3 comments', 'Read more »', '#Ukraine #Russia', '© 2025 Daily8', 'More from The Guardian', 'ADVERTISEMENT']) {
      expect(isChromeLine(line), line).toBe(true)
    }
    for (const line of ['The Guardian', 'Comments were made by the minister.', 'Related articles were published on Monday.', '- Five killed in strikes -', '']) {
      expect(isChromeLine(line), line).toBe(false)
    }
  })

  test('chrome cues of publisher article pages and newsletters, and the prose beside them', () => {
    // Each line is chrome on real pages: Reuters link text, a gallery counter, an NYT caption credit,
    // an ad-feedback prompt, newsletter platform footers, publisher footers, Google Alerts' footer.
    for (const line of [
      'Purchase Licensing Rights, opens new tab',
      '[1/3] People walk past the central bank building. REUTERS/Jane Doe',
      'Delegates arrive for the meeting on Tuesday.Credit...Jane Doe for The New York Times',
      'CNN values your feedback',
      'CLICK HERE TO SIGN UP FOR OUR NEWSLETTER',
      'Our Standards: The Thomson Reuters Trust Principles.',
      'Having trouble viewing this email? View it in your browser',
      'Did someone forward you this email?',
      'Our mailing address is:',
      'Want to change how you receive these emails?',
      "Today's newsletter was edited by Jane Doe.",
      'Powered by Mailchimp',
      'Work for us',
      'Complaints & corrections',
      'Receive this alert as RSS feed',
      'Photo credit: Jane Doe'
    ]) {
      expect(isChromeLine(line), line).toBe(true)
    }
    // Prose and headlines that share words with those cues stay text.
    for (const line of [
      'Credit card debt rises for a third month',
      'The minister said the move opens new tabs in the talks.',
      'Click fraud costs advertisers billions',
      'Our standards of living are falling, the report says.',
      'Reporters values and ethics under scrutiny',
      'Work for us all, the union tells ministers'
    ]) {
      expect(isChromeLine(line), line).toBe(false)
    }
  })

  test('header shapes, and what is no header', () => {
    const read = (text: string) => {
      const header = readBlockHeader(text, scanLines(text), 0, getDefaultChromeCues())
      return header && [header.shape, header.outlet, header.age]
    }
    expect(read('Reuters\n2 hours ago\n- Reuters\nTitle')).toEqual(['outlet-age-credit', '- Reuters', '2 hours ago'])
    expect(read('Reuters\n2 hours ago\nTitle')).toEqual(['outlet-age', 'Reuters', '2 hours ago'])
    expect(read('2 hours ago\n- Reuters\nTitle')).toEqual(['age-credit', '- Reuters', '2 hours ago'])
    expect(read('Reuters\n- Reuters\nTitle')).toEqual(['outlet-credit', '- Reuters', null])
    expect(read('Reuters\n- AP\nTitle')).toBeNull()
    expect(read('At the frontline, far from talks.\n2 hours ago\nTitle')).toBeNull()
    expect(read('- Five killed in strikes -\nAt the frontline...')).toBeNull()
    expect(read('Reuters\n2 hours ago\n- Reuters\n- Reuters\nTitle')).toBeNull()
  })

  test('truncation: how a body ends', () => {
    expect(endsMidSentence('It ended.')).toBe(false)
    expect(endsMidSentence('He said: "It ended."')).toBe(false)
    expect(endsMidSentence("She said 'no.'")).toBe(false)
    expect(endsMidSentence('Did it end?')).toBe(false)
    expect(endsMidSentence('It ended. ___')).toBe(false)
    expect(endsMidSentence('Watch this #shorts')).toBe(true)
    expect(endsMidSentence('It ended! #shorts #news')).toBe(false)
    expect(endsMidSentence('(Reporting by Jane Doe; Editing by John Roe)')).toBe(false)
    expect(endsMidSentence('ICKPA (pronounced “Iskra” which')).toBe(true)
    expect(endsMidSentence('The snippet goes on...')).toBe(true)
    expect(endsMidSentence('The snippet goes on…')).toBe(true)
    expect(endsMidSentence('')).toBe(false)
  })

  test('a sign-off on a line of its own is looked past', () => {
    expect(splitDump('Title\nThe talks ended.\n___\n').articles[0]).toMatchObject({paragraphs: ['The talks ended.', '___'], truncated: false})
    expect(splitDump('Title\nThe talks went on and\n———\n').articles[0]!.truncated).toBe(true)
  })
})

describe('variations beyond the seeds', () => {
  test('a plain dump of several titled blocks is several articles', () => {
    const dump = splitDump('First story\nIt rained.\n\n\nSecond story\nIt snowed.\n')
    expect(dump.layout).toBe('plain')
    expect(dump.articles.map((article) => [article.role, article.title, article.paragraphs])).toEqual([
      ['lead', 'First story', ['It rained.']],
      ['related', 'Second story', ['It snowed.']]
    ])
  })

  test('a plain text without titles is one article', () => {
    const dump = splitDump('It rained all day.\n\n\nIt snowed at night.')
    expect(dump.articles.map((article) => [article.role, article.title, article.paragraphs])).toEqual([['lead', 'It rained all day.', ['It snowed at night.']]])
  })

  test('a lead followed directly by a related block, without chrome', () => {
    const dump = splitDump('Title\nBody.\n\nReuters\n2 hours ago\n- Reuters\nT\nB.')
    expect(dump.layout).toBe('daily8')
    expect(dump.articles.map(summary)).toEqual([
      ['lead', null, null, 1],
      ['related', 'Reuters', '2 hours ago', 1]
    ])
  })

  test('chrome after the last block and orphan lines between blocks are boilerplate', () => {
    const text = 'Lead title\nPara one.\nHashtags\n#Ukraine #Russia\nRelated Articles\n\nCNN\n3 hours ago\n- CNN\nT2\nBody two.\n\nSponsored\n\nBBC\n1 hour ago\n- BBC\nT3\nBody three.\n\nLoad more\n© 2025 Daily8'
    const dump = splitDump(text)
    expect(dump.articles.map((article) => article.paragraphs)).toEqual([['Para one.'], ['Body two.'], ['Body three.']])
    expect(dump.boilerplate.map((span) => text.slice(span.start, span.end))).toEqual([
      '\nHashtags\n#Ukraine #Russia\nRelated Articles\n\n',
      '\n\nSponsored\n\n',
      '\n\nLoad more\n© 2025 Daily8'
    ])
  })
})

describe('what a review of the daily8 rules found', () => {
  const related = (dump: ReturnType<typeof splitDump>) => dump.articles.map((article) => [article.role, article.title, article.outlet?.name ?? null, article.paragraphs.length])

  test('a related story of several paragraphs before `Share` / `Comments` keeps its last paragraph', () => {
    const text =
      'Lead title\nLead paragraph.\nHashtags\nComments\nRelated Articles\n\nReuters\n2 hours ago\n- Reuters\nRelated title\nFirst paragraph of the related story.\n\nSecond paragraph of the related story, which is real.\n\nShare\nComments\n'
    expect(related(splitDump(text))).toEqual([
      ['lead', 'Lead title', null, 1],
      ['related', 'Related title', 'Reuters', 2]
    ])
  })

  test('a daily8 page with its blank lines removed reads as with them', () => {
    const text = fixture('000_d00be9bfc94f70d2')
    const dense = text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .join('\n')
    const dump = splitDump(dense)
    expect(dump.layout).toBe('daily8')
    expect(related(dump)).toEqual(related(splitDump(text)))
    expect(related(dump).length).toBe(4)
  })

  test('a credit line printed without its `- ` is a header line, not the title', () => {
    const text = 'Lead title\nLead paragraph.\nHashtags\nComments\nRelated Articles\n\nReuters\n2 hours ago\nReuters\nRelated title here\nBody of it.\n\nThe Guardian\n3 hours ago\nThe Guardian\nAnother title here\nAnother body.\n'
    const dump = splitDump(text)
    expect(related(dump)).toEqual([
      ['lead', 'Lead title', null, 1],
      ['related', 'Related title here', 'Reuters', 1],
      ['related', 'Another title here', 'The Guardian', 1]
    ])
    expect(dump.articles[1]!.provenance.header).toBe('outlet-age-outlet')
  })
})
