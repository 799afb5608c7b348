// Publisher article pages, newsletters and section pages: the chrome cues
// they print (cues.json) and the caption rules of the item reading.
import {describe, expect, test} from 'vitest'
import {splitDump} from '../src/index.js'
import {chromeKey, createChromeCues, isChromeLine, isRoleLine, opensAdCopy} from '../src/split/cues.js'

const body = [
  'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.',
  'The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections and higher advert sales.',
  'TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.'
]
const rail = ['More on this story', 'Dollar gains on Greenspan speech', '1 day ago', 'Yukos unit buyer faces loan claim', '2 days ago']
const teasers = [
  ['teaser', 'Dollar gains on Greenspan speech', '1 day ago', 0],
  ['teaser', 'Yukos unit buyer faces loan claim', '2 days ago', 0]
]
const summary = (dump: ReturnType<typeof splitDump>) => dump.articles.map((article) => [article.role, article.title, article.published?.raw ?? null, article.paragraphs.length])
const boilerplateOf = (text: string, dump: ReturnType<typeof splitDump>, index: number) => dump.articles[index]!.boilerplate.map((span) => text.slice(span.start, span.end))

describe('chrome cues of prose pages', () => {
  test('article pages, newsletters and section pages: chrome lines', () => {
    for (const line of [
      'Skip directly to content',
      'How relevant is this ad to you?',
      'Is this page useful?',
      'Save articles to read later and create your own reading list.',
      'Image source, Getty Images',
      'Recent Posts',
      'Paid Partner Content',
      'Reporting from Brussels',
      'Category: Local News',
      'Trending Nationally',
      '1 2 3 4 … 12 Next',
      '« Prev 1 2 3',
      'Lawmakers at the parliament building. [File: Reuters]',
      'Protesters gather outside the court (Reuters/Jane Doe)',
      'Crowds in Kyiv (File: AP)',
      'GettyImages-1482093',
      'LeadImage_4x3_v02',
      'chart_weekly_DG',
      'hero-shot.jpg',
      'Forwarded this email? Subscribe here for more',
      'If you have any comments or feedback, just respond to this email!',
      'For story queries, please contact',
      'Thanks for reading,',
      'SKIP ADVERTISEMENT',
      'Leer en español',
      'A version of this article appears in print on Dec. 2, 2026, Section A, Page 8 of the New York edition.',
      'Dmitri Pemberton contributed reporting from Paris.',
      'Jane Doe and John Roe contributed reporting.',
      'Ahmed Delgado is a correspondent covering the European Union.',
      'Jane Doe is a senior reporter at Axios.',
      '📬 Thanks for reading. Forward this email to a friend; they can sign up here.',
      'Know someone who would like this digest? Forward it along.',
      'You have received this email because you have subscribed to Google Alerts.',
      'Love TLDR? Tell your friends and get rewards!',
      'Share the Brew and earn rewards. Your referral count: 0',
      'Refer a friend and get a month free',
      'The Guardian - Back to home',
      'Morning Brew Inc., 22 W 19th St, 4th Floor, New York, NY 10011',
      'All quotes delayed a minimum of 15 minutes.',
      'Exclusive news, data and analytics for financial market professionals'
    ]) {
      expect(isChromeLine(line), line).toBe(true)
    }
  })

  test('headlines and prose that share words with those cues stay text', () => {
    for (const line of [
      'Reporting from the front line is getting harder, editors say',
      'Category error costs bank $2bn',
      // Real headlines in the shapes of newsletter preheaders, search-box
      // headings and author bios (found by review, 2026-12-03).
      'New on Netflix in December: The Crown, Wednesday, and more',
      'Videos on social media show flooding in Valencia',
      'Stories for Christmas from the front line',
      "Putin's new spy chief is a former journalist",
      'Jane Doe is a reporter',
      'Trending topics drive ad sales',
      'Reuters chief defends newsroom cuts',
      // A link list's outlet tail is no photo credit: only `(Agency/Photographer)` or `(File: Agency)` is.
      'Dollar falls (Reuters)',
      'Manchester wins Labour conference (reuters.com)',
      'The minister spoke to Reuters on Monday (in a phone call).',
      'Coca-Cola profits rise',
      'COVID-19 cases fall',
      'Shares, bonds and more',
      'Forwarded emails are a security risk, experts warn',
      'If you have a pension, read this',
      // A body's sentence about a person's job is no author's bio: it opens with a determiner or a pronoun, or says more.
      'The former minister is a columnist for the paper and a critic of the plan.',
      'He is a reporter.',
      'Smith, who is a reporter, said the move was wrong.',
      'The pair contributed reporting to a rival paper, he said.',
      'Thanks for reading the report, the minister told MPs.',
      'You have received this award twice, the judge told her.',
      '2 3',
      'Newcastle 2-1 Bolton'
    ]) {
      expect(isChromeLine(line), line).toBe(line === '2 3')
    }
  })

  test('an inner cue counts wherever it stands, not only where it first occurs', () => {
    const cues = createChromeCues({lines: [], patterns: [], inner: ['credit...']})
    // The first `credit...` follows a letter (a word of the caption), the second a full stop.
    expect(isChromeLine('Voters who discredit... the poll queue on Tuesday.Credit...Jane Doe for The Times', cues)).toBe(true)
    expect(isChromeLine('Voters who discredit... the poll queue on Tuesday', cues)).toBe(false)
    // At the very end the word holds no credit after it.
    expect(isChromeLine('Queues on Tuesday.Credit...', cues)).toBe(false)
  })

  test('a trailing comma is dropped before lookup, as a trailing full stop is', () => {
    expect(chromeKey('Thanks for reading,')).toBe('thanks for reading')
    expect(chromeKey('Share, ')).toBe('share')
  })
})

