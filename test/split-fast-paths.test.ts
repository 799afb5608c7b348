// The splitter's fast paths may only skip work whose answer they know: the
// line-end finder gives `lineEnd`'s ends, the cue literals and prefixes are
// held by every match of their pattern, and the cue engine's tables (the
// line signatures, the patterns by a key's first two characters, the
// sponsor prefixes by first character) answer as the plain loops do. Rows
// are hand-checked; the sweeps hold each shortcut to what it stands for.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {fixtureLines} from './fixture-lines.js'
import cueData from '../src/split/cues.json' with {type: 'json'}
import {chromeKey, createChromeCues, getDefaultChromeCues, IRREGULAR_SPACE, isChromeLine, isSponsorLine, requiredLiteral, requiredPrefixes} from '../src/split/cues.js'
import {lineEnd, LineEnds, scanLines} from '../src/split/lines.js'
import {classifyLines, LineClass, lineFactsOf} from '../src/split/classify.js'
import {textFactsOf} from '../src/split/header.js'
import {defaultHeaderShapes, readOneLineHeader} from '../src/split/header-shapes.js'

describe('LineEnds', () => {
  test('finds each kind of terminator, in order', () => {
    const text = 'a\nb\r\nc\rd\u0085e\u2028f\u2029g'
    const ends = new LineEnds(text, text.length)
    expect([0, 2, 5, 7, 9, 11, 13].map((start) => ends.at(start))).toEqual([1, 3, 6, 8, 10, 12, 14])
  })

  test('stops at its limit, before a terminator past it', () => {
    const ends = new LineEnds('abc\ndef\n', 2)
    expect(ends.at(0)).toBe(2)
  })

  test('agrees with lineEnd on any text of terminators and letters', () => {
    const unit = fc.constantFrom('a', ' ', '\n', '\r', '\u0085', '\u2028', '\u2029', 'é')
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 40}), fc.nat(40), (units, cut) => {
        const text = units.join('')
        const limit = Math.min(cut, text.length)
        const ends = new LineEnds(text, limit)
        for (let start = 0; start < limit; start++) expect(ends.at(start)).toBe(lineEnd(text, start, limit))
      })
    )
  })
})

describe('requiredLiteral', () => {
  test('the longest run at the top level', () => {
    expect(requiredLiteral('^[^.!?]{0,120}\\bcontributed(?: reporting)? to this (?:report|story|article)$')).toBe('contributed')
    expect(requiredLiteral('^explore what .{1,60} can do for you$')).toBe(' can do for you')
    // A quantified character is no part of a run: `tags?` holds `tag`.
    expect(requiredLiteral('^tags?: [^.!?]{1,60}$')).toBe('tag')
    // An escaped character is a literal one.
    expect(requiredLiteral('^[a-z]{2,5}\\.(?:jpe?g|png)$')).toBe('.')
    // Lower case, whatever the source's case.
    expect(requiredLiteral('^Read More$')).toBe('read more')
  })

  test('none under a top-level alternation, an escape it cannot read, or inside groups only', () => {
    expect(requiredLiteral('^(?:page \\d{1,4}|\\d{1,4} of \\d{1,5})$')).toBe('')
    expect(requiredLiteral('^ab|cd$')).toBe('')
    expect(requiredLiteral('^\\u0041bc$')).toBe('')
    expect(requiredLiteral('^\\p{L}{1,3}$')).toBe('')
  })

  test('a character past ASCII ends a run', () => {
    expect(requiredLiteral('^smart brevity®? count.{0,80}$')).toBe('smart brevity')
  })
})

describe('requiredPrefixes', () => {
  test('the literal start, or each alternative of a first group', () => {
    expect(requiredPrefixes('^no comments(?: yet)?$')).toEqual(['no comments'])
    expect(requiredPrefixes('^(?:thanks|thank you) for reading$')).toEqual(['thanks', 'thank you'])
    // `safe ?search`: the space is optional, so the start is `safe`.
    expect(requiredPrefixes('^(?:safe ?search|region)(?: by)?: x$')).toEqual(['safe', 'region'])
    expect(requiredPrefixes('^(?:this (?:email|newsletter)|today’s newsletter)$')).toEqual(['this ', 'today'])
  })

  test('none for an optional first group, a class, an escape or an unanchored pattern', () => {
    expect(requiredPrefixes('^(?:your )?referral code$')).toBeNull()
    expect(requiredPrefixes('^[a-z]{2,30}-\\d{4,12}$')).toBeNull()
    expect(requiredPrefixes('^\\d{1,5} articles$')).toBeNull()
    expect(requiredPrefixes('read more$')).toBeNull()
    // An alternative with no literal start (`\d…`) leaves the group unread.
    expect(requiredPrefixes('^(?:reading time|\\d{1,3} min read)$')).toBeNull()
  })
})

