import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {isHostname, registrableDomain} from '../src/outlet/hostname.js'
import {matchOutlet, normalizeOutlet} from '../src/outlet/normalize-outlet.js'
import {outletKey, outletSlug} from '../src/outlet/outlet-key.js'
import {aliasKey, createOutletRegistry, getDefaultOutletRegistry, type OutletRecord} from '../src/outlet/registry.js'
import {recordsFromData, sourcesFromTags, type RegistryTuple} from '../src/outlet/registry-data.js'
import registryData from '../src/outlet/registry.json' with {type: 'json'}
import registrySources from '../src/outlet/registry-sources.json' with {type: 'json'}
import editionQualifiers from '../src/outlet/edition-qualifiers.json' with {type: 'json'}
import places from '../src/outlet/places.json' with {type: 'json'}
import type {Outlet, OutletEntry} from '../src/types.js'

const data: readonly OutletRecord[] = recordsFromData(registryData as RegistryTuple[])
/** The names and aliases that are lookup keys of an entry. */
const keyedTexts = (entry: OutletRecord) => (entry.nameKey === false ? entry.aliases : [entry.name, ...entry.aliases])

test('surface', async () => {
  expect(Object.keys(await import('../src/outlet/normalize-outlet.js')).sort()).toEqual([
    'MAX_OUTLET_LENGTH',
    'matchKnownOutlet',
    'matchOutlet',
    'mayMatchWhole',
    'normalizeOutlet'
  ])
  expect(Object.keys(await import('../src/outlet/registry.js')).sort()).toEqual([
    'aliasKey',
    'createOutletRegistry',
    'getDefaultOutletRegistry',
    'isOutletRegistry',
    'registryFromRecords'
  ])
  expect(Object.keys(await import('../src/outlet/outlet-key.js')).sort()).toEqual(['outletKey', 'outletSlug'])
})

/** Input → expected id. */
function expectIds(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [input, id] of cases) {
    const outlet = normalizeOutlet(input)
    expect({input, id: outlet.id, known: outlet.known}).toEqual({input, id, known: true})
  }
}

