// The fuzzing harness (test/fuzz/properties.ts), briefly: a few dozen runs of
// each property, within a second or two each. `npm run fuzz` runs the same
// properties for as long as it is given (`--budget`), from a printed seed
// (`--seed` to replay one). fast-check prints the seed and the path of a
// failure; every failure found so far is a regression test of its own in
// test/errors.test.ts, test/fuzz-regressions.test.ts or beside the code.
import process from 'node:process'
import fc from 'fast-check'
import {test} from 'vitest'
import {fuzzProperties} from './fuzz/properties.js'

const budget = Number(process.env.FUZZ_BUDGET_MS ?? 0)
const long = budget > 0
const seed = process.env.FUZZ_SEED === undefined ? Date.now() ^ (Math.random() * 0x1_00_00_00_00) : Number(process.env.FUZZ_SEED)
const properties = fuzzProperties(long ? 2_000_000 : 20_000)
const perProperty = long ? Math.floor(budget / properties.length) : 1500

if (long) console.log(`fuzz: seed ${seed}, ${properties.length} properties, ${perProperty} ms each`)

for (const {name, property} of properties) {
  test(
    name,
    async () => {
      const details = await fc.check(property, {
        seed,
        numRuns: long ? Number.MAX_SAFE_INTEGER : 40,
        interruptAfterTimeLimit: perProperty,
        verbose: 1
      })
      if (long) console.log(`fuzz: ${name}: ${details.numRuns} runs${details.failed ? ', FAILED' : ''}`)
      if (details.failed) throw new Error(fc.defaultReportMessage(details), {cause: details.errorInstance})
    },
    perProperty * 4 + 60_000
  )
}
