import {open, stat, unlink, type FileHandle} from 'node:fs/promises'
import {resolve} from 'node:path'
import {clusterStories, findDuplicates, type Article} from '../../index.js'
import {defaultStoryThreshold} from '../../similarity/clusters.js'
import {defaultDuplicateThreshold} from '../../similarity/duplicates.js'
import {dumpInputOptions, megabytesOption, parseCommandArgs, referenceOption, thresholdOption, usageError} from '../args.js'
import {encodingOption} from '../encoding.js'
import {CommandError, Output, OutputError, Report, type CommandIo, type OutputStream} from '../io.js'
import {expandPaths, inputsOrStdin} from '../paths.js'
import {startProgress} from '../progress.js'
import {splitAgainstReference} from '../reference.js'
import {articleEntry, clusterEntries, dumpEntry, duplicateEntries, type ReadDump} from '../report/data.js'
import {loadPageAssets, writeReportPage} from '../report/html.js'
import type {ReportData} from '../report/model.js'
import {DEFAULT_PIPE_LIMIT, openInput, type InputSource} from '../source.js'
import {forTerminal} from '../terminal.js'
import packageJson from '../../../package.json' with {type: 'json'}

export const reportUsage =
  'newsdump report [-o <file.html>] [--reference <ISO time>] [--threshold <0..1>] [--story-threshold <0..1>] [--encoding <name>] [--pipe-limit <MB>] [--quiet] [<files, directories or ->...]'

export const reportHelp = `Write a report of many dumps: one HTML page to look at.

Usage: ${reportUsage}

Splits every dump, finds duplicate articles and story clusters, and writes
one self-contained HTML file (no network, nothing else to load; it works
opened from disk and printed). It shows: a summary (dumps read, layouts
found and the dumps that read badly, articles, outlets, clusters,
duplicates, the time range); the story clusters, largest first, each with
its headline, its outlets, a timeline of when each item was published (the
interval its header allows) and when its page was captured, and which
items are copies of which; for any two items of a cluster, the two side by
side, their shared passages highlighted and what one has that the other
lacks; the duplicate groups, every article and every dump.

Inputs are read as by \`newsdump split\`: files, directories (.txt, .text,
.md), - for standard input, or with none, a pipe on standard input.
Relative ages are resolved as \`newsdump split\` resolves them.

Options:
  -o, --output <file>    write the report to this file (its absolute path is
                         printed); - or no option: standard output, unless it
                         is a terminal
  --reference <ISO>      when the pages were read, to resolve relative ages
  --threshold <x>        least resemblance of a duplicate pair (default ${defaultDuplicateThreshold})
  --story-threshold <x>  least score of a same-story link (default ${defaultStoryThreshold})
  --encoding <name>      decode every input with this
  --pipe-limit <MB>      most megabytes held from a pipe or standard input (default ${DEFAULT_PIPE_LIMIT / (1024 * 1024)})
  --quiet                no progress line
  -h, --help             show this help

Exit codes: 0 success; 1 an input could not be read (the others still
are, and the report names it); 2 bad usage; 3 the report could not be
written.
`

/** The command's messages on standard error, also kept for the page. */
class KeptReport extends Report {
  readonly problems: string[] = []

  override problem(message: string): void {
    this.problems.push(message)
    super.problem(message)
  }

  override note(message: string): void {
    this.problems.push(message)
    super.note(message)
  }
}

/**
 * `newsdump report`.
 *
 * @param args
 *   Arguments after `report`.
 * @param io
 *   Streams.
 * @returns
 *   The exit code.
 */
