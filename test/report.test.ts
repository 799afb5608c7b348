// `newsdump report`: the page's pieces (escaping, segments, axis, words)
// checked on hand-worked examples; the command on a small collection of
// dumps generated here (stories copied, rewritten and left alone, and
// titles built to break out of HTML); and the page itself in headless
// Chromium, opened from disk: its clusters, timeline and side-by-side view
// are there, no console error, nothing loaded, no script from a title ran.
// CHROMIUM_PATH overrides /usr/bin/chromium; without a Chromium the browser
// tests are skipped with a notice, unless CI is set (test/consumers/chromium.ts).
import {mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {clusterStories, findDuplicates, similarity, splitDump, type Article} from '../src/index.js'
import {jsonForScript} from '../src/cli/report/html.js'
import type {ReportData} from '../src/cli/report/model.js'
import {formatInterval, formatTime} from '../src/cli/report/client/format.js'
import {articleMatches, byPublication, filterWords, indexReport} from '../src/cli/report/client/lookups.js'
import {tickLabel, timeDomain, timeScale} from '../src/cli/report/client/scale.js'
import {articleBlocks, sharedShare, unsharedParagraphs} from '../src/cli/report/client/segments.js'
import {hasScript, newsdump, onTerminal, REFERENCE, seed, shellQuote, temporaryFolder} from './cli-helpers.js'
import {checkChromium} from './consumers/chromium.js'
import {prose, random, sentences, vocabulary} from './prose.js'

const chromium = checkChromium(process.env)
if (chromium.skip) process.stderr.write(`${chromium.message.replace('browser consumer test', 'report browser tests')}\n`)

describe('jsonForScript', () => {
  test('escapes what could end the element or break the script, and reads back exactly', () => {
    expect(jsonForScript({t: '</script><b>&'})).toBe('{"t":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}')
    expect(jsonForScript('a\u2028b\u2029c')).toBe('"a\\u2028b\\u2029c"')
    expect(jsonForScript('\u0085\u009b\ufdd0\uffff')).toBe('"\\u0085\\u009b\\ufdd0\\uffff"')
    const hostile = ['</script>', '<!--', '<script>alert(1)</script>', '</style>', '"\'`', '\u0000\u0007\u001b[2J\u007f', '\u202e', '\ud800 lone', '&amp;', '\u2028\u2029']
    for (const text of hostile) {
      const json = jsonForScript({text})
      expect(json).not.toMatch(/[<>&\u2028\u2029\u007f-\u009f]/)
      expect(JSON.parse(json)).toEqual({text})
    }
  })
})

describe('articleBlocks and unsharedParagraphs', () => {
  // "T\n\nAlpha one.\n\nBeta two.\n\nGamma.": the title at 0–1, the paragraphs
  // at 3–13, 15–24 and 26–32, as articleText joins them.
  const paragraphs = ['Alpha one.', 'Beta two.', 'Gamma.']

  test('cuts each block where passages begin and end, also across paragraphs', () => {
    const blocks = articleBlocks('T', paragraphs, [
      {start: 20, end: 29, passage: 1},
      {start: 3, end: 8, passage: 0}
    ])
    expect(blocks.map((block) => [block.kind, block.index, block.segments, block.shared])).toEqual([
      ['title', 0, [{text: 'T', passage: null}], false],
      [
        'paragraph',
        0,
        [
          {text: 'Alpha', passage: 0},
          {text: ' one.', passage: null}
        ],
        true
      ],
      [
        'paragraph',
        1,
        [
          {text: 'Beta ', passage: null},
          {text: 'two.', passage: 1}
        ],
        true
      ],
      [
        'paragraph',
        2,
        [
          {text: 'Gam', passage: 1},
          {text: 'ma.', passage: null}
        ],
        true
      ]
    ])
    expect(unsharedParagraphs(blocks, 2)).toEqual([])
  })

  test('names the paragraphs no passage touches, and none when nothing is shared', () => {
    const blocks = articleBlocks('T', paragraphs, [{start: 3, end: 13, passage: 0}])
    expect(blocks[1]!.segments).toEqual([{text: 'Alpha one.', passage: 0}])
    expect(unsharedParagraphs(blocks, 1)).toEqual([1, 2])
    expect(unsharedParagraphs(articleBlocks('T', paragraphs, []), 0)).toEqual([])
  })

  test('on a real pair: the opening one version has and the other dropped', () => {
    // Seed 000's lead and seed 001's first related item are the same Guardian
    // story, hand-checked: the related item (one long paragraph) opens with a
    // sentence the lead lacks ("Russia and Ukraine discussed further prisoner
    // swaps on Wednesday at a brief session of peace talks in Istanbul, …");
    // everything else of the lead is in the related item.
    const lead = splitDump(readFileSync(seed('000_d00be9bfc94f70d2.txt'), 'utf8')).articles[0]!
    const related = splitDump(readFileSync(seed('001_bed8e93c8511a76b.txt'), 'utf8')).articles[1]!
    const {passages = []} = similarity(lead, related, {explain: true})
    const blocksLead = articleBlocks(lead.title, lead.paragraphs, passages.map((passage, index) => ({...passage.a, passage: index})))
    const blocksRelated = articleBlocks(related.title, related.paragraphs, passages.map((passage, index) => ({...passage.b, passage: index})))
    const opening = blocksRelated[1]!.segments[0]!
    expect(opening.passage).toBeNull()
    expect(opening.text).toMatch(/^Russia and Ukraine discussed further prisoner swaps on Wednesday at a brief session of peace talks in Istanbul, but the sides remained far apart on ceasefire terms and a possible meeting of their leaders\. /)
    expect(lead.text).not.toContain(opening.text.trim())
    expect(sharedShare(blocksLead)).toBe(1)
    expect(sharedShare(blocksRelated)).toBeLessThan(1)
    expect(sharedShare(blocksRelated)).toBeGreaterThan(0.9)
    // A paragraph is flagged only when nothing of it is shared: here none is.
    expect(unsharedParagraphs(blocksLead, passages.length)).toEqual([])
    expect(unsharedParagraphs(blocksRelated, passages.length)).toEqual([])
    // Every block's segments put its text back together.
    for (const [blocks, article] of [
      [blocksLead, lead],
      [blocksRelated, related]
    ] as const) {
      expect(blocks.map((block) => block.segments.map((segment) => segment.text).join(''))).toEqual([article.title, ...article.paragraphs])
    }
  })
})

describe('the time axis and times', () => {
  test('timeDomain spans every known end, padded, at least an hour', () => {
    const t = Date.parse('2025-07-23T12:00:00Z')
    expect(timeDomain([])).toBeNull()
    expect(timeDomain([{earliest: null, latest: null}])).toBeNull()
    expect(timeDomain([{earliest: t, latest: t}])).toEqual([t - 1_800_000, t + 1_800_000])
    const day = 86_400_000
    expect(timeDomain([{earliest: t, latest: null}, {earliest: null, latest: t + day}])).toEqual([t - 0.04 * day, t + 1.04 * day])
  })

  test('ticks fall on round UTC times and read as times, dates or both', () => {
    const start = Date.parse('2025-07-23T09:10:00Z')
    const x = timeScale([start, start + 5 * 3_600_000], [0, 500])
    expect(x(start)).toBe(0)
    expect(x(start + 2.5 * 3_600_000)).toBe(250)
    const ticks = x.ticks(6)
    expect(ticks.map((tick) => tick.toISOString().slice(11, 16))).toEqual(['10:00', '11:00', '12:00', '13:00', '14:00'])
    expect(tickLabel(new Date('2025-07-23T10:00:00Z'), x.domain)).toBe('10:00')
    expect(tickLabel(new Date('2025-07-24T00:00:00Z'), x.domain)).toBe('24 Jul')
    const week: [number, number] = [start, start + 7 * 86_400_000]
    expect(tickLabel(new Date('2025-07-25T12:00:00Z'), week)).toBe('25 Jul 12:00')
    expect(tickLabel(new Date('2025-01-01T00:00:00Z'), [start - 400 * 86_400_000, start])).toBe('1 Jan 2025')
  })

  test('times print in UTC, interval ends just inside a minute as that minute', () => {
    expect(formatTime('2025-07-23T11:33:00.001Z')).toBe('2025-07-23 11:33 UTC')
    expect(formatTime('2025-07-23T23:59:59.999Z')).toBe('2025-07-24 00:00 UTC')
    expect(formatTime('2025-07-23T13:15:30.000Z')).toBe('2025-07-23 13:15:30 UTC')
    expect(formatInterval('2025-07-23T11:33:00.001Z', '2025-07-23T11:34:00.000Z')).toBe('2025-07-23 11:33–11:34 UTC')
    expect(formatInterval('2025-07-22T00:00:00.000Z', '2025-07-22T23:59:59.999Z')).toBe('2025-07-22 00:00 – 2025-07-23 00:00 UTC')
    expect(formatInterval(null, '2025-07-23T11:34:00Z')).toBe('by 2025-07-23 11:34 UTC')
    expect(formatInterval(null, null)).toBe('unknown')
  })

  test('members in publication order: by start, then end, undated last', () => {
    const article = (earliest: string | null, latest: string | null) => ({published: earliest === null && latest === null ? null : {raw: '', kind: 'absolute', earliest, latest}})
    const data = {
      articles: [article(null, null), article('2025-07-23T10:00:00Z', '2025-07-23T12:00:00Z'), article('2025-07-23T10:00:00Z', '2025-07-23T11:00:00Z'), article('2025-07-22T00:00:00Z', '2025-07-23T00:00:00Z')]
    } as unknown as ReportData
    expect(byPublication(data, [0, 1, 2, 3])).toEqual([3, 2, 1, 0])
    expect(filterWords('  Russia  UKRAINE ')).toEqual(['russia', 'ukraine'])
  })
})

// A collection made here: three stories (made-up prose, so no corpus is
// needed), each the lead of some dumps and copied or rewritten in others;
// unrelated items; and a dump whose titles are built to break out of HTML.
const next = random(15)
const lexicon = vocabulary(next, 2000)
const paragraph = (): string => sentences(next, prose(next, lexicon, 40 + Math.floor(next() * 30)))
const stories = [0, 1, 2].map(() => ({title: sentences(next, prose(next, lexicon, 8)).slice(0, -1), paragraphs: [paragraph(), paragraph(), paragraph(), paragraph()]}))
/** The paragraph the rewrite of story 0 adds; it drops story 0's second paragraph. */
const added = paragraph()
const rewrite = {title: stories[0]!.title.split(' ').reverse().join(' '), paragraphs: [stories[0]!.paragraphs[0]!, stories[0]!.paragraphs[2]!, added, stories[0]!.paragraphs[3]!]}
// The story's title, then everything that could break out of HTML: it is
// still the same story (its headline terms are there), so it clusters.
const hostileTitle = `${stories[0]!.title} <script>window.__pwned = 1</script> "double" 'single' </style><img src=x onerror="window.__pwned = 2"> &amp; & \u0007bell \u001b[31mred\u001b[0m \u202ereversed\u202c </script><!-- end`
const chrome = 'Hashtags\n\nTry Our AI Features\nExplore what Daily8 AI can do for you:\nComments\nNo comments yet...\nRelated Articles\n\n\n'
const ages = ['26 minutes ago', '2 hours ago', 'an hour ago', '5 hours ago', 'yesterday']

function related(outlet: string, age: string, story: {title: string; paragraphs: string[]}): string {
  return `${outlet}\n${age}\n- ${outlet}\n${story.title}\n${story.paragraphs.join('\n')}\n\n\n`
}

function unrelated(): {title: string; paragraphs: string[]} {
  return {title: sentences(next, prose(next, lexicon, 7)).slice(0, -1), paragraphs: [paragraph(), paragraph()]}
}

const dumps: Record<string, string> = {
  'monday.txt': `${stories[0]!.title}\n${stories[0]!.paragraphs.join('\n')}\n${chrome}${related('The Guardian', ages[0]!, stories[1]!)}${related('Reuters', ages[1]!, unrelated())}`,
  'tuesday.txt': `${stories[1]!.title}\n${stories[1]!.paragraphs.join('\n')}\n${chrome}${related('Reuters', ages[2]!, stories[0]!)}${related('BBC News', ages[3]!, rewrite)}`,
  'wednesday.txt': `${stories[2]!.title}\n${stories[2]!.paragraphs.join('\n')}\n${chrome}${related('SBS Australia', ages[0]!, stories[1]!)}${related('Daily Mail', ages[4]!, unrelated())}`,
  'thursday.txt': `${stories[2]!.title}\n${stories[2]!.paragraphs.join('\n')}\n${chrome}${related('Some Local Paper', ages[1]!, unrelated())}`,
  'hostile.txt': `${unrelated().title}\n${paragraph()}\n${chrome}${related('Mirror', ages[3]!, {title: hostileTitle, paragraphs: stories[0]!.paragraphs})}`
}

describe('newsdump report', () => {
  const folder = temporaryFolder('report')
  const input = join(folder, 'dumps')
  const page = join(folder, 'report.html')
  let html = ''
  let data: ReportData
  let articles: Article[] = []
  let files: string[] = []

  beforeAll(async () => {
    mkdirSync(input)
    for (const [name, text] of Object.entries(dumps)) writeFileSync(join(input, name), text)
    const result = await newsdump(['report', '--reference', REFERENCE, '-o', page, input])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`${page}\n`)
    html = readFileSync(page, 'utf8')
    const json = /<script type="application\/json" id="newsdump-data">(.*?)<\/script>/s.exec(html)![1]!
    data = JSON.parse(json) as ReportData
    // What the library finds on the same dumps: the oracle for the groups.
    files = Object.keys(dumps).sort()
    articles = files.flatMap((name) => splitDump(dumps[name]!, {reference: REFERENCE}).articles)
  })

  test('the data holds every dump and article, exactly', () => {
    expect(data.version).toBe(1)
    expect(data.dumps.map((dump) => dump.file)).toEqual(files.map((name) => join(input, name)))
    expect(data.dumps.map((dump) => dump.layout)).toEqual(files.map(() => 'daily8'))
    expect(data.articles.map((article) => article.title)).toEqual(articles.map((article) => article.title))
    expect(data.articles.map((article) => article.outlet?.name ?? null)).toEqual(articles.map((article) => article.outlet?.name ?? null))
    expect(data.articles.map((article) => article.published?.earliest ?? null)).toEqual(articles.map((article) => article.published?.earliest ?? null))
    // The hostile title survived the split whole, as text.
    const hostile = data.articles.find((article) => article.title.includes('__pwned'))!
    expect(hostile.title).toBe(hostileTitle)
  })

  test('clusters and duplicates are those of the library, largest first, text only for their members', () => {
    const clusters = clusterStories(articles)
    const duplicates = findDuplicates(articles)
    expect(clusters.length).toBeGreaterThanOrEqual(3)
    expect(new Set(data.clusters.map((cluster) => cluster.members.join(',')))).toEqual(new Set(clusters.map((cluster) => cluster.members.join(','))))
    expect(new Set(data.duplicates.map((group) => group.members.join(',')))).toEqual(new Set(duplicates.map((group) => group.members.join(','))))
    const sizes = data.clusters.map((cluster) => cluster.members.length)
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x))
    // Story 0: its lead, Reuters' copy, the BBC rewrite and the hostile copy.
    const story0 = data.clusters.find((cluster) => cluster.members.some((member) => data.articles[member]!.title === stories[0]!.title))!
    expect(story0.members.map((member) => data.articles[member]!.outlet?.name ?? 'lead').sort()).toEqual(['BBC News', 'Reuters', 'The Mirror', 'lead'])
    // Each member compared with the representative, as `similarity` compares them.
    for (const [position, member] of story0.members.entries()) {
      const link = story0.links[position]
      if (member === story0.representative) {
        expect(link).toBeNull()
        continue
      }
      const {score, sameStory, resemblance, relation} = similarity(articles[story0.representative]!, articles[member]!)
      expect(link).toEqual({score, sameStory, resemblance, relation})
    }
    // The lead's two copies (Reuters' and the hostile one) are copies of each other.
    const copies = story0.members.filter((member) => ['Reuters', 'The Mirror'].includes(data.articles[member]!.outlet?.name ?? ''))
    expect(data.duplicates.some((group) => copies.every((member) => group.members.includes(member)))).toBe(true)
    const grouped = new Set([...data.clusters, ...data.duplicates].flatMap((group) => group.members))
    for (const [index, article] of data.articles.entries()) {
      expect(article.paragraphs === null).toBe(!grouped.has(index))
      expect(article.paragraphCount).toBe(articles[index]!.paragraphs.length)
    }
  })

  test('the file is self-contained: a policy that loads nothing, and no dump text outside the escaped data', () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[\w+/=]+'; style-src 'sha256-[\w+/=]+'; img-src data:;/)
    expect(html.match(/<script\b/g)).toHaveLength(2)
    expect(html.match(/<\/script>/g)).toHaveLength(2)
    // Outside the page's own script, nothing that could load anything.
    const shell = html.replace(/(<script[^>]*>).*?<\/script>/gs, '$1</script>')
    expect(shell).not.toMatch(/<link\b|\bsrc=|\bhref=|@import|url\(/i)
    expect(html).not.toContain('<script>window.__pwned')
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('</style><img')
    expect(html).toContain('\\u003cscript\\u003ewindow.__pwned')
  })

  test('an input that cannot be read is named on standard error and in the report; exit code 1', async () => {
    const out = join(folder, 'partial.html')
    const result = await newsdump(['report', '--reference', REFERENCE, '-o', out, join(input, 'monday.txt'), join(folder, 'missing.txt')])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`newsdump report: ${join(folder, 'missing.txt')}: cannot read: no such file or directory\n`)
    const written = JSON.parse(/id="newsdump-data">(.*?)<\/script>/s.exec(readFileSync(out, 'utf8'))![1]!) as ReportData
    expect(written.problems).toEqual([`${join(folder, 'missing.txt')}: cannot read: no such file or directory`])
    expect(written.dumps).toHaveLength(1)
  })

  test('-o - and a pipe: the page on standard output; an output that cannot be written: exit 3, no file left', async () => {
    const piped = await newsdump(['report', '--reference', REFERENCE, '-o', '-', '-'], {input: dumps['monday.txt']!})
    expect(piped.code).toBe(0)
    expect(piped.stdout.startsWith('<!doctype html>')).toBe(true)
    expect(piped.stdout).toContain(jsonForScript(stories[0]!.title))
    const blocked = await newsdump(['report', '-o', join(folder, 'no-such-folder', 'report.html'), input])
    expect(blocked.code).toBe(3)
    expect(blocked.stderr).toBe(`newsdump report: cannot write ${join(folder, 'no-such-folder', 'report.html')}: no such file or directory\n`)
    const over = await newsdump(['report', '-o', join(input, 'monday.txt'), input])
    expect(over.code).toBe(2)
    expect(over.stderr).toMatch(/^newsdump report: -o .*monday\.txt: that is one of the inputs/)
    expect(statSync(join(input, 'monday.txt')).size).toBe(Buffer.byteLength(dumps['monday.txt']!))
  })

  test.skipIf(!hasScript)('on a terminal: no page to standard output, no waiting for typed input; --help', async () => {
    const [html, typed, help] = await Promise.all([
      onTerminal(`newsdump report ${shellQuote(input)}`),
      onTerminal(`newsdump report -o ${shellQuote(join(folder, 'typed.html'))}`),
      newsdump(['report', '--help'])
    ])
    expect(html.code).toBe(2)
    expect(html.stdout).toContain('newsdump report: the report is an HTML file: name it with -o report.html, or redirect standard output')
    expect(typed.code).toBe(2)
    expect(typed.stdout).toContain('newsdump report: no input: name files, directories or - for standard input, or pipe text in')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: newsdump report [-o <file.html>]')
  })

  describe('in Chromium, opened from disk', () => {
    let context: import('playwright-core').BrowserContext | undefined
    let browserPage: import('playwright-core').Page
    const problems: string[] = []
    const requests: string[] = []

    beforeAll(async () => {
      if (chromium.skip) return
      if (!chromium.found) throw new Error(chromium.message)
      const {chromium: browser} = await import('playwright-core')
      const profile = join(folder, 'chromium-profile')
      context = await browser.launchPersistentContext(profile, {
        executablePath: chromium.path,
        headless: true,
        viewport: {width: 1280, height: 900},
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
      })
      browserPage = await context.newPage()
      browserPage.on('pageerror', (error) => problems.push(error.message))
      browserPage.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
      })
      browserPage.on('request', (request) => requests.push(request.url()))
      await browserPage.goto(pathToFileURL(page).href)
      await browserPage.waitForSelector('body[data-status]', {timeout: 30_000})
    }, 60_000)

    afterAll(async () => {
      await context?.close()
    })

    test.skipIf(chromium.skip)('the page draws, loads nothing, and no script from a title runs', async () => {
      expect(await browserPage.getAttribute('body', 'data-status')).toBe('ready')
      expect(await browserPage.evaluate(() => (globalThis as {__pwned?: unknown}).__pwned)).toBeUndefined()
      expect(await browserPage.locator('script').count()).toBe(2)
      expect(await browserPage.locator('img').count()).toBe(0)
      expect(requests).toEqual([pathToFileURL(page).href])
      expect(problems).toEqual([])
    })

    test.skipIf(chromium.skip)('the summary and the stories, largest first, the first one open', async () => {
      const figures = await browserPage.locator('.figures > div').allTextContents()
      expect(figures[0]).toBe(`Dumps read${files.length}`)
      expect(figures).toContain(`Story clusters${data.clusters.length} holding ${data.clusters.reduce((sum, cluster) => sum + cluster.members.length, 0)} articles (${Math.round((data.clusters.reduce((sum, cluster) => sum + cluster.members.length, 0) / data.articles.length) * 100)}%); the largest has ${data.clusters[0]!.members.length}; score at least ${data.thresholds.story.toFixed(3)}`)
      const heads = browserPage.locator('.stories > li .story-head .headline')
      expect(await heads.count()).toBe(data.clusters.length)
      expect(await heads.allTextContents()).toEqual(data.clusters.map((cluster) => data.articles[cluster.representative]!.title))
      expect(await browserPage.locator('.stories > li.open').count()).toBe(1)
      // Closed on a click, open again on another.
      await browserPage.click('#story-1 .story-head')
      expect(await browserPage.locator('.stories > li.open').count()).toBe(0)
      await browserPage.click('#story-1 .story-head')
      expect(await browserPage.locator('#story-1 .members tbody tr').count()).toBe(data.clusters[0]!.members.length)
    })

    test.skipIf(chromium.skip)('a timeline of intervals, and two items side by side: shared passages and what the rewrite added and dropped', async () => {
      const index = data.clusters.findIndex((cluster) => cluster.members.some((member) => data.articles[member]!.title === rewrite.title))
      const story = `#story-${index + 1}`
      if (!(await browserPage.locator(`${story}.open`).count())) await browserPage.click(`${story} .story-head`)
      const cluster = data.clusters[index]!
      const dated = cluster.members.filter((member) => data.articles[member]!.published !== null).length
      expect(await browserPage.locator(`${story} .timeline .published rect`).count()).toBe(dated)
      // Intervals, not points: "yesterday" and "5 hours ago" are wider than a minute.
      const widths = await browserPage.locator(`${story} .timeline .published rect`).evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute('width'))))
      expect(Math.max(...widths)).toBeGreaterThan(20)

      // The original (story 0's lead) as A, the rewrite as B.
      const rows = browserPage.locator(`${story} .members tbody tr`)
      const titles = await rows.locator('.title').allTextContents()
      await rows.nth(titles.indexOf(stories[0]!.title)).locator('input[type=radio]').nth(0).check()
      await rows.nth(titles.indexOf(rewrite.title)).locator('input[type=radio]').nth(1).check()
      const sides = browserPage.locator(`${story} .sides .side`)
      expect(await sides.count()).toBe(2)
      expect(await sides.nth(0).locator('.side-title').textContent()).toBe(stories[0]!.title)
      expect(await sides.nth(1).locator('.side-title').textContent()).toBe(rewrite.title)
      expect(await sides.nth(0).locator('mark').count()).toBeGreaterThan(0)
      // A lacks the paragraph the rewrite added; B lacks the one it dropped.
      const onlyA = await sides.nth(0).locator('p.only').allTextContents()
      const onlyB = await sides.nth(1).locator('p.only').allTextContents()
      expect(onlyA).toEqual([`only in A, not in B${stories[0]!.paragraphs[1]}`])
      expect(onlyB).toEqual([`only in B, not in A${added}`])
      // Passages are numbered alike on both sides.
      const numbers = async (side: number) => [...new Set(await sides.nth(side).locator('mark').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-passage'))))].sort()
      expect(await numbers(0)).toEqual(await numbers(1))
      expect(problems).toEqual([])
      await browserPage.screenshot({path: join(folder, 'report.png'), fullPage: true})
      expect(readFileSync(join(folder, 'report.png')).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    })

    test.skipIf(chromium.skip)('titles built to break out of HTML show as text, exactly', async () => {
      await browserPage.fill('#articles input[type=search]', 'reversed')
      const cells = browserPage.locator('#articles tbody .title')
      expect(await cells.count()).toBe(1)
      expect(await cells.first().textContent()).toBe(hostileTitle)
      // And in the side-by-side view of its story.
      const index = data.clusters.findIndex((cluster) => cluster.members.some((member) => data.articles[member]!.title === hostileTitle))
      await browserPage.click(`#articles tbody a[href="#story-${index + 1}"]`)
      const story = `#story-${index + 1}`
      const rows = browserPage.locator(`${story} .members tbody tr`)
      const titles = await rows.locator('.title').allTextContents()
      expect(titles).toContain(hostileTitle)
      await rows.nth(titles.indexOf(hostileTitle)).locator('input[type=radio]').nth(1).check()
      expect(await browserPage.locator(`${story} .side-b .side-title`).textContent()).toBe(hostileTitle)
      expect(await browserPage.evaluate(() => (globalThis as {__pwned?: unknown}).__pwned)).toBeUndefined()
      expect(await browserPage.locator('img').count()).toBe(0)
      expect(problems).toEqual([])
    })

    test.skipIf(chromium.skip)('printed: the controls are hidden, what is open prints', async () => {
      await browserPage.emulateMedia({media: 'print'})
      for (const selector of ['nav', '.tools']) expect(await browserPage.locator(selector).first().evaluate((element) => (globalThis as unknown as {getComputedStyle(node: unknown): {display: string}}).getComputedStyle(element).display)).toBe('none')
      expect(await browserPage.locator('.sides').first().isVisible()).toBe(true)
      await browserPage.emulateMedia({media: 'screen'})
    })
  })
})