describe('normalizeOutlet: known outlets', () => {
  test('a known outlet gives its registry entry and the raw text', () => {
    expect(normalizeOutlet('- Reuters')).toEqual({
      id: 'reuters',
      name: 'Reuters',
      domain: 'reuters.com',
      known: true,
      raw: '- Reuters'
    })
    expect(normalizeOutlet('The Guardian')).toEqual({
      id: 'the-guardian',
      name: 'The Guardian',
      domain: 'theguardian.com',
      known: true,
      raw: 'The Guardian'
    })
    expect(normalizeOutlet(' sbs ')).toEqual({
      id: 'sbs-australia',
      name: 'SBS Australia',
      domain: 'sbs.com.au',
      known: true,
      raw: ' sbs '
    })
  })

  test('the outlets of the seeds', () => {
    expectIds([
      ['Times', 'the-times'],
      ['- Times', 'the-times'],
      ['The Guardian', 'the-guardian'],
      ['- The Guardian', 'the-guardian'],
      ['Reuters', 'reuters'],
      ['Daily Mail', 'daily-mail'],
      ['The Independent', 'the-independent'],
      ['SBS Australia', 'sbs-australia'],
      ['- SBS Australia', 'sbs-australia'],
      ['News.com.au', 'news-com-au'],
      ['- News.com.au', 'news-com-au'],
      ['AAP', 'aap']
    ])
  })

  test('header forms', () => {
    expectIds([
      ['- Reuters', 'reuters'],
      ['– Reuters', 'reuters'],
      ['— Reuters —', 'reuters'],
      ['(Reuters)', 'reuters'],
      ['[Reuters]', 'reuters'],
      ['((Reuters))', 'reuters'],
      ['By Jane Doe | Reuters', 'reuters'],
      ['By Jane Doe, Reuters', 'reuters'],
      ['by Jane Doe and John Roe, Reuters', 'reuters'],
      ['By Jane Doe for The Guardian', 'the-guardian'],
      ['By Reuters', 'reuters'],
      ['Via Reuters', 'reuters'],
      ['Source: AAP', 'aap'],
      ['Reuters | By Jane Doe', 'reuters'],
      ['Russia, Ukraine discuss more POW swaps | Reuters', 'reuters'],
      ['Jane Doe, Reuters', 'reuters'],
      ['Reuters India', 'reuters'],
      ['The Huffington Post (blog)', 'huffpost'],
      ['Huffington Post (press release)', 'huffpost'],
      ['Reuters (UK)', 'reuters'],
      ['REUTERS', 'reuters'],
      ['reuters', 'reuters'],
      ['rEuTeRs', 'reuters'],
      ['  Reuters  ', 'reuters'],
      ['"Reuters"', 'reuters'],
      ['“Reuters”', 'reuters'],
      ["'Reuters'", 'reuters'],
      ['Reuters.', 'reuters'],
      ['Reuters:', 'reuters'],
      ['• Reuters', 'reuters'],
      ['@Reuters', 'reuters'],
      ['\uFEFFReuters\r\n', 'reuters'],
      ['Reuters\u00A0', 'reuters'],
      ['The  \t Guardian', 'the-guardian'],
      ['Reuters.com', 'reuters'],
      ['REUTERS.COM', 'reuters'],
      ['Reuters Staff', 'reuters'],
      ['The Independent on MSN', 'the-independent'],
      ['Reuters via Yahoo News', 'reuters'],
      ['Al-Jazeera', 'al-jazeera'],
      ['RTE', 'rte'],
      ['RTÉ', 'rte'],
      ['rté news', 'rte'],
      ['Mail and Guardian', 'mail-and-guardian'],
      ['M&G', 'mail-and-guardian'],
      ["Barron's", 'barrons'],
      ['Barrons', 'barrons'],
      ['RFE/RL', 'rferl'],
      ['U.S. News & World Report', 'us-news'],
      ['Українська правда', 'ukrainska-pravda']
    ])
  })

  test('the aliases asked for', () => {
    expectIds([
      ['Guardian', 'the-guardian'],
      ['theguardian.com', 'the-guardian'],
      ['guardian.co.uk', 'the-guardian'],
      ['The Guardian UK', 'the-guardian'],
      ['Guardian News', 'the-guardian'],
      ['Thomson Reuters', 'reuters'],
      ['reuters.com', 'reuters'],
      ['Reuters India', 'reuters'],
      ['in.reuters.com', 'reuters'],
      ['uk.reuters.com', 'reuters'],
      ['Associated Press', 'associated-press'],
      ['AP', 'associated-press'],
      ['AP News', 'associated-press'],
      ['apnews.com', 'associated-press'],
      ['The Associated Press', 'associated-press'],
      ['AFP', 'afp'],
      ['Agence France-Presse', 'afp'],
      ['Agence France Presse', 'afp'],
      ['afp.com', 'afp'],
      ['AAP', 'aap'],
      ['Australian Associated Press', 'aap'],
      ['SBS', 'sbs-australia'],
      ['SBS News', 'sbs-australia'],
      ['sbs.com.au', 'sbs-australia'],
      ['news.com.au', 'news-com-au'],
      ['The Times', 'the-times'],
      ['thetimes.co.uk', 'the-times'],
      ['The Times UK', 'the-times'],
      ['Daily Mail', 'daily-mail'],
      ['MailOnline', 'daily-mail'],
      ['Mail Online', 'daily-mail'],
      ['dailymail.co.uk', 'daily-mail'],
      ['The Daily Mail', 'daily-mail'],
      ['Independent', 'the-independent'],
      ['independent.co.uk', 'the-independent'],
      ['Kyiv Independent', 'kyiv-independent'],
      ['The Kyiv Independent', 'kyiv-independent'],
      ['kyivindependent.com', 'kyiv-independent'],
      ['Irish Independent', 'irish-independent'],
      ['BBC News', 'bbc-news'],
      ['BBC', 'bbc-news'],
      ['bbc.co.uk', 'bbc-news'],
      ['bbc.com', 'bbc-news'],
      ['CNN', 'cnn'],
      ['Al Jazeera', 'al-jazeera'],
      ['Al Jazeera English', 'al-jazeera'],
      ['aljazeera.com', 'al-jazeera'],
      ['Bloomberg', 'bloomberg'],
      ['NYT', 'new-york-times'],
      ['New York Times', 'new-york-times'],
      ['Washington Post', 'washington-post'],
      ['WSJ', 'wall-street-journal'],
      ['FT', 'financial-times'],
      ['The Economist', 'the-economist'],
      ['Politico', 'politico'],
      ['Axios', 'axios'],
      ['NPR', 'npr'],
      ['Fox News', 'fox-news'],
      ['NBC', 'nbc-news'],
      ['CBS', 'cbs-news'],
      ['ABC News', 'abc-news'],
      ['abcnews.go.com', 'abc-news'],
      ['ABC', 'abc-australia'],
      ['ABC News (Australia)', 'abc-australia'],
      ['abc.net.au', 'abc-australia'],
      ['Sky News', 'sky-news'],
      ['The Telegraph', 'the-telegraph'],
      ['The Mirror', 'the-mirror'],
      ['The Sun', 'the-sun'],
      ['Evening Standard', 'evening-standard'],
      ['Huffington Post', 'huffpost'],
      ['HuffPost', 'huffpost'],
      ['Yahoo News', 'yahoo-news'],
      ['MSN', 'msn'],
      ['Newsweek', 'newsweek'],
      ['Time', 'time'],
      ['USA Today', 'usa-today'],
      ['LA Times', 'los-angeles-times'],
      ['Chicago Tribune', 'chicago-tribune'],
      ['Boston Globe', 'boston-globe'],
      ['Kyiv Post', 'kyiv-post'],
      ['Ukrainska Pravda', 'ukrainska-pravda'],
      ['Ukrinform', 'ukrinform'],
      ['TASS', 'tass'],
      ['RIA Novosti', 'ria-novosti'],
      ['Interfax', 'interfax'],
      ['Xinhua', 'xinhua'],
      ['Kyodo', 'kyodo'],
      ['Yonhap', 'yonhap'],
      ['DPA', 'dpa'],
      ['ANSA', 'ansa'],
      ['EFE', 'efe'],
      ['PTI', 'pti'],
      ['IANS', 'ians'],
      ['ANI', 'ani'],
      ['UPI', 'upi'],
      ['CNBC', 'cnbc'],
      ['Deutsche Welle', 'deutsche-welle'],
      ['DW', 'deutsche-welle'],
      ['France 24', 'france-24'],
      ['Euronews', 'euronews'],
      ['RFE/RL', 'rferl'],
      ['Meduza', 'meduza'],
      ['Moscow Times', 'moscow-times'],
      ['Times of India', 'times-of-india'],
      ['Hindustan Times', 'hindustan-times'],
      ['The Hindu', 'the-hindu'],
      ['NDTV', 'ndtv'],
      ['Indian Express', 'indian-express'],
      ['Irish Times', 'irish-times'],
      ['RTÉ', 'rte'],
      ['NZ Herald', 'nz-herald'],
      ['nzherald.co.nz', 'nz-herald'],
      ['Stuff', 'stuff'],
      ['RNZ', 'rnz'],
      ['News24', 'news24'],
      ['Daily Maverick', 'daily-maverick'],
      ['Mail & Guardian', 'mail-and-guardian'],
      ['Sydney Morning Herald', 'sydney-morning-herald'],
      ['The Age', 'the-age'],
      ['The Australian', 'the-australian'],
      ['9News', 'nine-news'],
      ['7NEWS', 'seven-news'],
      ['CBC', 'cbc-news'],
      ['CTV', 'ctv-news'],
      ['Globe and Mail', 'globe-and-mail'],
      ['Toronto Star', 'toronto-star'],
      ['National Post', 'national-post'],
      ['Global News', 'global-news']
    ])
  })

  test('lookalike names go to the right outlet', () => {
    expectIds([
      ['Independent', 'the-independent'],
      ['The Independent', 'the-independent'],
      ['Kyiv Independent', 'kyiv-independent'],
      ['Irish Independent', 'irish-independent'],
      ['Independent Online', 'iol'],
      ['Times', 'the-times'],
      ['Time', 'time'],
      ['Financial Times', 'financial-times'],
      ['New York Times', 'new-york-times'],
      ['Sunday Times', 'the-times'],
      ['ABC', 'abc-australia'],
      ['ABC News', 'abc-news'],
      ['ABC News Australia', 'abc-australia'],
      ['Telegraph', 'the-telegraph'],
      ['Daily Telegraph', 'daily-telegraph-australia'],
      ['Belfast Telegraph', 'belfast-telegraph'],
      ['Sky News', 'sky-news'],
      ['Sky News Australia', 'sky-news-australia'],
      ['The Week', 'the-week'],
      ['The Week India', 'the-week-india'],
      ['Guardian', 'the-guardian'],
      ['Guardian Nigeria', 'the-guardian-nigeria'],
      ['Mail & Guardian', 'mail-and-guardian']
    ])
  })
})

