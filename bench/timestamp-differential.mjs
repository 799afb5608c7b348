// Differential check of the time readers against an older build: every
// input below, under several option sets, must give the same result (or the
// same error) from `normalizeTimestamp`, `matchTimestamp` and `parseDateline`
// of this checkout and of the base, except the inputs listed in
// `intendedDifferences` (forms the base gave `null` for and this checkout
// reads, each with a test of its own). It also checks this checkout against
// itself: whatever the default rules read, a copy of them
// (`{rules: [...timestampRules]}`, which skips the shape prefilter and the
// fast path for simple ages) must read the same way, so those two never
// change a reading. (The copy reads a few lines the prefilter refuses, such
// as `-12:00`: they are listed, not failed.)
//
// Run: node bench/timestamp-differential.mjs <base checkout>
// (`git archive <commit> | tar -x -C <dir>; cd <dir>; npm ci`). Builds both
// with tsup into bench/.cache/. Exits 1 on any unlisted difference.
// Inputs: bench/timestamp-inputs.mjs, every line of the fixtures, every string
// literal of the time tests, and titles, first lines and dates of the first
// 4,000 documents of each of two corpora in ../shared/corpora when present.
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {ages, dates, fixtureLines, nonTimes} from './timestamp-inputs.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const base = process.argv[2]
if (!base) {
  console.error('Usage: node bench/timestamp-differential.mjs <base checkout>')
  process.exit(2)
}

/**
 * Inputs whose result is meant to differ from the base's: the forms this
 * checkout reads and the base did not (base `null`, this one a timestamp).
 */
const intendedDifferences = new Set([
  // Branch times2: a credit the line lost after `by` or `via`, the `*` after
  // an updated time, a reading time beside the time
  // (test/timestamp-real-forms.test.ts) …
  'Posted 2 days ago by',
  '3 days ago via',
  'Mar 3, 2020, 7:19 am*',
  'Jul 22, 2025, 7:19 pm*',
  '3 min read · Just now',
  '5 min read · Jul 22, 2025',
  '2 days ago · 3 min read',
  '22 July 2025 • 4 minute read',
  // … and the Indian press's dateline with a colon (test/dateline.test.ts).
  'SRINAGAR, July 21: The encounter in J&K',
  'JAMMU, Dec 19: A workshop on Stress',
  'NEW DELHI, July 23, 2025: The court'
])

async function build(checkout, folder) {
  const out = root + 'bench/.cache/' + folder
  rmSync(out, {recursive: true, force: true})
  execFileSync(
    'npx',
    ['tsup', 'src/time/normalize-timestamp.ts', 'src/time/parse-dateline.ts', '--no-config', '--format', 'esm', '-d', out, '--no-dts', '--silent'],
    {cwd: checkout, stdio: 'inherit'}
  )
  return {
    ...(await import(pathToFileURL(out + '/normalize-timestamp.js').href)),
    ...(await import(pathToFileURL(out + '/parse-dateline.js').href))
  }
}

function stringLiterals(file) {
  const text = readFileSync(file, 'utf8')
  const found = []
  for (const match of text.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`/g)) {
    const body = match[1] ?? match[2] ?? match[3] ?? ''
    try {
      // Read the escapes (`\u00a0`, `\n`) as the test does; a literal that does not parse is taken as written.
      found.push(JSON.parse('"' + body.replace(/\\'/g, "'").replace(/\\`/g, '`').replace(/(?<!\\)"/g, '\\"') + '"'))
    } catch {
      found.push(body)
    }
  }
  return found
}

function corpusLines(name, fields) {
  const file = root + '../shared/corpora/' + name
  if (!existsSync(file)) {
    console.log(`bench/timestamp-differential.mjs: ${file} is missing (../shared beside the checkout); its corpus lines are not compared.`)
    return []
  }
  const lines = []
  const text = readFileSync(file, 'utf8')
  let start = 0
  for (let count = 0; count < 4000; count++) {
    const end = text.indexOf('\n', start)
    if (end === -1) break
    const record = JSON.parse(text.slice(start, end))
    start = end + 1
    for (const field of fields) {
      const value = record[field]
      if (typeof value === 'string') lines.push(field === 'body' ? value.split('\n')[0] : value)
    }
  }
  return lines
}

