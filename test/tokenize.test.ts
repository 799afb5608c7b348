import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {nlcstWords} from '../src/nlcst.js'
import {forEachWord, words} from '../src/similarity/tokenize.js'

test('public surface', async () => {
  expect(Object.keys(await import('../src/similarity/tokenize.js')).sort()).toEqual(['forEachWord', 'words'])
})

/** Offsets `forEachWord` visits, checked to be in order and inside `text`. */
function spans(text: string): Array<[number, number]> {
  const result: Array<[number, number]> = []
  let last = 0
  forEachWord(text, (start, end) => {
    if (!(Number.isInteger(start) && Number.isInteger(end) && last <= start && start < end && end <= text.length)) {
      throw new Error(`Bad span ${start}-${end} after ${last} in a text of ${text.length}`)
    }
    last = end
    result.push([start, end])
  })
  return result
}

// Hand-checked: each is what retext-english gives, and why.
const cases: Array<[string, string[]]> = [
  // Contractions and possessives, with ' and ’: inner apostrophes join words, trailing ones do not.
  ["Zelenskiy’s aide didn't go.", ['Zelenskiy’s', 'aide', "didn't", 'go']],
  ["the Smiths' house", ['the', 'Smiths', 'house']],
  ['the Smiths’ dog', ['the', 'Smiths', 'dog']],
  ["can’t won't y'all", ['can’t', "won't", "y'all"]],
  ["Mr. O'Brien’s", ['Mr.', "O'Brien’s"]],
  // parse-english elisions.
  ["the 1990s and '90s", ['the', '1990s', 'and', "'90s"]],
  ["'twas 'tis 'cause 'em", ["'twas", "'tis", "'cause", "'em"]],
  ["an ol' fella", ['an', "ol'", 'fella']],
  ["rock 'n' roll", ['rock', "'n'", 'roll']],
  ['rock’n’roll', ['rock’n’roll']],
  // Hyphens join words; a final one joins the word before; dashes never join.
  ['e-mail co-operation 24-48 hours', ['e-mail', 'co-operation', '24-48', 'hours']],
  ['pre- and post-war', ['pre-', 'and', 'post-war']],
  ['1990-', ['1990-']],
  ['well--known', ['well', 'known']],
  ['London–Paris 2020–2021', ['London', 'Paris', '2020', '2021']],
  ['x—y x — y', ['x', 'y', 'x', 'y']],
  ['3D 4G COVID-19 G7 F-35s', ['3D', '4G', 'COVID-19', 'G7', 'F-35s']],
  // Numbers: full stops join, commas do not; currency and percent are symbols.
  ['$322m, 1,200 and 15.5% rate', ['322m', '1', '200', 'and', '15.5', 'rate']],
  ['£600m €5bn ¥3 US$20', ['600m', '5bn', '3', 'US', '20']],
  ['3.5bn 0.5 .5 5.', ['3.5bn', '0.5', '.5', '5.']],
  ['50% 50 % -5 +5 5°C', ['50', '50', '5', '5', '5', 'C']],
  // URLs, e-mail addresses, hashtags, handles, underscores.
  ['hello@world.com http://x.com/a_b', ['hello@world.com', 'http', 'x.com', 'a_b']],
  ['http://x.com/a_b?q=1&r=2#frag', ['http', 'x.com', 'a_b?q=1&r=2', 'frag']],
  ['www.bbc.co.uk/news', ['www.bbc.co.uk', 'news']],
  ['#shorts @user', ['shorts', 'user']],
  ['snake_case __init__', ['snake_case', 'init']],
  // Slashes join short words only; `w/` is “with”.
  ['w/ w/o km/h and/or 24/7 a/b/c', ['w/', 'w/', 'o', 'km/h', 'and', 'or', '24/7', 'a/b', 'c']],
  // `&` joins the word after it, or words on both sides.
  ['AT&T & co &amp', ['AT&T', 'co', '&amp']],
  ['Q&A R&D', ['Q&A', 'R&D']],
  // Initialisms keep their final full stop, also at the end of a sentence.
  ['U.S. troops', ['U.S.', 'troops']],
  ['in the U.S.', ['in', 'the', 'U.S.']],
  ['in the U.S. Army', ['in', 'the', 'U.S.', 'Army']],
  ['U.S.-based', ['U.S.-based']],
  ['U.K./U.S. deal', ['U.K.', 'U.S.', 'deal']],
  ['A.B.C.', ['A.B.C.']],
  ["It's 5 p.m. now", ["It's", '5', 'p.m.', 'now']],
  ['a.m. Then', ['a.m.', 'Then']],
  // Abbreviations: English ones keep the full stop anywhere, Latin ones too.
  ['e.g. i.e. etc. vs. cf.', ['e.g.', 'i.e.', 'etc.', 'vs.', 'cf.']],
  ['Dr. Smith (AFP) — yes', ['Dr.', 'Smith', 'AFP', 'yes']],
  ['Dr. Smith and Mr. Jones, Inc.', ['Dr.', 'Smith', 'and', 'Mr.', 'Jones', 'Inc.']],
  ['Jan. 5 and Sept. 12', ['Jan.', '5', 'and', 'Sept.', '12']],
  ['St. Louis', ['St.', 'Louis']],
  // `No` is not an abbreviation, and `10` starts with white space, so the sentences stay apart.
  ['No. 10 Downing St.', ['No', '10', 'Downing', 'St.']],
  // Sentence context: a single letter or a number of up to three digits keeps
  // a sentence-final full stop; a full stop that is no longer last once
  // sentences merge (lower-case start, `...`) joins the word before.
  ['Plan B. The', ['Plan', 'B.', 'The']],
  ['It was 100. Then 1000. Then', ['It', 'was', '100.', 'Then', '1000', 'Then']],
  ['He said no. and left', ['He', 'said', 'no.', 'and', 'left']],
  ['Wait. ... Then', ['Wait.', 'Then']],
  ['He said "no." Then', ['He', 'said', 'no', 'Then']],
  ['Hello?! Yes!!! Ok…', ['Hello', 'Yes', 'Ok']],
  ['"Quote," he said.', ['Quote', 'he', 'said']],
  // Scripts, diacritics, combining marks.
  ['中文 字符 日本語', ['中文', '字符', '日本語']],
  ['Москва, Київ', ['Москва', 'Київ']],
  ['café naïve São Paulo', ['café', 'naïve', 'São', 'Paulo']],
  ['e\u0301te cafe\u0301', ['e\u0301te', 'cafe\u0301']],
  // Characters outside the BMP are symbols (parse-latin reads code units);
  // U+FE0F (variation selector) is a word character.
  ['emoji 😀 👍🏽 ❤️ end', ['emoji', '\uFE0F', 'end']],
  ['abc😀def 𝐀𝐁', ['abc', 'def']],
  // White space of every kind, NUL, lone surrogates.
  ['tab\there\nnew\r\nline\rend\u00A0nbsp\u2009thin', ['tab', 'here', 'new', 'line', 'end', 'nbsp', 'thin']],
  ['lone \uD800 high \uDC00 low x\uD800y', ['lone', 'high', 'low', 'x', 'y']],
  ['a\u0000b', ['a', 'b']],
  ['', []],
  ['   \n\n ... !!', []],
  // Abbreviations before a sentence's last full stop: the lower-cased list
  // (up to 5 code units, any case), the case-sensitive one (ASCII capital
  // first), and longer words, which keep no stop.
  ['It was Thurs. Then sept. Then', ['It', 'was', 'Thurs.', 'Then', 'sept.', 'Then']],
  ['He left Northants. Then Messrs. Then', ['He', 'left', 'Northants.', 'Then', 'Messrs.', 'Then']],
  ['It was Thursd. Then northants. Then', ['It', 'was', 'Thursd', 'Then', 'northants', 'Then']]
]