describe('normalizeOutlet: URLs and hostnames', () => {
  test('a URL gives the outlet of its host', () => {
    expect(normalizeOutlet('https://www.theguardian.com/world/2025/jul/23/gaza-aid')).toEqual({
      id: 'the-guardian',
      name: 'The Guardian',
      domain: 'theguardian.com',
      known: true,
      raw: 'https://www.theguardian.com/world/2025/jul/23/gaza-aid'
    })
  })

  test('hosts are looked up down to their registrable domain', () => {
    expectIds([
      ['in.reuters.com', 'reuters'],
      ['https://in.reuters.com/article/x', 'reuters'],
      ['edition.cnn.com', 'cnn'],
      ['https://edition.cnn.com/2025/07/23/world/x/index.html', 'cnn'],
      ['www.bbc.co.uk/news/articles/c0000', 'bbc-news'],
      ['https://m.bbc.com/news', 'bbc-news'],
      ['amp.theguardian.com', 'the-guardian'],
      ['http://www.nzherald.co.nz/nz/story?id=1', 'nz-herald'],
      ['https://www.abc.net.au/news/2025-07-23/x/105000000', 'abc-australia'],
      ['abcnews.go.com/International/x', 'abc-news'],
      ['https://timesofindia.indiatimes.com/world/x.cms', 'times-of-india'],
      ['https://economictimes.indiatimes.com/news/x.cms', 'economic-times'],
      ['https://finance.yahoo.com/news/x.html', 'yahoo-finance'],
      ['https://uk.news.yahoo.com/x.html', 'yahoo-news'],
      ['https://www.sbs.com.au/news/article/x', 'sbs-australia'],
      ['HTTPS://WWW.REUTERS.COM/world/', 'reuters'],
      ['//www.reuters.com/world', 'reuters'],
      ['https://user@www.reuters.com:443/world?x=1#y', 'reuters'],
      ['news.sky.com', 'sky-news'],
      ['<https://www.reuters.com/world>', 'reuters']
    ])
  })

  test('an unknown URL or hostname keeps its host; `domain` is the registrable domain', () => {
    expect(normalizeOutlet('https://news.example.co.uk/a/b')).toEqual({
      id: 'news-example-co-uk',
      name: 'news.example.co.uk',
      domain: 'example.co.uk',
      known: false,
      raw: 'https://news.example.co.uk/a/b'
    })
    expect(normalizeOutlet('www.foonews.com')).toEqual({
      id: 'foonews-com',
      name: 'foonews.com',
      domain: 'foonews.com',
      known: false,
      raw: 'www.foonews.com'
    })
    expect(normalizeOutlet('Blog.Example.COM')).toEqual({
      id: 'blog-example-com',
      name: 'blog.example.com',
      domain: 'example.com',
      known: false,
      raw: 'Blog.Example.COM'
    })
  })

  test('dotted words that are not hostnames stay names', () => {
    expect(normalizeOutlet('St.Kilda Gazette').domain).toBe(null)
    expect(normalizeOutlet('St.Kilda')).toEqual({id: 'stkilda', name: 'St.Kilda', domain: null, known: false, raw: 'St.Kilda'})
    expect(normalizeOutlet('U.S.')).toEqual({id: 'us', name: 'U.S', domain: null, known: false, raw: 'U.S.'})
  })

  test('registrableDomain', () => {
    expect(registrableDomain('edition.cnn.com')).toBe('cnn.com')
    expect(registrableDomain('www.nzherald.co.nz')).toBe('nzherald.co.nz')
    expect(registrableDomain('news.com.au')).toBe('news.com.au')
    expect(registrableDomain('www.abc.net.au')).toBe('abc.net.au')
    expect(registrableDomain('abcnews.go.com')).toBe('go.com')
    expect(registrableDomain('en.yna.co.kr')).toBe('yna.co.kr')
    expect(registrableDomain('www3.nhk.or.jp')).toBe('nhk.or.jp')
    expect(registrableDomain('cnn.com')).toBe('cnn.com')
  })
})

