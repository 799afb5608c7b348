import {createReadStream} from 'node:fs'
import {mkdtemp, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {splitDumpStream, type Article, type Span} from '../../index.js'
import {parseCommandArgs, referenceOption} from '../args.js'
import {cannotRead, CommandError, expandPaths, readStdin, type CommandIo} from '../io.js'
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

  // Dumps are streamed one at a time (see splitDumpStream): a dump larger
  // than memory splits in memory bounded by its largest article. Standard
  // input is spooled to a temporary file first, since the stream is read
  // twice.
  let spool: string | undefined
  let firstDocument = true
  if (values.json) io.stdout.write('[')
  try {
    for (const [done, file] of files.entries()) {
      progress.update(done, file)
      let path = file
      let modified: Date | null = null
      if (file === '-') {
        spool ??= await mkdtemp(join(tmpdir(), 'newsdump-'))
        path = join(spool, 'stdin.txt')
        await writeFile(path, await readStdin(io))
      } else {
        modified = await modifiedTime(file)
      }
      const reference = given ?? modified ?? io.now()
      const source = given ? '--reference' : modified ? "the file's modification time" : 'now'
      const rows: string[][] = []
      const boilerplate: Span[] = []
      let layout = ''
      let count = 0
      const events = splitDumpStream(() => createReadStream(path, {encoding: 'utf8'}), {reference})
      for await (const event of readable(events, file)) {
        if (event.type === 'layout') {
          layout = event.layout
          if (values.json) {
            io.stdout.write(`${firstDocument ? '\n' : ',\n'}{"file":${JSON.stringify(file)},"reference":${JSON.stringify(reference.toISOString())},"dump":{"layout":${JSON.stringify(layout)},"articles":[`)
            firstDocument = false
          }
        } else if (event.type === 'article') {
          if (values.jsonl) io.stdout.write(JSON.stringify({file, index: count, reference: reference.toISOString(), ...event.article}) + '\n')
          else if (values.json) io.stdout.write((count === 0 ? '\n' : ',\n') + JSON.stringify(event.article))
          else rows.push(row(event.article, count))
          count++
        } else if (event.type === 'boilerplate') {
          if (values.json) boilerplate.push(event.span)
        } else if (values.json) {
          io.stdout.write(`],"boilerplate":${JSON.stringify(boilerplate)},"captured":${JSON.stringify(event.captured)}}}`)
        }
      }
      if (!values.json && !values.jsonl) {
        io.stdout.write(`\n${file}: ${layout}, ${count} article${count === 1 ? '' : 's'}; ages against ${reference.toISOString()} (${source})\n`)
        io.stdout.write(formatTable(['#', 'role', 'outlet', 'age', 'title', '¶'], rows))
      }
    }
  } finally {
    if (spool) await rm(spool, {recursive: true, force: true})
  }
  progress.done()
  if (values.json) io.stdout.write('\n]\n')
}

/**
 * The events of a streamed file, with a file-system failure while reading it
 * (permission denied, a file removed meanwhile) turned into the command's
 * bad-input error that names the file.
 */
async function* readable<Event>(events: AsyncIterable<Event>, file: string): AsyncGenerator<Event> {
  try {
    yield* events
  } catch (error) {
    if (typeof (error as {code?: unknown}).code === 'string') throw cannotRead(file, error)
    throw error
  }
}

async function modifiedTime(file: string): Promise<Date> {
  try {
    return (await stat(file)).mtime
  } catch (error) {
    throw cannotRead(file, error)
  }
}

function row(article: Article, index: number): string[] {
  const published = article.published
  const age = published === null ? '' : published.age ? formatAge(published.age) : published.raw
  return [String(index + 1), article.role, article.outlet?.name ?? '', age, article.title + (article.truncated ? ' [cut off]' : ''), String(article.paragraphs.length)]
}
