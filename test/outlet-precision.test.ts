// Wrong matches are worse than none. Each case here was decided by hand:
// the outlet the text names, or unknown where no registry entry is it.
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {matchOutlet, normalizeOutlet} from '../src/outlet/normalize-outlet.js'
import {createOutletRegistry, getDefaultOutletRegistry} from '../src/outlet/registry.js'
import {getFullOutletRegistry} from '../src/outlets.js'
import type {OutletRegistry} from '../src/types.js'

const full = getFullOutletRegistry()

/** `[text, id or null for unknown, domain]` → what normalizeOutlet gives, in one comparison. */
function expectOutlets(cases: ReadonlyArray<readonly [string, string | null, string | null]>, outlets?: OutletRegistry) {
  const got = cases.map(([text]) => {
    const outlet = normalizeOutlet(text, outlets ? {outlets} : undefined)
    return [text, outlet.known ? outlet.id : null, outlet.known ? outlet.domain : null] as const
  })
  expect(got).toEqual(cases.map(([text, id, domain]) => [text, id, id === null ? null : domain]))
}

describe('the wrong matches of the old registry', () => {
  test('WEEK – Peoria News is no The Week (a Peoria TV station, WEEK-TV)', () => {
    for (const outlets of [undefined, full]) {
      const outlet = normalizeOutlet('WEEK – Peoria News', outlets ? {outlets} : undefined)
      expect(outlet).toEqual({id: 'week-peoria-news', name: 'WEEK – Peoria News', domain: null, known: false, raw: 'WEEK – Peoria News'})
    }
    // Its own names find it.
    expectOutlets([
      ['WEEK 25', 'week-25', 'week.com'],
      ['WEEK-TV', 'week-25', 'week.com'],
      ['https://www.week.com/news/local-news/x', 'week-25', 'week.com']
    ])
  })

  test('Daily News (Tanzania) is the Tanzanian paper, never the New York one', () => {
    expectOutlets([
      ['Daily News (Tanzania)', 'daily-news-tanzania', 'dailynews.co.tz'],
      ['Tanzania Daily News', 'daily-news-tanzania', 'dailynews.co.tz'],
      ['Daily News, Tanzania', 'daily-news-tanzania', 'dailynews.co.tz'],
      // No Kenyan `Daily News` is known: unknown, not New York.
      ['Daily News (Kenya)', null, null],
      // Bare `Daily News` names many papers: unknown.
      ['Daily News', null, null],
      ['New York Daily News', 'new-york-daily-news', 'nydailynews.com']
    ])
    expect(normalizeOutlet('Daily News (Kenya)').name).toBe('Daily News (Kenya)')
  })

  test('Erie, PA is a place, not PA Media', () => {
    expectOutlets([
      ['Erie, PA', null, null],
      ['Harrisburg, Pa.', null, null],
      ['PA', 'pa-media', 'pa.media'],
      ['PA Media', 'pa-media', 'pa.media']
    ])
    expect(normalizeOutlet('Erie, PA', {outlets: full}).known).toBe(false)
  })

  test('Greene Publishing, Inc. is no Inc. magazine', () => {
    expectOutlets([
      ['Greene Publishing, Inc.', null, null],
      ['Gannett Co., Inc.', null, null],
      ['Inc.', 'inc', 'inc.com'],
      ['Inc. Magazine', 'inc', 'inc.com']
    ])
  })

  test('TND – The National Desk is Sinclair’s national desk, not The National (UAE)', () => {
    expectOutlets([
      ['TND – The National Desk', 'the-national-desk', 'thenationaldesk.com'],
      ['The National Desk', 'the-national-desk', 'thenationaldesk.com'],
      // Three papers of three countries: unknown unless qualified.
      ['The National', null, null],
      ['The National (UAE)', 'the-national-uae', 'thenationalnews.com'],
      ['The National (Papua New Guinea)', 'the-national-png', 'thenational.com.pg'],
      ['The National (Scotland)', 'the-national-scotland', 'thenational.scot'],
      // `Desk` is a suffix of bylines; it cannot turn a generic name into an outlet.
      ['The National Newsdesk', null, null]
    ])
  })

  test('US local names that name many papers stay unknown; their own names and sites find them', () => {
    // us-local.tsv lists 18 outlets named `Daily News` and 11 `Independent`.
    expectOutlets(
      [
        ['Daily Herald', null, null],
        ['Daily Journal', null, null],
        ['Sentinel', null, null],
        ['Tulsa World', 'tulsa-world', 'tulsaworld.com'],
        ['https://www.dailyherald.com/news/x', 'daily-herald', 'dailyherald.com'],
        ['The Columbus Dispatch', 'the-columbus-dispatch', 'dispatch.com']
      ],
      full
    )
  })
})

