import {splitDump, type Article} from '../../index.js'
import {parseCommandArgs, referenceOption} from '../args.js'
import {CommandError, expandPaths, readInput, type CommandIo} from '../io.js'
import {startProgress} from '../progress.js'
import {formatAge, formatTable} from '../table.js'

export const splitUsage = 'newsdump split [--json | --jsonl] [--reference <ISO time>] [--quiet] <files... | ->'

export const splitHelp = `Split news-aggregator dumps into articles and boilerplate.

Usage: ${splitUsage}

Prints each dump's articles as a table: role, outlet, age, title and
paragraph count. Directories are read recursively for .txt files; - reads
standard input.

Options:
  --json             print one JSON array: {file, reference, dump} per input
  --jsonl            print one JSON object per article: {file, index, reference, ...article}
  --reference <ISO>  when the pages were read, to resolve relative ages
                     (default: each file's modification time; now for standard input)
  --quiet            no progress bar
  -h, --help         show this help
`

/**
 * `newsdump split`.
 *
 * @param args
 *   Arguments after `split`.
 * @param io
 *   Streams.
 */
export async function runSplit(args: string[], io: CommandIo): Promise<void> {
  const {values, positionals} = parseCommandArgs(
    args,
    {json: {type: 'boolean'}, jsonl: {type: 'boolean'}, reference: {type: 'string'}, quiet: {type: 'boolean'}, help: {type: 'boolean', short: 'h'}},
    splitUsage
  )
  if (values.help) {
    io.stdout.write(splitHelp)
    return
  }
  if (values.json && values.jsonl) throw new CommandError(`--json and --jsonl: choose one\nUsage: ${splitUsage}`, 2)
  if (positionals.length === 0) throw new CommandError(`no input: name files, directories or - for standard input\nUsage: ${splitUsage}`, 2)
  const given = referenceOption(values.reference)
  const files = expandPaths(positionals)
  const progress = startProgress(io.stderr, files.length, Boolean(io.stderr.isTTY) && !values.quiet && !values.json && !values.jsonl)
  const documents: unknown[] = []

  // One file at a time: only the current dump is held in memory.
  for (const [done, file] of files.entries()) {
    progress.update(done, file)
    const input = await readInput(file, io)
    const reference = given ?? input.modified ?? io.now()
    const source = given ? '--reference' : input.modified ? "the file's modification time" : 'now'
    const dump = splitDump(input.text, {reference})
    if (values.jsonl) {
      for (const [index, article] of dump.articles.entries()) {
        io.stdout.write(JSON.stringify({file: input.name, index, reference: reference.toISOString(), ...article}) + '\n')
      }
    } else if (values.json) {
      documents.push({file: input.name, reference: reference.toISOString(), dump})
    } else {
      io.stdout.write(`\n${input.name}: ${dump.layout}, ${dump.articles.length} article${dump.articles.length === 1 ? '' : 's'}; ages against ${reference.toISOString()} (${source})\n`)
      io.stdout.write(formatTable(['#', 'role', 'outlet', 'age', 'title', '¶'], dump.articles.map((article, index) => row(article, index))))
    }
  }
  progress.done()
  if (values.json) io.stdout.write(JSON.stringify(documents, null, 2) + '\n')
}

function row(article: Article, index: number): string[] {
  const published = article.published
  const age = published === null ? '' : published.age ? formatAge(published.age) : published.raw
  return [String(index + 1), article.role, article.outlet?.name ?? '', age, article.title + (article.truncated ? ' [cut off]' : ''), String(article.paragraphs.length)]
}
