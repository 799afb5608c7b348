import {similarity} from '../../index.js'
import {parseCommandArgs} from '../args.js'
import {CommandError, readInput, type CommandIo} from '../io.js'

export const similarUsage = 'newsdump similar [--explain] [--json] <a> <b>'

export const similarHelp = `Score how alike two articles are.

Usage: ${similarUsage}

<a> and <b> are files holding one article each (- for standard input, once).
Prints the score (0..1, how likely the two report the same story), the
resemblance and containment of their word shingles, and the relation.

Options:
  --explain   also print the passages the two share
  --json      print the similarity as JSON
  -h, --help  show this help
`

/**
 * `newsdump similar`.
 *
 * @param args
 *   Arguments after `similar`.
 * @param io
 *   Streams.
 */
export async function runSimilar(args: string[], io: CommandIo): Promise<void> {
  const {values, positionals} = parseCommandArgs(args, {explain: {type: 'boolean'}, json: {type: 'boolean'}, help: {type: 'boolean', short: 'h'}}, similarUsage)
  if (values.help) {
    io.stdout.write(similarHelp)
    return
  }
  if (positionals.length !== 2) throw new CommandError(`expected two files, got ${positionals.length}\nUsage: ${similarUsage}`, 2)
  if (positionals[0] === '-' && positionals[1] === '-') throw new CommandError(`standard input can be only one of the two\nUsage: ${similarUsage}`, 2)
  const a = await readInput(positionals[0]!, io)
  const b = await readInput(positionals[1]!, io)
  const result = similarity(a.text, b.text, {explain: Boolean(values.explain)})
  if (values.json) {
    io.stdout.write(JSON.stringify(result, null, 2) + '\n')
    return
  }
  io.stdout.write(`relation     ${result.relation}\n`)
  io.stdout.write(`score        ${result.score.toFixed(3)}\n`)
  io.stdout.write(`resemblance  ${result.resemblance.toFixed(3)}\n`)
  io.stdout.write(`containment  ${result.containment.aInB.toFixed(3)} of ${a.name} in ${b.name}, ${result.containment.bInA.toFixed(3)} of ${b.name} in ${a.name}\n`)
  if (result.passages) {
    io.stdout.write(`\n${result.passages.length} shared passage${result.passages.length === 1 ? '' : 's'}\n`)
    for (const [index, passage] of result.passages.entries()) {
      io.stdout.write(`\n${index + 1}. ${a.name} ${passage.a.start}–${passage.a.end}: ${excerpt(a.text.slice(passage.a.start, passage.a.end))}\n`)
      io.stdout.write(`   ${b.name} ${passage.b.start}–${passage.b.end}: ${excerpt(b.text.slice(passage.b.start, passage.b.end))}\n`)
    }
  }
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 160 ? `${flat.slice(0, 100)} … ${flat.slice(-50)}` : flat
}