describe('short generic names match only as the whole text', () => {
  test('never through a separator, comma, suffix or bracket', () => {
    expectOutlets([
      ['Times', 'the-times', 'thetimes.co.uk'],
      ['Headline here | Times', null, null],
      ['Jane Doe, Times', null, null],
      ['Times Staff', null, null],
      ['Times (blog)', null, null],
      ['Independent', 'the-independent', 'independent.co.uk'],
      ['Sunday Herald | Independent', null, null],
      ['Metro', 'metro-uk', 'metro.co.uk'],
      ['By Jane Doe | Metro', null, null]
    ])
    // The whole text is the name then, so normalising it again gives the same id.
    expect(normalizeOutlet('By Jane Doe | Metro').name).toBe('By Jane Doe | Metro')
  })

  test('names that are not generic still match through the rules', () => {
    expectOutlets([
      ['Headline here | Reuters', 'reuters', 'reuters.com'],
      ['Jane Doe, The Guardian', 'the-guardian', 'theguardian.com'],
      ['Reuters Staff', 'reuters', 'reuters.com'],
      ['The Huffington Post (blog)', 'huffpost', 'huffpost.com'],
      ['The Independent on MSN', 'the-independent', 'independent.co.uk']
    ])
  })
})

describe('places', () => {
  test('a place qualifier that contradicts the outlet’s country rules it out', () => {
    expectOutlets([
      ['Fox News (Australia)', null, null],
      ['The Times (Malta)', null, null],
      // …unless the registry has the outlet of that country.
      ['CNN (Philippines)', 'cnn-philippines', 'cnnphilippines.com'],
      ['Reuters (UK)', 'reuters', 'reuters.com'],
      ['BBC News (UK)', 'bbc-news', 'bbc.co.uk'],
      ['The Guardian (Nigeria)', 'the-guardian-nigeria', 'guardian.ng']
    ])
    expect(matchOutlet('Fox News (Australia)').rule).toBe('parenthetical')
    expect(normalizeOutlet('Fox News (Australia)').name).toBe('Fox News (Australia)')
  })

  test('a place picks the outlet of that country among namesakes', () => {
    expectOutlets([
      ['The Star (Kenya)', 'the-star-kenya', 'the-star.co.ke'],
      ['The Star Kenya', 'the-star-kenya', 'the-star.co.ke'],
      ['The Star, Malaysia', 'the-star-malaysia', 'thestar.com.my'],
      ['The Citizen (South Africa)', 'the-citizen-south-africa', 'citizen.co.za'],
      ['The Citizen (Tanzania)', 'the-citizen-tanzania', 'thecitizen.co.tz'],
      ['The Citizen', null, null],
      ['Times (UK)', 'the-times', 'thetimes.co.uk']
    ])
  })
})

describe('hostnames decide', () => {
  test('a hostname beside a name wins over the name', () => {
    expectOutlets([
      ['Daily News | dailynews.co.tz', 'daily-news-tanzania', 'dailynews.co.tz'],
      ['The Star (thestar.com.my)', 'the-star-malaysia', 'thestar.com.my'],
      ['The Independent (independent.ie)', 'irish-independent', 'independent.ie']
    ])
    // An unknown host beside a known name: unknown, with the host's domain.
    expect(normalizeOutlet('The Guardian (guardian.example.org)')).toEqual({
      id: 'the-guardian',
      name: 'The Guardian',
      domain: 'example.org',
      known: false,
      raw: 'The Guardian (guardian.example.org)'
    })
  })
})

