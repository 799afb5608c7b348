// The `newsdump split` command end to end: time and peak memory (RSS) on a
// large dump, as a file (streamed, its passes read it again) and from a pipe
// (read once, held in memory), against `splitDump` on the same text in this
// process. Self-contained: the dump is the fixtures/*.txt dumps concatenated
// until it reaches the size asked for (default 40 MB), in a temporary file
// that is removed afterwards. Needs dist/ (`npm run build`).
//
//   node bench/cli.mjs [megabytes]
//
// Prints a Markdown table for docs/benchmarks.md. The ratios to read: the
// command's time over splitDumpStream's in this process (what starting Node,
// reading, decoding and writing the output cost on top of the streamed split
// it runs), and both over splitDump's.
import {spawn} from 'node:child_process'
import {createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {splitDump, splitDumpStream} from '../dist/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const target = Number(process.argv[2] ?? 40) * 1e6
const reference = '2025-07-23T14:00:00Z'

const fixtures = join(root, 'fixtures')
const pieces = readdirSync(fixtures)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(fixtures, name), 'utf8').replace(/^\uFEFF/, ''))
const parts = []
let size = 0
for (let index = 0; size < target; index++) {
  const piece = pieces[index % pieces.length] + '\n\n'
  parts.push(piece)
  size += Buffer.byteLength(piece)
}
const text = parts.join('')

const folder = mkdtempSync(join(tmpdir(), 'newsdump-bench-cli-'))
process.on('exit', () => rmSync(folder, {recursive: true, force: true}))
const file = join(folder, 'dump.txt')
writeFileSync(file, text)
// Reports the child's peak RSS on standard error as it exits.
const hook = join(folder, 'rss.mjs')
writeFileSync(hook, "process.on('exit', () => process.stderr.write(`\\nmaxRSS ${process.resourceUsage().maxRSS}\\n`))\n")

/** Run a shell line; its time and the command's peak RSS in MB. */
function measure(line) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn('bash', ['-c', line], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {...process.env, NEWSDUMP: `node --import ${hook} ${cli}`}
    })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000
      const rss = /maxRSS (\d+)/.exec(stderr)
      if (code !== 0 || !rss) reject(new Error(`${line} failed (${code}): ${stderr}`))
      else resolve({seconds, rss: Number(rss[1]) / 1024})
    })
  })
}

async function best(line, runs = 3) {
  const results = []
  for (let run = 0; run < runs; run++) results.push(await measure(line))
  return results.reduce((a, b) => (a.seconds < b.seconds ? a : b))
}

// In process: splitDump on the whole text, best of 3 after a warm-up.
let articles = 0
splitDump(text, {reference})
let inMemory = Number.POSITIVE_INFINITY
for (let run = 0; run < 3; run++) {
  const start = performance.now()
  articles = splitDump(text, {reference}).articles.length
  inMemory = Math.min(inMemory, (performance.now() - start) / 1000)
}

// In process: splitDumpStream over a file stream, what the command runs.
let streamed = Number.POSITIVE_INFINITY
for (let run = 0; run < 3; run++) {
  const start = performance.now()
  for await (const event of splitDumpStream(() => createReadStream(file, {encoding: 'utf8', highWaterMark: 256 * 1024}), {reference})) void event
  streamed = Math.min(streamed, (performance.now() - start) / 1000)
}

const megabytes = size / 1e6
const cases = [
  ['`split --reference` (table), a file', `$NEWSDUMP split --quiet --reference ${reference} ${file} > /dev/null`],
  ['`split --jsonl --reference`, a file', `$NEWSDUMP split --quiet --jsonl --reference ${reference} ${file} > /dev/null`],
  ['`split` (table), a file, the reference from the capture estimate', `$NEWSDUMP split --quiet ${file} > /dev/null`],
  ['`cat dump.txt \\| split --jsonl --reference`, a pipe held in memory', `cat ${file} | $NEWSDUMP split --quiet --jsonl --reference ${reference} > /dev/null`],
  ['`split --csv --reference`, a file', `$NEWSDUMP split --quiet --csv --reference ${reference} ${file} > /dev/null`]
]
const rows = []
for (const [name, line] of cases) {
  const result = await best(line)
  rows.push(`| ${name} | ${result.seconds.toFixed(2)} s | ${(megabytes / result.seconds).toFixed(1)} MB/s | ${(result.seconds / inMemory).toFixed(1)}× | ${Math.round(result.rss)} MB |`)
}

console.log(`Machine: ${cpus()[0].model} (${cpus().length} cores), Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`)
console.log(`Input: the fixtures concatenated, ${megabytes.toFixed(1)} MB of UTF-8, ${articles.toLocaleString('en-US')} articles. Best of 3 runs each.`)
console.log('')
console.log('| run | time | throughput | ÷ splitDump | peak RSS |')
console.log('| --- | --- | --- | --- | --- |')
console.log(`| \`splitDump\` in process, the text in memory | ${inMemory.toFixed(2)} s | ${(megabytes / inMemory).toFixed(1)} MB/s | 1.0× | — |`)
console.log(`| \`splitDumpStream\` in process, over a file stream | ${streamed.toFixed(2)} s | ${(megabytes / streamed).toFixed(1)} MB/s | ${(streamed / inMemory).toFixed(1)}× | — |`)
for (const row of rows) console.log(row)
