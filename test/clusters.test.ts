import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {splitDump, type Article} from '../src/index.js'
import {clusterStories, clusterStoriesWithin, defaultStoryThreshold, findStoryLinks} from '../src/similarity/clusters.js'
import {NEAR_COPY_GROUP, nearCopyGroups} from '../src/similarity/near-copies.js'
import {createCorpusStats, getDefaultCorpusStats, type CorpusStats} from '../src/similarity/corpus-stats.js'
import {prepare, type Prepared} from '../src/similarity/prepare.js'
import {compare} from '../src/similarity/similarity.js'
import {forEachStoryCandidate} from '../src/similarity/story-candidates.js'
import {COSINE_WEIGHT, RETOLD_CEILING, storyScore, storyScoreOnly} from '../src/similarity/story-model.js'
import type {StoryCluster, StoryPair} from '../src/similarity/types.js'
import {random} from './prose.js'

// Real texts from the fixtures (nothing outside the repository needed): every article of
// every dump, as an article and as plain text, each paragraph alone, and
// the title with the first paragraph; so that one story appears retold,
// cut, copied and contained, beside many other stories.
const folder = new URL('../fixtures/', import.meta.url)
const articles: Article[] = []
for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt')).sort()) {
  articles.push(...splitDump(readFileSync(new URL(name, folder), 'utf8')).articles)
}
const realItems: Array<string | Article> = []
for (const article of articles) {
  realItems.push(article, article.text.length > 0 ? `${article.title}\n\n${article.text}` : article.title)
  for (const paragraph of article.paragraphs.slice(0, 4)) realItems.push(paragraph)
  if (article.paragraphs.length > 0) realItems.push(`${article.title}\n${article.paragraphs[0]}`)
}

/** Every linked pair, by scoring all pairs. */
function allPairs(prepared: readonly Prepared[], threshold: number): StoryPair[] {
  const pairs: StoryPair[] = []
  for (let a = 0; a < prepared.length; a++) {
    for (let b = a + 1; b < prepared.length; b++) {
      const score = compare(prepared[a]!, prepared[b]!).score
      if (score >= threshold) pairs.push({a, b, score})
    }
  }
  return pairs
}

/**
 * The leader clustering as the docs state it, the slow way: every item on
 * its own (copies too), all pairs scored, a sort per round.
 */
function referenceClusters(items: ReadonlyArray<string | Article>, threshold: number, stats: CorpusStats): StoryCluster[] {
  const prepared = items.map((item) => prepare(item, stats))
  const links = allPairs(prepared, threshold)
  const neighbours: StoryPair[][] = items.map(() => [])
  for (const pair of links) {
    neighbours[pair.a]!.push(pair)
    neighbours[pair.b]!.push(pair)
  }
  const claimed = new Set<number>()
  const openLinks = (index: number) => neighbours[index]!.filter((pair) => !claimed.has(pair.a === index ? pair.b : pair.a)).length
  const clusters: StoryCluster[] = []
  for (;;) {
    const open = [...items.keys()].filter((index) => !claimed.has(index) && openLinks(index) > 0)
    if (open.length === 0) break
    open.sort((x, y) => openLinks(y) - openLinks(x) || prepared[y]!.words - prepared[x]!.words || x - y)
    const leader = open[0]!
    const joined = neighbours[leader]!.filter((pair) => !claimed.has(pair.a === leader ? pair.b : pair.a))
    const members = [leader, ...joined.map((pair) => (pair.a === leader ? pair.b : pair.a))].sort((x, y) => x - y)
    for (const member of members) claimed.add(member)
    clusters.push({representative: leader, members, pairs: joined.sort((x, y) => x.a - y.a || x.b - y.b)})
  }
  return clusters.sort((x, y) => x.members[0]! - y.members[0]!)
}

