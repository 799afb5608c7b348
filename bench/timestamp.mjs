// Throughput of normalizeTimestamp, in one run:
// 1. against chrono-node's parseDate on two header mixes (target: at least
//    20x on the realistic one):
//    - realistic: what splitDump asks about in the fixtures (every trimmed
//      line of at most 64 characters: ages, outlet and credit lines,
//      headlines, as often as they occur), plus absolute dates with zones
//      as publisher pages and feeds print them;
//    - headers only: a list weighted towards timestamps (ages, dates with
//      zones, and a few non-times), the harder case for us;
// 2. on splitDump's own call mix alone, read without a reference, as the
//    splitter's `isAgeLine` asks. Target: at least 3 million calls a second.
// Run: node bench/timestamp.mjs. Builds src/time/normalize-timestamp.ts with
// tsup into bench/.cache/time first, so the figures are of the source as it
// is (a stale dist/ would not be). Reads only files of this repository.
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import {fileURLToPath, pathToFileURL} from 'node:url'
import * as chrono from 'chrono-node'

const root = fileURLToPath(new URL('..', import.meta.url))

async function loadOurs() {
  rmSync(root + 'bench/.cache/time', {recursive: true, force: true})
  execFileSync(
    'npx',
    ['tsup', 'src/time/normalize-timestamp.ts', '--format', 'esm', '-d', 'bench/.cache/time', '--no-dts', '--no-config', '--silent'],
    {cwd: root, stdio: 'inherit'}
  )
  const built = pathToFileURL(root + 'bench/.cache/time/normalize-timestamp.js')
  return (await import(built.href)).normalizeTimestamp
}

// Ages as aggregators print them, the seeds' most often.
const ages = [
  '26 minutes ago', '7 minutes ago', '14 minutes ago', 'an hour ago', 'an hour ago',
  '2 hours ago', '2 hours ago', '2 hours ago', '4 hours ago', 'a minute ago',
  '5 mins ago', '3h ago', 'yesterday', '2 days ago', 'a week ago', 'last month',
  'Updated 5 minutes ago', 'about an hour ago', '2h', '• 2h', '2 hr. ago',
  'Updated 2 hours ago | Reuters', 'an hour and a half ago', 'Yesterday at 5:30 PM'
]
// Dates and times with zones, as publisher pages and feeds print them.
const dates = [
  'July 23, 2025', '23 July 2025', 'Wed, 23 Jul 2025 10:00:00 GMT', '2025-07-23T14:05:00Z',
  'Jul 23', 'Updated 3:41 PM EDT, Wed July 23, 2025', 'July 23, 2025 at 2:05 pm',
  'Published 23 July 2025, 10:31 BST', '2025-07-23 10:31:00+00:00', 'Wed 23 Jul 2025 10.00 EDT',
  'Tue 10:31', '10:31 AM'
]
// What else splitDump asks about: outlet and credit lines and headlines.
const nonTimes = [
  'Reuters', 'The Guardian', '- Reuters', 'SBS Australia', '- SBS Australia', 'The Times',
  'Al Jazeera', 'Associated Press', 'Hashtags', 'Comments', 'Related Articles',
  'Russia and Ukraine discuss further prisoner swaps in Istanbul talks',
  'Trump says he will meet Putin', 'Five killed in strikes', 'May I ask a question?',
  'July heatwave breaks records across Europe'
]
const headerMix = [...ages, ...dates, ...nonTimes]

function splitDumpCalls() {
  const folder = new URL('../fixtures/', import.meta.url)
  const lines = []
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt')).sort()) {
    for (const line of readFileSync(new URL(name, folder), 'utf8').split(/\r?\n|\r/)) {
      const trimmed = line.trim()
      if (trimmed.length > 0 && trimmed.length <= 64) lines.push(trimmed)
    }
  }
  return lines
}

/** CPU time of this process in ms: on a shared machine, wall time counts the other processes' turns too. */
function cpuMs() {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}

function measureLoop(strings, parse, minimumMs) {
  // Start each contender clean (run with --expose-gc): no garbage of the
  // other one is collected on its time.
  globalThis.gc?.()
  // Warm up, then time whole passes over the list until minimumMs of CPU passed.
  for (let index = 0; index < 5000; index++) parse(strings[index % strings.length])
  let operations = 0
  let sink = 0
  const started = cpuMs()
  const wallStarted = performance.now()
  let elapsed = 0
  while (elapsed < minimumMs) {
    for (const text of strings) {
      if (parse(text)) sink++
    }
    operations += strings.length
    elapsed = cpuMs() - started
  }
  return {
    opsPerSecond: (operations / elapsed) * 1000,
    wallOpsPerSecond: (operations / (performance.now() - wallStarted)) * 1000,
    parsed: Math.round(sink / (operations / strings.length))
  }
}

