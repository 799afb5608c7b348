import {readFileSync, readdirSync} from 'node:fs'
import {expect, test} from 'vitest'
import {splitDump, type Article} from '../src/index.js'

// Pages saved one after another run together. The tolerance we promise:
// two daily8 dumps joined by a blank line split into exactly the articles
// of both, in order (the second page's lead is found before its chrome run).
// Dumps of different layouts joined are split as one layout, the first rule
// that applies to the whole text, so the other's articles may merge.
const folder = new URL('../fixtures/', import.meta.url)
const dumps = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({name, text: readFileSync(new URL(name, folder), 'utf8')}))
  .filter((dump) => splitDump(dump.text).layout === 'daily8')

const summary = (article: Article) => [article.role, article.title, article.outlet?.name ?? null, article.paragraphs]

test('there are daily8 dumps to join', () => {
  expect(dumps.length).toBeGreaterThanOrEqual(12)
})

test.each(dumps.map((dump) => [dump.name, dump] as const))('%s joined with every daily8 dump', (_name, first) => {
  for (const second of dumps) {
    const joined = splitDump(first.text + '\n\n' + second.text)
    const expected = [...splitDump(first.text).articles, ...splitDump(second.text).articles].map(summary)
    expect(joined.articles.map(summary), `${first.name} + ${second.name}`).toEqual(expected)
  }
})

// Files without a final newline, concatenated (`cat a.txt b.txt`): the second
// page's title follows the first page's last paragraph with no blank line
// between. Each page's lead must still be its own article, not paragraphs of
// the article before it. A first page that stops mid-sentence or after a
// header (cut off) gives no sign where the next title starts: not promised.
const endsWhole = dumps.filter((dump) => /[.!?"'”’_]$/.test(dump.text.trimEnd()))

test('most daily8 dumps end a sentence', () => {
  expect(endsWhole.length).toBeGreaterThanOrEqual(dumps.length - 2)
})

test.each(endsWhole.map((dump) => [dump.name, dump] as const))('%s joined by one line break to every daily8 dump', (_name, first) => {
  for (const second of dumps) {
    const joined = splitDump(first.text.trimEnd() + '\n' + second.text.trimStart())
    const expected = [...splitDump(first.text).articles, ...splitDump(second.text).articles].map(summary)
    expect(joined.articles.map(summary), `${first.name} + ${second.name}`).toEqual(expected)
  }
})