describe('the cue engine', () => {
  const keys = fixtureLines().map((line) => chromeKey(line))
  // Lines made to meet the patterns: every cue line, and each pattern's prefix and literal with text around.
  const made = [...cueData.lines, ...(cueData.sponsor ?? []), 'Jane Doe contributed to this report', 'ſhare this', 'Thanks for reading! See you']

  test('every match of a cue pattern holds its literal and opens with one of its prefixes', () => {
    for (const {pattern} of cueData.patterns) {
      const expression = new RegExp(pattern, 'iu')
      const literal = requiredLiteral(pattern)
      const prefixes = requiredPrefixes(pattern)
      for (const key of [...keys, ...made.map((line) => chromeKey(line))]) {
        if (!expression.test(key) || /[\u017f\u212a]/.test(key)) continue
        expect(key.includes(literal), `${pattern} on ${key}`).toBe(true)
        if (prefixes !== null) expect(prefixes.some((prefix) => key.startsWith(prefix)), `${pattern} on ${key}`).toBe(true)
      }
    }
  })

  test('every match of a cue pattern with `ends` ends with one of them', () => {
    const addresses = ['1600 Pennsylvania Ave NW, Washington, DC 20500', 'Springfield, IL 62701-1234']
    let matched = 0
    for (const {pattern, ends} of cueData.patterns) {
      if (ends === undefined) continue
      const expression = new RegExp(pattern, 'iu')
      for (const key of [...keys, ...[...made, ...addresses].map((line) => chromeKey(line))]) {
        if (!expression.test(key)) continue
        matched++
        expect(ends.includes(key.charAt(key.length - 1)), `${pattern} on ${key}`).toBe(true)
      }
    }
    expect(matched).toBeGreaterThan(2)
    expect(isChromeLine(addresses[0]!)).toBe(true)
    expect(isChromeLine('Springfield, IL 62701-1234')).toBe(true)
    expect(isChromeLine('Springfield, IL 62701 is a town')).toBe(false)
  })

  test('a long s, which a case-insensitive `s` matches, is not skipped', () => {
    const cues = createChromeCues({lines: [], patterns: [{pattern: '^share (?:on|to) [a-z]{1,20}$', starts: 'sſ'}]})
    expect(isChromeLine('Share on X', cues)).toBe(true)
    expect(isChromeLine('ſhare on X', cues)).toBe(true)
    expect(isChromeLine('Shore on X', cues)).toBe(false)
  })

  test('an empty ending or sponsor prefix fits every key, as the plain loops read it', () => {
    const cues = createChromeCues({lines: [], patterns: [], endings: [''], sponsorPrefixes: ['']})
    expect(isChromeLine('Anything at all', cues)).toBe(true)
    expect(isSponsorLine('Anything at all', cues)).toBe(true)
  })

  test('chromeKey collapses white space where IRREGULAR_SPACE finds some, as its regular expression did', () => {
    expect(chromeKey('Most  read')).toBe('most read')
    expect(chromeKey('Most\tread')).toBe('most read')
    expect(chromeKey('Most\u00a0read')).toBe('most read')
    expect(chromeKey('Most\u200bread')).toBe('most\u200bread')
    /** The key as it was built before the loop: the regular expression decides. */
    const before = (line: string): string => {
      let end = line.length
      while (end > 0 && ':.,…>»› '.includes(line.charAt(end - 1))) end--
      let key = line.slice(0, end).toLowerCase()
      if (key.charCodeAt(0) >= 0x2190) key = key.replace(/^\p{Extended_Pictographic}\uFE0F?\s*/u, '')
      return IRREGULAR_SPACE.test(key) ? key.replace(/\s+/g, ' ') : key
    }
    for (const line of fixtureLines()) expect(chromeKey(line)).toBe(before(line))
    const unit = fc.constantFrom('a', 'B', ' ', '\t', '\n', '\u00a0', '\u1680', '\u2009', '\u2028', '\u202f', '\u3000', '\ufeff', '\u200b', '\u180e', 'é', '.')
    fc.assert(
      fc.property(fc.array(unit, {minLength: 1, maxLength: 12}), (units) => {
        const line = units.join('')
        expect(chromeKey(line)).toBe(before(line))
      })
    )
  })

  test('the bundled cues: fixture lines that are chrome, and ones that are not', () => {
    const cues = getDefaultChromeCues()
    expect(isChromeLine('Jane Doe contributed to this report.', cues)).toBe(true)
    expect(isChromeLine('Thanks for reading!', cues)).toBe(true)
    expect(isChromeLine('Tags: politics, trade', cues)).toBe(true)
    expect(isChromeLine('Thanksgiving travel hits a record', cues)).toBe(false)
    expect(isChromeLine('Sponsored by Northstar Card', cues)).toBe(true)
    expect(isChromeLine('Spotify raises prices again', cues)).toBe(false)
  })
})

