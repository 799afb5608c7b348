// A 200 MB dump split through the streaming entry point, in bounded memory,
// with the same result as the in-memory call.
//
// Builds one daily8 page of about 200 MB from the Reuters-21578 and BBC
// stories in ../shared/corpora (a lead, the chrome, then related blocks) in
// a temporary file; splits it with splitDumpStream over a file stream in
// this process, and with splitDump on the whole text in a child process;
// reports time, peak memory (RSS) of each, and whether the two agree (the
// same articles, spans and boilerplate, compared by a digest).
// Run: npm run build && node bench/stream.mjs [megabytes]. Needs ../shared.
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {splitDump, splitDumpStream} from '../dist/index.js'

const target = Number(process.argv[2] ?? 200) * 1e6
const mode = process.argv[3]

if (mode === '--in-memory') {
  // Child process: the in-memory call on the whole text.
  const file = process.argv[4]
  const text = readFileSync(file, 'utf8')
  const start = performance.now()
  const dump = splitDump(text)
  const seconds = (performance.now() - start) / 1000
  const digest = createHash('sha256')
  for (const article of dump.articles) digest.update(JSON.stringify(article))
  digest.update(JSON.stringify(dump.boilerplate))
  console.log(JSON.stringify({seconds, articles: dump.articles.length, digest: digest.digest('hex'), rss: process.memoryUsage().rss}))
  process.exit(0)
}

const corpora = new URL('../../shared/corpora/', import.meta.url)
const files = ['reuters21578.jsonl', 'bbc.jsonl'].map((name) => new URL(name, corpora))
if (!files.every((file) => existsSync(file))) {
  console.error('bench/stream.mjs: ../shared/corpora is missing; nothing to measure.')
  process.exit(0)
}
const stories = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((story) => story.title && story.body)
)
const outlets = ['Reuters', 'The Guardian', 'BBC News', 'SBS Australia', 'Some Local Paper']
const ages = ['7 minutes ago', 'an hour ago', '2 hours ago', 'yesterday']

const folder = mkdtempSync(join(tmpdir(), 'newsdump-stream-'))
const path = join(folder, 'dump.txt')
const out = createWriteStream(path)
let size = 0
const write = (text) => {
  size += text.length
  return out.write(text)
}
write(`${stories[0].title}\n${stories[0].body.replace(/\s+/g, ' ')}\nHashtags\n\nTry Our AI Features\nComments\nRelated Articles\n\n\n`)
for (let index = 1; size < target; index++) {
  const story = stories[index % stories.length]
  const outlet = outlets[index % outlets.length]
  if (!write(`${outlet}\n${ages[index % ages.length]}\n- ${outlet}\n${story.title.trim()}\n${story.body.replace(/\s+/g, ' ').trim()}\n\n\n`)) {
    await new Promise((resolve) => out.once('drain', resolve))
  }
}
await new Promise((resolve) => out.end(resolve))

let peak = process.memoryUsage().rss
const baseline = peak
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss)
}, 20)
const start = performance.now()
const digest = createHash('sha256')
const boilerplate = []
let articles = 0
for await (const event of splitDumpStream(() => createReadStream(path, {encoding: 'utf8', highWaterMark: 1 << 20}))) {
  if (event.type === 'article') {
    articles++
    digest.update(JSON.stringify(event.article))
  } else if (event.type === 'boilerplate') boilerplate.push(event.span)
}
digest.update(JSON.stringify(boilerplate))
const seconds = (performance.now() - start) / 1000
clearInterval(sampler)
peak = Math.max(peak, process.memoryUsage().rss)
const streamed = {seconds, articles, digest: digest.digest('hex')}

const self = fileURLToPath(import.meta.url)
const inMemory = JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=16384', self, String(target / 1e6), '--in-memory', path], {encoding: 'utf8', maxBuffer: 1 << 20}))
rmSync(folder, {recursive: true, force: true})

const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`
console.log(`machine: ${cpus()[0].model} (${cpus().length} cores), Node ${process.version}; date: ${new Date().toISOString().slice(0, 10)}\n`)
console.log('| measure | streaming (`splitDumpStream`, file stream) | in memory (`splitDump`, whole text) |')
console.log('| --- | --- | --- |')
console.log(`| input | ${(size / 1e6).toFixed(0)} M UTF-16 code units, ${articles} articles | same file |`)
console.log(`| time | ${streamed.seconds.toFixed(1)} s (two passes over the file) | ${inMemory.seconds.toFixed(1)} s (after reading the file) |`)
console.log(`| peak RSS | ${mb(peak)} (${mb(baseline)} before; the corpora for building the file included) | ${mb(inMemory.rss)} |`)
console.log(`| same result | ${streamed.digest === inMemory.digest && streamed.articles === inMemory.articles ? 'yes: identical articles, spans and boilerplate (SHA-256 of all)' : 'NO'} | |`)
