// Peak memory of `similarity(a, b, {explain: true})` on huge texts, against
// the same call without `explain`: each run in a fresh process, so that
// peak RSS is the call's own. Texts: 2 MB (and `--size=<code units>`) of one
// sentence repeated (every sentence aligns with every other: the worst case
// for the passage search) and of distinct generated sentences; the other
// side is the same text after a prefix; and one line of distinct words
// without a sentence end. `--dist=<folder>` measures another build (its
// `dist/`), for a before and after.
//
// Run with `npm run build && node bench/explain-memory.mjs`.
import {execFileSync} from 'node:child_process'
import {cpus} from 'node:os'
import process from 'node:process'

const sizeArgument = process.argv.find((argument) => argument.startsWith('--size='))
const size = sizeArgument ? Number(sizeArgument.slice(7)) : 2_000_000
const distArgument = process.argv.find((argument) => argument.startsWith('--dist='))
const dist = distArgument ? new URL(`file://${distArgument.slice(7).replace(/\/?$/, '/')}`) : new URL('../dist/', import.meta.url)

if (process.argv[2] === '--child') {
  const [, , , kind, explain, length, folder] = process.argv
  const {similarity} = await import(new URL('index.js', folder).href)
  const sentence = 'Russia and Ukraine held a brief round of peace talks in Istanbul on Wednesday, agreeing to swap more prisoners of war but making no progress on a ceasefire, officials from both delegations said after the meeting ended. '
  let text
  if (kind === 'repeated') text = sentence.repeat(Math.ceil(Number(length) / sentence.length))
  else {
    const words = []
    let state = 1
    while (words.length * 6 < Number(length)) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
      // `one-line`: no full stops (one sentence); else one every 12 words,
      // before a capital, so that each ends a sentence.
      const word = 'w' + (state % 3000).toString(36)
      words.push(kind === 'one-line' ? word : (words.length % 12 === 0 ? 'W' + word.slice(1) : word) + (words.length % 12 === 11 ? '.' : ''))
    }
    text = words.join(' ')
  }
  text = text.slice(0, Number(length))
  const start = process.cpuUsage()
  const result = similarity(text, 'Officials said: ' + text, {explain: explain === 'explain'})
  const {user, system} = process.cpuUsage(start)
  console.log(JSON.stringify({ms: (user + system) / 1000, rss: process.resourceUsage().maxRSS / 1024, passages: result.passages?.length ?? 0}))
} else {
  console.log(`Machine: ${cpus()[0].model} (${cpus().length} cores), Node ${process.version}; ${new Date().toISOString().slice(0, 10)}; measured on a shared, busy machine; CPU time (user + system).\n`)
  console.log(`Build: ${dist.pathname}\n`)
  console.log('| text | code units | without explain | with explain | peak RSS without | peak RSS with | passages |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
  const names = {repeated: 'one sentence repeated', distinct: 'distinct sentences', 'one-line': 'one line, no sentence end'}
  for (const kind of ['repeated', 'distinct', 'one-line']) {
    const run = (explain) => JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--child', kind, explain, String(size), dist.href], {encoding: 'utf8'}))
    const plain = run('plain')
    const explained = run('explain')
    console.log(`| ${names[kind]} | ${size.toLocaleString('en')} | ${plain.ms.toFixed(0)} ms | ${explained.ms.toFixed(0)} ms | ${plain.rss.toFixed(0)} MB | ${explained.rss.toFixed(0)} MB | ${explained.passages} |`)
  }
}