describe('normalizeOutlet: unknown outlets', () => {
  test('are cleaned, with a slug id and no domain', () => {
    expect(normalizeOutlet('- Foo News ')).toEqual({
      id: 'foo-news',
      name: 'Foo News',
      domain: null,
      known: false,
      raw: '- Foo News '
    })
    expect(normalizeOutlet('(The Foo Herald)')).toEqual({
      id: 'the-foo-herald',
      name: 'The Foo Herald',
      domain: null,
      known: false,
      raw: '(The Foo Herald)'
    })
    expect(normalizeOutlet('  “Foo   Daily” ')).toEqual({
      id: 'foo-daily',
      name: 'Foo Daily',
      domain: null,
      known: false,
      raw: '  “Foo   Daily” '
    })
  })

  test('lose bylines, separators and qualifiers, keep the rest', () => {
    const names: Array<[string, string]> = [
      ['By Jane Doe | Foo Daily', 'Foo Daily'],
      ['By Jane Doe, Foo Daily', 'Foo Daily'],
      ['Foo Daily | By Jane Doe', 'Foo Daily'],
      ['Foo Daily (blog)', 'Foo Daily'],
      ['Foo Daily (Bar)', 'Foo Daily (Bar)'],
      ['Foo Daily on MSN', 'Foo Daily'],
      ['Foo Daily Staff', 'Foo Daily Staff'],
      ['Foo, Bar', 'Foo, Bar'],
      ['Föö Nëws', 'Föö Nëws'],
      ['- Five killed in strikes -', 'Five killed in strikes']
    ]
    for (const [input, name] of names) {
      expect({input, name: normalizeOutlet(input).name, known: normalizeOutlet(input).known}).toEqual({
        input,
        name,
        known: false
      })
    }

    expect(normalizeOutlet('Föö Nëws').id).toBe('foo-news')
    expect(normalizeOutlet('Foo Daily (Bar)').id).toBe('foo-daily-bar')
  })

  test('empty or punctuation-only text gives the empty outlet', () => {
    for (const raw of ['', ' ', '\n\t', ' - ', '—', '()', '"" ', '|', '...']) {
      expect(normalizeOutlet(raw)).toEqual({id: '', name: '', domain: null, known: false, raw})
    }
  })

  test('names without letters or digits get a hashed id', () => {
    const outlet = normalizeOutlet('★★★')
    expect(outlet.name).toBe('★★★')
    expect(outlet.id).toMatch(/^outlet-[\da-f]{8}$/)
    expect(normalizeOutlet('★★★').id).toBe(outlet.id)
  })
})

