// Check that a change to the splitter changes no output: run an old build
// and this checkout's build over the same dumps and report every dump whose
// JSON differs (spans, articles, layout, provenance, confidence, warnings),
// for `splitDump` and for `splitDumpStream` (its events, collected).
//
// The dumps: the fixtures (the seeds and their variants, fixtures/*.txt),
// every page fixture (fixtures/pages/), the evaluation pages (eval/pages/),
// the inputs of bench/split.mjs (daily8 pages built from ../shared/corpora,
// when it is there) and of bench/mixed.mjs (the page fixtures), each alone
// and pasted together as multi-page dumps; each split without options and
// with a reference time.
//
// An old build:
//   git archive <base> | tar -x -C /tmp/base-speed
//   cd /tmp/base-speed && npm ci && npm run build
// Then, with this checkout built (npm run build):
//   node scripts/compare-split.mjs /tmp/base-speed
//
// With `--variants`, each dump is also compared with its line feeds made
// CRLF, CR, NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR
// (U+2029), with a byte order mark (U+FEFF) before its first line, and with every `s`
// made LATIN SMALL LETTER LONG S (U+017F, which a case-insensitive Unicode
// cue pattern matches as `s`), and streamed in chunks of 997 code units as
// well as 4096 (so that chunks cut CRLF pairs and lines anywhere).
//
// Exit code 1 when any dump differs; the first few differences are shown.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {corporaAvailable, daily8Pages} from '../bench/daily8-pages.mjs'

const root = new URL('../', import.meta.url)
const variants = process.argv.includes('--variants')
const basePath = resolve(process.argv.slice(2).find((argument) => !argument.startsWith('--')) ?? '/tmp/base-speed')
if (!existsSync(`${basePath}/dist/index.js`)) {
  console.error(`compare-split: no build at ${basePath}/dist (build the old checkout first)`)
  process.exit(2)
}
const base = await import(pathToFileURL(`${basePath}/dist/index.js`).href)
const head = await import(new URL('dist/index.js', root).href)

/** Every `.txt` under a folder of the repository, sorted, as `[name, text]`. */
function textsUnder(relative) {
  const folder = new URL(relative, root)
  if (!existsSync(folder)) return []
  return readdirSync(folder, {recursive: true})
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => [`${relative}${name}`, readFileSync(new URL(name, folder), 'utf8')])
}

const dumps = [...textsUnder('fixtures/').filter(([name]) => !name.startsWith('fixtures/pages/')), ...textsUnder('fixtures/pages/'), ...textsUnder('eval/pages/')]

// Multi-page dumps: every page fixture pasted together, with and without a
// blank line between, and the seeds concatenated without final newlines.
const pageTexts = dumps.filter(([name]) => name.startsWith('fixtures/pages/')).map(([, text]) => text)
dumps.push(['pasted: page fixtures, blank line between', pageTexts.join('\n\n')], ['pasted: page fixtures, nothing between', pageTexts.join('')])
const seeds = dumps.filter(([name]) => /^fixtures\/00\d_/.test(name)).map(([, text]) => text.trimEnd())
dumps.push(['pasted: seeds without final newlines', seeds.join('\n')])

// bench/split.mjs's pages (the first 300), and a dump of 40 of them pasted together.
if (corporaAvailable) {
  const daily8 = daily8Pages({count: 300})
  for (const [index, text] of daily8.entries()) dumps.push([`bench/split.mjs page ${index}`, text])
  dumps.push(['bench/split.mjs pages 0-39 pasted', daily8.slice(0, 40).join('')])
} else {
  console.log('compare-split: ../shared/corpora is missing; the daily8 bench pages are not compared.')
}

if (variants) {
  const kinds = [
    ['CRLF', (text) => text.replaceAll('\n', '\r\n')],
    ['CR', (text) => text.replaceAll('\n', '\r')],
    ['NEL', (text) => text.replaceAll('\n', '\u0085')],
    ['U+2028', (text) => text.replaceAll('\n', '\u2028')],
    ['U+2029', (text) => text.replaceAll('\n', '\u2029')],
    ['BOM', (text) => `\uFEFF${text}`],
    ['long s', (text) => text.replaceAll('s', '\u017F')]
  ]
  for (const [name, text] of dumps.splice(0)) {
    dumps.push([name, text])
    for (const [kind, make] of kinds) dumps.push([`${name} (${kind})`, make(text)])
  }
}

const optionSets = [
  ['no options', undefined],
  ['reference 2026-12-03T09:00:00Z', {reference: '2026-12-03T09:00:00Z'}]
]

const chunkSizes = variants ? [4096, 997] : [4096]

async function streamed(library, text, options) {
  const events = []
  for (const size of chunkSizes) {
    const chunks = () => {
      const list = []
      for (let offset = 0; offset < text.length; offset += size) list.push(text.slice(offset, offset + size))
      return list
    }
    for await (const event of library.splitDumpStream(chunks, options)) events.push(event)
  }
  return events
}

let compared = 0
const differences = []
for (const [name, text] of dumps) {
  for (const [label, options] of optionSets) {
    compared++
    const before = JSON.stringify(base.splitDump(text, options))
    const after = JSON.stringify(head.splitDump(text, options))
    if (before !== after) differences.push({name, label, api: 'splitDump', before, after})
    const streamBefore = JSON.stringify(await streamed(base, text, options))
    const streamAfter = JSON.stringify(await streamed(head, text, options))
    if (streamBefore !== streamAfter) differences.push({name, label, api: 'splitDumpStream', before: streamBefore, after: streamAfter})
  }
}

/** Where two strings first differ, with some context. */
function firstDifference(a, b) {
  let at = 0
  while (at < a.length && at < b.length && a[at] === b[at]) at++
  return {before: a.slice(Math.max(0, at - 80), at + 120), after: b.slice(Math.max(0, at - 80), at + 120)}
}

console.log(`compare-split: ${dumps.length} dumps${variants ? ' (with their line-ending, BOM and long-s variants)' : ''} x ${optionSets.length} option sets (${compared} splits, each by splitDump and splitDumpStream in chunks of ${chunkSizes.join(' and ')}), old build ${basePath}`)
if (differences.length === 0) {
  console.log('compare-split: every output is byte-identical.')
} else {
  console.log(`compare-split: ${differences.length} output${differences.length === 1 ? '' : 's'} differ:`)
  for (const difference of differences) console.log(`  ${difference.api}: ${difference.name} (${difference.label})`)
  for (const difference of differences.slice(0, 5)) {
    const {before, after} = firstDifference(difference.before, difference.after)
    console.log(`\n${difference.api}: ${difference.name} (${difference.label})\n  old: …${before}…\n  new: …${after}…`)
  }
  process.exitCode = 1
}
