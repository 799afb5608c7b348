// Regenerate `fixtures/*.expected.json` from the built package (`npm run build` first).
//
// The expected files are golden: after running this, read `git diff fixtures/`
// line by line against the dumps before committing. A change you cannot
// explain from the text is a bug, not a new expectation.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {splitDump} from '../dist/index.js'

const folder = new URL('../fixtures/', import.meta.url)
const names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()
for (const name of names) {
  const text = readFileSync(new URL(name, folder), 'utf8')
  const dump = splitDump(text)
  const target = new URL(name.replace(/\.txt$/, '.expected.json'), folder)
  writeFileSync(target, JSON.stringify(dump, null, 2) + '\n')
  console.log(`${name}: ${dump.layout}, ${dump.articles.length} articles`)
}
