// The shape prefilters in front of the line classifier's costly tests (the
// time normaliser, the one-line header shapes, the photo-credit marks, the
// post and lower-case-link rules) may only turn a line away that the test
// behind them rejects too. Rows are hand-checked; the sweep over every
// fixture line holds each prefilter to the reader it guards.
import {describe, expect, test} from 'vitest'
import {fixtureLines} from './fixture-lines.js'
import {classifyLines, LineClass, mayBeOneLineHeader} from '../src/split/classify.js'
import {getDefaultChromeCues} from '../src/split/cues.js'
import {mayBeTime} from '../src/split/header.js'
import {defaultHeaderShapes, readOneLineHeader} from '../src/split/header-shapes.js'
import {scanLines} from '../src/split/lines.js'
import {normalizeTimestamp} from '../src/time/normalize-timestamp.js'
import {matchKnownOutlet, mayMatchWhole} from '../src/outlet/normalize-outlet.js'
import {getDefaultOutletRegistry} from '../src/outlet/registry.js'

const cues = getDefaultChromeCues()

/** The class of one line read on its own. */
function classOf(line: string): number {
  return readLine(line).code
}

/** The class and parts of one line read on its own. */
function readLine(line: string) {
  const lines = scanLines(line)
  const classes = classifyLines({text: line, lines, cues, shapes: defaultHeaderShapes, outlets: undefined})
  return {code: classes.codes[0]!, parts: classes.parts.get(0)}
}

describe('mayBeTime', () => {
  test('a digit or a whole time word, in any case', () => {
    expect(mayBeTime('Updated 4:51 AM')).toBe(true)
    expect(mayBeTime('an hour ago')).toBe(true)
    expect(mayBeTime('YESTERDAY')).toBe(true)
    expect(mayBeTime('Just now')).toBe(true)
    // Two letters, the shortest time word.
    expect(mayBeTime('3hr')).toBe(true)
    expect(mayBeTime('hr')).toBe(true)
    // A word is a run of ASCII letters: `é` ends one, so `ago` stands alone.
    expect(mayBeTime('caféago')).toBe(true)
    expect(mayBeTime('(ago)')).toBe(true)
  })

  test('a time word inside a longer word is none', () => {
    expect(mayBeTime('Agony in the garden')).toBe(false)
    expect(mayBeTime('Nowhere to run')).toBe(false)
    expect(mayBeTime('Dayton Daily News')).toBe(false)
    expect(mayBeTime('Markets fall again')).toBe(false)
    expect(mayBeTime('')).toBe(false)
  })

  test('every fixture line the time normaliser reads passes it', () => {
    const missed = fixtureLines().filter((line) => line.length <= 64 && normalizeTimestamp(line) !== null && !mayBeTime(line))
    expect(missed).toEqual([])
  })
})

describe('mayBeOneLineHeader', () => {
  test('a join of a shape, or a digit where a space-joined age can stand', () => {
    expect(mayBeOneLineHeader('Reuters · 2h', defaultHeaderShapes)).toBe(true)
    expect(mayBeOneLineHeader('2 hours ago · The Guardian', defaultHeaderShapes)).toBe(true)
    expect(mayBeOneLineHeader('The Hill 5h', defaultHeaderShapes)).toBe(true)
    expect(mayBeOneLineHeader('5h The Hill', defaultHeaderShapes)).toBe(true)
    // A join with no time anywhere: no header.
    expect(mayBeOneLineHeader('Markets | World', defaultHeaderShapes)).toBe(false)
    // The digit sits in the fourth word from either end: no space-joined age holds it.
    expect(mayBeOneLineHeader('Fed holds rates at 5.25% as inflation cools', defaultHeaderShapes)).toBe(false)
    expect(readOneLineHeader('Fed holds rates at 5.25% as inflation cools', defaultHeaderShapes, cues)).toBeNull()
    // One word: nothing to split.
    expect(mayBeOneLineHeader('2026', defaultHeaderShapes)).toBe(false)
    // Past the longest one-line header.
    expect(mayBeOneLineHeader(`Reuters · 2h ${'x'.repeat(80)}`, defaultHeaderShapes)).toBe(false)
  })

  test('every fixture line read as a one-line header passes it', () => {
    const missed = fixtureLines().filter((line) => readOneLineHeader(line, defaultHeaderShapes, cues) !== null && !mayBeOneLineHeader(line, defaultHeaderShapes))
    expect(missed).toEqual([])
  })
})

