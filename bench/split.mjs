// Throughput of splitDump in MB/s of dump text on one core.
//
// Builds a large daily8 dump from the Reuters-21578 and BBC stories in
// ../shared/corpora (bench/daily8-pages.mjs: a lead, page chrome, then related
// blocks with outlet and age headers, as aggregator pages print them) and
// splits it repeatedly.
// Run with `npm run build && node bench/split.mjs`; prints a Markdown table
// for docs/benchmarks.md. Needs ../shared: says so and exits when it is missing.
import {cpus} from 'node:os'
import {splitDump} from '../dist/index.js'
import {corporaAvailable, daily8Pages} from './daily8-pages.mjs'

if (!corporaAvailable) {
  console.error('bench/split.mjs: ../shared/corpora is missing; nothing to measure.')
  process.exit(0)
}

// Pages of four to eight related blocks, concatenated into one big text per
// page set, as a crawler would hand them over one at a time.
const pages = daily8Pages({size: 64 * 1024 * 1024})
const size = pages.reduce((total, text) => total + text.length, 0)

function run() {
  let articles = 0
  const start = process.hrtime.bigint()
  for (const text of pages) articles += splitDump(text).articles.length
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  return {seconds, articles}
}

run() // warm up
const runs = [run(), run(), run()]
const best = runs.reduce((a, b) => (a.seconds < b.seconds ? a : b))
const megabytes = size / 1e6
console.log(`| machine | ${cpus()[0].model}, Node ${process.version} |`)
console.log(`| date | ${new Date().toISOString().slice(0, 10)} |`)
console.log(`| input | ${pages.length} pages, ${megabytes.toFixed(1)} MB (UTF-16 code units / 1e6), ${best.articles} articles |`)
console.log(`| splitDump, best of 3 | ${(megabytes / best.seconds).toFixed(1)} MB/s (${best.seconds.toFixed(2)} s) |`)
console.log(`| all runs | ${runs.map((r) => (megabytes / r.seconds).toFixed(1)).join(', ')} MB/s |`)