describe('editions and forms', () => {
  test('editions, long names and syndication suffixes', () => {
    expectOutlets([
      ['Reuters UK', 'reuters', 'reuters.com'],
      ['Yahoo News UK', 'yahoo-news', 'yahoo.com'],
      ['CityNews Calgary', 'citynews', 'citynews.ca'],
      ['Variety Magazine', 'variety', 'variety.com'],
      ['Mint Newspaper', 'mint', 'livemint.com'],
      ['Special Broadcasting Service', 'sbs-australia', 'sbs.com.au'],
      ['DPA German Press Agency', 'dpa', 'dpa.com'],
      ['uk.reuters.com', 'reuters', 'reuters.com'],
      ['https://uk.news.yahoo.com/story-123.html', 'yahoo-news', 'yahoo.com'],
      ['Sky News on MSN', 'sky-news', 'sky.com'],
      ['The Hill via Yahoo News', 'the-hill', 'thehill.com'],
      ['toronto.ctvnews.ca', 'ctv-news-toronto', 'ctvnews.ca'],
      ['https://www.ctvnews.ca/world/x', 'ctv-news', 'ctvnews.ca']
    ])
  })
})

describe('editions of an outlet’s own, and licensees (hand-checked: who owns each)', () => {
  test('a qualifier the outlet’s shipped `editions` list, or its own country, is that outlet', () => {
    for (const outlets of [undefined, full]) {
      expectOutlets(
        [
          // DMG Media's own US and Australian editions of MailOnline.
          ['Daily Mail US', 'daily-mail', 'dailymail.co.uk'],
          ['MailOnline Australia', 'daily-mail', 'dailymail.co.uk'],
          ['Daily Mail (US)', 'daily-mail', 'dailymail.co.uk'],
          // Regions and languages are qualifiers too: BBC World Service, CNN's Spanish network, CNBC's own Asia.
          ['BBC News Mundo', 'bbc-news', 'bbc.co.uk'],
          ['CNN en Español', 'cnn', 'cnn.com'],
          ['CNBC Asia', 'cnbc', 'cnbc.com'],
          ['MSN UK', 'msn', 'msn.com'],
          // Reuters lists every edition (`*`).
          ['Reuters Asia', 'reuters', 'reuters.com'],
          // The home country.
          ['Newsweek USA', 'newsweek', 'newsweek.com'],
          // Edition hosts: the host down to its registrable domain.
          ['au.news.yahoo.com', 'yahoo-news', 'yahoo.com'],
          ['edition.cnn.com', 'cnn', 'cnn.com'],
          ['https://arabic.cnn.com/world', 'cnn', 'cnn.com']
        ],
        outlets
      )
    }
  })

  test('a licensee is its own outlet; a country no edition lists is unknown, never the brand', () => {
    for (const outlets of [undefined, full]) {
      expectOutlets(
        [
          ['CNN Indonesia', 'cnn-indonesia', 'cnnindonesia.com'],
          ['Forbes India', 'forbes-india', 'forbesindia.com'],
          ['Newsweek Polska', 'newsweek-polska', 'newsweek.pl'],
          ['Yahoo Japan', 'yahoo-japan', 'yahoo.co.jp'],
          ['news.yahoo.co.jp', 'yahoo-japan', 'yahoo.co.jp'],
          ['Sky News Australia', 'sky-news-australia', 'skynews.com.au'],
          // Al Jazeera's Arabic channel has its own entry and site: the edition table does not take it.
          ['Al Jazeera Arabic', 'al-jazeera-arabic', 'aljazeera.net'],
          // No edition of these: unknown.
          ['Forbes Kenya', null, null],
          ['Bloomberg Ireland', null, null],
          ['CNN (Kenya)', null, null]
        ],
        outlets
      )
    }
  })

  test('editions belong to the shipped entries, not to their ids', () => {
    // A caller's own entry with a shipped id has no editions...
    const own = createOutletRegistry([{id: 'daily-mail', name: 'Daily Mail', domain: 'dailymail.co.uk', aliases: [], country: 'gb'}])
    expectOutlets([['Daily Mail US', null, null], ['Daily Mail UK', 'daily-mail', 'dailymail.co.uk']], own)
    // ...and a registry that extends the default one keeps the shipped entries' editions.
    const extended = createOutletRegistry([{id: 'foo-news', name: 'Foo News', domain: 'foonews.com', aliases: []}], {extend: getDefaultOutletRegistry()})
    expectOutlets([['Daily Mail US', 'daily-mail', 'dailymail.co.uk'], ['Foo News Asia', null, null]], extended)
  })
})