describe('mayMatchWhole', () => {
  const registry = getDefaultOutletRegistry()
  /** The rules the line classifier takes a name as known by. */
  const isWhole = (name: string) => ['exact', 'hostname', 'syndication'].includes(matchKnownOutlet(name, registry)?.rule ?? '')

  test('names, hosts, bracketed hosts and syndicated names may match; headlines and credits do not', () => {
    expect(mayMatchWhole('Reuters', registry)).toBe(true)
    expect(mayMatchWhole('reuters.com', registry)).toBe(true)
    expect(mayMatchWhole('The Star (thestar.com.my)', registry)).toBe(true)
    expect(mayMatchWhole('The Independent on MSN', registry)).toBe(true)
    expect(isWhole('The Independent on MSN')).toBe(true)
    expect(mayMatchWhole('Bank of England raises rates', registry)).toBe(false)
    // Known, but by a rule on its parts (`byline`, `separator`, `suffix`), which the classifier does not take.
    expect(matchKnownOutlet('By Jane Doe, Reuters', registry)?.rule).toBe('byline')
    expect(mayMatchWhole('By Jane Doe, Reuters', registry)).toBe(false)
    expect(matchKnownOutlet('Headline | Reuters', registry)?.rule).toBe('separator')
    expect(mayMatchWhole('Headline | Reuters', registry)).toBe(false)
    expect(matchKnownOutlet('Reuters Staff', registry)?.rule).toBe('suffix')
    expect(mayMatchWhole('Reuters Staff', registry)).toBe(false)
  })

  test('every registry name and alias, and every fixture line and its parts, that matches whole passes it', () => {
    const names = new Set<string>()
    for (const entry of registry.entries) {
      names.add(entry.name)
      for (const alias of entry.aliases) names.add(alias)
      if (entry.domain !== null) names.add(entry.domain)
    }
    for (const line of fixtureLines()) {
      if (line.length > 120) continue
      names.add(line)
      // The tails and heads the classifier asks about (`Headline - Outlet`, `By Jane Doe, Outlet`).
      for (const join of [' - ', ' – ', ' — ', ' | ', ' · ', ', ', ': ', ' / ']) for (const part of line.split(join)) names.add(part.trim())
    }
    expect(names.size).toBeGreaterThan(10_000)
    const missed = [...names].filter((name) => !mayMatchWhole(name, registry) && isWhole(name))
    expect(missed).toEqual([])
  })
})

describe('the classes behind the prefilters', () => {
  test('photo credits, by their marks', () => {
    expect(classOf('Rescue workers at the site in Kyiv. REUTERS/Jane Doe')).toBe(LineClass.caption)
    expect(classOf('Rescue workers at the site in Kyiv. Getty Images')).toBe(LineClass.caption)
    expect(classOf('Rescue workers at the site in Kyiv, Shutterstock')).toBe(LineClass.caption)
    // A long body line ending in a credit: only its end is read.
    expect(classOf(`${'Rescue workers searched the rubble for hours. '.repeat(50)}AFP via Getty Images`)).toBe(LineClass.caption)
    // `G` and `S` that open no mark.
    expect(classOf(`${'Germany and Spain searched the rubble for Sam. '.repeat(50)}`)).toBe(LineClass.prose)
  })

  test('post lines open with `Posted`, in any case', () => {
    // Past the longest age line (64), so the time normaliser does not take them first.
    const post = 'osted by EditorDavid on Tuesday December 01, 2026 @05:08PM from the follow-the-money dept.'
    expect(classOf(`P${post}`)).toBe(LineClass.meta)
    expect(classOf(`p${post}`)).toBe(LineClass.meta)
    expect(classOf(`Rep${post}`)).not.toBe(LineClass.meta)
  })

  test('tails that close a bracket', () => {
    // An unread count after a feed's name.
    expect(readLine('NPR (6)')).toMatchObject({code: LineClass.outlet, parts: {outlet: 'NPR', shape: 'outlet (count)'}})
    // A site and a reading time after a headline.
    expect(readLine('Fed holds rates steady again (reuters.com)')).toMatchObject({code: LineClass.headline, parts: {outlet: 'reuters.com', title: 'Fed holds rates steady again', tail: 'known'}})
    expect(readLine('How the Fed decides on rates (6 minute read)').parts).toMatchObject({title: 'How the Fed decides on rates', outlet: null})
    // A tag of an ad at either end.
    expect(classOf('Ship faster with Acme Cloud (Sponsor)')).toBe(LineClass.sponsor)
    expect(classOf('[Sponsored] Ship faster with Acme Cloud')).toBe(LineClass.sponsor)
    expect(classOf('Ship faster with Acme Cloud [Ad]')).toBe(LineClass.sponsor)
    expect(classOf('Ship faster with Acme Cloud')).toBe(LineClass.headline)
  })

  test('bylines open with a prefix, credits close with an end', () => {
    expect(readLine('By Jane Doe, Reuters')).toMatchObject({code: LineClass.byline, parts: {byline: 'Jane Doe', outlet: 'Reuters'}})
    expect(readLine('Written by Jane Doe')).toMatchObject({code: LineClass.byline, parts: {byline: 'Jane Doe'}})
    expect(readLine('Jane Doe / The Verge:')).toMatchObject({code: LineClass.byline, parts: {byline: 'Jane Doe', outlet: 'The Verge', shape: 'credit'}})
  })

  test('a lower-case link has no capital', () => {
    expect(classOf('port strike negotiations')).toBe(LineClass.chrome)
    expect(classOf('Port strike negotiations')).not.toBe(LineClass.chrome)
    expect(classOf('port strike negotiations in LA')).not.toBe(LineClass.chrome)
  })
})
