// Do explain's sentences (`sentenceSpans`, from the fast tokenizer's words)
// group words as retext-english does, on real prose? Every Reuters-21578
// and BBC story of ../shared/corpora (title + body), compared sentence by
// sentence: the start offsets of the words in each sentence. Says so and
// exits when the corpora are missing.
// Run: node bench/similarity-sentences.mjs
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const corpora = new URL('../../shared/corpora/', import.meta.url)
const sources = ['reuters21578.jsonl', 'bbc.jsonl']
if (!sources.every((name) => existsSync(new URL(name, corpora)))) {
  console.error('bench/similarity-sentences.mjs: ../shared/corpora is missing; nothing to measure.')
  process.exit(0)
}
const root = fileURLToPath(new URL('..', import.meta.url))
execFileSync('npx', ['tsup', 'bench/similarity-sentences-entry.ts', '--no-config', '--format', 'esm', '-d', 'bench/.cache/sentences', '--no-dts', '--silent'], {cwd: root, stdio: 'inherit'})
const {sentenceSpans, forEachWord, toNlcst} = await import(new URL('.cache/sentences/similarity-sentences-entry.js', import.meta.url).href)

const retext = (text) => {
  const result = []
  for (const paragraph of toNlcst(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const starts = sentence.children.filter((node) => node.type === 'WordNode').map((node) => node.position.start.offset)
      if (starts.length > 0) result.push(starts.join(' '))
    }
  }
  return result
}
const own = (text) => {
  const starts = []
  forEachWord(text, (start) => starts.push(start))
  return sentenceSpans(text).map((span) => starts.filter((start) => start >= span.start && start < span.end).join(' '))
}
for (const name of sources) {
  const stories = readFileSync(new URL(name, corpora), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)).map((story) => `${story.title ?? ''}\n\n${story.body ?? ''}`)
  let sentences = 0
  let differing = 0
  let example
  for (const text of stories) {
    const expected = retext(text)
    const actual = own(text)
    sentences += expected.length
    if (expected.join('|') !== actual.join('|')) {
      differing++
      example ??= text.slice(0, 200)
    }
  }
  console.log(`${name}: ${stories.length} stories, ${sentences} sentences (retext-english), ${differing} stories grouped differently${example ? `; first: ${JSON.stringify(example)}` : ''}`)
}