describe('a country after a name', () => {
  // A registry of its own, so that what is decided does not hang on which
  // editions the shipped data happens to hold.
  const brands = createOutletRegistry([
    {id: 'forbes', name: 'Forbes', domain: 'forbes.com', aliases: [], country: 'us'},
    {id: 'reuters', name: 'Reuters', domain: 'reuters.com', aliases: []},
    {id: 'the-guardian', name: 'The Guardian', domain: 'theguardian.com', aliases: ['Guardian Australia'], country: 'gb'},
    {id: 'the-hindu', name: 'The Hindu', domain: 'thehindu.com', aliases: [], country: 'in'}
  ])

  test('a brand of another country is no edition: the licensee is its own outlet, or unknown', () => {
    expectOutlets(
      [
        // forbesindia.com, not forbes.com: with no entry of its own, unknown rather than Forbes.
        ['Forbes India', null, null],
        ['Forbes Australia', null, null],
        ['The Guardian UK', 'the-guardian', 'theguardian.com'],
        // An edition the registry lists by name is found by it.
        ['Guardian Australia', 'the-guardian', 'theguardian.com'],
        ['The Guardian US', null, null],
        // No country on the entry (an agency): its editions are it.
        ['Reuters UK', 'reuters', 'reuters.com'],
        ['Reuters India', 'reuters', 'reuters.com'],
        // The same country: the outlet.
        ['The Hindu India', 'the-hindu', 'thehindu.com'],
        ['Forbes USA', 'forbes', 'forbes.com'],
        // Words that are no country still leave the outlet.
        ['Forbes Staff', 'forbes', 'forbes.com'],
        ['Forbes Magazine', 'forbes', 'forbes.com']
      ],
      brands
    )
    expect(normalizeOutlet('Forbes India', {outlets: brands}).name).toBe('Forbes India')
    expect(matchOutlet('Forbes India', {outlets: brands}).rule).toBe('cleaned')
  })

  test('the shipped licensees are their own outlets', () => {
    expectOutlets([
      ['Forbes India', 'forbes-india', 'forbesindia.com'],
      ['Motley Fool Australia', 'motley-fool-australia', 'fool.com.au'],
      ['Vogue India', 'vogue-india', 'vogue.in'],
      ['Times of India', 'times-of-india', 'indiatimes.com'],
      ['Reuters UK', 'reuters', 'reuters.com'],
      ['Yahoo News UK', 'yahoo-news', 'yahoo.com'],
      // A licensee's own site, not the brand's edition.
      ['Business Insider India', 'business-insider-india', 'businessinsider.in'],
      ['Vogue UK', 'british-vogue', 'vogue.co.uk'],
      // An international outlet's editions are it.
      ['The Conversation UK', 'the-conversation', 'theconversation.com'],
      ['Business Insider UK', 'business-insider', 'businessinsider.com'],
      ['Bloomberg UK', 'bloomberg', 'bloomberg.com'],
      ['Business Insider Australia', 'business-insider-australia', 'businessinsider.com.au'],
      // An edition nobody listed: unknown, not the US brand.
      ['Bloomberg Ireland', null, null]
    ])
  })

  test('`Digital` after a known name is its digital desk; a name that ends in it is its own', () => {
    expectOutlets([
      ['Fox News Digital', 'fox-news', 'foxnews.com'],
      ['NBC News Digital', 'nbc-news', 'nbcnews.com'],
      ['Citizen Digital', 'citizen-digital', 'citizen.digital'],
      ['Standard Digital', 'the-standard-kenya', 'standardmedia.co.ke'],
      // A generic name never matches through the suffix.
      ['Times Digital', null, null]
    ])
    expect(matchOutlet('Fox News Digital').rule).toBe('suffix')
  })

  test('a section’s feed after a known name is the outlet’s own; a sister brand is not read through it', () => {
    expectOutlets([
      ['Reuters World News', 'reuters', 'reuters.com'],
      ['NPR World', 'npr', 'npr.org'],
      ['AP Top News', 'associated-press', 'apnews.com'],
      ['Fox News Politics', 'fox-news', 'foxnews.com'],
      // Business and sport are outlets of their own: they match only as such.
      ['Fox Business', 'fox-business', 'foxbusiness.com'],
      ['Harbour Notes World', null, null]
    ])
    expect(matchOutlet('Reuters World News').rule).toBe('suffix')
  })
})

