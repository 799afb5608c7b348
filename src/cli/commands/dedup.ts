import {clusterStories, findDuplicates, type Article} from '../../index.js'
import {defaultStoryThreshold} from '../../similarity/clusters.js'
import {defaultDuplicateThreshold} from '../../similarity/duplicates.js'
import {dumpInputOptions, megabytesOption, parseCommandArgs, thresholdOption, usageError} from '../args.js'
import {collectArticles} from '../articles.js'
import {encodingOption} from '../encoding.js'
import {CommandError, Output, Report, type CommandIo} from '../io.js'
import {expandPaths, inputsOrStdin} from '../paths.js'
import {startProgress} from '../progress.js'
import {DEFAULT_PIPE_LIMIT, openInput, type InputSource} from '../source.js'
import {StreamTable} from '../table.js'
import {forTerminal} from '../terminal.js'

export const dedupUsage = 'newsdump dedup [--threshold <0..1>] [--all-pairs] [--clusters [--story-threshold <0..1>]] [--json | --jsonl] [--encoding <name>] [--pipe-limit <MB>] [--quiet] [<files, directories or ->...]'

export const dedupHelp = `Find duplicate articles, and story clusters, across many dumps.

Usage: ${dedupUsage}

Splits every dump, then groups the articles whose word 3-shingles resemble
each other at least as much as --threshold (near-copies), and with
--clusters, the articles that report the same story in any words.
Articles are named file#index (0 for a dump's first article), as
\`newsdump split\` numbers them; \`newsdump similar file#index file#index\`
compares two. Pairs name their articles the same way. A duplicate group
lists enough pairs to join its members (one fewer than its members: each
copy with the first of its copies); --all-pairs lists every pair at or above
the threshold, which for many copies of one text is many pairs.

Inputs are read as by \`newsdump split\`: files, directories (.txt, .text,
.md), - for standard input, or with none, a pipe on standard input.

Options:
  --threshold <x>        least resemblance of a duplicate pair (default ${defaultDuplicateThreshold})
  --all-pairs            list every pair of a duplicate group, not a spanning set
  --clusters             also group articles by story
  --story-threshold <x>  least score of a same-story link, with --clusters (default ${defaultStoryThreshold})
  --json                 print one JSON object: {articles, duplicates, clusters}
  --jsonl                print the same as JSON Lines: one {type: "article"} line per
                         article, then one {type: "duplicates"} or {type: "story"} line per group
  --encoding <name>      decode every input with this
  --pipe-limit <MB>      most megabytes held from a pipe or standard input (default ${DEFAULT_PIPE_LIMIT / (1024 * 1024)})
  --quiet                no progress line
  -h, --help             show this help

Exit codes: 0 success; 1 an input could not be read (the others still
are); 2 bad usage; 3 the output could not be written.
`

interface Entry {
  name: string
  article: Article
}

/** A group as the command prints it: members and pairs by name. */
interface NamedGroup {
  type: 'duplicates' | 'story'
  representative: string
  members: string[]
  pairs: Array<Record<string, unknown> & {a: string; b: string}>
}

/**
 * `newsdump dedup`.
 *
 * @param args
 *   Arguments after `dedup`.
 * @param io
 *   Streams.
 * @returns
 *   The exit code.
 */
