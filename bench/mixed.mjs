// Throughput of splitDump on a mix of every layout family, beside a bare
// line split in the same run, and of splitDumpStream on the same texts.
//
// The pages are the page fixtures in fixtures/pages/ (12 families: aggregator
// and card pages, Hacker News, Techmeme, Reddit, feed readers, link lists,
// article and section pages, newsletters, balanced coverage, search results,
// pasted mixtures, the seeds' layouts), each split as one dump, cycled to
// about 16 MB. The floor is `text.split(/\r?\n/)` with every line trimmed:
// what any line-based reader pays. Run: npm run build && node bench/mixed.mjs.
// Needs nothing outside the repo.
import {readdirSync, readFileSync} from 'node:fs'
import {cpus} from 'node:os'
import {splitDump, splitDumpStream} from '../dist/index.js'

const folder = new URL('../fixtures/pages/', import.meta.url)
const texts = []
for (const family of readdirSync(folder, {withFileTypes: true})) {
  if (!family.isDirectory()) continue
  for (const file of readdirSync(new URL(`${family.name}/`, folder)).filter((name) => name.endsWith('.txt')).sort()) {
    texts.push(readFileSync(new URL(`${family.name}/${file}`, folder), 'utf8'))
  }
}
const pages = []
let size = 0
for (let index = 0; size < 16e6; index++) {
  const text = texts[index % texts.length]
  pages.push(text)
  size += text.length
}

function time(label, body) {
  const start = process.hrtime.bigint()
  const result = body()
  return {label, seconds: Number(process.hrtime.bigint() - start) / 1e9, result}
}

function bare() {
  let lines = 0
  for (const text of pages) for (const line of text.split(/\r?\n/)) if (line.trim().length > 0) lines++
  return lines
}

function split() {
  let articles = 0
  for (const text of pages) articles += splitDump(text).articles.length
  return articles
}

async function stream() {
  let articles = 0
  const start = process.hrtime.bigint()
  for (const text of pages) {
    const chunks = () => {
      const list = []
      for (let offset = 0; offset < text.length; offset += 65_536) list.push(text.slice(offset, offset + 65_536))
      return list
    }
    for await (const event of splitDumpStream(chunks)) if (event.type === 'article') articles++
  }
  return {label: 'stream', seconds: Number(process.hrtime.bigint() - start) / 1e9, result: articles}
}

split() // warm up
bare()
await stream()
const runs = []
for (let round = 0; round < 3; round++) runs.push({bare: time('bare', bare), split: time('split', split), stream: await stream()})
const best = (key) => runs.map((run) => run[key]).reduce((a, b) => (a.seconds < b.seconds ? a : b))
const megabytes = size / 1e6
const mbps = (entry) => (megabytes / entry.seconds).toFixed(1)
const splitBest = best('split')
const bareBest = best('bare')
const streamBest = best('stream')
console.log(`| machine | ${cpus()[0].model} (${cpus().length} cores, shared and busy), Node ${process.version} |`)
console.log(`| date | ${new Date().toISOString().slice(0, 10)} |`)
console.log(`| input | ${pages.length} pages of ${texts.length} page fixtures, ${megabytes.toFixed(1)} MB (UTF-16 code units / 1e6), ${splitBest.result} articles |`)
console.log(`| splitDump, best of 3 | ${mbps(splitBest)} MB/s (${splitBest.seconds.toFixed(2)} s) |`)
console.log(`| bare split(/\\r?\\n/) + trim | ${mbps(bareBest)} MB/s (${bareBest.seconds.toFixed(2)} s) |`)
console.log(`| splitDump / bare split | ${(splitBest.seconds / bareBest.seconds).toFixed(1)}x the time |`)
console.log(`| splitDumpStream (64 KiB chunks), best of 3 | ${mbps(streamBest)} MB/s, ${(streamBest.seconds / splitBest.seconds).toFixed(2)}x splitDump's time |`)
console.log(`| all runs, splitDump | ${runs.map((run) => mbps(run.split)).join(', ')} MB/s |`)
