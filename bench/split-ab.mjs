// splitDump of an old build against this checkout's, in one process: the
// inputs of bench/split.mjs (daily8 pages) and bench/mixed.mjs (the page
// fixtures, cycled), split by each build in alternating rounds, CPU time of
// the process, best of the rounds. On a shared machine the ratio holds
// where wall times of separate runs do not.
//
//   git archive <base> | tar -x -C /tmp/base; cd /tmp/base; npm ci; npm run build
//   npm run build && node bench/split-ab.mjs /tmp/base [megabytes] [rounds] [stream]
//
// Defaults: 8 MB of each input, 5 rounds. Needs ../shared/corpora for the
// daily8 pages (skipped, and said, without it).
import {readdirSync, readFileSync} from 'node:fs'
import {cpus, loadavg} from 'node:os'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {corporaAvailable, daily8Pages} from './daily8-pages.mjs'

const basePath = resolve(process.argv[2] ?? '/tmp/base-speed')
const size = Number(process.argv[3] ?? 8) * 1e6
const rounds = Number(process.argv[4] ?? 5)
// `stream` as the fifth argument times splitDumpStream too.
const streamed = process.argv[5] === 'stream'
const old = await import(pathToFileURL(`${basePath}/dist/index.js`).href)
const current = await import(new URL('../dist/index.js', import.meta.url).href)

const folder = new URL('../fixtures/pages/', import.meta.url)
const fixtures = []
for (const family of readdirSync(folder, {withFileTypes: true})) {
  if (!family.isDirectory()) continue
  for (const file of readdirSync(new URL(`${family.name}/`, folder)).filter((name) => name.endsWith('.txt')).sort()) {
    fixtures.push(readFileSync(new URL(`${family.name}/${file}`, folder), 'utf8'))
  }
}
const mixed = []
for (let index = 0, built = 0; built < size; index++) {
  mixed.push(fixtures[index % fixtures.length])
  built += fixtures[index % fixtures.length].length
}
const inputs = [['mixed (page fixtures, cycled)', mixed]]
if (corporaAvailable) inputs.unshift(['daily8 (bench/split.mjs pages)', daily8Pages({size})])
else console.log('bench/split-ab.mjs: ../shared/corpora is missing; the daily8 pages are skipped.')

/** CPU seconds of the process to split every page once. */
function cpuSeconds(library, pages) {
  const start = process.cpuUsage()
  for (const text of pages) library.splitDump(text)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1e6
}

/** CPU seconds of the process to stream every page once, in 64 KiB chunks (opened by a function, read twice), as bench/mixed.mjs does. */
async function streamSeconds(library, pages) {
  const start = process.cpuUsage()
  for (const text of pages) {
    const chunks = []
    for (let offset = 0; offset < text.length; offset += 65_536) chunks.push(text.slice(offset, offset + 65_536))
    for await (const event of library.splitDumpStream(() => chunks)) if (event.type === 'end') break
  }
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1e6
}

console.log(`| machine | ${cpus()[0].model} (${cpus().length} cores), Node ${process.version}, load average ${loadavg().map((load) => load.toFixed(1)).join(', ')} at the start |`)
console.log(`| date | ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC |`)
console.log(`| old build | ${basePath} |`)
for (const [label, pages] of inputs) {
  const megabytes = pages.reduce((total, text) => total + text.length, 0) / 1e6
  // Warm both up, then alternate so that both meet the same load.
  cpuSeconds(old, pages)
  cpuSeconds(current, pages)
  const best = {old: Infinity, current: Infinity}
  for (let round = 0; round < rounds; round++) {
    best.old = Math.min(best.old, cpuSeconds(old, pages))
    best.current = Math.min(best.current, cpuSeconds(current, pages))
  }
  console.log(`| ${label}, ${megabytes.toFixed(1)} MB | old ${(megabytes / best.old).toFixed(1)} MB/s, new ${(megabytes / best.current).toFixed(1)} MB/s per CPU second (best of ${rounds}): **${(best.old / best.current).toFixed(2)}x** |`)
  if (!streamed) continue
  const stream = {old: Infinity, current: Infinity}
  for (let round = 0; round < rounds; round++) {
    stream.old = Math.min(stream.old, await streamSeconds(old, pages))
    stream.current = Math.min(stream.current, await streamSeconds(current, pages))
  }
  console.log(`| ${label}, splitDumpStream (64 KiB chunks) | old ${(megabytes / stream.old).toFixed(1)} MB/s, new ${(megabytes / stream.current).toFixed(1)} MB/s (best of ${rounds}): **${(stream.old / stream.current).toFixed(2)}x**; stream / splitDump: old ${(stream.old / best.old).toFixed(2)}x, new ${(stream.current / best.current).toFixed(2)}x |`)
}
