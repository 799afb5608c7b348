// Throughput of splitDump in MB/s of dump text on one core.
//
// Builds a large daily8 dump from the Reuters-21578 and BBC stories in
// ../shared/corpora (a lead, page chrome, then related blocks with outlet and
// age headers, as aggregator pages print them) and splits it repeatedly.
// Run with `npm run build && node bench/split.mjs`; prints a Markdown table
// for docs/benchmarks.md. Needs ../shared: says so and exits when it is missing.
import {existsSync, readFileSync} from 'node:fs'
import {cpus} from 'node:os'
import {splitDump} from '../dist/index.js'

const corpora = new URL('../../shared/corpora/', import.meta.url)
const sources = ['reuters21578.jsonl', 'bbc.jsonl'].map((name) => new URL(name, corpora))
if (!sources.every((source) => existsSync(source))) {
  console.error('bench/split.mjs: ../shared/corpora is missing; nothing to measure.')
  process.exit(0)
}

const stories = sources.flatMap((source) =>
  readFileSync(source, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((story) => story.title && story.body)
)

const outlets = ['Reuters', 'The Guardian', 'BBC News', 'Daily Mail', 'The Independent', 'SBS Australia', 'News.com.au', 'The Times', 'Some Local Paper']
const ages = ['7 minutes ago', '26 minutes ago', 'an hour ago', '2 hours ago', '5 hours ago', 'yesterday', '3 days ago']
const chrome = 'Hashtags\n\nTry Our AI Features\nExplore what Daily8 AI can do for you:\nComments\nNo comments yet...\nRelated Articles\n\n\n'

/** One aggregator page: a lead, chrome and `related` related blocks. */
function page(offset, related) {
  const lead = stories[offset % stories.length]
  // Reuters wraps lines at 70 columns and indents paragraphs; BBC separates
  // them with blank lines: one paragraph per line, as the lead is printed.
  const paragraphs = lead.body.split(/\n(?=[ \t]{2})|\n\n/).map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean)
  const parts = [`${lead.title.trim()}\n${paragraphs.join('\n')}\n`, chrome]
  for (let index = 1; index <= related; index++) {
    const story = stories[(offset + index) % stories.length]
    const outlet = outlets[(offset + index) % outlets.length]
    const body = story.body.replace(/\s+/g, ' ').trim()
    parts.push(`${outlet}\n${ages[(offset + index) % ages.length]}\n- ${outlet}\n${story.title.trim()}\n${body}\n\n\n`)
  }
  return parts.join('')
}

// Pages of four to eight related blocks, concatenated into one big text per
// page set, as a crawler would hand them over one at a time.
const pages = []
let size = 0
for (let offset = 0; size < 64 * 1024 * 1024; offset += 9) {
  const text = page(offset, 4 + (offset % 5))
  pages.push(text)
  size += text.length
}

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