export async function runReport(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseCommandArgs(
    args,
    {
      output: {type: 'string', short: 'o'},
      reference: {type: 'string'},
      threshold: {type: 'string'},
      'story-threshold': {type: 'string'},
      ...dumpInputOptions
    },
    {command: 'report', usage: reportUsage}
  )
  if (values.help) {
    io.stdout.write(reportHelp)
    return 0
  }
  const given = referenceOption(values.reference, reportUsage)
  const threshold = thresholdOption('threshold', values.threshold, reportUsage) ?? defaultDuplicateThreshold
  const storyThreshold = thresholdOption('story-threshold', values['story-threshold'], reportUsage) ?? defaultStoryThreshold
  const encoding = encodingOption(values.encoding, reportUsage)
  const pipeLimit = megabytesOption('pipe-limit', values['pipe-limit'], DEFAULT_PIPE_LIMIT, reportUsage)
  const target = values.output === undefined || values.output === '-' ? null : values.output
  if (target === null && io.stdout.isTTY) {
    throw usageError('the report is an HTML file: name it with -o report.html, or redirect standard output', reportUsage)
  }
  const paths = inputsOrStdin(positionals, io, 'files, directories or - for standard input', reportUsage)
  // The page's script and styles first: a broken build fails before any work.
  const assets = await loadPageAssets()

  const report = new KeptReport(io, 'report')
  const files = await expandPaths(paths, report)
  if (target !== null) await refuseInputAsOutput(target, files)
  // Opened before the dumps are read, so an output that cannot be written
  // fails at once, not after minutes of work.
  const file = target === null ? null : await openOutput(target)
  const out = file === null ? new Output(io.stdout) : new Output(file.stream, target!)

  try {
    const progress = startProgress(io.stderr, files.length, Boolean(io.stderr.isTTY) && !values.quiet)
    report.beforeWrite = () => progress.clear()
    const dumps: ReadDump[] = []
    for (const [number, name] of files.entries()) {
      progress.input(number + 1, name, null)
      let source: InputSource | undefined
      try {
        source = await openInput(name, io, {encoding, pipeLimit, onRead: (bytes) => progress.bytes(bytes)})
        if (source.encoding.warning) report.warn(name, source.encoding.warning)
        const {reference, events} = await splitAgainstReference(source, given, io.now, progress)
        const read: ReadDump = {file: name, encoding: source.encoding, reference, layout: 'plain', articles: [], captured: null}
        for await (const event of events) {
          if (event.type === 'layout') read.layout = event.layout
          else if (event.type === 'article') progress.articles(read.articles.push(event.article))
          else if (event.type === 'end') {
            read.captured = event.captured
            read.confidence = event.confidence
            read.splitWarnings = event.warnings
          }
        }
        dumps.push(read)
      } catch (error) {
        if (!(error instanceof CommandError)) throw error
        report.problem(error.message)
      } finally {
        await source?.close()
      }
    }

    progress.phase('finding duplicates', null)
    const articles: Article[] = dumps.flatMap((dump) => dump.articles)
    const duplicates = duplicateEntries(findDuplicates(articles, {threshold}))
    progress.phase('clustering stories', null)
    const clusters = clusterEntries(articles, clusterStories(articles, {threshold: storyThreshold}))
    progress.phase('writing the report', null)
    // Only the articles the page can compare carry their text.
    const compared = new Set<number>()
    for (const group of [...clusters, ...duplicates]) for (const member of group.members) compared.add(member)
    const data: ReportData = {
      version: 1,
      generator: `newsdump ${packageJson.version}`,
      generated: io.now().toISOString(),
      inputs: paths,
      problems: report.problems,
      thresholds: {duplicate: threshold, story: storyThreshold},
      dumps: [],
      articles: [],
      clusters,
      duplicates
    }
    for (const [number, dump] of dumps.entries()) {
      const first = data.articles.length
      data.dumps.push(dumpEntry(dump, first))
      for (const [index, article] of dump.articles.entries()) data.articles.push(articleEntry(article, number, index, compared.has(first + index)))
    }
    await writeReportPage(out, data, assets)
    await out.flush()
    progress.done()
    if (file !== null) {
      await file.close()
      const path = resolve(target!)
      io.stdout.write(`${io.stdout.isTTY ? forTerminal(path) : path}\n`)
    }
  } catch (error) {
    // A report cut short is no report: leave no half-written file behind.
    if (file !== null) await file.discard()
    throw error
  }
  return report.failed ? 1 : 0
}

/** The output file: a stream for `Output`, closed when done or removed on failure. */
interface OutputFile {
  stream: OutputStream
  close(): Promise<void>
  discard(): Promise<void>
}

async function openOutput(path: string): Promise<OutputFile> {
  let handle: FileHandle
  try {
    handle = await open(path, 'w')
  } catch (error) {
    throw new OutputError(error, path)
  }
  let closed = false
  const close = async (): Promise<void> => {
    if (closed) return
    closed = true
    try {
      await handle.close()
    } catch (error) {
      throw new OutputError(error, path)
    }
  }
  return {
    stream: {
      write(chunk, callback) {
        // writeFile writes the whole chunk at the current position.
        handle.writeFile(chunk, 'utf8').then(
          () => callback?.(),
          (error: unknown) => callback?.(error instanceof Error ? error : new Error(String(error)))
        )
        return true
      }
    },
    close,
    async discard() {
      await close().catch(() => {})
      await unlink(path).catch(() => {})
    }
  }
}

/** Refuse to write the report over one of the inputs. */
async function refuseInputAsOutput(target: string, files: readonly string[]): Promise<void> {
  const output = await stat(target).catch(() => null)
  if (output === null) return
  for (const file of files) {
    if (file === '-') continue
    const input = await stat(file).catch(() => null)
    if (input && input.dev === output.dev && input.ino === output.ino) {
      throw usageError(`-o ${target}: that is one of the inputs (${file}); name another file`, reportUsage)
    }
  }
}