describe('lineFactsOf', () => {
  const cues = getDefaultChromeCues()
  const context = (text: string) => {
    const lines = scanLines(text)
    return {text, lines, cues, classes: classifyLines({text, lines, cues, shapes: defaultHeaderShapes, outlets: undefined})}
  }

  test('a lower-case link is chrome by its class, not by the cue list; a credit line and an age are read as such', () => {
    const page = context('port strike negotiations\nShare\n- Reuters\n2 hours ago\nReuters')
    const facts = lineFactsOf(page)
    expect(page.classes.chrome[0]).toBe(1)
    expect([0, 1, 2, 3, 4].map((index) => facts.isCue(index))).toEqual([false, true, false, false, false])
    expect([0, 1, 2, 3, 4].map((index) => facts.isCredit(index))).toEqual([false, false, true, false, false])
    expect([0, 1, 2, 3, 4].map((index) => facts.isAge(index))).toEqual([false, false, false, true, false])
  })

  test('the cue and credit facts answer as the plain tests do on every fixture line, and asked twice, alike', () => {
    const lines = fixtureLines()
    // Each line twice: a second sighting is answered from the line memo.
    const page = context([...lines, ...lines].join('\n'))
    const facts = lineFactsOf(page)
    const plain = textFactsOf(page.text, page.lines, cues)
    // (`isAge` is `isAgeAt`, unchanged here and left out: it answers no for a one-line header that opens
    // with its age, `5 hours ago · Miami Herald`, which `isAgeLine` reads whole.)
    for (let index = 0; index < page.lines.length; index++) {
      expect([facts.isCue(index), facts.isCredit(index)]).toEqual([plain.isCue(index), plain.isCredit(index)])
      // Asked again: from the table now.
      expect([facts.isCue(index), facts.isCredit(index)]).toEqual([plain.isCue(index), plain.isCredit(index)])
    }
  })
})

describe('the one-line header shapes', () => {
  const cues = getDefaultChromeCues()
  const read = (line: string) => readOneLineHeader(line, defaultHeaderShapes, cues)

  test('a space-joined header of nine words reads; a line of ten does not, as no outlet is that long', () => {
    // Three words of age, a zone moved to it, five of outlet: the longest such header.
    expect(read('Dec 2, 2026 UTC New York Times Book Review')).toEqual({outlet: 'New York Times Book Review', age: 'Dec 2, 2026 UTC', byline: null, shape: 'age outlet'})
    expect(read('Los Angeles Times Book Review 5 hours ago')).toEqual({outlet: 'Los Angeles Times Book Review', age: '5 hours ago', byline: null, shape: 'outlet age'})
    expect(read('Dec 2, 2026 UTC The New York Times Book Review')).toBeNull()
    expect(read('The Los Angeles Times Book Review 5 hours ago')).toBeNull()
    // A joined shape is not bound so: eleven words (the join is one) still read.
    expect(read('Los Angeles Times Book Review Weekly Edition · 5 hours ago')).toEqual({outlet: 'Los Angeles Times Book Review Weekly Edition', age: '5 hours ago', byline: null, shape: 'outlet · age'})
  })

  test('a doubled space parts a line once; neither part keeps the other space', () => {
    expect(read('The Hill  5h')).toEqual({outlet: 'The Hill', age: '5h', byline: null, shape: 'outlet age'})
    expect(read('5h  The Hill')).toEqual({outlet: 'The Hill', age: '5h', byline: null, shape: 'age outlet'})
    expect(read('The Hill 5h')).toEqual({outlet: 'The Hill', age: '5h', byline: null, shape: 'outlet age'})
  })
})

describe('captions', () => {
  const cues = getDefaultChromeCues()
  const classes = (text: string) => [...classifyLines({text, lines: scanLines(text), cues, shapes: defaultHeaderShapes, outlets: undefined}).codes]

  test('a line that opens as a caption, in either case, or ends in a credit; not one that opens otherwise', () => {
    // Each opens with one of the patterns' letters, in either case, or `(`; the last but one ends in a credit; the last opens with another letter.
    const lines = ['Illustrations by: Acme Studio', 'graphics credit: Jane Doe', 'Sources: Company filings and Acme', '(Photos: John Roe for the Herald)', '(picture Jane Doe)', 'Credit...Jane Doe for The New York Times', 'credit… Jane Doe', 'Firefighters at the scene. REUTERS/Jane Doe', 'Ship photo: a headline about ships']
    expect(classes(lines.join('\n'))).toEqual([...Array.from({length: 8}, () => LineClass.caption), LineClass.headline])
  })
})
