// The cheap paths of the outlet normaliser (a scan before the separator
// split, the last word before the suffix and syndication rules, one bracket
// looked up without a table, hostnames read without splitting, slugs of plain
// names without folding) must answer as the general code does. Expected
// values are worked out by hand from the rules in docs/outlets.md.
import {describe, expect, test} from 'vitest'
import {isDomainName, registrableDomain} from '../src/outlet/hostname.js'
import {matchOutlet} from '../src/outlet/normalize-outlet.js'
import {outletSlug} from '../src/outlet/outlet-key.js'

describe('separators', () => {
  test('a spaced dash or slash splits; a dash inside a word does not', () => {
    expect(matchOutlet('Reuters - World news')).toMatchObject({outlet: {id: 'reuters'}, rule: 'separator'})
    expect(matchOutlet('World news / Reuters')).toMatchObject({outlet: {id: 'reuters'}, rule: 'separator'})
    expect(matchOutlet('Jean-Pierre Gazette')).toMatchObject({outlet: {id: 'jean-pierre-gazette', name: 'Jean-Pierre Gazette', known: false}, rule: 'cleaned'})
    expect(matchOutlet('Left/Right Gazette').outlet).toMatchObject({id: 'left-right-gazette', known: false})
  })

  test('every separator character splits', () => {
    for (const separator of ['|', '•', '·', '¦', '–', '—']) {
      expect(matchOutlet(`World news ${separator} Reuters`), separator).toMatchObject({outlet: {id: 'reuters'}, rule: 'separator'})
    }
  })
})

describe('suffixes and syndication', () => {
  test('read only when the last word can end one', () => {
    expect(matchOutlet('Reuters Staff')).toMatchObject({outlet: {id: 'reuters'}, rule: 'suffix'})
    expect(matchOutlet('Reuters staff writers')).toMatchObject({outlet: {id: 'reuters'}, rule: 'suffix'})
    expect(matchOutlet('The Independent on MSN')).toMatchObject({outlet: {id: 'the-independent'}, rule: 'syndication'})
    expect(matchOutlet('Reuters via Yahoo News')).toMatchObject({outlet: {id: 'reuters'}, rule: 'syndication'})
    // `Staffers` ends no suffix: the name stays whole.
    expect(matchOutlet('Reuters Staffers')).toMatchObject({outlet: {id: 'reuters-staffers', known: false}, rule: 'cleaned'})
  })
})

describe('brackets', () => {
  test('a trailing bracket is paired as the whole text pairs it', () => {
    expect(matchOutlet('REUTERS (blog)')).toMatchObject({outlet: {id: 'reuters'}, rule: 'parenthetical'})
    // The `)` closes `(blog`, not the `[` before it: `(blog)` is the
    // qualifier, and `Reuters [x` (its `[` unmatched, inside the name) is no
    // known outlet.
    expect(matchOutlet('Reuters [x (blog)')).toMatchObject({outlet: {id: 'reuters-x', name: 'Reuters [x', known: false}, rule: 'parenthetical'})
    // Brackets around everything, nested: unwrapped one pair at a time.
    expect(matchOutlet('((Reuters) (blog))')).toMatchObject({outlet: {id: 'reuters'}, rule: 'parenthetical'})
    // An unmatched closer at the end is dropped.
    expect(matchOutlet('Reuters)').outlet).toMatchObject({id: 'reuters'})
  })
})

describe('hostnames', () => {
  test('isDomainName: labels of a-z, 0-9 and inner hyphens, a last label not all digits', () => {
    expect(isDomainName('123.example')).toBe(true)
    expect(isDomainName('a-b.example')).toBe(true)
    expect(isDomainName('a-.com')).toBe(false)
    expect(isDomainName('-a.com')).toBe(false)
    expect(isDomainName('example.123')).toBe(false)
    expect(isDomainName('a..b')).toBe(false)
    expect(isDomainName('a.b.')).toBe(false)
    expect(isDomainName('Example.com')).toBe(false)
    expect(isDomainName('com')).toBe(false)
    expect(isDomainName(`${'a'.repeat(64)}.com`)).toBe(false)
    expect(isDomainName(`${'a'.repeat(63)}.com`)).toBe(true)
  })

  test('registrableDomain: two labels, three under a country second level', () => {
    expect(registrableDomain('edition.cnn.com')).toBe('cnn.com')
    expect(registrableDomain('a.b.news.co.uk')).toBe('news.co.uk')
    expect(registrableDomain('news.com.au')).toBe('news.com.au')
    expect(registrableDomain('cnn.com')).toBe('cnn.com')
    // Malformed hosts keep what a split and join would keep.
    expect(registrableDomain('.co.uk')).toBe('.co.uk')
    expect(registrableDomain('x..com')).toBe('.com')
  })
})

describe('slugs', () => {
  test('plain names, and names that need folding', () => {
    expect(outletSlug('Unknown Gazette 7')).toBe('unknown-gazette-7')
    expect(outletSlug('U.S. News Today')).toBe('us-news-today')
    expect(outletSlug('Foo & Bar')).toBe('foo-and-bar')
    expect(outletSlug('Le Télégramme')).toBe('le-telegramme')
  })
})
