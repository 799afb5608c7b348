// ReDoS: a second opinion beside `npm run lint` (eslint-plugin-regexp). The
// lint cannot see patterns kept as data (src/split/cues.json), so those are
// linted here with the same config; and redos-detector checks every pattern
// in src/ for ambiguity (more than one way to match the same input).
import {Linter} from 'eslint'
import {isSafePattern} from 'redos-detector'
import {expect, test} from 'vitest'
import {collectRegExps, type FoundRegExp} from './regexps.js'

const {found, dynamic} = collectRegExps()

/**
 * Patterns redos-detector scores as ambiguous, each read by a person: bounded
 * ambiguity, or backtracking that stays linear (eslint-plugin-regexp's
 * `no-super-linear-*` rules, which model backtracking, pass them all).
 * Keyed by file and the start of the source: a pattern whose start changes
 * is checked again.
 */
const reviewed: Array<{file: string; startsWith: string; why: string}> = [
  {
    file: 'src/split/layouts/chat.ts',
    startsWith: String.raw`^(?:(?:today|yesterday|`,
    why: 'hitMaxSteps only: a chat time stamp; the day forms overlap (`Wed`, `Wed, Dec 3`), but every repeat is bounded (`{0,6}`, `{1,4}`, `{1,2}`), anchored at both ends and asked only of lines of at most 80 characters that hold a clock time'
  },
  {
    file: 'src/split/layouts/chat.ts',
    startsWith: String.raw`^(\[(?:(?:today|yesterday|`,
    why: 'hitMaxSteps only: the same stamp, bracketed or not, then a sender bounded by `{1,32}` / `{0,39}`; anchored at `^`, so one pass per line, asked only of lines of at most 400 characters that hold a clock time'
  },
  {
    file: 'src/split/layouts/chat.ts',
    startsWith: String.raw`(?:^|[\s,·|–—-])(?:(?:today|`,
    why: 'hitMaxSteps only: the same stamp at the end of a line (`$`); tried at each offset, but only of lines of at most 80 characters, so at most 80 bounded attempts'
  },
  {
    file: 'src/split/cues.json',
    startsWith: String.raw`^(?:an? )?(?:message|note|letter|word) from `,
    why: 'hitMaxSteps only: every alternative is a literal word, no quantifier but `?` on single letters and groups, anchored at both ends; a line is matched in one pass (the own-voice heading pattern of the 2026-12-03 review fix)'
  },
  {
    file: 'src/similarity/word-reader.ts',
    startsWith: String.raw`\((?:(?:AP|AFP|`,
    why: 'unanchored (`/g`), so any ambiguity scores infinite; the only overlap is between the two optional tails inside one pair of parentheses, bounded by `{0,80}` / `{1,300}` and `[^()\\n]` (cannot run past the closing parenthesis)'
  },
  {
    file: 'src/time/parsers/iso-date.ts',
    startsWith: String.raw`^(\d{4})-(\d{2})-(\d{2})`,
    why: '`T` separator vs a `[A-Za-z]{2,5}` zone and ` +` vs ` *` overlap at most two ways each; anchored at `^`, so a failing input backtracks O(n) once'
  },
  {
    file: 'src/time/parse-dateline.ts',
    startsWith: String.raw`(?:(\p{Lu}`,
    why: 'place / region / month words overlap (`Kyiv, July 23`), but every repeat is `{0,3}` or `{0,2}` and separated by a required space; sticky (`y`) at one offset over a head of at most 400 characters'
  },
  {
    file: 'src/time/parse-dateline.ts',
    startsWith: String.raw`(\p{Lu}[\p{Lu}`,
    why: 'as above (redos-detector times out on it rather than finding an unbounded trail)'
  },
  {
    file: 'src/similarity/dateline-span.ts',
    startsWith: String.raw`(?:(\p{Lu}`,
    why: "the patterns of src/time/parse-dateline.ts, copied for similarity's wrapper (see there): every repeat is `{0,3}` or `{0,2}` and separated by a required space; sticky (`y`) at one offset over a head of at most 400 characters"
  },
  {
    file: 'src/similarity/dateline-span.ts',
    startsWith: String.raw`(\p{Lu}[\p{Lu}`,
    why: 'as above (redos-detector times out on it rather than finding an unbounded trail)'
  },
  {
    file: 'src/split/cues.json',
    startsWith: String.raw`^#[\p{L}\p{N}_]{1,60}(?:[ ,]{1,3}#`,
    why: 'hashtag lists: tags, `[ ,]` separators and `#` are disjoint, so there is one way to match; redos-detector times out enumerating `{0,40}` × `{1,60}`'
  },
  {
    file: 'src/split/cues.json',
    startsWith: String.raw`^(?:senior |chief |deputy |acting )?(?:political|`,
    why: 'a role line: alternations of fixed words and no repeat at all, so a match is at most as long as the longest path (about 60 characters); the only overlaps are words that share a start (`politics` / `political`, `sport` / `sports`), decided by the next character; anchored at both ends'
  },
  {
    file: 'src/split/cues.json',
    startsWith: String.raw`^(?:[a-z'’.-]{1,20} ){1,6}contributed`,
    why: 'a contributor line: words of a class without a space, each ending in one required space, so a word cannot be cut two ways; a word of the names may spell `contributed`, but then the literal after it fails at once; every repeat bounded ({1,6} × {1,20}, {0,3}), anchored at both ends, on a line of at most 160 characters'
  },
  {
    file: 'src/split/cues.json',
    startsWith: String.raw`^(?!(?:the|a|an|he|she|it|they|this|that|his|her|our|their) )`,
    why: "an author's bio line: the name and the adjectives are words of a class without a space, joined by required single spaces, so each cut is fixed by the spaces; the job word may also be read as an adjective, but then the required job word after it is missing: bounded ({1,3}, {0,4}, each word {1,20}), anchored, on a line of at most 160 characters (redos-detector runs out of steps enumerating the products)"
  }
]

