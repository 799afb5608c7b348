// The bounded caches (docs/security.md): heap retained after many distinct
// inputs, at N and 3N; a bounded cache retains about as much at both.
// `npm run build && node --expose-gc bench/caches.mjs [N]` (default 100,000).
import * as lib from '../dist/index.js'
const word = (i) => { let s = ''; let x = i + 1; while (x > 0) { s += String.fromCharCode(97 + (x % 26)); x = Math.floor(x / 26) } return s + 'q' }
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed / 1e6 }
const runs = {
  'similarity (stem, fold, word memo, remembered texts)': (from, to) => { for (let i = from; i < to; i += 50) { const t = Array.from({length: 50}, (_, k) => word(i + k)).join(' ') + '.'; lib.similarity(t, t + ' x') } },
  'toNlcst (sentence-end memo)': (from, to) => { for (let i = from; i < to; i += 50) lib.toNlcst(Array.from({length: 50}, (_, k) => word(i + k) + 'ab. Next').join(' ')) },
  'splitDump (line memo)': (from, to) => { for (let i = from; i < to; i += 200) lib.splitDump(Array.from({length: 200}, (_, k) => `Headline number ${word(i + k)}`).join('\n')) },
  'candidateBands (band memo)': (from, to) => { for (let i = from; i < to; i++) lib.candidateBands(0.8, 128, 0.99 - i * 1e-9) },
  'normalizeTimestamp (zone cache)': (from, to) => { for (let i = from; i < to; i++) lib.normalizeTimestamp(`12:00 GMT+${(i % 14)}:${String(i % 60).padStart(2, '0')}`, {reference: 0}) }
}
const N = Number(process.argv[2] ?? 100000)
for (const [name, run] of Object.entries(runs)) {
  run(0, 1000)
  const base = heap()
  run(1000, N)
  const atN = heap()
  run(N, 3 * N)
  const at3N = heap()
  console.log(`${name}: retained ${(atN - base).toFixed(1)} MB after ${N.toLocaleString('en')} distinct, ${(at3N - base).toFixed(1)} MB after ${(3 * N).toLocaleString('en')}`)
}
