// Throughput of normalizeTimestamp against chrono-node's parseDate on the
// same header strings. Run: node bench/timestamp.mjs
// Uses dist/ when it is built and exports normalizeTimestamp; otherwise
// builds src/time/normalize-timestamp.ts into bench/.cache/time with tsup.
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import os from 'node:os'
import {fileURLToPath, pathToFileURL} from 'node:url'
import * as chrono from 'chrono-node'

const root = fileURLToPath(new URL('..', import.meta.url))

async function loadOurs() {
  const dist = new URL('../dist/index.js', import.meta.url)
  if (existsSync(dist)) {
    const module = await import(dist.href)
    if (typeof module.normalizeTimestamp === 'function') return {normalizeTimestamp: module.normalizeTimestamp, from: 'dist/index.js'}
  }
  execFileSync(
    'npx',
    ['tsup', 'src/time/normalize-timestamp.ts', '--format', 'esm', '-d', 'bench/.cache/time', '--no-dts', '--silent'],
    {cwd: root, stdio: 'inherit'}
  )
  const built = pathToFileURL(root + 'bench/.cache/time/normalize-timestamp.js')
  const module = await import(built.href)
  return {normalizeTimestamp: module.normalizeTimestamp, from: 'bench/.cache/time (tsup build of src)'}
}

// The seeds' ages, weighted as they occur, plus other ages and absolute forms.
const headers = [
  '26 minutes ago', '7 minutes ago', '14 minutes ago', 'an hour ago', 'an hour ago',
  '2 hours ago', '2 hours ago', '2 hours ago', '4 hours ago', 'a minute ago',
  '5 mins ago', '3h ago', 'yesterday', '2 days ago', 'a week ago', 'last month',
  'Updated 5 minutes ago', 'about an hour ago', 'July 23, 2025', '23 July 2025',
  'Wed, 23 Jul 2025 10:00:00 GMT', '2025-07-23T14:05:00Z', 'Jul 23',
  'Updated 3:41 PM EDT, Wed July 23, 2025', 'July 23, 2025 at 2:05 pm'
]
const reference = new Date('2025-07-23T12:00:00Z')

function measure(parse, minimumMs = 1500) {
  // Warm up, then time whole passes over the list until minimumMs passed.
  for (let index = 0; index < 2000; index++) parse(headers[index % headers.length])
  let operations = 0
  let sink = 0
  const started = performance.now()
  let elapsed = 0
  while (elapsed < minimumMs) {
    for (const header of headers) {
      if (parse(header)) sink++
    }
    operations += headers.length
    elapsed = performance.now() - started
  }
  return {opsPerSecond: (operations / elapsed) * 1000, parsed: sink / (operations / headers.length)}
}

const {normalizeTimestamp, from} = await loadOurs()
// Alternate the two for five rounds and keep each one's median, so that a
// slow moment of the machine does not land on one side only.
const rounds = {ours: [], theirs: []}
for (let round = 0; round < 5; round++) {
  rounds.ours.push(measure((text) => normalizeTimestamp(text, {reference}), 1000))
  rounds.theirs.push(measure((text) => chrono.parseDate(text, reference), 1000))
}
const median = (results) => results.sort((a, b) => a.opsPerSecond - b.opsPerSecond)[2]
const ours = median(rounds.ours)
const theirs = median(rounds.theirs)

const format = (value) => Math.round(value).toLocaleString('en-US')
console.log(`## normalizeTimestamp vs chrono-node parseDate\n`)
console.log(`- machine: ${os.cpus()[0]?.model ?? 'unknown'} (${os.cpus().length} cores), ${os.platform()} ${os.release()}`)
console.log(`- node: ${process.version}; chrono-node: parseDate(text, reference)`)
console.log(`- date: ${new Date().toISOString()}`)
console.log(`- ours from: ${from}`)
console.log(`- ${headers.length} header strings (seed ages and absolute dates), one parse per string per op; median of 5 alternating 1 s rounds\n`)
console.log('| parser | ops/s | strings read per pass |')
console.log('| --- | ---: | ---: |')
console.log(`| newsdump normalizeTimestamp | ${format(ours.opsPerSecond)} | ${ours.parsed} / ${headers.length} |`)
console.log(`| chrono-node parseDate | ${format(theirs.opsPerSecond)} | ${theirs.parsed} / ${headers.length} |`)
console.log(`\nratio (ours / chrono): **${(ours.opsPerSecond / theirs.opsPerSecond).toFixed(1)}×** (target ≥ 10×)`)
