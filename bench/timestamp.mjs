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
// Run: node --expose-gc bench/timestamp.mjs [--base <checkout>]. Builds
// src/time/normalize-timestamp.ts with tsup into bench/.cache/time first, so
// the figures are of the source as it is (a stale dist/ would not be). With
// `--base`, also builds that checkout's (an older commit, `git archive <commit>
// | tar -x -C <dir>`, with its own `npm ci`) into bench/.cache/time-base and
// times it in the same rounds on the realistic and splitDump mixes: the A/B
// of a change in one run. Reads only files of this repository (and the base).
import {execFileSync} from 'node:child_process'
import {rmSync} from 'node:fs'
import os from 'node:os'
import {fileURLToPath, pathToFileURL} from 'node:url'
import * as chrono from 'chrono-node'
import {ages, dates, fixtureLines, nonTimes} from './timestamp-inputs.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Build `checkout`'s normalizeTimestamp (this repository by default) into `bench/.cache/<folder>` and import it. */
async function loadOurs(checkout = root, folder = 'time') {
  const out = root + 'bench/.cache/' + folder
  rmSync(out, {recursive: true, force: true})
  execFileSync(
    'npx',
    ['tsup', 'src/time/normalize-timestamp.ts', '--no-config', '--format', 'esm', '-d', out, '--no-dts', '--silent'],
    {cwd: checkout, stdio: 'inherit'}
  )
  return (await import(pathToFileURL(out + '/normalize-timestamp.js').href)).normalizeTimestamp
}

const headerMix = [...ages, ...dates, ...nonTimes]

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
  return new Function('cpuMs', `return ${measureLoop.toString()}`)(cpuMs)
}

const normalizeTimestamp = await loadOurs()
const baseIndex = process.argv.indexOf('--base')
const baseCheckout = baseIndex === -1 ? undefined : process.argv[baseIndex + 1]
const baseTimestamp = baseCheckout === undefined ? undefined : await loadOurs(baseCheckout.replace(/\/?$/, '/'), 'time-base')
const reference = new Date('2025-07-23T12:00:00Z')
const calls = fixtureLines()
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
if (baseTimestamp) {
  // The same three mixes as ours, in the same order, so both builds' code
  // has seen the same headers when it is timed.
  contenders.baseRealistic = [realistic, (text) => baseTimestamp(text, {reference})]
  contenders.baseHeaders = [headerMix, (text) => baseTimestamp(text, {reference})]
  contenders.baseSplit = [calls, (text) => baseTimestamp(text)]
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
if (baseTimestamp) {
  console.log(`\nA/B against the base build (${baseCheckout}), same rounds:\n`)
  console.log('| build | input | calls per CPU second | calls per wall second | read per pass |')
  console.log('| --- | --- | ---: | ---: | ---: |')
  console.log(row('base', 'realistic', result.baseRealistic, realistic.length))
  console.log(row('this', 'realistic', result.oursRealistic, realistic.length))
  console.log(row('base', 'headers only', result.baseHeaders, headerMix.length))
  console.log(row('this', 'headers only', result.oursHeaders, headerMix.length))
  console.log(row('base', "splitDump's calls", result.baseSplit, calls.length))
  console.log(row('this', "splitDump's calls", result.split, calls.length))
  const speedup = (ours, base) => `${(ours.opsPerSecond / base.opsPerSecond).toFixed(2)}× per CPU second`
  console.log(`\nthis / base: realistic ${speedup(result.oursRealistic, result.baseRealistic)}, headers only ${speedup(result.oursHeaders, result.baseHeaders)}, splitDump's calls ${speedup(result.split, result.baseSplit)}; base realistic / chrono ${(result.baseRealistic.opsPerSecond / result.chronoRealistic.opsPerSecond).toFixed(1)}×`)
}