describe('Author/Outlet credits', () => {
  test('a person before the last slash and a known outlet after it: the outlet', () => {
    expectOutlets([
      ['Michael Gold/New York Times', 'new-york-times', 'nytimes.com'],
      ['Mary-Ann O’Neil/Reuters', 'reuters', 'reuters.com'],
      ['Michael Gold / New York Times', 'new-york-times', 'nytimes.com']
    ])
    expect(matchOutlet('Michael Gold/New York Times').rule).toBe('byline')
  })

  test('names with a slash of their own, generic names and non-people stay whole', () => {
    expectOutlets([
      // Its own name, not `7 Wall St.`.
      ['24/7 Wall St.', '24-7-wall-st', '247wallst.com'],
      ['Le Vif/L’Express', null, null],
      ['Newsday/Reuters', null, null],
      ['Jane Doe/Times', null, null],
      ['Jane Doe/Foo Bar Weekly', null, null]
    ])
    expect(normalizeOutlet('Le Vif/L’Express').name).toBe('Le Vif/L’Express')
  })

  test('an outlet before the slash is no person: a joint credit names neither', () => {
    // Each of these read as its second outlet when two capitalised words
    // passed for a person's name.
    expectOutlets([
      ['Fox News/Reuters', null, null],
      ['New York Times/Reuters', null, null]
    ])
  })
})

describe('acronyms that name more than one outlet', () => {
  test('RNS and BNA are left unknown', () => {
    // RNS is also the London Stock Exchange's Regulatory News Service, BNA
    // Bloomberg BNA as often as the Bahrain News Agency; the full names still
    // resolve.
    expectOutlets([
      ['RNS', null, null],
      ['BNA', null, null],
      ['Religion News Service', 'religion-news-service', 'religionnews.com'],
      ['Bahrain News Agency', 'bahrain-news-agency', 'bna.bh']
    ])
  })
})

