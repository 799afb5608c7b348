// splitDumpStream on the shapes that once broke it: one very long line,
// runs of blank lines, long lines, and one huge page with no blank line.
// Each shape is streamed from a generator (64 KiB chunks, nothing on disk)
// in a child process, at n and 10n megabytes; prints CPU time, peak RSS
// and the ratio (linear time gives about 10x). The huge page runs with a
// small heap (`--max-old-space-size`), to show that the stream holds a
// bounded part of it. Run: npm run build && node bench/stream-shapes.mjs [n].
// Needs nothing outside the repository.
import {execFileSync} from 'node:child_process'
import {cpus} from 'node:os'
import {fileURLToPath} from 'node:url'

const shapes = {
  'one line': () => {
    const chunk = 'word '.repeat(13_107)
    return (target) => repeatChunk(chunk, target)
  },
  'blank lines': () => (target) => repeatChunk('\n'.repeat(65_536), target),
  'lines of 100,000 code units': () => (target) => repeatChunk('word '.repeat(20_000) + '\n', target),
  'one page without a blank line (a `-` listing)': () =>
    function* (target) {
      let size = 0
      for (let item = 0; size < target; ) {
        let chunk = ''
        for (let count = 0; count < 100; count++, item++) chunk += `Markets rally as item ${item} closes higher\nThe index rose in early trade on item ${item}, dealers said.\n-\n`
        size += chunk.length
        yield chunk
      }
    }
}
// The heap each shape runs in: the line is held whole (it is one paragraph of the output).
const heaps = {'one page without a blank line (a `-` listing)': 48}

function* repeatChunk(chunk, target) {
  for (let size = 0; size < target; size += chunk.length) yield chunk
}

if (process.argv[2] === '--child') {
  const [, , , name, megabytes] = process.argv
  const {splitDumpStream} = await import('../dist/index.js')
  const source = shapes[name]()
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 10)
  const before = process.cpuUsage()
  let articles = 0
  let warnings = []
  for await (const event of splitDumpStream(() => source(Number(megabytes) * 1e6))) {
    if (event.type === 'article') articles++
    else if (event.type === 'end') warnings = event.warnings
  }
  const used = process.cpuUsage(before)
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  console.log(JSON.stringify({seconds: (used.user + used.system) / 1e6, rss: peak, articles, warnings: warnings.length}))
  process.exit(0)
}

const small = Number(process.argv[2] ?? 5)
const script = fileURLToPath(import.meta.url)
const run = (name, megabytes) => {
  const heap = heaps[name]
  const flags = heap ? [`--max-old-space-size=${heap}`] : []
  try {
    return JSON.parse(execFileSync(process.execPath, [...flags, script, '--child', name, String(megabytes)], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}))
  } catch {
    return null
  }
}
console.log(`| machine | ${cpus()[0].model} (${cpus().length} cores, shared and busy), Node ${process.version} |`)
console.log(`| date | ${new Date().toISOString().slice(0, 10)} |`)
console.log('')
console.log(`| shape | heap | ${small} MB: CPU, peak RSS | ${small * 10} MB: CPU, peak RSS | time ratio | articles at ${small * 10} MB | warnings |`)
console.log('| --- | --- | --- | --- | ---: | ---: | ---: |')
for (const name of Object.keys(shapes)) {
  const one = run(name, small)
  const ten = run(name, small * 10)
  const show = (result) => (result ? `${result.seconds.toFixed(2)} s, ${Math.round(result.rss / 1e6)} MB` : 'out of memory')
  const ratio = one && ten ? `${(ten.seconds / one.seconds).toFixed(1)}x` : ''
  console.log(`| ${name} | ${heaps[name] ? `${heaps[name]} MB` : 'default'} | ${show(one)} | ${show(ten)} | ${ratio} | ${ten?.articles ?? ''} | ${ten?.warnings ?? ''} |`)
}