/**
 * A copy of `measureLoop` of its own for each contender, so that its call
 * site sees one parser only (as a caller's loop does) and the engine may
 * inline it, for chrono and for us alike.
 */
function measurerFor() {
  // eslint-disable-next-line no-new-func
  return new Function('cpuMs', `return ${measureLoop.toString()}`)(cpuMs)
}

const normalizeTimestamp = await loadOurs()
const reference = new Date('2025-07-23T12:00:00Z')
const calls = splitDumpCalls()
// The dates once for every 25 lines: a few of the headers of a day's dumps.
const realistic = [...calls, ...dates.flatMap((date) => [date, date])]

// Alternate the contenders for five rounds and keep each one's median, so
// that a slow moment of the shared machine does not land on one side only.
const contenders = {
  oursRealistic: [realistic, (text) => normalizeTimestamp(text, {reference})],
  chronoRealistic: [realistic, (text) => chrono.parseDate(text, reference)],
  oursHeaders: [headerMix, (text) => normalizeTimestamp(text, {reference})],
  chronoHeaders: [headerMix, (text) => chrono.parseDate(text, reference)],
  split: [calls, (text) => normalizeTimestamp(text)]
}
const measurers = Object.fromEntries(Object.keys(contenders).map((name) => [name, measurerFor()]))
const rounds = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]))
for (let round = 0; round < 5; round++) {
  for (const [name, [strings, parse]] of Object.entries(contenders)) rounds[name].push(measurers[name](strings, parse, 600))
}
const median = (results) => [...results].sort((a, b) => a.opsPerSecond - b.opsPerSecond)[2]
const result = Object.fromEntries(Object.entries(rounds).map(([name, results]) => [name, median(results)]))

const format = (value) => Math.round(value).toLocaleString('en-US')
const row = (who, input, measured, size) =>
  `| ${who} | ${input} | ${format(measured.opsPerSecond)} | ${format(measured.wallOpsPerSecond)} | ${measured.parsed} / ${size} |`
console.log(`## normalizeTimestamp\n`)
console.log(`Measured on a shared, busy machine (other helpers' builds and tests run beside it): read the ratios, which both sides share, before the absolute figures.\n`)
console.log(`- machine: ${os.cpus()[0]?.model ?? 'unknown'} (${os.cpus().length} cores), ${os.platform()} ${os.release()}`)
console.log(`- node: ${process.version}; chrono-node: parseDate(text, reference)`)
console.log(`- date: ${new Date().toISOString()}`)
console.log(`- load average at the start: ${os.loadavg().map((load) => load.toFixed(1)).join(', ')}`)
console.log(`- ours from: bench/.cache/time (tsup build of src)`)
console.log(`- median of 5 alternating rounds of at least 0.6 s of CPU each, each contender in a loop of its own; calls per second of this process's CPU time (process.cpuUsage, which also counts its GC and compiler threads), and per wall-clock second\n`)
console.log('| contender | input | calls per CPU second | calls per wall second | read per pass |')
console.log('| --- | --- | ---: | ---: | ---: |')
console.log(row('newsdump normalizeTimestamp', `realistic: splitDump's ${calls.length} fixture lines and ${dates.length * 2} dates`, result.oursRealistic, realistic.length))
console.log(row('chrono-node parseDate', 'the same', result.chronoRealistic, realistic.length))
console.log(row('newsdump normalizeTimestamp', `headers only: ${ages.length} ages, ${dates.length} dates, ${nonTimes.length} non-times`, result.oursHeaders, headerMix.length))
console.log(row('chrono-node parseDate', 'the same', result.chronoHeaders, headerMix.length))
console.log(row('newsdump normalizeTimestamp', `splitDump's calls alone: ${calls.length} fixture lines, no reference`, result.split, calls.length))
const ratio = (ours, theirs) =>
  `${(ours.opsPerSecond / theirs.opsPerSecond).toFixed(1)}× per CPU second, ${(ours.wallOpsPerSecond / theirs.wallOpsPerSecond).toFixed(1)}× per wall second`
console.log(`\nrealistic mix, ours / chrono: **${ratio(result.oursRealistic, result.chronoRealistic)}** (target ≥ 20×)`)
console.log(`headers only, ours / chrono: **${ratio(result.oursHeaders, result.chronoHeaders)}**`)
console.log(`splitDump's call mix: **${(result.split.opsPerSecond / 1e6).toFixed(2)} million calls per CPU second**, ${(result.split.wallOpsPerSecond / 1e6).toFixed(2)} million per wall second (target ≥ 3 million)`)
