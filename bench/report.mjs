// `newsdump report` on a day of dumps: 1,000 aggregator pages of 20 articles
// each (20,000 articles), built from the Reuters-21578 and BBC stories in
// ../shared/corpora, with stories repeated across pages as a day's news is:
// the same wire story in several outlets, some copies rewritten (a paragraph
// dropped, one moved), most stories once. Times the command end to end
// against `dedup --clusters` (the same reading and grouping, printed as text)
// and `split --jsonl` (reading alone) on the same files, in one run, and
// then opens the report in headless Chromium, when there is one (CHROMIUM_PATH
// or /usr/bin/chromium): time until it is drawn, its DOM size, and the time
// to open the largest story and draw two items side by side.
//
//   npm run build && node bench/report.mjs [dumps]
//   KEEP_REPORT_BENCH=1 node bench/report.mjs 300   (keeps the dumps and the report)
//
// Needs ../shared: says so and exits when it is missing. The dumps are
// written to a temporary folder that is removed afterwards. Prints a
// Markdown table for docs/benchmarks.md, with the machine's load.
import {spawn} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const corpora = new URL('../../shared/corpora/', import.meta.url)
const sources = ['reuters21578.jsonl', 'bbc.jsonl'].map((name) => new URL(name, corpora))
if (!sources.every((source) => existsSync(source))) {
  console.error('bench/report.mjs: ../shared/corpora is missing; nothing to measure.')
  process.exit(0)
}
const DUMPS = Number(process.argv[2] ?? 1000)
const PER_DUMP = 20
const reference = '2025-07-23T14:00:00Z'

const stories = sources
  .flatMap((source) =>
    readFileSync(source, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  )
  .filter((story) => story.title && story.body && story.body.length > 300)
  .map((story) => ({
    title: story.title.replace(/\s+/g, ' ').trim(),
    paragraphs: story.body
      .split(/\n(?=[ \t]{2})|\n\n/)
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
  }))

// A seeded generator, so that every run builds the same collection.
let state = 20_000
function next() {
  state = (state + 0x6d2b79f5) | 0
  let t = Math.imul(state ^ (state >>> 15), 1 | state)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
}

const outlets = ['Reuters', 'The Guardian', 'BBC News', 'Daily Mail', 'The Independent', 'SBS Australia', 'News.com.au', 'The Times', 'CNN', 'Al Jazeera', 'Bloomberg', 'NPR', 'Sky News', 'The Irish Times', 'NZ Herald', 'Some Local Paper', 'Another Gazette']
const ages = ['2 minutes ago', '7 minutes ago', '26 minutes ago', '45 minutes ago', 'an hour ago', '2 hours ago', '5 hours ago', '9 hours ago', 'yesterday']
const chrome = 'Hashtags\n\nTry Our AI Features\nExplore what Daily8 AI can do for you:\nComments\nNo comments yet...\nRelated Articles\n\n\n'

// A day's news: a few hundred stories carried widely (each page picks from
// them with a skew towards the top), the rest of a page stories told once.
const popular = 600
const pick = () => (next() < 0.45 ? Math.floor(next() ** 2 * popular) : popular + Math.floor(next() * (stories.length - popular)))

/** A story as one outlet printed it: a copy, or a rewrite that drops or moves a paragraph. */
function version(story) {
  const paragraphs = [...story.paragraphs]
  const roll = next()
  if (roll < 0.25 && paragraphs.length > 2) paragraphs.splice(1 + Math.floor(next() * (paragraphs.length - 1)), 1)
  else if (roll < 0.4 && paragraphs.length > 2) paragraphs.push(paragraphs.splice(1, 1)[0])
  return {title: story.title, paragraphs}
}

// KEEP_REPORT_BENCH=1 keeps the folder (its path is printed), to look at the report or profile a run.
const folder = mkdtempSync(join(tmpdir(), 'newsdump-bench-report-'))
if (process.env.KEEP_REPORT_BENCH) console.log(`dumps and report in ${folder}`)
else process.on('exit', () => rmSync(folder, {recursive: true, force: true}))
const dumps = join(folder, 'dumps')
mkdirSync(dumps)
let bytes = 0
for (let page = 0; page < DUMPS; page++) {
  const lead = version(stories[pick()])
  const parts = [`${lead.title}\n${lead.paragraphs.join('\n')}\n`, chrome]
  for (let item = 1; item < PER_DUMP; item++) {
    const story = version(stories[pick()])
    const outlet = outlets[Math.floor(next() * outlets.length)]
    // Related bodies are one long line, as these pages print them.
    parts.push(`${outlet}\n${ages[Math.floor(next() * ages.length)]}\n- ${outlet}\n${story.title}\n${story.paragraphs.join(' ')}\n\n\n`)
  }
  const text = parts.join('')
  bytes += Buffer.byteLength(text)
  writeFileSync(join(dumps, `page-${String(page).padStart(4, '0')}.txt`), text)
}

// Reports the child's peak RSS on standard error as it exits.
const hook = join(folder, 'rss.mjs')
// Its CPU time too: on a shared machine the wall-clock time says more about the neighbours.
writeFileSync(hook, "process.on('exit', () => { const usage = process.resourceUsage(); process.stderr.write(`\\nmaxRSS ${usage.maxRSS} cpu ${usage.userCPUTime + usage.systemCPUTime}\\n`) })\n")

function measure(args) {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(process.execPath, ['--import', hook, cli, ...args], {stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000
      const usage = /maxRSS (\d+) cpu (\d+)/.exec(stderr)
      if (code !== 0 || !usage) reject(new Error(`newsdump ${args.join(' ')} failed (${code}): ${stderr}`))
      else resolve({seconds, rss: Number(usage[1]) / 1024, cpu: Number(usage[2]) / 1e6})
    })
  })
}