const testFiles = readdirSync(root + 'test')
  .filter((file) => /^(timestamp|dateline|chrono-differential|split-time-options)/.test(file))
  .map((file) => root + 'test/' + file)
const inputs = [
  ...new Set([
    ...ages, ...dates, ...nonTimes,
    ...fixtureLines(Infinity),
    ...testFiles.flatMap(stringLiterals),
    ...corpusLines('reuters21578.jsonl', ['title', 'body', 'date']),
    ...corpusLines('bbc.jsonl', ['title', 'body'])
  ])
]
// Around each input: the white space and case pages add.
const variants = (text) => [text, ` ${text} `, `\t${text}\n`, `\u00a0${text}`, text.toLowerCase(), text.toUpperCase()]

const reference = new Date('2025-07-23T12:00:00Z')
const optionSets = [
  undefined,
  {reference},
  {reference: '2025-07-23T12:00:00'},
  {reference: 1_753_272_000_000, timeZone: 'America/New_York'},
  {reference, timeZone: '+05:30', dateOrder: 'dmy'},
  {dateOrder: 'mdy'}
]

function outcome(call) {
  try {
    return JSON.stringify(call())
  } catch (error) {
    return `${error?.name}: ${error?.message}`
  }
}

const ours = await build(root, 'differential-this')
const theirs = await build(base.replace(/\/?$/, '/'), 'differential-base')
const copy = [...ours.timestampRules]
let checked = 0
let intended = 0
const unexpected = []
const prefilterOnly = new Set()
for (const input of inputs) {
  for (const text of variants(input)) {
    for (const options of optionSets) {
      checked++
      const now = outcome(() => ours.matchTimestamp(text, options))
      const before = outcome(() => theirs.matchTimestamp(text, options))
      const viaCopy = outcome(() => ours.matchTimestamp(text, {...options, rules: copy}))
      if (viaCopy !== now) {
        if (now === 'null') prefilterOnly.add(text)
        else unexpected.push({input, text, options, kind: 'default rules vs a copy of them', now, other: viaCopy})
      }
      if (outcome(() => ours.normalizeTimestamp(text, options)) !== outcome(() => ours.matchTimestamp(text, options)?.timestamp ?? null)) {
        unexpected.push({input, text, options, kind: 'normalizeTimestamp vs matchTimestamp', now, other: ''})
      }
      if (now !== before) {
        if (intendedDifferences.has(input) && before === 'null') intended++
        else unexpected.push({input, text, options, kind: 'this vs base', now, other: before})
      }
      const datelineNow = outcome(() => ours.parseDateline(text, options && {reference: options.reference}))
      const datelineBefore = outcome(() => theirs.parseDateline(text, options && {reference: options.reference}))
      if (datelineNow !== datelineBefore && intendedDifferences.has(input) && datelineBefore === 'null') intended++
      else if (datelineNow !== datelineBefore) {
        unexpected.push({input, text, options, kind: 'parseDateline this vs base', now: datelineNow, other: datelineBefore})
      }
    }
  }
}
console.log(`${inputs.length} inputs, ${checked} calls each of matchTimestamp, normalizeTimestamp and parseDateline; ${intended} intended differences (${intendedDifferences.size} listed inputs)`)
if (prefilterOnly.size > 0) console.log(`refused by the prefilter, read by a copy of the rules: ${JSON.stringify([...prefilterOnly])}`)
for (const difference of unexpected.slice(0, 40)) console.log(JSON.stringify(difference))
if (unexpected.length > 0) {
  const kinds = new Map()
  for (const {input, kind} of unexpected) kinds.set(kind + ': ' + JSON.stringify(input), (kinds.get(kind + ': ' + JSON.stringify(input)) ?? 0) + 1)
  for (const [what, count] of kinds) console.log(`${count}× ${what}`)
  console.log(`${unexpected.length} unexpected differences on ${new Set(unexpected.map((difference) => difference.input)).size} inputs`)
  process.exit(1)
}
console.log('no unexpected differences')