describe('matchOutlet', () => {
  test('names the rule that read the text', () => {
    const rules: Array<[string, string]> = [
      ['Reuters', 'exact'],
      ['- Reuters', 'exact'],
      ['in.reuters.com', 'hostname'],
      ['By Jane Doe, Reuters', 'byline'],
      ['Headline | Reuters', 'separator'],
      ['The Huffington Post (blog)', 'parenthetical'],
      ['The Independent on MSN', 'syndication'],
      ['Reuters Staff', 'suffix'],
      ['Jane Doe, Reuters', 'comma'],
      ['Foo News', 'cleaned'],
      [' - ', 'empty']
    ]
    for (const [input, rule] of rules) {
      expect({input, rule: matchOutlet(input).rule}).toEqual({input, rule})
    }
  })
})

describe('idempotence', () => {
  const inputs = [
    ...data.flatMap((entry) => [entry.name, ...entry.aliases, `- ${entry.name}`, `By Jane Doe | ${entry.name}`]),
    '- Foo News ',
    'By Jane Doe, Foo Daily',
    'Foo Daily (blog)',
    'Foo Daily (Bar)',
    'https://news.example.co.uk/a',
    'Föö Nëws',
    '★★★',
    '- Five killed in strikes -',
    'A (x | y)',
    'By By Foo',
    ''
  ]

  test('normalising the name of a result gives the same id', () => {
    for (const input of inputs) {
      const once = normalizeOutlet(input)
      const twice = normalizeOutlet(once.name)
      expect({input, id: twice.id, name: twice.name}).toEqual({input, id: once.id, name: once.name})
    }
  })

  test('every registry name and alias finds its own entry', () => {
    for (const entry of data) {
      for (const text of keyedTexts(entry)) {
        expect({text, id: normalizeOutlet(text).id}).toEqual({text, id: entry.id})
      }

      if (entry.domain !== null && entry.domainKey !== false) {
        expect({domain: entry.domain, known: normalizeOutlet(entry.domain).known}).toEqual({
          domain: entry.domain,
          known: true
        })
      }
    }
  })
})

describe('the registry data', () => {
  test('has at least 320 outlets', () => {
    expect(data.length).toBeGreaterThanOrEqual(320)
    expect(getDefaultOutletRegistry().entries.length).toBe(data.length)
  })

  test('entries have the fields of `OutletEntry`, their editions and their key flags, and their sources beside them', () => {
    const fields = ['id', 'name', 'domain', 'aliases', 'country', 'editions', 'nameKey', 'domainKey']
    const sourcesOf = registrySources as Record<string, string>
    const editionCodes = new Set(['*', ...Object.keys(places.countries), ...Object.keys(editionQualifiers.regions)])
    for (const entry of data) {
      const keys = Object.keys(entry)
      expect(keys.slice(0, 4)).toEqual(['id', 'name', 'domain', 'aliases'])
      expect(keys.filter((key) => !fields.includes(key))).toEqual([])
      expect(typeof entry.name).toBe('string')
      expect(Array.isArray(entry.aliases)).toBe(true)
      if (entry.country !== undefined) expect(entry.country).toMatch(/^[a-z]{2}$/)
      // An edition is a country of places.json, a region or language of edition-qualifiers.json, or `*`.
      for (const code of entry.editions ?? []) expect(editionCodes.has(code), `${entry.id}: ${code}`).toBe(true)
      const sources = sourcesFromTags(sourcesOf[entry.id] ?? '')
      expect(sources.length).toBeGreaterThan(0)
      for (const source of sources) {
        expect(source).toMatch(/^(?:curated|fundus|us-local|newscatcher|wikidata:Q\d+)$/)
      }
      if (entry.nameKey !== undefined) expect(entry.nameKey).toBe(false)
      if (entry.domainKey !== undefined) expect(entry.domainKey).toBe(false)
    }
  })

  test('ids are unique slugs', () => {
    const ids = data.map((entry) => entry.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z\d]+(?:-[a-z\d]+)*$/)
  })

  test('no name or alias belongs to two entries', () => {
    const owners = new Map<string, string>()
    const clashes: string[] = []
    for (const entry of data) {
      for (const text of keyedTexts(entry)) {
        const key = aliasKey(text)
        const owner = owners.get(key)
        if (owner !== undefined && owner !== entry.id) clashes.push(`${text} (${key}): ${owner}, ${entry.id}`)
        owners.set(key, entry.id)
      }
    }

    expect(clashes).toEqual([])
  })

  test('no alias repeats within an entry, nor repeats its name', () => {
    for (const entry of data) {
      const texts = [entry.name, ...entry.aliases].map((text) => text.toLowerCase())
      expect({id: entry.id, texts: [...new Set(texts)]}).toEqual({id: entry.id, texts})
    }
  })

  test('domains are lowercase registrable domains', () => {
    for (const entry of data) {
      if (entry.domain === null) continue
      expect({id: entry.id, valid: isHostname(entry.domain)}).toEqual({id: entry.id, valid: true})
      expect({id: entry.id, domain: registrableDomain(entry.domain)}).toEqual({id: entry.id, domain: entry.domain})
    }
  })

  test('aliases that look like hostnames are hostnames', () => {
    for (const entry of data) {
      for (const alias of entry.aliases) {
        if (!/^[\w-]+(?:\.[\w-]+)+$/.test(alias)) continue
        expect({alias, isHostname: isHostname(alias.toLowerCase())}).toEqual({alias, isHostname: true})
      }
    }
  })

  test('names are trimmed', () => {
    for (const entry of data) {
      expect(entry.name.trim()).toBe(entry.name)
      for (const alias of entry.aliases) expect(alias.trim()).toBe(alias)
    }
  })
})

