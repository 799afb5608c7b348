import {describe, expect, it} from 'vitest'
import {splitDump} from '../src/index.js'
import {expectPartition} from './partition.js'

/** Title, outlet, published and paragraph count of each article: what a reader checks. */
function read(text: string): Array<[string, string | null, string | null, number]> {
  return splitDump(text).articles.map((article) => [article.title, article.outlet?.raw ?? null, article.published?.raw ?? null, article.paragraphs.length])
}

describe('chat rule: chat pastes and link notes', () => {
  it('reads an IRC log: bot lines give title and outlet, chat and joins are boilerplate', () => {
    const text = [
      '--- Day changed Thu Dec 03 2026',
      '[07:58] -!- relay [~r@192.0.2.1] has joined #desk',
      '[08:01] <relay> [Reuters] Malaysia lifts Islamic bank limit - https://example.com/a',
      '[08:03] <maria> anyone around?',
      '[08:04] <relay> [BBC News] Hendrix guitar fetches £100,000 - https://example.com/b',
      '[08:05] <maria> Nice one'
    ].join('\n')
    const dump = splitDump(text)
    expect(dump.layout).toBe('link-list')
    expect(read(text)).toEqual([
      ['Malaysia lifts Islamic bank limit', 'Reuters', null, 0],
      ['Hendrix guitar fetches £100,000', 'BBC News', null, 0]
    ])
    expect(dump.articles[0]!.provenance).toEqual({rule: 'chat', header: '[outlet] headline', template: '[time] <sender> body'})
    // The article is the bot's whole line; the chat around it is boilerplate.
    expect(text.slice(dump.articles[0]!.span.start, dump.articles[0]!.span.end)).toBe('[08:01] <relay> [Reuters] Malaysia lifts Islamic bank limit - https://example.com/a')
    expectPartition(dump, text.length)
  })

  it('reads heads on lines of their own: the head is the first share’s header, lead-ins and reactions boilerplate', () => {
    const text = [
      '#desk',
      'Ana Souza  9:14 AM',
      'Morning picks:',
      'Latin America sees strong growth | Financial Times',
      'Market unfazed by Aurora setback | The Guardian',
      '👍 2',
      'Kofi Mensah  9:20 AM',
      'fine by me',
      'Kofi Mensah  9:31 AM',
      'Slim PlayStation triples sales | Eurogamer'
    ].join('\n')
    const dump = splitDump(text)
    expect(read(text)).toEqual([
      ['Latin America sees strong growth', 'Financial Times', null, 0],
      ['Market unfazed by Aurora setback', 'The Guardian', null, 0],
      ['Slim PlayStation triples sales', 'Eurogamer', null, 0]
    ])
    const first = dump.articles[0]!
    expect(text.slice(first.span.start, first.span.end)).toBe('Ana Souza  9:14 AM\nMorning picks:\nLatin America sees strong growth | Financial Times')
    // The lead-in inside the span is the article's boilerplate.
    expect(first.boilerplate.map((span) => text.slice(span.start, span.end))).toEqual(['Morning picks:'])
    expect(text.slice(dump.articles[2]!.span.start, dump.articles[2]!.span.end)).toBe('Kofi Mensah  9:31 AM\nSlim PlayStation triples sales | Eurogamer')
    expectPartition(dump, text.length)
  })

  it('reads Org and Markdown link notes: link text is the title, the tail the outlet and date', () => {
    const org = ['#+TITLE: Reading', '* 2026-12-03 Thu', '- [[https://example.com/a][Krispy Kreme shares hit]] (Reuters)', '- [ ] [[https://example.com/b][Camera phones are must-haves]] (BBC News)'].join('\n')
    expect(read(org)).toEqual([
      ['Krispy Kreme shares hit', 'Reuters', null, 0],
      ['Camera phones are must-haves', 'BBC News', null, 0]
    ])
    const markdown = ['# Links', '', '- [Krispy Kreme shares hit](https://example.com/a) — Reuters, 2 Dec', '- [Camera phones are must-haves](https://example.com/b) — BBC News, 1 Dec'].join('\n')
    expect(read(markdown)).toEqual([
      ['Krispy Kreme shares hit', 'Reuters', '2 Dec', 0],
      ['Camera phones are must-haves', 'BBC News', '1 Dec', 0]
    ])
    expectPartition(splitDump(markdown), markdown.length)
  })

  it('takes an unknown tail as the outlet only when most shares print one, and never the message time as published', () => {
    const text = ['[2026-12-03 07:40] Lena: Junk e-mails on relentless rise - Chirac https://example.com/a', '[2026-12-03 07:41] Lena: Games firms face tough future https://example.com/b', '[2026-12-03 07:42] Lena: Robotic pods take on car design https://example.com/c'].join('\n')
    expect(read(text)).toEqual([
      ['Junk e-mails on relentless rise - Chirac', null, null, 0],
      ['Games firms face tough future', null, null, 0],
      ['Robotic pods take on car design', null, null, 0]
    ])
  })

  it('reads a channel of digest posts whose time follows each post, and leaves a table with a time column alone', () => {
    const text = [
      'Desk Briefs',
      'Channel · 1.2K followers',
      '*Evening wrap*',
      '▪️ Malaysia lifts Islamic bank limit — _Reuters_',
      '▪️ Latin America sees strong growth — _Financial Times_',
      '18:42',
      '▪️ Market unfazed by Aurora setback — _The Guardian_',
      '▪️ Hendrix guitar fetches £100,000 — _BBC News_',
      '21:05'
    ].join('\n')
    const dump = splitDump(text)
    expect(read(text)).toEqual([
      ['Malaysia lifts Islamic bank limit', 'Reuters', null, 0],
      ['Latin America sees strong growth', 'Financial Times', null, 0],
      ['Market unfazed by Aurora setback', 'The Guardian', null, 0],
      ['Hendrix guitar fetches £100,000', 'BBC News', null, 0]
    ])
    expect(dump.articles[0]!.provenance.template).toBe('body / time')
    expectPartition(dump, text.length)
    const table = ['146\t25\t08:31\tMalaysia lifts Islamic bank limit (reuters.com)', '11:02', '97\t7\t10:40\tLatin America sees strong growth (ft.com)', '10:15', '88\t3\t10:02\tMarket unfazed by Aurora setback (theguardian.com)'].join('\n')
    expect(splitDump(table).articles.map((article) => article.provenance.rule)).not.toContain('chat')
  })

  it('leaves an article page with a dateline and clock times in its prose to the other rules', () => {
    const text = [
      'World',
      'Fed holds rates steady as inflation cools',
      'By Jane Doe, Reuters',
      'Updated 9:14 AM EST, Wed December 3, 2026',
      'WASHINGTON, Dec 3 (Reuters) - The Federal Reserve held rates steady on Wednesday, its chair said at 2:30 p.m. after a two-day meeting.',
      'Markets: stocks rose at 10:05 and bonds were flat into the close at 16:00, traders said.',
      'Reporting by Jane Doe: editing by John Roe at 11:20.'
    ].join('\n')
    const dump = splitDump(text)
    expect(dump.articles.map((article) => article.provenance.rule)).not.toContain('chat')
    expect(dump.articles[0]!.title).toBe('Fed holds rates steady as inflation cools')
  })

  it('does not read a list of times and names with no shared item as a chat', () => {
    const text = ['Schedule', 'Ana Souza  9:14 AM', 'Welcome and coffee', 'Kofi Mensah  9:30 AM', 'Opening remarks'].join('\n')
    expect(splitDump(text).articles.map((article) => article.provenance.rule)).not.toContain('chat')
  })
})
