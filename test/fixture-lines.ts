import {readdirSync, readFileSync} from 'node:fs'
import {lineText, scanLines} from '../src/split/lines.js'

/** Every non-blank line of the fixtures, the page fixtures and the evaluation pages, each once. */
export function fixtureLines(): string[] {
  const found = new Set<string>()
  for (const folder of ['../fixtures/', '../eval/pages/']) {
    const root = new URL(folder, import.meta.url)
    for (const name of readdirSync(root, {recursive: true}) as string[]) {
      if (!name.endsWith('.txt')) continue
      const text = readFileSync(new URL(name, root), 'utf8')
      for (const line of scanLines(text)) if (line.contentEnd > line.contentStart) found.add(lineText(text, line))
    }
  }
  return [...found]
}