describe('createOutletRegistry', () => {
  const foo: OutletEntry = {id: 'foo-news', name: 'Foo News', domain: 'foonews.com', aliases: ['Foo', 'The Foo Wire']}

  test('builds a registry of its own', () => {
    const outlets = createOutletRegistry([foo])
    expect(outlets.entries).toEqual([foo])
    expect(Object.fromEntries(outlets.byKey)).toEqual({'foo news': 0, foo: 0, 'foo wire': 0, 'foonews.com': 0})
    expect(normalizeOutlet('- Foo', {outlets})).toEqual({
      id: 'foo-news',
      name: 'Foo News',
      domain: 'foonews.com',
      known: true,
      raw: '- Foo'
    })
    expect(normalizeOutlet('Reuters', {outlets}).known).toBe(false)
    expect(normalizeOutlet('https://www.foonews.com/x', {outlets}).id).toBe('foo-news')
  })

  test('extends the default registry', () => {
    const base = getDefaultOutletRegistry()
    const outlets = createOutletRegistry([foo], {extend: base})
    expect(outlets.entries.length).toBe(base.entries.length + 1)
    expect(normalizeOutlet('Foo', {outlets}).id).toBe('foo-news')
    expect(normalizeOutlet('Reuters', {outlets}).id).toBe('reuters')
    // The base registry is untouched.
    expect(normalizeOutlet('Foo').known).toBe(false)
  })

  test("a caller's entry may use any top-level domain", () => {
    const ledger = {id: 'kherson-ledger', name: 'The Kherson Ledger', domain: 'khersonledger.example', aliases: ['Kherson Ledger']}
    const outlets = createOutletRegistry([ledger], {extend: getDefaultOutletRegistry()})
    expect(normalizeOutlet('- Kherson Ledger', {outlets})).toEqual({
      id: 'kherson-ledger',
      name: 'The Kherson Ledger',
      domain: 'khersonledger.example',
      known: true,
      raw: '- Kherson Ledger'
    })
    expect(() => createOutletRegistry([{...ledger, domain: '10.0.0.1'}])).toThrow(RangeError)
    expect(() => createOutletRegistry([{...ledger, domain: 'Kherson Ledger'}])).toThrow(RangeError)
  })

  test('later entries override earlier aliases when extending', () => {
    const base = getDefaultOutletRegistry()
    const timesOfMalta: OutletEntry = {
      id: 'times-of-malta',
      name: 'Times of Malta',
      domain: 'timesofmalta.com',
      aliases: ['Times']
    }
    const outlets = createOutletRegistry([timesOfMalta], {extend: base})
    expect(normalizeOutlet('Times', {outlets}).id).toBe('times-of-malta')
    expect(normalizeOutlet('The Times', {outlets}).id).toBe('times-of-malta')
    expect(normalizeOutlet('thetimes.co.uk', {outlets}).id).toBe('the-times')
    expect(normalizeOutlet('Times').id).toBe('the-times')
  })

  test('an entry with a base id replaces the base entry and its keys', () => {
    const base = getDefaultOutletRegistry()
    const reuters: OutletEntry = {id: 'reuters', name: 'Reuters News Agency', domain: 'reuters.com', aliases: []}
    const outlets = createOutletRegistry([reuters], {extend: base})
    expect(outlets.entries.length).toBe(base.entries.length)
    expect(normalizeOutlet('Reuters News Agency', {outlets}).name).toBe('Reuters News Agency')
    expect(normalizeOutlet('in.reuters.com', {outlets}).name).toBe('Reuters News Agency')
    expect(normalizeOutlet('Thomson Reuters', {outlets}).known).toBe(false)
  })

  test('copies and freezes the entries', () => {
    const entry = {...foo, aliases: [...foo.aliases]}
    const outlets = createOutletRegistry([entry])
    entry.aliases.push('Bar')
    expect(outlets.entries[0]?.aliases).toEqual(['Foo', 'The Foo Wire'])
    expect(Object.isFrozen(outlets.entries)).toBe(true)
    expect(Object.isFrozen(outlets.entries[0])).toBe(true)
  })

  test('shared domains go to the first entry; names win over domains', () => {
    const outlets = createOutletRegistry([
      {id: 'first', name: 'First', domain: 'shared.com', aliases: []},
      {id: 'second', name: 'Second', domain: 'shared.com', aliases: ['second.shared.com']}
    ])
    expect(normalizeOutlet('shared.com', {outlets}).id).toBe('first')
    expect(normalizeOutlet('https://second.shared.com/x', {outlets}).id).toBe('second')
    expect(normalizeOutlet('https://third.shared.com/x', {outlets}).id).toBe('first')
    // A hostname alias takes the key from another entry's domain, in either order.
    for (const order of [0, 1]) {
      const pair = [
        {id: 'owner', name: 'Owner', domain: 'owner.com', aliases: []},
        {id: 'claimer', name: 'Claimer', domain: null, aliases: ['owner.com']}
      ]
      const claimed = createOutletRegistry(order === 0 ? pair : pair.reverse())
      expect(normalizeOutlet('owner.com', {outlets: claimed}).id).toBe('claimer')
      expect(normalizeOutlet('Owner', {outlets: claimed}).id).toBe('owner')
      expect(claimed.byKey.size).toBe(3)
    }
  })

  test('rejects bad entries, naming the bad value', () => {
    const bad = (entries: unknown, options?: unknown) => () =>
      createOutletRegistry(entries as OutletEntry[], options as {extend?: never})

    expect(bad('x')).toThrow(new TypeError('Expected `entries` to be an array of outlet entries, not `string` ("x")'))
    expect(bad([null])).toThrow(new TypeError('Expected `entries[0]` to be an object, not `null`'))
    expect(bad([{...foo, id: 42}])).toThrow(
      new TypeError('Expected `entries[0].id` to be a string, not `number` (42)')
    )
    expect(bad([{...foo, id: 'Foo News'}])).toThrow(
      new RangeError('Expected `entries[0].id` to be a slug such as `the-guardian`, not `Foo News`')
    )
    expect(bad([{...foo, name: ' Foo'}])).toThrow(
      new RangeError('Expected `entries[0].name` (of `foo-news`) to be a trimmed name with letters or digits, not ` Foo`')
    )
    expect(bad([{...foo, name: '--'}])).toThrow(RangeError)
    expect(bad([{...foo, domain: 'Foo News'}])).toThrow(
      new RangeError('Expected `entries[0].domain` (of `foo-news`) to be a lowercase domain such as `theguardian.com`, not `Foo News`')
    )
    expect(bad([{...foo, domain: undefined}])).toThrow(
      new TypeError('Expected `entries[0].domain` (of `foo-news`) to be a string or `null`, not `undefined`')
    )
    expect(bad([{...foo, aliases: 'Foo'}])).toThrow(
      new TypeError('Expected `entries[0].aliases` (of `foo-news`) to be an array, not `string` ("Foo")')
    )
    // The index of the entry and of the alias, not only the entry's id.
    expect(bad([{...foo, id: 'bar'}, {...foo, aliases: ['Foo', 1]}])).toThrow(
      new TypeError('Expected `entries[1].aliases[1]` (of `foo-news`) to be a string, not `number` (1)')
    )
    expect(bad([{...foo, aliases: ['...']}])).toThrow(
      new RangeError('Expected `entries[0].aliases[0]` (of `foo-news`) to have letters or digits, not `...`')
    )
    expect(bad([foo, foo])).toThrow(new RangeError('Expected unique outlet ids, not `foo-news` twice'))
    expect(bad([foo, {id: 'bar', name: 'Bar', domain: null, aliases: ['The Foo']}])).toThrow(
      new RangeError('Expected each alias to name one outlet, not `The Foo` (key `foo`) for both `foo-news` and `bar`')
    )
    expect(bad([foo], 'x')).toThrow(new TypeError('Expected `options` to be an object (or `null`/`undefined` for none), not `string` ("x")'))
    expect(bad([foo], {extend: {}})).toThrow(
      new TypeError('Expected `extend` to be an outlet registry, not `object`')
    )
  })

  test('the empty registry is valid and knows nothing', () => {
    const outlets = createOutletRegistry([])
    expect(outlets.entries).toEqual([])
    expect(normalizeOutlet('Reuters', {outlets})).toEqual({
      id: 'reuters',
      name: 'Reuters',
      domain: null,
      known: false,
      raw: 'Reuters'
    })
  })
})