const fileOf = (where: string) => where.replace(/[:#].*$/, '')
const reviewOf = (regexp: FoundRegExp) =>
  reviewed.find((entry) => entry.file === fileOf(regexp.where) && regexp.source.startsWith(entry.startsWith))

test('every RegExp in src has a constant source, or reads cues.json', () => {
  expect(found.length).toBeGreaterThan(50)
  // createChromeCues compiles cues.json's patterns, which are collected from the JSON itself.
  expect(dynamic.map(fileOf)).toEqual(['src/split/cues.ts'])
  expect(found.filter((regexp) => regexp.where.startsWith('src/split/cues.json')).length).toBeGreaterThan(0)
})

test('cue patterns in cues.json pass the regexp lint', async () => {
  // A variable path: eslint.config.js is plain JS without types.
  const configPath = '../eslint.config.js'
  const config = ((await import(configPath)) as {default: Linter.Config[]}).default
  const cues = found.filter((regexp) => regexp.where.startsWith('src/split/cues.json'))
  const code = cues.map((regexp) => `new RegExp(${JSON.stringify(regexp.source)}, ${JSON.stringify(regexp.flags)})\n`).join('')
  const messages = new Linter({configType: 'flat'})
    .verify(code, config, {filename: 'src/split/cues.json.ts'})
    // Data has no literal to prefer; that rule is about the generated line, not the pattern.
    .filter((message) => message.ruleId !== 'prefer-regex-literals')
  expect(messages.map((message) => `${cues[message.line - 1]?.where ?? message.line}: ${message.ruleId}: ${message.message}`)).toEqual([])
})

test('redos-detector finds every pattern unambiguous, or it was reviewed', {timeout: 600_000}, () => {
  const unsafe: string[] = []
  // Reviewed patterns are not run again (they take most of the time); the
  // lint still checks them on every run.
  for (const regexp of found.filter((regexp) => !reviewOf(regexp))) {
    const unicode = regexp.flags.includes('u') || regexp.flags.includes('v')
    // A generous time limit: the detector times out on a loaded machine (2 cores, many jobs) on patterns it proves safe when given the time.
    const options = {unicode, dotAll: regexp.flags.includes('s'), multiLine: regexp.flags.includes('m'), timeout: 20_000}
    // redos-detector refuses `i` with `u`: check such a pattern with `u`, and
    // with `i` too when it reads the same without `u` (no `\p{…}`, `\u{…}`).
    const runs = [{...options, caseInsensitive: regexp.flags.includes('i') && !unicode}]
    if (regexp.flags.includes('i') && unicode && !/\\[pPu]\{/.test(regexp.source)) {
      runs.push({...options, unicode: false, caseInsensitive: true})
    }
    for (const run of runs) {
      const result = isSafePattern(regexp.source, run)
      if (!result.safe) {
        const mode = `${run.unicode ? 'u' : ''}${run.caseInsensitive ? 'i' : ''}`
        unsafe.push(`${regexp.where} /${regexp.source}/${regexp.flags} (checked as ${mode || 'no flags'}): ${result.error ?? 'unsafe'}`)
        break
      }
    }
  }
  expect(unsafe).toEqual([])
  // Keep the list honest: each entry still names a pattern in src/.
  const stale = reviewed.filter((entry) => !found.some((regexp) => reviewOf(regexp) === entry))
  expect(stale).toEqual([])
})
