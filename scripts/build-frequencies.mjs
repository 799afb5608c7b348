// Build src/similarity/document-frequencies.json: how many stories of the
// Reuters-21578 and BBC News corpora (../shared/corpora) hold each term, for
// the 5,000 commonest terms. The similarity score weighs terms by it.
//
// Terms are read exactly as the library reads them (built package:
// `npm run build` first), so the table stays true to the code: rebuild it
// whenever tokenizing, folding, stop words or stemming change.
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {createCorpusStats} from '../dist/index.js'

const TERMS = 5000
const corpora = new URL('../../shared/corpora/', import.meta.url)
const files = ['reuters21578.jsonl', 'bbc.jsonl'].map((name) => new URL(name, corpora))
if (!files.every((file) => existsSync(file))) {
  console.error('scripts/build-frequencies.mjs: ../shared/corpora is missing; the table cannot be rebuilt here.')
  process.exit(1)
}

const stories = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .map((story) => `${story.title ?? ''}\n\n${story.body ?? ''}`)
)
const stats = createCorpusStats(stories)
const kept = [...stats.frequencies]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, TERMS)
const target = new URL('../src/similarity/document-frequencies.json', import.meta.url)
const data = {
  $comment: `Document frequencies of the ${TERMS} commonest terms (Porter stems of folded words, stop words left out) in ${stats.documents} stories of Reuters-21578 and the BBC News corpus (Greene and Cunningham 2006). Built by scripts/build-frequencies.mjs; counts only, no text.`,
  documents: stats.documents,
  frequencies: Object.fromEntries(kept)
}
writeFileSync(target, JSON.stringify(data) + '\n')
console.log(`${kept.length} terms from ${stats.documents} stories; least frequent kept: ${kept.at(-1)?.join(' ')}`)
