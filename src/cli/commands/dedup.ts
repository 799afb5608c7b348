import {clusterStories, findDuplicates, splitDump, type Article} from '../../index.js'
import {parseCommandArgs, thresholdOption} from '../args.js'
import {CommandError, expandPaths, readInput, type CommandIo} from '../io.js'
import {startProgress} from '../progress.js'
import {formatTable} from '../table.js'

export const dedupUsage = 'newsdump dedup [--threshold <0..1>] [--clusters [--story-threshold <0..1>]] [--json] [--quiet] <files or directories...>'

export const dedupHelp = `Find duplicate articles, and story clusters, across many dumps.

Usage: ${dedupUsage}

Splits every dump (directories are read recursively for .txt files), then
groups articles whose word shingles resemble each other at least as much as
the threshold, and with --clusters, articles that report the same story.
Articles are named file#index, as in \`newsdump split\`.

Options:
  --threshold <x>        resemblance for duplicates (default 0.8)
  --clusters             also group articles by story
  --story-threshold <x>  score for the same story (default: the library's)
  --json                 print JSON: {articles, duplicates, clusters}
  --quiet                no progress bar
  -h, --help             show this help
`

interface Entry {
  name: string
  article: Article
}

/**
 * `newsdump dedup`.
 *
 * @param args
 *   Arguments after `dedup`.
 * @param io
 *   Streams.
 */
export async function runDedup(args: string[], io: CommandIo): Promise<void> {
  const {values, positionals} = parseCommandArgs(
    args,
    {
      threshold: {type: 'string'},
      clusters: {type: 'boolean'},
      'story-threshold': {type: 'string'},
      json: {type: 'boolean'},
      quiet: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'}
    },
    dedupUsage
  )
  if (values.help) {
    io.stdout.write(dedupHelp)
    return
  }
  if (positionals.length === 0) throw new CommandError(`no input: name files or directories\nUsage: ${dedupUsage}`, 2)
  const threshold = thresholdOption(values.threshold)
  const storyThreshold = thresholdOption(values['story-threshold'])
  const files = expandPaths(positionals)
  const progress = startProgress(io.stderr, files.length, Boolean(io.stderr.isTTY) && !values.quiet)

  // Dumps are read one at a time; only their articles are kept.
  const entries: Entry[] = []
  for (const [done, file] of files.entries()) {
    progress.update(done, file)
    const input = await readInput(file, io)
    for (const [index, article] of splitDump(input.text).articles.entries()) entries.push({name: `${input.name}#${index}`, article})
  }
  progress.done()

  const articles = entries.map((entry) => entry.article)
  const duplicates = findDuplicates(articles, threshold === undefined ? {} : {threshold})
  const clusters = values.clusters ? clusterStories(articles, storyThreshold === undefined ? {} : {threshold: storyThreshold}) : null

  if (values.json) {
    const named = (indices: readonly number[]) => indices.map((index) => entries[index]!.name)
    io.stdout.write(
      JSON.stringify(
        {
          articles: entries.map((entry) => ({name: entry.name, title: entry.article.title, outlet: entry.article.outlet?.name ?? null})),
          duplicates: duplicates.map((group) => ({representative: entries[group.representative]!.name, members: named(group.members), pairs: group.pairs})),
          clusters: clusters?.map((cluster) => ({representative: entries[cluster.representative]!.name, members: named(cluster.members)})) ?? null
        },
        null,
        2
      ) + '\n'
    )
    return
  }

  io.stdout.write(`${entries.length} articles in ${files.length} dump${files.length === 1 ? '' : 's'}\n`)
  io.stdout.write(`\n${duplicates.length} duplicate group${duplicates.length === 1 ? '' : 's'}\n`)
  for (const [number, group] of duplicates.entries()) {
    io.stdout.write(`\nduplicates ${number + 1}: ${group.members.length} articles, keep ${entries[group.representative]!.name}\n`)
    io.stdout.write(formatTable(['article', 'outlet', 'title'], group.members.map((index) => describeEntry(entries[index]!))))
  }
  if (clusters) {
    io.stdout.write(`\n${clusters.length} stor${clusters.length === 1 ? 'y' : 'ies'} told more than once\n`)
    for (const [number, cluster] of clusters.entries()) {
      io.stdout.write(`\nstory ${number + 1}: ${cluster.members.length} articles\n`)
      io.stdout.write(formatTable(['article', 'outlet', 'title'], cluster.members.map((index) => describeEntry(entries[index]!))))
    }
  }
}

function describeEntry(entry: Entry): string[] {
  return [entry.name, entry.article.outlet?.name ?? '', entry.article.title]
}