describe('bad calls', () => {
  test('a value that is not a string is a TypeError naming it', () => {
    const call = (value: unknown) => () => normalizeOutlet(value as string)
    expect(call(42)).toThrow(new TypeError('Expected `raw` to be a string, not `number` (42)'))
    expect(call(undefined)).toThrow(new TypeError('Expected `raw` to be a string, not `undefined`'))
    expect(call(null)).toThrow(new TypeError('Expected `raw` to be a string, not `null`'))
    expect(call(['Reuters'])).toThrow(new TypeError('Expected `raw` to be a string, not `array`'))
    expect(call({name: 'Reuters'})).toThrow(new TypeError('Expected `raw` to be a string, not `object`'))
  })

  test('bad options are a TypeError naming them', () => {
    expect(() => normalizeOutlet('Reuters', 'x' as never)).toThrow(
      new TypeError('Expected `options` to be an object (or `null`/`undefined` for none), not `string` ("x")')
    )
    expect(() => normalizeOutlet('Reuters', {outlets: new Map() as never})).toThrow(
      new TypeError('Expected `outlets` to be an outlet registry (from `createOutletRegistry`), not `object`')
    )
  })

  test('undefined options and `outlets: undefined` use the default registry', () => {
    expect(normalizeOutlet('Reuters', undefined).known).toBe(true)
    expect(normalizeOutlet('Reuters', {}).known).toBe(true)
    expect(normalizeOutlet('Reuters', {outlets: undefined}).known).toBe(true)
  })
})

