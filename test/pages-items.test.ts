import {describe, expect, it} from 'vitest'
import {splitDump} from '../src/index.js'

/** Title, outlet, published, byline and paragraph count of each article: what a reader checks. */
function read(text: string): Array<[string, string | null, string | null, string | null, number]> {
  return splitDump(text).articles.map((article) => [article.title, article.outlet?.raw ?? null, article.published?.raw ?? null, article.byline, article.paragraphs.length])
}

describe('item rule: shapes of link aggregators, feed readers and section pages', () => {
  it('keeps a Techmeme excerpt as the first paragraph, reads `Outlet:` alone and drops `More:` lists', () => {
    const text = [
      'Techmeme',
      'Sponsor',
      'Top News',
      '',
      'Jane Doe / The Verge:',
      'Acme unveils a folding phone with a larger hinge  —  Acme said the phone folds twice and costs more than a laptop.',
      'More: Engadget, CNET and 9to5Google',
      'X: @janedoe, @mims',
      '',
      'Semafor:',
      'Regulators open a probe into the streaming merger  —  Officials will examine whether the deal harms competition.',
      'Discussion: Hacker News',
      '',
      'John Roe / Bloomberg:',
      'Chipmaker raises forecast on data center demand  —  The company said revenue would rise by a third next quarter.',
      ''
    ].join('\n')
    // The `Sponsor` menu link stands far above the first item: it marks no ad.
    expect(read(text)).toEqual([
      ['Acme unveils a folding phone with a larger hinge', 'The Verge', null, 'Jane Doe', 1],
      ['Regulators open a probe into the streaming merger', 'Semafor', null, null, 1],
      ['Chipmaker raises forecast on data center demand', 'Bloomberg', null, 'John Roe', 1]
    ])
    expect(splitDump(text).articles[0]!.paragraphs[0]).toBe('Acme said the phone folds twice and costs more than a laptop.')
  })

  it('still drops an item right under an ad marker', () => {
    const text = [
      'Jane Doe / The Verge:',
      'Acme unveils a folding phone with a larger hinge  —  Acme said the phone folds twice.',
      '',
      'Sponsor Posts',
      'Vanta:',
      'Automate compliance for SOC 2 and ISO 27001  —  Get audit-ready in weeks, not months.',
      '',
      'John Roe / Bloomberg:',
      'Chipmaker raises forecast on data center demand  —  Revenue would rise by a third.',
      ''
    ].join('\n')
    expect(read(text).map((row) => row[0])).toEqual(['Acme unveils a folding phone with a larger hinge', 'Chipmaker raises forecast on data center demand'])
  })

  it('reads a headline printed twice in a row as one item, a hero printed again after a body as two', () => {
    const text = [
      'Flooding forces thousands from homes',
      'Flooding forces thousands from homes',
      'Heavy rain caused rivers to burst their banks across the north of the country overnight.',
      '2 hours ago',
      'Central bank holds rates steady',
      'Central bank holds rates steady',
      'The bank said inflation was easing but warned that risks remained.',
      '3 hours ago',
      'Flooding forces thousands from homes',
      'Heavy rain caused rivers to burst their banks across the north of the country overnight.',
      '5 hours ago',
      ''
    ].join('\n')
    expect(read(text)).toEqual([
      ['Flooding forces thousands from homes', null, '2 hours ago', null, 1],
      ['Central bank holds rates steady', null, '3 hours ago', null, 1],
      ['Flooding forces thousands from homes', null, '5 hours ago', null, 1]
    ])
  })

  it('gives a feed name printed once above its posts to every post under it', () => {
    const text = [
      'Mark all as read',
      'BBC News',
      'Flooding forces thousands from homes',
      'Heavy rain caused rivers to burst their banks across the north of the country overnight.',
      '2h',
      'Central bank holds rates steady',
      'The bank said inflation was easing but warned that risks remained.',
      '3h',
      'Ars Technica',
      'New chip design promises lower power use',
      'Engineers say the design cuts energy use by a fifth in laboratory tests.',
      '5h',
      'Regulators open a probe into streaming merger',
      'Officials will examine whether the deal harms competition in the market.',
      '6h',
      ''
    ].join('\n')
    expect(read(text)).toEqual([
      ['Flooding forces thousands from homes', 'BBC News', '2h', null, 1],
      ['Central bank holds rates steady', 'BBC News', '3h', null, 1],
      ['New chip design promises lower power use', 'Ars Technica', '5h', null, 1],
      ['Regulators open a probe into streaming merger', 'Ars Technica', '6h', null, 1]
    ])
  })

  it('does not pass an outlet on when every item prints its own', () => {
    const text = ['Reuters', 'Flooding forces thousands from homes', '2 hours ago', '', 'The Guardian', 'Central bank holds rates steady', '3 hours ago', '', 'Regulators open a probe into streaming merger', '5 hours ago', ''].join('\n')
    // Two of three items print an outlet (more than the share a group heading leaves): the third has none.
    expect(read(text).map((row) => row[1])).toEqual(['Reuters', 'The Guardian', null])
  })

  it('reads Lobsters `authored by` lines as the item time, no byline', () => {
    const text = ['12', 'Hidden costs of the new compiler backend', 'via alice 3 hours ago | 5 comments', '31', 'A history of the terminal escape sequence', 'authored by carol 7 hours ago | 22 comments', ''].join('\n')
    expect(read(text)).toEqual([
      ['Hidden costs of the new compiler backend', null, '3 hours ago', null, 0],
      ['A history of the terminal escape sequence', null, '7 hours ago', null, 0]
    ])
  })
})