describe('clusterStories finds the links an all-pairs check finds', () => {
  test('the real texts are many, and hold links and copies', () => {
    expect(realItems.length).toBeGreaterThan(300)
    const prepared = realItems.map((item) => prepare(item, getDefaultCorpusStats()))
    expect(allPairs(prepared, defaultStoryThreshold).length).toBeGreaterThan(100)
  })

  // The default; thresholds below the cosine's weight (no headline needed),
  // at it, between, and high enough that only copies and containment link.
  const thresholds = [defaultStoryThreshold, 0.9, 0.8, 0.7, 0.5, 0.45, COSINE_WEIGHT, 0.2, 0.05]
  for (const [name, stats] of [
    ['bundled statistics', getDefaultCorpusStats()],
    ['statistics of the texts', createCorpusStats(realItems)]
  ] as const) {
    test(`on ${realItems.length} real texts, ${name}, at thresholds from 0.05 to 0.9`, () => {
      const prepared = realItems.map((item) => prepare(item, stats))
      for (const threshold of thresholds) {
        const expected = allPairs(prepared, threshold)
        expect(findStoryLinks(prepared, threshold)).toEqual(expected)
      }
    })
  }

  test('the score alone is the full score, with and without the shingles', () => {
    const prepared = realItems.slice(0, 120).map((item) => prepare(item, getDefaultCorpusStats()))
    let capped = 0
    for (const a of prepared) {
      for (const b of prepared) {
        const full = storyScore(a, b)
        if (full.combined > RETOLD_CEILING) capped++
        expect(storyScoreOnly(a, b)).toBe(full.score)
      }
    }
    // Both ways through: pairs whose ceiling was needed, and the many whose was not.
    expect(capped).toBeGreaterThan(120)
    expect(capped).toBeLessThan(120 * 120 / 2)
  })

  test('the search skips most pairs at the default threshold', () => {
    const prepared = realItems.map((item) => prepare(item, getDefaultCorpusStats()))
    let candidates = 0
    forEachStoryCandidate(prepared, defaultStoryThreshold, (a, b) => {
      expect(a).toBeLessThan(b)
      candidates++
    })
    const pairs = (prepared.length * (prepared.length - 1)) / 2
    expect(candidates).toBeLessThan(pairs / 20)
    expect(candidates).toBeGreaterThanOrEqual(allPairs(prepared, defaultStoryThreshold).length)
  })

  test('adversarial items: shared headlines, common words only, no words, copies, containment', () => {
    const body = articles.find((article) => article.paragraphs.length >= 3)!
    const other = articles.filter((article) => article.paragraphs.length >= 2).at(-1)!
    const items: Array<string | Article> = [
      // One headline over different bodies, and one body under different headlines.
      `Ukraine and Russia swap prisoners\n\n${body.paragraphs[0]}`,
      `Ukraine and Russia swap prisoners\n\n${other.paragraphs[0]}`,
      `Heavy rain in Leeds\n\n${body.paragraphs[0]}`,
      // Headlines of the most common words only; a headline of words no statistics list.
      'The new year said on Monday\n\nThe new year said on Monday that it was a new year.',
      'Said the year new\n\nIt was said on Monday that the year was new.',
      'Zorblat quenfix vardomir\n\nZorblat quenfix vardomir plotched the grumbleton.',
      'Zorblat quenfix\n\nZorblat quenfix vardomir plotched the grumbleton again.',
      // No words, stop words only, one word.
      '',
      '— … !!',
      'the of and it was',
      'Ukraine',
      'Ukraine',
      // A text and the same text cut short (containment), and a paragraph inside a longer text.
      body.text,
      body.paragraphs.slice(0, 2).join('\n\n'),
      body.paragraphs[1]!,
      // The same text as an article and as a string; two copies of one article.
      body,
      {...body},
      `${body.title}\n\n${body.text}`,
      // A first line too long to be a headline (more than 25 words).
      `${body.paragraphs.join(' ')}\n${body.title}`
    ]
    for (const stats of [getDefaultCorpusStats(), createCorpusStats(items)]) {
      const prepared = items.map((item) => prepare(item, stats))
      for (const threshold of thresholds) expect(findStoryLinks(prepared, threshold)).toEqual(allPairs(prepared, threshold))
      for (const threshold of [defaultStoryThreshold, 0.3]) expect(clusterStories(items, {threshold, stats})).toEqual(referenceClusters(items, threshold, stats))
    }
  })

  test('clusters are those of the leader rule over all pairs, on real texts with copies', () => {
    const next = random(5)
    // Real texts, some of them two and three times, in a shuffled order.
    const items = realItems.slice(0, 220)
    for (let index = 0; index < 40; index++) items.push(items[Math.floor(next() * 200)]!)
    for (let index = items.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1))
      ;[items[index], items[other]] = [items[other]!, items[index]!]
    }
    const stats = getDefaultCorpusStats()
    for (const threshold of [defaultStoryThreshold, 0.45]) {
      const clusters = clusterStories(items, {threshold, stats})
      expect(clusters.length).toBeGreaterThan(5)
      expect(clusters).toEqual(referenceClusters(items, threshold, stats))
    }
  })
})

