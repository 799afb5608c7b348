import {readdirSync, readFileSync} from 'node:fs'
import type {Article} from '../src/index.js'

/** One article of a page's truth file (`fixtures/pages/README.md`). */
export interface TruthArticle {
  title: string
  outlet: string | null
  published: string | null
  byline: string | null
  paragraphs: number
  first: string | null
}

/** A page dump with its hand-checked truth. */
export interface Page {
  /** `family/name`, without `.txt`. */
  name: string
  family: string
  text: string
  truth: {family: string; checked: string; articles: TruthArticle[]}
}

const folder = new URL('../fixtures/pages/', import.meta.url)

/** Every page of `fixtures/pages/<family>/`, sorted by name. */
export function readPages(): Page[] {
  const pages: Page[] = []
  for (const family of readdirSync(folder, {withFileTypes: true})) {
    if (!family.isDirectory()) continue
    const familyFolder = new URL(`${family.name}/`, folder)
    for (const file of readdirSync(familyFolder).filter((name) => name.endsWith('.txt')).sort()) {
      const base = file.slice(0, -4)
      pages.push({
        name: `${family.name}/${base}`,
        family: family.name,
        text: readFileSync(new URL(file, familyFolder), 'utf8'),
        truth: JSON.parse(readFileSync(new URL(`${base}.truth.json`, familyFolder), 'utf8')) as Page['truth']
      })
    }
  }
  return pages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** Known failures: page name → why it is read wrong (`fixtures/pages/known-failures.json`). */
export function readKnownFailures(): Record<string, string> {
  return JSON.parse(readFileSync(new URL('known-failures.json', folder), 'utf8')) as Record<string, string>
}

// As the truth format compares them: separators around outlets and times
// are not part of them, nor a `By ` before a byline.
const SEPARATORS = /^[\s\-–—·•|:]+|[\s\-–—·•|:]+$/g
const clean = (value: string | null): string | null => (value === null ? null : value.replace(SEPARATORS, ''))
const dropBy = (value: string | null): string | null => (value === null ? null : value.trim().replace(/^by\s+/i, '').trim() || null)

/**
 * How the articles differ from a page's truth, one line per difference
 * (empty when the page is read right): the titles in order, then for each
 * matched title its outlet (as printed), published (as printed), byline,
 * paragraph count and the first 40 characters of its first paragraph.
 *
 * @param articles
 *   What `splitDump` found.
 * @param truth
 *   The page's truth.
 */
export function differences(articles: readonly Article[], truth: readonly TruthArticle[]): string[] {
  const found: string[] = []
  const titles = articles.map((article) => article.title.trim())
  const wanted = truth.map((article) => article.title.trim())
  if (titles.length !== wanted.length || titles.some((title, index) => title !== wanted[index])) {
    let index = 0
    while (index < titles.length && titles[index] === wanted[index]) index++
    found.push(`titles differ at #${index + 1}: want ${JSON.stringify(wanted[index])}, got ${JSON.stringify(titles[index])} (want ${wanted.length}, got ${titles.length})`)
  }
  const pool = new Map<string, number[]>()
  titles.forEach((title, index) => pool.set(title, [...(pool.get(title) ?? []), index]))
  for (const want of truth) {
    const index = pool.get(want.title.trim())?.shift()
    if (index === undefined) continue
    const article = articles[index]!
    const got = {
      outlet: clean(article.outlet?.raw ?? null),
      published: clean(article.published?.raw ?? null),
      byline: dropBy(article.byline),
      paragraphs: article.paragraphs.length,
      first: article.paragraphs[0]?.trim().slice(0, 40) ?? null
    }
    const expected = {outlet: clean(want.outlet), published: clean(want.published), byline: dropBy(want.byline), paragraphs: want.paragraphs, first: want.first}
    for (const field of ['outlet', 'published', 'byline', 'paragraphs', 'first'] as const) {
      if (got[field] !== expected[field]) found.push(`${field} of ${JSON.stringify(want.title.slice(0, 50))}: want ${JSON.stringify(expected[field])}, got ${JSON.stringify(got[field])}`)
    }
  }
  return found
}
