// `npm run demo`: split every dump in fixtures/ and print, per dump, a table of
// its articles: role, outlet, age, title and paragraph count.
import {readdirSync, readFileSync} from 'node:fs'
import {splitDump} from '../dist/index.js'

const folder = new URL('../fixtures/', import.meta.url)
const names = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()

for (const name of names) {
  const text = readFileSync(new URL(name, folder), 'utf8')
  const dump = splitDump(text)
  const boilerplate = dump.boilerplate.reduce((sum, span) => sum + span.end - span.start, 0)
  console.log(`\n${name}  (${dump.layout}, ${dump.articles.length} articles, ${boilerplate} of ${text.length} characters boilerplate)`)
  const rows = dump.articles.map((article, index) => [
    String(index + 1),
    article.role,
    article.outlet?.name ?? '',
    formatAge(article.published),
    clip(article.title, 60) + (article.truncated ? ' [cut off]' : ''),
    String(article.paragraphs.length)
  ])
  printTable(['#', 'role', 'outlet', 'age', 'title', '¶'], rows)
}

function formatAge(published) {
  if (!published) return ''
  if (!published.age) return published.raw
  return `${duration(published.age.min)}–${duration(published.age.max)}`
}

function duration(ms) {
  const minutes = Math.round(ms / 60_000)
  if (minutes < 60) return `${minutes}m`
  const hours = minutes / 60
  if (hours < 48) return `${Number.isInteger(hours) ? hours : hours.toFixed(1)}h`
  return `${Math.round(hours / 24)}d`
}

function clip(text, width) {
  return text.length > width ? text.slice(0, width - 1) + '…' : text
}

function printTable(head, rows) {
  const widths = head.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)))
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()
  console.log(line(head))
  console.log(line(widths.map((width) => '-'.repeat(width))))
  for (const row of rows) console.log(line(row))
}