describe('captions on article pages', () => {
  test('a caption right after a credit-only line, before the body, is the article boilerplate', () => {
    const lines = ['Skip to content', 'Home', 'News', '', 'Ad sales boost Time Warner profit', '2 hours ago', 'Share', 'Save', '', 'Getty Images', 'Shoppers on a high street in New York', '', ...body.flatMap((paragraph) => [paragraph, '']), ...rail]
    const text = lines.join('\n')
    const dump = splitDump(text)
    expect(summary(dump)).toEqual([['lead', 'Ad sales boost Time Warner profit', '2 hours ago', 3], ...teasers])
    expect(dump.articles[0]!.paragraphs[0]).toBe(body[0])
    expect(boilerplateOf(text, dump, 0)).toEqual(['Share', 'Save', 'Getty Images', 'Shoppers on a high street in New York'])
  })

  test('a caption right before its credit, under the byline, is the article boilerplate', () => {
    const lines = ['Ad sales boost Time Warner profit', '', 'By Jane Doe, CNN', '', 'Updated 4:51 AM EST, Tue December 2, 2026', '', 'Officials arrive for talks in the capital on Monday.', 'Jane Roe/AFP/Getty Images', '', ...body.flatMap((paragraph) => [paragraph, '']), ...rail]
    const text = lines.join('\n')
    const dump = splitDump(text)
    expect(summary(dump)).toEqual([['lead', 'Ad sales boost Time Warner profit', 'Updated 4:51 AM EST, Tue December 2, 2026', 3], ...teasers])
    expect(dump.articles[0]!.byline).toBe('Jane Doe')
    expect(dump.articles[0]!.paragraphs[0]).toBe(body[0])
    expect(boilerplateOf(text, dump, 0)).toEqual(['Officials arrive for talks in the capital on Monday.', 'Jane Roe/AFP/Getty Images'])
  })

  test('a caption above a `Credit...` line, under a standfirst: boilerplate, and the page furniture around the body too', () => {
    // The New York Times as innerText gives it: standfirst, share button, byline, place line, dates, caption, credit.
    const lines = [
      'Skip to content', 'Skip to site index', 'World', '', 'Advertisement', 'SKIP ADVERTISEMENT', '',
      'Ad sales boost Time Warner profit',
      'Quarterly results beat forecasts as the firm leans on high-speed internet sales.', '',
      'Share full article', '', 'By Jane Doe and John Roe', 'Reporting from New York', '', 'Dec. 2, 2026', 'Updated 6:02 a.m. ET', '',
      'European ministers arriving for a meeting on Monday.', 'Credit...Jane Roe for The New York Times', '',
      body[0], body[1], '', 'Advertisement', 'SKIP ADVERTISEMENT', '', body[2], '',
      'Dmitri Pemberton contributed reporting from Paris.',
      'Jane Doe is a correspondent covering business.',
      'A version of this article appears in print on Dec. 3, 2026, Section B, Page 1 of the New York edition.', '',
      ...rail
    ]
    const text = lines.join('\n')
    const dump = splitDump(text)
    expect(summary(dump)).toEqual([['lead', 'Ad sales boost Time Warner profit', 'Dec. 2, 2026', 4], ...teasers])
    expect(dump.articles[0]!.byline).toBe('Jane Doe and John Roe')
    expect(dump.articles[0]!.paragraphs).toEqual(['Quarterly results beat forecasts as the firm leans on high-speed internet sales.', ...body])
    expect(boilerplateOf(text, dump, 0)).toEqual(['Share full article', 'Reporting from New York', 'Updated 6:02 a.m. ET', 'European ministers arriving for a meeting on Monday.', 'Credit...Jane Roe for The New York Times', 'Advertisement', 'SKIP ADVERTISEMENT'])
  })

  test('a headline printed above a credit on a section page, with no body of its own, stays an item', () => {
    // No body follows the credit: the line is a teaser's headline, not a caption.
    const text = ['Ad sales boost Time Warner profit', '2 hours ago', '', 'Dollar gains on Greenspan speech', 'Getty Images', '', 'Yukos unit buyer faces loan claim', '2 days ago'].join('\n')
    expect(splitDump(text).articles.map((article) => article.title)).toEqual(['Ad sales boost Time Warner profit', 'Dollar gains on Greenspan speech', 'Yukos unit buyer faces loan claim'])
  })
})