describe('clusterStories against the all-pairs oracle on generated collections', () => {
  // Pairs with the hand-checked examples above: the oracle scores every pair and clusters the
  // slow way, so this checks the candidate search and the leader rule, not the score.
  test('property: any pick of real texts, with copies, in any order, at any threshold: the links and clusters of all pairs', () => {
    const stats = getDefaultCorpusStats()
    fc.assert(
      fc.property(fc.array(fc.nat({max: realItems.length - 1}), {maxLength: 40}), fc.double({min: 0.05, max: 0.95, noNaN: true}), (picks, threshold) => {
        const items = picks.map((pick) => realItems[pick]!)
        const prepared = items.map((item) => prepare(item, stats))
        expect(findStoryLinks(prepared, threshold)).toEqual(allPairs(prepared, threshold))
        expect(clusterStories(items, {threshold, stats})).toEqual(referenceClusters(items, threshold, stats))
      }),
      {numRuns: 200}
    )
  })
})

describe('clusterStories on many copies of one text', () => {
  const stub = 'Subscribe to read the full story.\n\nThis article is for subscribers only. Sign in or subscribe to continue reading about the election results.'
  const other = 'Flood warnings issued\n\nHeavy rain flooded the city centre of Leeds on Monday as the river Aire burst its banks.'

  test('6,000 copies: one cluster, one link per member, led by the first copy', () => {
    const clusters = clusterStories(Array(6000).fill(stub))
    expect(clusters).toHaveLength(1)
    const [cluster] = clusters
    expect(cluster!.representative).toBe(0)
    expect(cluster!.members).toEqual([...Array(6000).keys()])
    expect(cluster!.pairs).toHaveLength(5999)
    expect(cluster!.pairs[0]).toEqual({a: 0, b: 1, score: 1})
    expect(cluster!.pairs.at(-1)).toEqual({a: 0, b: 5999, score: 1})
  })

  test('3,000 copies of each of two texts, interleaved: two clusters', () => {
    const items = Array.from({length: 6000}, (_, index) => (index % 2 === 0 ? stub : other))
    const clusters = clusterStories(items)
    expect(clusters.map((cluster) => [cluster.representative, cluster.members.length, cluster.pairs.length])).toEqual([
      [0, 3000, 2999],
      [1, 3000, 2999]
    ])
    expect(clusters[1]!.members.every((member) => member % 2 === 1)).toBe(true)
  })

  test('near copies (one word changed in each): every pair links, one cluster, as the all-pairs leader rule gives', () => {
    // 150 items make 11,175 links: the link store grows past its first 1,024 several times.
    const stats = getDefaultCorpusStats()
    const base = (realItems.find((item) => typeof item !== 'string' && item.text.length > 1500) as Article).text.split(' ')
    const items = Array.from({length: 150}, (_, index) => {
      const words = [...base]
      words[(index * 7) % words.length] = `variant${index}`
      return words.join(' ')
    })
    const clusters = clusterStories(items, {stats})
    expect(clusters).toEqual(referenceClusters(items, defaultStoryThreshold, stats))
    expect(clusters).toHaveLength(1)
    const [cluster] = clusters
    expect(cluster!.members).toEqual([...items.keys()])
    expect(cluster!.pairs).toHaveLength(149)
    expect(cluster!.pairs.every((pair) => pair.a === cluster!.representative || pair.b === cluster!.representative)).toBe(true)
  })

  /** `count` near copies of a real article's text: one word of each replaced, some of them copied twice, and `skip` words cut from every fifth. */
  function nearCopies(article: Article, count: number, tag: string): string[] {
    const words = article.text.split(' ')
    const copies = Array.from({length: count}, (_, index) => {
      const changed = [...words]
      changed[(index * 13) % changed.length] = `${tag}${index}`
      if (index % 5 === 0) changed.splice((index * 3) % changed.length, 3)
      return changed.join(' ')
    })
    return [...copies, ...copies.slice(0, 6)]
  }

  test('near copies move as one only past the link budget, and give the all-pairs clusters', () => {
    const stats = getDefaultCorpusStats()
    const long = articles.filter((article) => article.text.length > 1200)
    expect(long.length).toBeGreaterThan(2)
    // Two families of near copies (more texts each than NEAR_COPY_GROUP), the
    // real texts beside them (their own articles, paragraphs, titles), shuffled.
    const first = nearCopies(long[0]!, 70, 'first')
    const second = nearCopies(long[1]!, 45, 'second')
    const items: Array<string | Article> = [...first, ...second, ...realItems.slice(0, 120)]
    const next = random(9)
    for (let index = items.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1))
      ;[items[index], items[other]] = [items[other]!, items[index]!]
    }
    // The groups: each family's texts stand with one representative (with
    // the real texts that are near copies of them: the article itself, as text).
    const distinct = [...new Set(items.filter((item) => typeof item === 'string'))]
    const groups = nearCopyGroups(distinct.map((item) => prepare(item, stats)), defaultStoryThreshold)
    for (const family of [first, second]) {
      const standing = new Set(family.map((text) => groups.representative[distinct.indexOf(text)]!))
      expect(standing.size).toBe(1)
      const [representative] = standing
      // The family's distinct texts (the six copies are the same strings), and the real texts it chains to.
      const group = distinct.filter((_, text) => groups.representative[text] === representative)
      expect(group.filter((text) => family.includes(text))).toHaveLength(family.length - 6)
      expect(group.length - (family.length - 6)).toBeLessThan(10)
    }
    expect(NEAR_COPY_GROUP).toBeLessThan(39)
    const reference = referenceClusters(items, defaultStoryThreshold, stats)
    // All of a family is in one cluster of the all-pairs answer.
    for (const family of [first, second]) {
      expect(reference.filter((cluster) => cluster.members.some((member) => family.includes(items[member] as string)))).toHaveLength(1)
    }
    expect(clusterStoriesWithin(items, {stats}, 0)).toEqual(reference)
    expect(clusterStoriesWithin(items, {stats}, Number.POSITIVE_INFINITY)).toEqual(reference)
    expect(clusterStories(items, {stats})).toEqual(reference)
  })

  test('copies of texts without words link to nothing', () => {
    expect(clusterStories(Array(3000).fill(''))).toEqual([])
    expect(clusterStories(Array(3000).fill('the of and'))).toEqual([])
  })

  test('copies count as links: a text copied many times leads the texts linked to it', () => {
    // `a` is linked to `b` and `c`; `b` has three copies. Each item on its own:
    // a copy of `b` links to `a` and two copies (3 links), `a` to three copies of `b` and `c` (4).
    const stats = getDefaultCorpusStats()
    const a = realItems.find((item) => typeof item !== 'string') as Article
    const b = `${a.title}\n\n${a.paragraphs[0]}`
    const c = a.paragraphs.slice(0, 2).join('\n\n')
    const items = [b, c, a, b, 'Heavy rain flooded Leeds on Monday.', b]
    expect(clusterStories(items, {stats, threshold: 0.5})).toEqual(referenceClusters(items, 0.5, stats))
    // And on small counts of copies of real texts, each way of ordering them.
    const next = random(3)
    for (let round = 0; round < 5; round++) {
      const pool = realItems.slice(round * 30, round * 30 + 12)
      const mixed = Array.from({length: 40}, () => pool[Math.floor(next() * pool.length)]!)
      expect(clusterStories(mixed, {stats})).toEqual(referenceClusters(mixed, defaultStoryThreshold, stats))
    }
  })
})
