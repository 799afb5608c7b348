// A/B of fingerprint speed in one process: two builds alternate round by
// round (the order flips every round), timed by CPU time on all
// Reuters-21578 stories (../shared/corpora), read as bench/dedup.mjs reads
// them; then findDuplicates on all of them the same way. Prints medians.
// Run: node bench/fingerprint-ab.mjs <old build>/dist/index.js [rounds]
// (the new build is this checkout's dist/).
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const other = process.argv[2]
if (other === undefined) {
  console.log('usage: node bench/fingerprint-ab.mjs <old build>/dist/index.js [rounds]')
  process.exit(2)
}
const old = await import(new URL(other, `file://${process.cwd()}/`).href)
const mine = await import('../dist/index.js')
const rounds = Number(process.argv[3] ?? 9)
const reuters = new URL('../../shared/corpora/reuters21578.jsonl', import.meta.url)
if (!existsSync(reuters)) {
  console.log(`bench/fingerprint-ab.mjs: ${fileURLToPath(reuters)} is missing (../shared beside the checkout); nothing measured.`)
  process.exit(0)
}
const texts = readFileSync(reuters, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line))
  .map((story) => `${story.title ?? ''}\n\n${story.body ?? ''}`)
const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1e6
const cpu = (run) => {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1e6
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
const compare = (name, run, unit) => {
  run(old)
  run(mine)
  const times = {old: [], mine: []}
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['old', 'mine'] : ['mine', 'old']
    for (const build of order) times[build].push(cpu(() => run(build === 'old' ? old : mine)))
  }
  const [a, b] = [median(times.old), median(times.mine)]
  console.log(`${name}: old ${unit(a)}, new ${unit(b)}, ${(a / b).toFixed(3)}x (medians of ${rounds} alternating rounds, CPU time)`)
}
compare('fingerprint', (lib) => {
  for (const text of texts) lib.fingerprint(text)
}, (seconds) => `${(megabytes / seconds).toFixed(1)} MB/s (${seconds.toFixed(3)} s)`)
compare('findDuplicates', (lib) => lib.findDuplicates(texts), (seconds) => `${seconds.toFixed(3)} s`)
console.log(`${texts.length} Reuters stories, ${megabytes.toFixed(2)} MB; Node ${process.version}`)