describe('robustness', () => {
  test('a text of millions of words neither overflows the stack nor is read by the name rules', () => {
    const raw = 'x '.repeat(3_500_000)
    const outlet = normalizeOutlet(raw)
    expect(outlet.known).toBe(false)
    expect(outlet.name.length).toBe(6_999_999)
    expect(matchOutlet(raw).rule).toBe('cleaned')
    // A known name past the length cap is not looked up either.
    expect(normalizeOutlet('Reuters ' + 'x'.repeat(3000)).known).toBe(false)
    // A long URL still gives its host.
    expect(normalizeOutlet('https://www.reuters.com/world/' + 'a'.repeat(5000)).id).toBe('reuters')
  })

  test('the default registry is frozen: no caller can change what later calls read', () => {
    const outlets = getDefaultOutletRegistry()
    expect(() => (outlets.byKey as Map<string, number>).set('reuters', 5)).toThrow(TypeError)
    expect(() => (outlets.byKey as Map<string, number>).delete('reuters')).toThrow(TypeError)
    expect(() => (outlets.byKey as Map<string, number>).clear()).toThrow(TypeError)
    expect(() => (outlets.entries as unknown[]).push({})).toThrow(TypeError)
    expect(() => {
      ;(outlets as {entries: unknown}).entries = []
    }).toThrow(TypeError)
    expect(Object.isFrozen(outlets.entries[0])).toBe(true)
    expect(normalizeOutlet('Reuters').id).toBe('reuters')
    expect(normalizeOutlet('Reuters').domain).toBe('reuters.com')
  })

  test('so are the full registry and those callers build', () => {
    expect(() => (full.byKey as Map<string, number>).set('reuters', 0)).toThrow(TypeError)
    const mine = createOutletRegistry([{id: 'foo', name: 'Foo', domain: null, aliases: []}])
    expect(() => (mine.byKey as Map<string, number>).set('bar', 0)).toThrow(TypeError)
    expect(normalizeOutlet('Bar', {outlets: mine}).known).toBe(false)
  })

  test('10,000 chained extensions give one registry that knows every entry', () => {
    let outlets = getDefaultOutletRegistry()
    for (let index = 0; index < 10_000; index++) {
      outlets = createOutletRegistry([{id: `outlet-${index}`, name: `Outlet Number ${index}`, domain: `outlet${index}.com`, aliases: []}], {
        extend: outlets
      })
    }

    expect(outlets.entries.length).toBe(getDefaultOutletRegistry().entries.length + 10_000)
    expect(normalizeOutlet('Outlet Number 0', {outlets}).id).toBe('outlet-0')
    expect(normalizeOutlet('outlet9999.com', {outlets}).id).toBe('outlet-9999')
    expect(normalizeOutlet('Reuters', {outlets}).id).toBe('reuters')
  })

  test('a chain keeps the semantics of one step at a time: replaced ids lose their keys', () => {
    const base = getDefaultOutletRegistry()
    const first = createOutletRegistry([{id: 'reuters', name: 'Reuters Wire', domain: 'reuters.com', aliases: []}], {extend: base})
    const second = createOutletRegistry([{id: 'foo', name: 'Foo', domain: null, aliases: ['Reuters']}], {extend: first})
    // Built in the order asked, the middle one last.
    expect(normalizeOutlet('Reuters', {outlets: second}).id).toBe('foo')
    expect(normalizeOutlet('Thomson Reuters', {outlets: second}).known).toBe(false)
    expect(normalizeOutlet('Reuters Wire', {outlets: second}).id).toBe('reuters')
    expect(normalizeOutlet('Reuters', {outlets: first}).known).toBe(false)
    expect(normalizeOutlet('Reuters Wire', {outlets: first}).id).toBe('reuters')
    expect(normalizeOutlet('Reuters').name).toBe('Reuters')
  })
})