describe('outletKey and outletSlug', () => {
  test('keys', () => {
    expect(outletKey('The Guardian')).toBe('guardian')
    expect(outletKey('  THE   guardian ')).toBe('guardian')
    expect(outletKey('Mail & Guardian')).toBe('mail and guardian')
    expect(outletKey('RTÉ')).toBe('rte')
    expect(outletKey("Barron's")).toBe('barrons')
    expect(outletKey('Barron’s')).toBe('barrons')
    expect(outletKey('U.S. News')).toBe('us news')
    expect(outletKey('Al-Jazeera')).toBe('al jazeera')
    // `The` alone is no name (what the suffix rule leaves of `The Reporter`).
    expect(outletKey('The')).toBe('')
    expect(outletKey('Theguardian')).toBe('theguardian')
    expect(outletKey('')).toBe('')
    expect(outletKey('—')).toBe('')
  })

  test('slugs', () => {
    expect(outletSlug('The Guardian')).toBe('the-guardian')
    expect(outletSlug('Mail & Guardian')).toBe('mail-and-guardian')
    expect(outletSlug('RTÉ News')).toBe('rte-news')
    expect(outletSlug("Barron's")).toBe('barrons')
    expect(outletSlug('Українська правда')).toBe('укра\u0456нська-правда')
    expect(outletSlug('')).toBe('')
  })
})

/** The shape of `Outlet`, checked field by field. */
function expectOutletShape(outlet: Outlet, raw: string): void {
  expect(Object.keys(outlet)).toEqual(['id', 'name', 'domain', 'known', 'raw'])
  expect(typeof outlet.id).toBe('string')
  expect(typeof outlet.name).toBe('string')
  expect(outlet.domain === null || isHostname(outlet.domain)).toBe(true)
  expect(typeof outlet.known).toBe('boolean')
  expect(outlet.raw).toBe(raw)
  expect(outlet.name.trim()).toBe(outlet.name)
  expect(outlet.id === '').toBe(outlet.name === '')
  if (outlet.known) {
    expect(getDefaultOutletRegistry().entries.some((entry) => entry.id === outlet.id)).toBe(true)
  }
}

describe('properties', () => {
  const names = data.map((entry) => entry.name)
  const pieces = fc.oneof(
    fc.string({unit: 'binary', maxLength: 30}),
    fc.constantFrom(...names),
    fc.constantFrom(
      ' ',
      '  ',
      '-',
      ' - ',
      '|',
      ' | ',
      '(',
      ')',
      '[',
      ']',
      ',',
      '.',
      '.com',
      'By ',
      'Via ',
      'Source: ',
      ' (blog)',
      ' on MSN',
      ' Staff',
      ' UK',
      'https://',
      'www.',
      '/',
      '"',
      '“',
      '\u00A0',
      '\n',
      'É',
      '&',
      '—'
    )
  )
  const headers = fc.array(pieces, {maxLength: 8}).map((parts) => parts.join(''))

  test('never throws on any string, and returns an `Outlet`', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary'}), headers), (raw) => {
        expectOutletShape(normalizeOutlet(raw), raw)
      }),
      {numRuns: 3000}
    )
  })

  test('is idempotent on ids', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary'}), headers), (raw) => {
        const once = normalizeOutlet(raw)
        expect(normalizeOutlet(once.name).id).toBe(once.id)
      }),
      {numRuns: 3000}
    )
  })

  test('long and adversarial strings finish (no super-linear patterns)', () => {
    const long = [
      ' '.repeat(100_000),
      '('.repeat(50_000) + 'Reuters' + ')'.repeat(50_000),
      '('.repeat(100_000),
      '- '.repeat(50_000) + 'Reuters',
      'By '.repeat(30_000) + 'Reuters',
      'a.'.repeat(50_000),
      'https://' + 'a.'.repeat(50_000) + 'com',
      ' | '.repeat(30_000),
      'Foo '.repeat(25_000) + '(blog)',
      'x on'.repeat(25_000),
      'Reuters' + ' staff'.repeat(20_000),
      ', '.repeat(50_000) + 'Reuters'
    ]
    for (const raw of long) {
      expectOutletShape(normalizeOutlet(raw), raw)
    }

    expect(normalizeOutlet('('.repeat(50_000) + 'Reuters' + ')'.repeat(50_000)).id).toBe('reuters')
  })
})