export async function runDedup(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseCommandArgs(
    args,
    {
      threshold: {type: 'string'},
      'all-pairs': {type: 'boolean'},
      clusters: {type: 'boolean'},
      'story-threshold': {type: 'string'},
      json: {type: 'boolean'},
      jsonl: {type: 'boolean'},
      ...dumpInputOptions
    },
    {command: 'dedup', usage: dedupUsage}
  )
  if (values.help) {
    io.stdout.write(dedupHelp)
    return 0
  }
  if (values.json && values.jsonl) throw usageError('--json and --jsonl: choose one', dedupUsage)
  if (values['story-threshold'] !== undefined && !values.clusters) throw usageError('--story-threshold applies to story clusters: add --clusters', dedupUsage)
  const threshold = thresholdOption('threshold', values.threshold, dedupUsage)
  const storyThreshold = thresholdOption('story-threshold', values['story-threshold'], dedupUsage)
  const encoding = encodingOption(values.encoding, dedupUsage)
  const pipeLimit = megabytesOption('pipe-limit', values['pipe-limit'], DEFAULT_PIPE_LIMIT, dedupUsage)
  const paths = inputsOrStdin(positionals, io, 'files, directories or - for standard input', dedupUsage)

  const report = new Report(io, 'dedup')
  const files = await expandPaths(paths, report)
  const progress = startProgress(io.stderr, files.length, Boolean(io.stderr.isTTY) && !values.quiet)
  report.beforeWrite = () => progress.clear()

  // Dumps are read one at a time; only their articles are kept.
  const entries: Entry[] = []
  let dumps = 0
  for (const [number, file] of files.entries()) {
    progress.input(number + 1, file, null)
    let source: InputSource | undefined
    try {
      source = await openInput(file, io, {encoding, pipeLimit, onRead: (bytes) => progress.bytes(bytes)})
      if (source.encoding.warning) report.warn(file, source.encoding.warning)
      progress.phase('splitting', source.size)
      const articles = await collectArticles(source, (count) => progress.articles(count))
      for (const [index, article] of articles.entries()) entries.push({name: `${file}#${index}`, article})
      dumps++
    } catch (error) {
      if (!(error instanceof CommandError)) throw error
      report.problem(error.message)
    } finally {
      await source?.close()
    }
  }
  progress.phase('comparing', null)
  const articles = entries.map((entry) => entry.article)
  const name = (index: number): string => entries[index]!.name
  const named = (type: NamedGroup['type'], group: {representative: number; members: number[]; pairs: ReadonlyArray<{a: number; b: number}>}): NamedGroup => ({
    type,
    representative: name(group.representative),
    members: group.members.map(name),
    pairs: group.pairs.map((pair) => ({...pair, a: name(pair.a), b: name(pair.b)}))
  })
  const duplicates = findDuplicates(articles, {...(threshold === undefined ? {} : {threshold}), pairs: values['all-pairs'] ? 'all' : 'spanning'}).map((group) =>
    named('duplicates', group)
  )
  const clusters = values.clusters ? clusterStories(articles, storyThreshold === undefined ? {} : {threshold: storyThreshold}).map((cluster) => named('story', cluster)) : null
  progress.done()

  const out = new Output(io.stdout)
  const describe = (entry: Entry) => ({name: entry.name, title: entry.article.title, outlet: entry.article.outlet?.name ?? null})
  const withoutType = ({type: _type, ...group}: NamedGroup) => group
  if (values.json) {
    // Written piece by piece: a collection of many articles is no one string.
    await out.write('{\n"articles":[')
    for (const [index, entry] of entries.entries()) await out.write((index === 0 ? '\n' : ',\n') + JSON.stringify(describe(entry)))
    await out.write('\n],\n"duplicates":[')
    for (const [index, group] of duplicates.entries()) await out.write((index === 0 ? '\n' : ',\n') + JSON.stringify(withoutType(group)))
    if (clusters) {
      await out.write('\n],\n"clusters":[')
      for (const [index, cluster] of clusters.entries()) await out.write((index === 0 ? '\n' : ',\n') + JSON.stringify(withoutType(cluster)))
      await out.write('\n]\n}\n')
    } else {
      await out.write('\n],\n"clusters":null\n}\n')
    }
  } else if (values.jsonl) {
    for (const entry of entries) await out.write(JSON.stringify({type: 'article', ...describe(entry)}) + '\n')
    for (const group of [...duplicates, ...(clusters ?? [])]) await out.write(JSON.stringify(group) + '\n')
  } else {
    await out.write(`${entries.length} article${entries.length === 1 ? '' : 's'} in ${dumps} dump${dumps === 1 ? '' : 's'}\n`)
    await out.write(`\n${duplicates.length} duplicate group${duplicates.length === 1 ? '' : 's'} (resemblance at least ${threshold ?? defaultDuplicateThreshold})\n`)
    const byName = new Map(entries.map((entry) => [entry.name, entry]))
    for (const [number, group] of duplicates.entries()) {
      await out.write(`\nduplicates ${number + 1}: ${group.members.length} articles, keep ${forTerminal(group.representative)}\n`)
      await writeGroup(out, group, byName, 'resemblance')
    }
    if (clusters) {
      await out.write(`\n${clusters.length} stor${clusters.length === 1 ? 'y' : 'ies'} told more than once (score at least ${storyThreshold ?? defaultStoryThreshold})\n`)
      for (const [number, cluster] of clusters.entries()) {
        await out.write(`\nstory ${number + 1}: ${cluster.members.length} articles, most central ${forTerminal(cluster.representative)}\n`)
        await writeGroup(out, cluster, byName, 'score')
      }
    }
  }
  await out.flush()
  return report.failed ? 1 : 0
}

/** A group's members as a table, then its pairs, one a line. */
async function writeGroup(out: Output, group: NamedGroup, byName: ReadonlyMap<string, Entry>, measure: 'resemblance' | 'score'): Promise<void> {
  let widest = 'article'.length
  for (const member of group.members) widest = Math.max(widest, forTerminal(member).length)
  const nameWidth = Math.min(widest, 60)
  const table = new StreamTable([
    {head: 'article', width: nameWidth},
    {head: 'outlet', width: 18},
    {head: 'title', width: 64}
  ])
  await out.write(table.head())
  for (const member of group.members) {
    const entry = byName.get(member)!
    await out.write(table.row([member, entry.article.outlet?.name ?? '', entry.article.title]))
  }
  await out.write(`pairs (${measure}):\n`)
  for (const pair of group.pairs) {
    const value = pair[measure]
    await out.write(`  ${forTerminal(pair.a)} – ${forTerminal(pair.b)}  ${typeof value === 'number' ? value.toFixed(3) : ''}\n`)
  }
}