describe('ads inside newsletters', () => {
  test('a sponsor line that names its advertiser, or a headline tagged as an ad, opens ad copy; a bare marker does not', () => {
    expect(opensAdCopy('SPONSORED BY NORTHSTAR CARD')).toBe(true)
    expect(opensAdCopy('A message from Northwind Energy')).toBe(true)
    expect(opensAdCopy('Ship your app 10x faster with Acme Cloud (Sponsor)')).toBe(true)
    expect(opensAdCopy('Advertisement')).toBe(false)
    expect(opensAdCopy('Sponsored')).toBe(false)
    expect(opensAdCopy('Sponsored by')).toBe(false)
  })

  test('the prose after such a line is the ad\'s, not the story\'s; after a bare marker the body goes on', () => {
    const lines = [
      'View this email in your browser', '', 'The Morning Wire', '',
      'Ad sales boost Time Warner profit', '', body[0], '', body[1], '',
      'SPONSORED BY NORTHSTAR CARD', 'Earn 5% back on groceries this winter with the Northstar card. No annual fee.', '',
      'Dollar gains on Greenspan speech', '',
      'The dollar has hit its highest level against the euro in almost three months after the Federal Reserve head said the US trade deficit is set to stabilise.', '',
      'Advertisement', '',
      'Market concerns about the deficit has hit the greenback in recent months.', '',
      'Yukos unit buyer faces loan claim', '',
      'The owners of embattled Russian oil giant Yukos are to ask the buyer of its former production unit to pay back a $900m (£479m) loan.', '',
      'Ship your app 10x faster with Acme Cloud (Sponsor)', '',
      'Acme Cloud gives your team preview environments for every pull request. Try it free for 30 days.', '',
      'Thanks for reading!', 'You are receiving this email because you signed up for The Morning Wire.', 'Unsubscribe'
    ]
    const text = lines.join('\n')
    const dump = splitDump(text)
    expect(dump.layout).toBe('newsletter')
    expect(dump.articles.map((article) => [article.title, article.paragraphs.length])).toEqual([
      ['Ad sales boost Time Warner profit', 2],
      ['Dollar gains on Greenspan speech', 2],
      ['Yukos unit buyer faces loan claim', 1]
    ])
    expect(boilerplateOf(text, dump, 0)).toEqual([])
    expect(dump.articles[0]!.span.end).toBe(text.indexOf(body[1]!) + body[1]!.length)
    expect(boilerplateOf(text, dump, 1)).toEqual(['Advertisement'])
    expect(dump.articles[2]!.paragraphs).toEqual(['The owners of embattled Russian oil giant Yukos are to ask the buyer of its former production unit to pay back a $900m (£479m) loan.'])
  })
})

