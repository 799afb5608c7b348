// Collect the runnable examples of the docs: fenced ```js blocks in Markdown
// and `@example` blocks in TSDoc. A line `expression //=> value` asserts that
// the expression deep-equals the value.
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'

export interface Example {
  /** `README.md:42` or `src/split/split-dump.ts:57`. */
  where: string
  /** For a TSDoc example, the source file, whose exports are in scope. */
  file?: string
  /** The example's code, imports of `newsdump` removed. */
  code: string
}

const root = new URL('..', import.meta.url).pathname

/** Fenced ```js / ```javascript blocks of a Markdown file that hold at least one `//=>`. */
export function markdownExamples(file: string): Example[] {
  const text = readFileSync(join(root, file), 'utf8')
  const examples: Example[] = []
  const fence = /^```(js|javascript)\n([\s\S]*?)^```$/gm
  for (const match of text.matchAll(fence)) {
    const body = match[2]!
    if (!body.includes('//=>')) continue
    const line = text.slice(0, match.index).split('\n').length + 1
    examples.push({where: `${file}:${line}`, code: body})
  }
  return examples
}

/** `@example` blocks of the TSDoc comments of every source file. */
export function tsdocExamples(folder = 'src'): Example[] {
  const examples: Example[] = []
  for (const file of walk(join(root, folder))) {
    if (!file.endsWith('.ts')) continue
    const text = readFileSync(file, 'utf8')
    for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const lines = comment[1]!.split('\n').map((line) => line.replace(/^\s*\* ?/, ''))
      let collecting = false
      let block: string[] = []
      const flush = (): void => {
        if (block.some((line) => line.includes('//=>'))) {
          const line = text.slice(0, comment.index).split('\n').length
          examples.push({where: `${relative(root, file)}:${line}`, file, code: block.map((line) => line.replace(/^ {2}/, '')).join('\n')})
        }
        block = []
      }
      for (const line of lines) {
        if (line.startsWith('@example')) {
          flush()
          collecting = true
          continue
        }
        if (line.startsWith('@')) {
          flush()
          collecting = false
          continue
        }
        if (collecting) block.push(line)
      }
      flush()
    }
  }
  return examples
}

/**
 * Turn an example into the body of an async function: imports of the
 * package are dropped (its exports are parameters); `x //=> v` becomes an
 * assertion that `x` deep-equals `v`, and `x //=> RangeError: message` one
 * that `x` throws that error. The `//=>` may also stand alone on the line
 * after its expression.
 */
export function toRunnable(example: Example): string {
  const lines = joinContinuations(
    example.code
      .split('\n')
      .filter((line) => !/^\s*import .* from ['"]newsdump['"]/.test(line))
      // Other imports (`node:fs`) become calls of the runner's `__import`,
      // since a function body can hold no import statement.
      .map((line) => line.replace(/^(\s*)import (\{[^}]*\}) from (['"][^'"]+['"])/, (_, indent: string, names: string, from: string) => `${indent}const ${names.replaceAll(' as ', ': ')} = await __import(${from})`))
  )
  const out: string[] = []
  for (const line of lines) {
    const arrow = line.indexOf('//=>')
    if (arrow === -1) {
      out.push(line)
      continue
    }
    let expression = line.slice(0, arrow).trim()
    if (expression === '') {
      // The value is on its own line: the expression is the previous line.
      while (out.length > 0 && out.at(-1)!.trim() === '') out.pop()
      expression = (out.pop() ?? '').trim()
    }
    const expected = line.slice(arrow + 4).trim()
    const thrown = /^([A-Z][A-Za-z]*Error): (.*)$/.exec(expected)
    out.push(
      thrown
        ? `__throws(${JSON.stringify(expression)}, () => (${expression}), ${thrown[1]}, ${JSON.stringify(thrown[2])})`
        : `__check(${JSON.stringify(expression)}, (${expression}), (${expected}))`
    )
  }
  return out.join('\n')
}

/**
 * A value after `//=>` may go on over the next lines, each starting with `//`
 * and at least two spaces (an ordinary comment has one).
 */
function joinContinuations(lines: string[]): string[] {
  const joined: string[] = []
  for (const line of lines) {
    const previous = joined.at(-1)
    if (previous !== undefined && previous.includes('//=>') && /^\s*\/\/ {2,}/.test(line)) {
      joined[joined.length - 1] = previous + ' ' + line.trim().slice(2).trim()
    } else {
      joined.push(line)
    }
  }
  return joined
}

function walk(folder: string): string[] {
  const files: string[] = []
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) files.push(...walk(path))
    else files.push(path)
  }
  return files.sort()
}
