// Build src/similarity/document-frequencies.json: how common each term is in
// news, from four corpora in ../shared/corpora of very different eras and
// document lengths:
//
// - Reuters-21578: 19,043 Reuters newswire stories of 1987 (title + body);
// - BBC News (Greene and Cunningham 2006): 2,225 stories of 2004-05;
// - Wikipedia, Portal:Current events: 58,827 event summaries of 2015-2025,
//   a sentence or two each (CC BY-SA 4.0: the derived counts ship with that
//   credit and a share-alike note, see THIRD_PARTY_NOTICES.md);
// - 326,484 headline slugs of 11 US outlets, 2022-2026 (notnews/top_news,
//   MIT), a few words each.
//
// Putting documents of different lengths on one scale: a document frequency
// says how likely a document is to hold a term, and a two-word slug holds far
// fewer terms than a 300-word story. Each corpus is put on the scale of one
// news article: a document of corpus c with m_c distinct terms on average is
// read as m_c of the m distinct-term "slots" of an article (m: the mean over
// the Reuters and BBC stories, about 70), so that a term in a share p_c of
// corpus c's documents is in a share 1 - (1 - p_c)^(m / m_c) of articles
// (the chance that it fills at least one of m / m_c such slots). In the
// range where most terms are, that multiplies p_c by m / m_c; measured on
// the terms each short corpus shares with Reuters and BBC, the median ratio
// of their article frequencies to the short corpus's is 4.0 for Wikipedia
// (m / m_c = 3.9) and 9 to 11 for the slugs (9.8), so the scale holds.
// The four rescaled frequencies are then averaged, each corpus weighing the
// same: a term is as common as it is across the eras, so `trump` or `covid`
// (absent from 1987 and 2005) land among ordinary words instead of looking
// like the rarest names there are.
//
// Kept: every term in at least 0.1% of articles on that scale (about 6,500
// terms), stored as integer counts out of 1,000,000 articles rounded to two
// significant digits (an error of at most 0.05 in a term's idf), grouped by
// count so the table stays small. A term outside the table is "rare but not
// unique": it gets the frequency of the cut-off itself (`unseen`), not the
// largest weight there is.
//
// Terms are read exactly as the library reads them (built package:
// `npm run build` first), so the table stays true to the code: rebuild it
// whenever tokenizing, folding, stop words or stemming change.
// Run: npm run build && node scripts/build-frequencies.mjs
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {createCorpusStats} from '../dist/index.js'

/** Articles the table counts out of. */
const SCALE = 1_000_000
/** Least share of articles that holds a kept term; also the prior of unseen terms. */
const CUTOFF = 0.001

const corpora = new URL('../../shared/corpora/', import.meta.url)
const sources = [
  {name: 'Reuters-21578 (1987)', file: 'reuters21578.jsonl', text: (row) => `${row.title ?? ''}\n\n${row.body ?? ''}`, article: true},
  {name: 'BBC News (2004-05)', file: 'bbc.jsonl', text: (row) => `${row.title ?? ''}\n\n${row.body ?? ''}`, article: true},
  {name: 'Wikipedia, Portal:Current events (2015-2025)', file: 'wikipedia-current-events-2015-2025.jsonl', text: (row) => row.text, article: false},
  {name: 'US headline slugs (2022-2026)', file: 'us-headline-slugs-2022-2026.jsonl', text: (row) => row.text, article: false}
]
if (!sources.every((source) => existsSync(new URL(source.file, corpora)))) {
  console.error('scripts/build-frequencies.mjs: ../shared/corpora is missing; the table cannot be rebuilt here.')
  process.exit(1)
}

const counted = sources.map((source) => {
  const texts = readFileSync(new URL(source.file, corpora), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => source.text(JSON.parse(line)))
  const stats = createCorpusStats(texts)
  let slots = 0
  for (const frequency of stats.frequencies.values()) slots += frequency
  return {...source, stats, distinct: slots / stats.documents}
})
const articles = counted.filter((corpus) => corpus.article)
const articleDistinct =
  articles.reduce((sum, corpus) => sum + corpus.distinct * corpus.stats.documents, 0) / articles.reduce((sum, corpus) => sum + corpus.stats.documents, 0)

const share = new Map()
for (const corpus of counted) {
  const slots = articleDistinct / corpus.distinct
  for (const [term, frequency] of corpus.stats.frequencies) {
    const inArticles = 1 - (1 - frequency / corpus.stats.documents) ** slots
    share.set(term, (share.get(term) ?? 0) + inArticles / counted.length)
  }
}

/** Two significant digits. */
const round = (value) => {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1)
  return Math.round(value / magnitude) * magnitude
}
const groups = new Map()
let kept = 0
for (const [term, value] of [...share].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (value < CUTOFF) continue
  const count = Math.min(SCALE, round(value * SCALE))
  if (!groups.has(count)) groups.set(count, [])
  groups.get(count).push(term)
  kept++
}
const frequencies = Object.fromEntries([...groups].sort((a, b) => b[0] - a[0]).map(([count, terms]) => [count, terms.join(' ')]))

const target = new URL('../src/similarity/document-frequencies.json', import.meta.url)
const data = {
  $comment: [
    `Document frequencies of ${kept} terms (Porter stems of folded words, stop words left out), as counts out of ${SCALE} news articles,`,
    'each key a count and its value the terms with that count. Built by scripts/build-frequencies.mjs from',
    counted.map((corpus) => `${corpus.name}: ${corpus.stats.documents} documents, ${corpus.distinct.toFixed(1)} distinct terms each`).join('; ') + ';',
    `each corpus put on the scale of an article of ${articleDistinct.toFixed(1)} distinct terms, then averaged.`,
    'Counts only, no text. Includes material derived from Wikipedia, Portal:Current events (CC BY-SA 4.0): see THIRD_PARTY_NOTICES.md.'
  ].join(' '),
  documents: SCALE,
  unseen: CUTOFF * SCALE,
  frequencies
}
writeFileSync(target, JSON.stringify(data) + '\n')
for (const corpus of counted) console.log(`${corpus.name}: ${corpus.stats.documents} documents, ${corpus.distinct.toFixed(1)} distinct terms each, scaled by ${(articleDistinct / corpus.distinct).toFixed(2)}`)
console.log(`${kept} terms in ${groups.size} groups; unseen terms count as ${CUTOFF * SCALE} of ${SCALE}`)
