// The daily8 pages that bench/split.mjs measures, built from the Reuters-21578
// and BBC stories in ../shared/corpora: a lead, page chrome, then related
// blocks with outlet and age headers, as aggregator pages print them. One
// builder, so that the bench and scripts/compare-split.mjs read the same pages.
import {existsSync, readFileSync} from 'node:fs'

const corpora = new URL('../../shared/corpora/', import.meta.url)
const sources = ['reuters21578.jsonl', 'bbc.jsonl'].map((name) => new URL(name, corpora))

/** Whether ../shared/corpora holds the stories. */
export const corporaAvailable = sources.every((source) => existsSync(source))

const outlets = ['Reuters', 'The Guardian', 'BBC News', 'Daily Mail', 'The Independent', 'SBS Australia', 'News.com.au', 'The Times', 'Some Local Paper']
const ages = ['7 minutes ago', '26 minutes ago', 'an hour ago', '2 hours ago', '5 hours ago', 'yesterday', '3 days ago']
const chrome = 'Hashtags\n\nTry Our AI Features\nExplore what Daily8 AI can do for you:\nComments\nNo comments yet...\nRelated Articles\n\n\n'

/**
 * Pages of four to eight related blocks, in order, until `size` code units
 * or `count` pages are built, whichever comes first.
 *
 * @param {{size?: number, count?: number}} limits
 * @returns {string[]}
 */
export function daily8Pages({size = Infinity, count = Infinity}) {
  const stories = sources.flatMap((source) =>
    readFileSync(source, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
      .filter((story) => story.title && story.body)
  )
  /** One aggregator page: a lead, chrome and `related` related blocks. */
  const page = (offset, related) => {
    const lead = stories[offset % stories.length]
    // Reuters wraps lines at 70 columns and indents paragraphs; BBC separates
    // them with blank lines: one paragraph per line, as the lead is printed.
    const paragraphs = lead.body.split(/\n(?=[ \t]{2})|\n\n/).map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean)
    const parts = [`${lead.title.trim()}\n${paragraphs.join('\n')}\n`, chrome]
    for (let index = 1; index <= related; index++) {
      const story = stories[(offset + index) % stories.length]
      const outlet = outlets[(offset + index) % outlets.length]
      const body = story.body.replace(/\s+/g, ' ').trim()
      parts.push(`${outlet}\n${ages[(offset + index) % ages.length]}\n- ${outlet}\n${story.title.trim()}\n${body}\n\n\n`)
    }
    return parts.join('')
  }
  const pages = []
  let built = 0
  for (let offset = 0; built < size && pages.length < count; offset += 9) {
    const text = page(offset, 4 + (offset % 5))
    pages.push(text)
    built += text.length
  }
  return pages
}