const load = [loadavg()[0]]
const report = join(folder, 'report.html')
const runs = [
  ['`report -o report.html`', ['report', '--quiet', '--reference', reference, '-o', report, dumps]],
  ['`dedup --clusters` (the same reading and grouping, as text)', ['dedup', '--quiet', '--clusters', dumps]],
  ['`split --jsonl` (reading alone)', ['split', '--quiet', '--jsonl', '--reference', reference, dumps]]
]
const results = []
for (const [name, args] of runs) {
  const result = await measure(args)
  results.push({name, ...result})
  load.push(loadavg()[0])
}
const data = JSON.parse(/id="newsdump-data">(.*?)<\/script>/s.exec(readFileSync(report, 'utf8'))[1])
const reportSize = statSync(report).size

console.log(`Machine: ${cpus()[0].model} (${cpus().length} cores), Node ${process.version}; ${new Date().toISOString().slice(0, 10)}; 1-minute load average ${load.map((value) => value.toFixed(1)).join(', ')} (before and after each run).`)
console.log(
  `Input: ${DUMPS.toLocaleString('en-US')} dumps, ${data.articles.length.toLocaleString('en-US')} articles, ${(bytes / 1e6).toFixed(1)} MB; found ${data.clusters.length.toLocaleString('en-US')} story clusters (${data.clusters.reduce((sum, cluster) => sum + cluster.members.length, 0).toLocaleString('en-US')} articles, the largest ${data.clusters[0]?.members.length ?? 0}) and ${data.duplicates.length.toLocaleString('en-US')} duplicate groups. One run each.`
)
console.log(`Report: ${(reportSize / 1e6).toFixed(1)} MB, text carried for ${data.articles.filter((article) => article.paragraphs !== null).length.toLocaleString('en-US')} articles.`)
console.log('')
console.log('| run | time | CPU time | ÷ `dedup --clusters` (CPU) | ÷ `split --jsonl` (CPU) | peak RSS |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const result of results) {
  console.log(`| ${result.name} | ${result.seconds.toFixed(1)} s | ${result.cpu.toFixed(1)} s | ${(result.cpu / results[1].cpu).toFixed(2)}× | ${(result.cpu / results[2].cpu).toFixed(2)}× | ${Math.round(result.rss)} MB |`)
}

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
if (!existsSync(chromium)) {
  console.log(`\n(No Chromium at ${chromium}: the page was not opened.)`)
} else {
  const {chromium: browser} = await import('playwright-core')
  const profile = join(folder, 'profile')
  const context = await browser.launchPersistentContext(profile, {
    executablePath: chromium,
    headless: true,
    viewport: {width: 1280, height: 900},
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
  try {
    const page = await context.newPage()
    const problems = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
    let start = performance.now()
    await page.goto(pathToFileURL(report).href)
    await page.waitForSelector('body[data-status]', {timeout: 120_000})
    const drawn = performance.now() - start
    const status = await page.getAttribute('body', 'data-status')
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length)
    // The largest story is open at first; close it, then time opening it
    // and comparing its last item with its first.
    await page.click('#story-1 .story-head')
    start = performance.now()
    await page.click('#story-1 .story-head')
    await page.waitForSelector('#story-1 .sides')
    const opened = performance.now() - start
    const rows = page.locator('#story-1 .members tbody tr')
    start = performance.now()
    await rows.last().locator('input[type=radio]').nth(1).check()
    await page.waitForSelector('#story-1 .side-b')
    const compared = performance.now() - start
    start = performance.now()
    await page.fill('#articles input[type=search]', 'oil prices')
    await page.waitForFunction(() => document.querySelector('#articles tbody') !== null)
    const filtered = performance.now() - start
    const heap = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : null))
    console.log('')
    console.log(`In Chromium (${chromium}), the report opened from disk: status ${status}, ${problems.length} console errors${problems.length ? ` (${problems.join('; ')})` : ''}.`)
    console.log('')
    console.log('| step | time |')
    console.log('| --- | --- |')
    console.log(`| open the file until drawn (parse ${(reportSize / 1e6).toFixed(1)} MB, index, draw) | ${Math.round(drawn)} ms |`)
    console.log(`| open the largest story (${data.clusters[0]?.members.length ?? 0} items: timeline, table, first pair side by side) | ${Math.round(opened)} ms |`)
    console.log(`| compare another pair (explain computed in the page) | ${Math.round(compared)} ms |`)
    console.log(`| filter ${data.articles.length.toLocaleString('en-US')} articles by two words | ${Math.round(filtered)} ms |`)
    console.log('')
    console.log(`DOM after drawing: ${nodes.toLocaleString('en-US')} elements${heap === null ? '' : `; JS heap ${Math.round(heap / 1e6)} MB`}.`)
    if (status !== 'ready' || problems.length > 0) process.exitCode = 1
  } finally {
    await context.close()
  }
}
