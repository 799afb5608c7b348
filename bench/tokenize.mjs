// The fast word tokenizer (src/similarity/tokenize/) against retext-english.
//
// (a) Agreement: for every BBC story and every Reuters-21578 story in
//     ../shared/corpora (title, blank line, body, as `toNlcst` joins an
//     article), compare `words(text)` with `nlcstWords(text)` and count the
//     stories that differ; print the first differences.
// (b) Throughput on one core, in MB of UTF-8 per second: `forEachWord` and
//     `words` against `unified().use(retextEnglish).parse` on the same
//     stories, one call per story; and `forEachWord` on all of them as one
//     text (tokenized in chunks).
//
// Run with `node bench/tokenize.mjs` (it builds the two modules into
// bench/.cache/tokenize with tsup first); prints a Markdown table. Needs
// ../shared: says so and exits when it is missing.
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {cpus} from 'node:os'
import {fileURLToPath} from 'node:url'

const corpora = new URL('../../shared/corpora/', import.meta.url)
const sources = ['bbc.jsonl', 'reuters21578.jsonl'].map((name) => new URL(name, corpora))
if (!sources.every((source) => existsSync(source))) {
  console.error('bench/tokenize.mjs: ../shared/corpora is missing; nothing to measure.')
  process.exit(0)
}

const root = fileURLToPath(new URL('..', import.meta.url))
execFileSync('npx', ['tsup', 'src/similarity/tokenize.ts', 'src/nlcst.ts', '--no-config', '--format', 'esm', '-d', 'bench/.cache/tokenize', '--no-dts', '--silent'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit']
})
const {forEachWord, words} = await import('./.cache/tokenize/similarity/tokenize.js')
const {nlcstWords} = await import('./.cache/tokenize/nlcst.js')
const {unified} = await import('unified')
const {default: retextEnglish} = await import('retext-english')

/** Stories of one corpus as `title\n\nbody`. */
function stories(source) {
  return readFileSync(source, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map((story) => [story.title ?? '', story.body ?? ''].join('\n\n'))
}

const corpusNames = ['BBC', 'Reuters-21578']
const texts = sources.map((source) => stories(source))

// (a) Agreement.
const agreement = []
const examples = []
for (const [index, list] of texts.entries()) {
  let differing = 0
  let wordCount = 0
  for (const [at, text] of list.entries()) {
    const ours = words(text)
    const theirs = nlcstWords(text)
    wordCount += theirs.length
    let first = 0
    while (first < ours.length && ours[first] === theirs[first]) first++
    if (first === ours.length && ours.length === theirs.length) continue
    differing++
    if (examples.length < 5) {
      examples.push(
        `${corpusNames[index]} #${at}, word ${first}: ours ${JSON.stringify(ours.slice(Math.max(0, first - 2), first + 3))}, retext ${JSON.stringify(theirs.slice(Math.max(0, first - 2), first + 3))}`
      )
    }
  }
  agreement.push({corpus: corpusNames[index], documents: list.length, words: wordCount, differing})
}

// (b) Throughput.
const all = texts.flat()
const bytes = all.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
const joined = all.join('\n\n')
const joinedBytes = Buffer.byteLength(joined)
let sink = 0
const visit = (start, end) => {
  sink += end - start
}
const processor = unified().use(retextEnglish)

/** Best MB/s of `rounds` runs of `run` over `size` bytes. */
function measure(run, size, rounds) {
  let best = 0
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint()
    run()
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    best = Math.max(best, size / 1e6 / seconds)
  }
  return best
}

const rates = {
  forEachWord: measure(() => {
    for (const text of all) forEachWord(text, visit)
  }, bytes, 7),
  words: measure(() => {
    for (const text of all) sink += words(text).length
  }, bytes, 7),
  joined: measure(() => forEachWord(joined, visit), joinedBytes, 7),
  retext: measure(() => {
    for (const text of all) sink += processor.parse(text).children.length
  }, bytes, 2)
}
if (sink === 0) throw new Error('Nothing was tokenized')

const fixed = (value, digits = 1) => value.toFixed(digits)
const lines = [
  `Machine: ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, one core.`,
  '',
  '| Corpus | Documents | Words | Documents differing from retext-english |',
  '| --- | ---: | ---: | ---: |',
  ...agreement.map((row) => `| ${row.corpus} | ${row.documents} | ${row.words} | ${row.differing} (${fixed((100 * row.differing) / row.documents, 2)}%) |`),
  '',
  `| Tokenizer (${all.length} stories, ${fixed(bytes / 1e6)} MB) | MB/s | × retext-english |`,
  '| --- | ---: | ---: |',
  `| \`forEachWord\`, one call per story | ${fixed(rates.forEachWord)} | ${fixed(rates.forEachWord / rates.retext, 0)} |`,
  `| \`words\`, one call per story | ${fixed(rates.words)} | ${fixed(rates.words / rates.retext, 0)} |`,
  `| \`forEachWord\`, all stories as one text | ${fixed(rates.joined)} | ${fixed(rates.joined / rates.retext, 0)} |`,
  `| retext-english \`parse\`, one call per story | ${fixed(rates.retext, 2)} | 1 |`
]
console.log(lines.join('\n'))
if (examples.length > 0) console.log(['', 'First differences:', ...examples.map((line) => `- ${line}`)].join('\n'))