describe('hand-checked words', () => {
  test.each(cases)('%j', (text, expected) => {
    expect(words(text)).toEqual(expected)
    expect(nlcstWords(text)).toEqual(expected)
    expect(spans(text).map(([start, end]) => text.slice(start, end))).toEqual(expected)
  })
})

describe('forEachWord', () => {
  test('visits UTF-16 offsets', () => {
    expect(spans('U.S. troops, e-mail')).toEqual([
      [0, 4],
      [5, 11],
      [13, 19]
    ])
    expect(spans('😀 ab')).toEqual([[3, 5]])
  })

  test('a call from `visit` gets its own scratch memory', () => {
    const outer: string[] = []
    const inner: string[][] = []
    const text = 'Dr. Smith said the U.S. troops left. Then 24/7 news.'
    forEachWord(text, (start, end) => {
      outer.push(text.slice(start, end))
      inner.push(words(text.slice(start)))
    })
    expect(outer).toEqual(nlcstWords(text))
    expect(inner[0]).toEqual(nlcstWords(text))
  })

  test('names a bad argument', () => {
    expect(() => words(42 as unknown as string)).toThrow(new TypeError('Expected a string, not `number` (42)'))
    expect(() => forEachWord('a', null as unknown as () => void)).toThrow(TypeError)
  })
})