describe('indexReport', () => {
  test('counts outlets, layouts, roles and the time ranges', () => {
    const data = {
      dumps: [
        {file: 'a.txt', layout: 'daily8', captured: {earliest: '2025-07-23T10:00:00.000Z', latest: '2025-07-23T12:00:00.000Z'}},
        {file: 'b.txt', layout: 'plain', captured: null},
        {file: 'c.txt', layout: 'daily8', captured: null}
      ],
      articles: [
        {dump: 0, index: 0, title: 'Kremlin plays down hopes', role: 'lead', outlet: null, published: null},
        {dump: 0, index: 1, title: 'Talks end', role: 'related', outlet: {id: 'reuters', name: 'Reuters', known: true}, published: {earliest: '2025-07-23T09:00:00.000Z', latest: '2025-07-23T09:01:00.000Z'}},
        {dump: 1, index: 0, title: 'Talks end early', role: 'related', outlet: {id: 'reuters', name: 'Reuters', known: true}, published: {earliest: null, latest: '2025-07-22T00:00:00.000Z'}},
        {dump: 2, index: 0, title: 'Heat wave', role: 'teaser', outlet: {id: 'foo-news', name: 'Foo News', known: false}, published: null}
      ],
      clusters: [{representative: 1, members: [1, 2], links: [null, null]}],
      duplicates: []
    } as unknown as ReportData
    const indexed = indexReport(data)
    expect(indexed.outlets).toEqual([
      {id: 'reuters', name: 'Reuters', known: true, articles: 2},
      {id: 'foo-news', name: 'Foo News', known: false, articles: 1}
    ])
    expect(indexed.layouts).toEqual([
      {layout: 'daily8', dumps: 2},
      {layout: 'plain', dumps: 1}
    ])
    expect(indexed.roles).toEqual({lead: 1, related: 2, teaser: 1})
    expect(indexed.published).toEqual({earliest: '2025-07-22T00:00:00.000Z', latest: '2025-07-23T09:01:00.000Z'})
    expect(indexed.captured).toEqual({earliest: '2025-07-23T10:00:00.000Z', latest: '2025-07-23T12:00:00.000Z'})
    expect([...indexed.clusterOf]).toEqual([-1, 0, 0, -1])
    expect([...indexed.duplicateOf]).toEqual([-1, -1, -1, -1])
    // What a filter looks in: title, outlet and file#index, lower case.
    expect(indexed.searchText[2]).toBe('talks end early\nreuters\nb.txt#0')
    expect([0, 1, 2, 3].filter((index) => articleMatches(indexed, index, filterWords('TALKS reuters')))).toEqual([1, 2])
    expect([0, 1, 2, 3].filter((index) => articleMatches(indexed, index, filterWords('a.txt')))).toEqual([0, 1])
    expect([0, 1, 2, 3].filter((index) => articleMatches(indexed, index, []))).toEqual([0, 1, 2, 3])
  })
})
