// Run the fuzzing harness long: `npm run fuzz -- --budget=10m --seed=123`.
//
// Runs test/fuzz.test.ts under vitest with a time budget shared by its
// properties (default 10 minutes) and a seed (default: from the clock,
// printed first, so that a failure can be replayed with `--seed`). fast-check
// prints the seed and the path of the smallest failing input it finds.
import {spawnSync} from 'node:child_process'
import process from 'node:process'

const options = Object.fromEntries(
  process.argv.slice(2).map((argument) => {
    const match = /^--(budget|seed)=(.+)$/.exec(argument)
    if (!match) {
      console.error(`Unknown argument ${argument}: use --budget=<seconds, or 30s, 10m, 1h> and --seed=<integer>`)
      process.exit(2)
    }
    return [match[1], match[2]]
  })
)
const units = {s: 1000, m: 60_000, h: 3_600_000}
const budget = /^(\d+(?:\.\d+)?)([smh]?)$/.exec(options.budget ?? '10m')
if (!budget) {
  console.error(`Expected --budget as seconds or 30s, 10m, 1h, not ${options.budget}`)
  process.exit(2)
}
const budgetMs = Math.round(Number(budget[1]) * units[budget[2] || 's'])
const seed = options.seed === undefined ? (Date.now() ^ Math.floor(Math.random() * 2 ** 31)) | 0 : Number(options.seed)
if (!Number.isInteger(seed)) {
  console.error(`Expected --seed as an integer, not ${options.seed}`)
  process.exit(2)
}
console.log(`newsdump fuzz: seed ${seed}, budget ${budgetMs / 1000} s (replay with --seed=${seed})`)
const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/fuzz.test.ts'], {
  stdio: 'inherit',
  env: {...process.env, FUZZ_BUDGET_MS: String(budgetMs), FUZZ_SEED: String(seed)}
})
if (result.status !== 0) console.error(`newsdump fuzz: failed with seed ${seed}`)
process.exit(result.status ?? 1)