describe('equals retext-english', () => {
  const folder = new URL('../fixtures/', import.meta.url)
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()

  test.each(names)('fixture %s', (name) => {
    const text = readFileSync(new URL(name, folder), 'utf8')
    expect(words(text)).toEqual(nlcstWords(text))
  })

  test('all fixtures as one text, cut into chunks', () => {
    // Long enough to be tokenized in several chunks (over 128 Ki code units).
    const parts: string[] = []
    let size = 0
    while (size < 400_000) {
      for (const name of names) {
        const text = readFileSync(new URL(name, folder), 'utf8')
        parts.push(text)
        size += text.length
      }
    }
    const text = parts.join('\n\nThe agency reported. And then some. ')
    expect(words(text)).toEqual(nlcstWords(text))
  })

  test('every UTF-16 code unit, in the contexts where its class matters', () => {
    // Word, white space, punctuation or symbol; and the flags parse-latin
    // tests: lower-case initial (`no. xa`), numerical (`x.1.`), closing
    // affix (`B.x Then`), inner-word symbol (`axb`), repetition (`xx`).
    const differing: string[] = []
    for (let code = 0; code < 0x1_00_00; code++) {
      const c = String.fromCharCode(code)
      const text = `a${c}b ${c}${c}a Go no. ${c}a Plan B.${c} Then ${c}.1. ok`
      if (JSON.stringify(words(text)) !== JSON.stringify(nlcstWords(text))) differing.push(code.toString(16))
    }
    expect(differing).toEqual([])
  })

  // What news text holds: words and names, numbers, abbreviations and
  // initialisms, elisions, every kind of punctuation, symbols, emoji, other
  // scripts, combining marks, white space of every kind, lone surrogates.
  const pieces = [
    'a', 'b', 'o', 'ol', 'n', 'N', 'w', 'W', 'em', 'tis', 'twas', 'cause', '90', '90s', '1', '22', '333', '4444',
    'Dr', 'Mr', 'Inc', 'St', 'US', 'U', 'S', 'e', 'g', 'i', 'x', 'Then', 'the', 'and', 'Jan', 'etc', 'ibid', 'no', 'cf',
    'é', 'ß', 'İ', 'K', 'ж', '中文', '\u0301', '.', '..', '...', '!', '?', '…', '‽', ',', ';', ':', '-', '--', '—', '–',
    '/', '//', '&', '@', '=', '_', '__', "'", '’', '"', '“', '”', '(', ')', '[', ']', '«', '»', '$', '%', '#', '°',
    '😀', '👍🏽', '\uD800', '\uDC00', '\u0000', '\u00AD', '·', ' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00A0'
  ]
  const newsLike = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join(''))

  test('on strings built from what news text holds', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        expect(words(text)).toEqual(nlcstWords(text))
      }),
      {numRuns: 5000}
    )
  })

  // Dense in punctuation and symbols, which the merge steps walk from one to
  // the next: runs a single merge swallows (`a.-b`, `'n'`), full stops in
  // and after sentences, sentences without words, and words after a final
  // terminal marker.
  const marksDense = fc
    .array(
      fc.constantFrom('a', 'B', 'w', 'n', 'o', 'em', '1', '100', 'Dr', 'U', ' ', '\n\n', '.', '. ', '..', '!', '?', '…', ',', ';', '-', '/', '&', '@', "'", '’', '_', ')', '"', '$'),
      {maxLength: 50}
    )
    .map((parts) => parts.join(''))

  test('on strings dense in punctuation and symbols', () => {
    fc.assert(
      fc.property(marksDense, (text) => {
        expect(words(text)).toEqual(nlcstWords(text))
      }),
      {numRuns: 5000}
    )
  })

  test('on arbitrary strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary', maxLength: 60}), fc.string({unit: 'grapheme', maxLength: 60})), (text) => {
        expect(words(text)).toEqual(nlcstWords(text))
      }),
      {numRuns: 3000}
    )
  })
})

