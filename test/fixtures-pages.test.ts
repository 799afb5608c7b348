import {writeFileSync} from 'node:fs'
import {afterAll, describe, expect, test} from 'vitest'
import {splitDump} from '../src/index.js'
import {expectDumpShape, expectPartition} from './partition.js'
import {differences, readKnownFailures, readPages} from './pages.js'

// Page dumps in the shapes of the pages people paste (fixtures/pages/<family>/),
// each with a truth file a person read line by line against the text
// (`checked: "hand"`). A page the splitter does not yet read right is listed
// in known-failures.json with the first difference; such a page must still
// be wrong (remove it from the list once it reads right).
// `UPDATE_KNOWN_FAILURES=1 npx vitest run test/fixtures-pages.test.ts` rewrites
// the list from this comparison (a snapshot: read its diff).
const pages = readPages()
const known = readKnownFailures()
const update = process.env.UPDATE_KNOWN_FAILURES === '1'
const failing: Record<string, string> = {}

afterAll(() => {
  if (!update) return
  const sorted = Object.fromEntries(Object.entries(failing).sort(([a], [b]) => (a < b ? -1 : 1)))
  writeFileSync(new URL('../fixtures/pages/known-failures.json', import.meta.url), JSON.stringify(sorted, null, 2) + '\n')
})

describe('page fixtures: splitDump against hand-checked truth', () => {
  test('at least 40 pages over the 12 families, every truth hand-checked', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40)
    expect(new Set(pages.map((page) => page.family)).size).toBeGreaterThanOrEqual(12)
    for (const page of pages) expect(page.truth.checked, page.name).toBe('hand')
    for (const name of Object.keys(known)) expect(pages.some((page) => page.name === name), name).toBe(true)
  })

  test.each(pages.map((page) => [page.name, page] as const))('%s', (name, page) => {
    const dump = splitDump(page.text)
    expectPartition(dump, page.text.length)
    expectDumpShape(dump, page.text.length)
    const found = differences(dump.articles, page.truth.articles)
    if (update) {
      if (found.length > 0) failing[name] = `${found.length} difference${found.length === 1 ? '' : 's'}; first: ${found[0]}`
      return
    }
    if (name in known) expect(found.length, `${name} now reads right: remove it from known-failures.json`).toBeGreaterThan(0)
    else expect(found).toEqual([])
  })
})