describe('aggregator-carried outlets whose names are words or namesakes', () => {
  test('a name that is a common word matches only as the whole text', () => {
    expectOutlets([
      ['Spin', 'spin', 'spin.com'],
      ['SPIN', 'spin', 'spin.com'],
      ['Why the spin failed | Spin', null, null],
      ['Complex', 'complex', 'complex.com'],
      ['A complex case – Complex', null, null],
      ['BET', 'bet', 'bet.com'],
      ['Best bet - BET', null, null],
      ['The Score', 'thescore', 'thescore.com'],
      ['Final score – The Score', null, null],
      ['Money News', 'moneynews', 'moneynews.com'],
      ['Stocks slide – Money News', null, null]
    ])
  })

  test('job titles and plain words are no outlets; the sites that carry them as names are hostnames', () => {
    expectOutlets([
      ['By Jane Doe, CFO', null, null],
      ['CFO', null, null],
      ['CFO.com', 'cfocom', 'cfo.com'],
      ['CIO', null, null],
      ['CIO.com', 'ciocom', 'cio.com'],
      ['Outside', null, null],
      ['Success', null, null],
      ['Sunset', null, null],
      ['IBT', null, null],
      ['Tencent', null, null]
    ])
  })

  test('names that several papers share stay unknown; their qualified names find them', () => {
    expectOutlets([
      ['Sun Journal', null, null],
      ['Lewiston Sun Journal', 'sun-journal-lewiston', 'sunjournal.com'],
      ['The Ledger', null, null],
      ['Lakeland Ledger', 'the-ledger-lakeland', 'theledger.com'],
      ['The Argus', null, null],
      ['Brighton Argus', 'the-argus-brighton', 'theargus.co.uk'],
      ['Daily Echo', null, null],
      ['Southern Daily Echo', 'daily-echo-southampton', 'dailyecho.co.uk'],
      ['Valley News', null, null],
      ['The Standard-Times', null, null],
      ['Daily Herald', null, null],
      ['Provo Daily Herald', 'provo-daily-herald', 'heraldextra.com'],
      ['Capital FM', null, null],
      ['La Nación', null, null],
      ['La Nación (Argentina)', 'la-nacion-argentina', 'lanacion.com.ar'],
      ['Examiner', null, null],
      ['Examiner.com', 'examinercom', 'examiner.com'],
      ['Washington Examiner', 'washington-examiner', 'washingtonexaminer.com'],
      ['The Register', null, null],
      ['theregister.co.uk', 'the-register', 'theregister.com']
    ])
  })

  test('national editions are their own outlets, not the brand’s home site', () => {
    expectOutlets([
      ['Forbes India', 'forbes-india', 'forbesindia.com'],
      ['Forbes', 'forbes', 'forbes.com'],
      ['International Business Times UK', 'international-business-times-uk', 'ibtimes.co.uk'],
      ['IBTimes UK', 'international-business-times-uk', 'ibtimes.co.uk'],
      ['International Business Times', 'international-business-times', 'ibtimes.com'],
      ['ESPN UK', 'espn-uk', 'espn.co.uk'],
      ['MySA', 'mysa', 'mysanantonio.com'],
      ['San Antonio Express-News', 'san-antonio-express-news', 'expressnews.com'],
      ['Sunday Star-Times', 'sunday-star-times', 'stuff.co.nz'],
      ['Stuff', 'stuff', 'stuff.co.nz'],
      ['Central News Agency', 'central-news-agency', 'cna.com.tw'],
      ['CNA', 'channel-newsasia', 'channelnewsasia.com']
    ])
  })

  test('TV stations answer to their call signs; a call sign that radio or two markets share does not', () => {
    expectOutlets([
      ['KNTV', 'nbc-bay-area', 'nbcbayarea.com'],
      ['WMAQ', 'nbc-chicago', 'nbcchicago.com'],
      ['KTVK', 'azfamily', 'azfamily.com'],
      ['KPHO', 'azfamily', 'azfamily.com'],
      ['local6.com', 'wkmg-news-6', 'clickorlando.com'],
      // WLS, KGO and WCCO are radio stations too; NBC4 and NBC10 are brands of two markets.
      ['WLS', null, null],
      ['KGO', null, null],
      ['WCCO', null, null],
      ['NBC4', null, null],
      ['NBC10', null, null],
      // The Philippine and the Philadelphia Inquirer, and a UK tech site.
      ['The Inquirer', null, null],
      ['Inquirer', null, null]
    ])
  })
})

describe('the hand lists of scripts/outlets/evaluation/', () => {
  // Names as pages print them, with the domain of the outlet each page means
  // (and other sites of it), decided by hand: a name either finds that outlet
  // or none. A wrong outlet on any of them fails.
  const folder = new URL('../scripts/outlets/evaluation/', import.meta.url)
  const files = readdirSync(folder).filter((name) => name.endsWith('.tsv')).sort()

  test.each(files)('%s: no name finds another outlet, in either registry', (file) => {
    const rows = readFileSync(new URL(file, folder), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'))
      .slice(1)
      .map((line) => line.split('\t'))
    expect(rows.length).toBeGreaterThan(20)
    const wrong: string[] = []
    for (const outlets of [undefined, full]) {
      for (const [name = '', domain = '', also = ''] of rows) {
        const outlet = normalizeOutlet(name, outlets ? {outlets} : undefined)
        if (outlet.known && outlet.domain !== domain && !also.split(',').includes(outlet.domain ?? '')) {
          wrong.push(`${name} → ${outlet.name} (${outlet.domain ?? 'no domain'}), not ${domain}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })
})