describe('robustness', () => {
  test('never throws; offsets increase and stay inside the string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary'}), fc.string({unit: 'grapheme'}), fc.string()), (text) => {
        const found = spans(text)
        expect(found.map(([start, end]) => text.slice(start, end))).toEqual(words(text))
      }),
      {numRuns: 3000}
    )
  })

  test('linear time on long, repetitive inputs', {timeout: 180_000}, () => {
    const patterns = ['a-', 'a.', 'a. ', 'A. ', '.', "'", 'a/', '&a', 'a_', '😀', '\uD800', 'word ', 'x. y', 'ab. Cd. ']
    for (const pattern of patterns) {
      const text = pattern.repeat(Math.ceil(2_000_000 / pattern.length))
      // Growth, not a time limit: eight times the text may cost at most 40
      // times as long (linear is eight, quadratic 64), the best of five runs
      // each, so a busy machine does not decide. The bound was 24 until a
      // full `npm test` measured 27.7 for a lone surrogate on unchanged
      // tokenizer code: `process.cpuUsage` counts the whole process, and
      // other test files run beside this one.
      expect(growth(text), JSON.stringify(pattern)).toBeLessThan(40)
    }
  })

  test('linear time on long runs of punctuation and word-less sentences', {timeout: 180_000}, () => {
    const patterns = ['. ', '.-', 'a.-', '-. a', "'n", '!?', ', .', 'a-.b']
    for (const pattern of patterns) {
      const text = pattern.repeat(Math.ceil(2_000_000 / pattern.length))
      // Growth, not a time limit, as in the test above (bound 40).
      expect(growth(text), JSON.stringify(pattern)).toBeLessThan(40)
    }
  })

  test('chunks of a long text give the words of the whole', () => {
    // Cut points need `word. Capital`; build a text full of them, and of
    // the contexts around a cut that a merge could reach across.
    const sentence = [
      "Officials said the U.S. Army's plan. ",
      'Then Dr. Smith left at 5 p.m. ',
      "Prices rose 1,200. 'Tis said. ",
      'It was announced. W/ friends. ',
      'Markets tumbled. And-or. ',
      'Economy shrank. ... Really. ',
      'Reports emerged.\n\nNext paragraph o\' the day. '
    ]
    const text = Array.from({length: 10_000}, (_, index) => sentence[index % sentence.length]).join('')
    expect(text.length).toBeGreaterThan(4 * 65_536)
    expect(words(text)).toEqual(nlcstWords(text))
  })
})

/**
 * How much longer `forEachWord` takes on `text` than on its first eighth (best of three runs each), in
 * this process's CPU time: other processes on a busy machine take wall time, not this process's CPU
 * time, so they do not decide the ratio (wall time gave growths of 48 at a load of 16 on 2 cores).
 */
function growth(text: string): number {
  const cpuMs = (): number => {
    const {user, system} = process.cpuUsage()
    return (user + system) / 1000
  }
  const best = (input: string): number => {
    let fastest = Number.POSITIVE_INFINITY
    for (let run = 0; run < 5; run++) {
      const start = cpuMs()
      forEachWord(input, () => undefined)
      fastest = Math.min(fastest, cpuMs() - start)
    }
    return fastest
  }
  // Warm the JIT first; times under 2 ms are noise (and below the clock's step).
  forEachWord(text, () => undefined)
  const small = best(text.slice(0, Math.floor(text.length / 8)))
  return best(text) / Math.max(small, 2)
}