describe('bylines, standfirsts and promotions on article pages', () => {
  test('role lines: a beat and a job, or a bureau; a headline about a reporter is none', () => {
    for (const line of ['Political correspondent', 'Home affairs correspondent', 'Business reporter', 'Senior political correspondent', 'Health and science editor', 'BBC News, Washington']) {
      expect(isRoleLine(line), line).toBe(true)
    }
    for (const line of ['Judge jails business reporter', 'Guardian names new editor', 'Correspondent', 'Rachel Whitcombe', 'BBC News']) {
      expect(isRoleLine(line), line).toBe(false)
    }
  })

  test('a name over a role line is the byline; a longer line under the headline, over the byline, is the standfirst; a bracketed promotion is chrome', () => {
    const lines = [
      'Politics',
      'Ad sales boost Time Warner profit',
      'Quarterly results beat forecasts as the firm leans on high-speed internet sales',
      'Rachel Whitcombe',
      'Business correspondent',
      'Tue 1 Dec 2026 13.05 GMT',
      'Share', '',
      body[0], body[1],
      'skip past newsletter promotion',
      'Sign up to Business Today',
      'Get set for the working day – we’ll point you to all the business news and analysis you need every morning',
      'after newsletter promotion',
      body[2], '',
      ...rail
    ]
    const text = lines.join('\n')
    const dump = splitDump(text)
    expect(summary(dump)).toEqual([['lead', 'Ad sales boost Time Warner profit', 'Tue 1 Dec 2026 13.05 GMT', 4], ...teasers])
    expect(dump.articles[0]!.byline).toBe('Rachel Whitcombe')
    expect(dump.articles[0]!.paragraphs[0]).toBe('Quarterly results beat forecasts as the firm leans on high-speed internet sales')
    expect(boilerplateOf(text, dump, 0)).toEqual(['Business correspondent', 'Share', 'skip past newsletter promotion', 'Sign up to Business Today', 'Get set for the working day – we’ll point you to all the business news and analysis you need every morning', 'after newsletter promotion'])
  })

  test('a promotion whose opening line the copy lost ends at its closing line and starts after the last paragraph', () => {
    const lines = ['Ad sales boost Time Warner profit', '2 hours ago', '', body[0], body[1], '', 'Sign up to Business Today', 'Free daily newsletter', 'Get set for the working day – we’ll point you to all the business news and analysis you need every morning', 'after newsletter promotion', '', body[2], '', ...rail]
    const text = lines.join('\n')
    const dump = splitDump(text)
    expect(summary(dump)).toEqual([['lead', 'Ad sales boost Time Warner profit', '2 hours ago', 3], ...teasers])
    expect(boilerplateOf(text, dump, 0)).toEqual(['Sign up to Business Today', 'Free daily newsletter', 'Get set for the working day – we’ll point you to all the business news and analysis you need every morning', 'after newsletter promotion'])
  })

  test('headlines printed one under another with no byline after them stay headlines', () => {
    const text = ['Markets', 'Dollar gains on Greenspan speech', 'Yukos unit buyer faces loan claim as the court date nears', 'Ad sales boost Time Warner profit', '2 hours ago'].join('\n')
    expect(splitDump(text).articles.map((article) => article.title)).toEqual(['Dollar gains on Greenspan speech', 'Yukos unit buyer faces loan claim as the court date nears', 'Ad sales boost Time Warner profit'])
  })
})

describe('story blocks in newsletters', () => {
  test('a bare `Read more` closes a story: the headline after it opens the next; `Read more: …` inside a body is a link', () => {
    const story = (title: string, first: string, second: string) => [title, first, second, 'Read more', '']
    const lines = [
      'View this email in your browser', '', 'Markets Morning Briefing', 'Tuesday, December 1, 2026', '',
      ...story('Ad sales boost Time Warner profit', body[0]!, body[1]!),
      ...story('Dollar gains on Greenspan speech', 'The dollar has hit its highest level against the euro in almost three months after the Federal Reserve head said the US trade deficit is set to stabilise.', 'Market concerns about the deficit has hit the greenback in recent months.'),
      'Forward to a friend', 'Unsubscribe'
    ]
    const dump = splitDump(lines.join('\n'))
    expect(dump.articles.map((article) => [article.title, article.paragraphs.length])).toEqual([
      ['Ad sales boost Time Warner profit', 2],
      ['Dollar gains on Greenspan speech', 2]
    ])
    const inline = ['Ad sales boost Time Warner profit', '2 hours ago', '', body[0], body[1], 'Read more: Dollar gains on Greenspan speech', 'What the results mean', body[2], '', ...rail].join('\n')
    expect(summary(splitDump(inline))).toEqual([['lead', 'Ad sales boost Time Warner profit', '2 hours ago', 3], ...teasers])
  })
})
