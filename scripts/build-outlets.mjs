// Build the outlet registry data from the committed inputs in
// scripts/outlets/ (the curated entries, the contested-name table and the
// open data that scripts/extract-outlet-sources.mjs extracted from
// ../shared/data/outlets):
//
//   node scripts/build-outlets.mjs          # writes src/outlet/registry.json, registry-full.json
//                                           # and registry-sources.json (each entry's sources)
//   node scripts/build-outlets.mjs --check  # exits 1 when the committed files differ
//
// Reads nothing outside the repository. test/outlet-build.test.ts runs the
// same build and compares.
import {readFileSync, writeFileSync} from 'node:fs'
import {buildOutletRegistries, readOutletInputs, serialiseRegistry, serialiseSources} from './outlets/build.mjs'
import {loadOutletTools} from './outlets/tools.mjs'

const tools = await loadOutletTools()
const {full, core} = buildOutletRegistries(readOutletInputs(new URL('outlets/', import.meta.url)), tools)
const files = [
  [new URL('../src/outlet/registry.json', import.meta.url), serialiseRegistry(core, tools.outletSlug)],
  [new URL('../src/outlet/registry-full.json', import.meta.url), serialiseRegistry(full, tools.outletSlug)],
  [new URL('../src/outlet/registry-sources.json', import.meta.url), serialiseSources(full)]
]

if (process.argv.includes('--check')) {
  let same = true
  for (const [url, text] of files) {
    if (readFileSync(url, 'utf8') !== text) {
      console.error(`${url.pathname} is not what the build writes: run node scripts/build-outlets.mjs`)
      same = false
    }
  }
  process.exit(same ? 0 : 1)
}

for (const [url, text] of files) writeFileSync(url, text)
console.log(`default registry: ${core.length} entries; full registry: ${full.length} entries`)
