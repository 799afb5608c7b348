import {stat} from 'node:fs/promises'
import {articleText} from '../../article-text.js'
import {similarity, type Article} from '../../index.js'
import {parseCommandArgs, usageError} from '../args.js'
import {encodingOption} from '../encoding.js'
import {CommandError, Output, Report, type CommandIo} from '../io.js'
import {collectArticles} from '../articles.js'
import {DEFAULT_PIPE_LIMIT, openInput, type InputSource} from '../source.js'
import {forTerminal} from '../terminal.js'

export const similarUsage = 'newsdump similar [--explain] [--json] [--encoding <name>] <a> <b>'

export const similarHelp = `Score how alike two articles are.

Usage: ${similarUsage}

<a> and <b> are each a file holding one article, or one article of a dump
named file#index (0 for the first article, as \`newsdump split\` numbers
them and \`newsdump dedup\` names them); - is standard input (-#2 an
article of it), read once even when named twice. A path that exists as
written is a file, even if it ends in #digits.

Prints the relation, the score (0..1, how likely the two report the same
story), the resemblance and the containment of their word shingles.

Options:
  --explain          also print the passages the two share
  --json             print the similarity as JSON
  --encoding <name>  decode inputs with this (default: UTF-8, or UTF-16 by its byte-order mark)
  -h, --help         show this help

Examples:
  newsdump similar a.txt b.txt
  newsdump similar --explain dumps/monday.txt#0 dumps/tuesday.txt#3
`

/** One side of the comparison: the name as given and what it names. */
interface Side {
  name: string
  item: string | Article
}

/**
 * `newsdump similar`.
 *
 * @param args
 *   Arguments after `similar`.
 * @param io
 *   Streams.
 * @returns
 *   The exit code.
 */
export async function runSimilar(args: string[], io: CommandIo): Promise<number> {
  const {values, positionals} = parseCommandArgs(
    args,
    {explain: {type: 'boolean'}, json: {type: 'boolean'}, encoding: {type: 'string'}, help: {type: 'boolean', short: 'h'}},
    {command: 'similar', usage: similarUsage}
  )
  if (values.help) {
    io.stdout.write(similarHelp)
    return 0
  }
  if (positionals.length !== 2) throw usageError(`expected two articles (files or file#index), got ${positionals.length}`, similarUsage)
  const encoding = encodingOption(values.encoding, similarUsage)
  const report = new Report(io, 'similar')

  // Each input is opened once, even when both sides name it (a.txt#0
  // a.txt#3, or standard input): a pipe's bytes are held for both.
  const sources = new Map<string, Promise<InputSource>>()
  const source = (path: string): Promise<InputSource> => {
    let opened = sources.get(path)
    if (!opened) {
      opened = openInput(path, io, {encoding, pipeLimit: DEFAULT_PIPE_LIMIT}).then((input) => {
        if (input.encoding.warning) report.warn(path, input.encoding.warning)
        return input
      })
      sources.set(path, opened)
    }
    return opened
  }
  const side = async (name: string): Promise<Side> => {
    const reference = await articleReference(name)
    if (!reference) return {name, item: await (await source(name)).text()}
    const articles = await collectArticles(await source(reference.path))
    const article = articles[reference.index]
    if (!article) {
      const range = articles.length === 0 ? 'it has no articles' : `it has ${articles.length} (#0 to #${articles.length - 1})`
      throw new CommandError(`${name}: no article #${reference.index} in ${reference.path}: ${range}`, 1)
    }
    return {name, item: article}
  }
  let a: Side
  let b: Side
  try {
    a = await side(positionals[0]!)
    b = await side(positionals[1]!)
  } finally {
    for (const opened of sources.values()) await opened.then((input) => input.close(), () => {})
  }
  const result = similarity(a.item, b.item, {explain: Boolean(values.explain)})

  const out = new Output(io.stdout)
  if (values.json) {
    await out.write(JSON.stringify(result, null, 2) + '\n')
    await out.flush()
    return 0
  }
  const aName = forTerminal(a.name)
  const bName = forTerminal(b.name)
  await out.write(`relation     ${result.relation}\n`)
  await out.write(`score        ${result.score.toFixed(3)}\n`)
  await out.write(`resemblance  ${result.resemblance.toFixed(3)}\n`)
  await out.write(`containment  ${result.containment.aInB.toFixed(3)} of ${aName} in ${bName}, ${result.containment.bInA.toFixed(3)} of ${bName} in ${aName}\n`)
  if (result.passages) {
    const aText = articleText(a.item)
    const bText = articleText(b.item)
    await out.write(`\n${result.passages.length} shared passage${result.passages.length === 1 ? '' : 's'}\n`)
    for (const [index, passage] of result.passages.entries()) {
      await out.write(`\n${index + 1}. ${aName} ${passage.a.start}–${passage.a.end}: ${excerpt(aText.slice(passage.a.start, passage.a.end))}\n`)
      await out.write(`   ${bName} ${passage.b.start}–${passage.b.end}: ${excerpt(bText.slice(passage.b.start, passage.b.end))}\n`)
    }
  }
  await out.flush()
  return 0
}

/**
 * What `file#index` names: a dump and an article in it; `null` for a plain
 * file (a path that exists as written is always a file).
 */
async function articleReference(name: string): Promise<{path: string; index: number} | null> {
  const hash = name.lastIndexOf('#')
  const path = name.slice(0, hash)
  const digits = name.slice(hash + 1)
  if (hash <= 0 || digits === '' || ![...digits].every((digit) => digit >= '0' && digit <= '9')) return null
  if (path !== '-' && (await exists(name))) return null
  return {path, index: Number(digits)}
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

function excerpt(text: string): string {
  const flat = forTerminal(text.replace(/\s+/g, ' ').trim())
  return flat.length > 160 ? `${flat.slice(0, 100)} … ${flat.slice(-50)}` : flat
}
