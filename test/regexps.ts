// Every regular expression in src/: literals, `new RegExp(…)` / `RegExp(…)`
// whose arguments are constant (strings, templates, `String.raw`, `+`, and
// `const`s of the same file), and the cue patterns in src/split/cues.json.
// Shared by the ReDoS test; read with the TypeScript compiler, not a regex.
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import ts from 'typescript'

export interface FoundRegExp {
  /** `src/…:line`, or `src/split/cues.json#patterns[n]`. */
  where: string
  source: string
  flags: string
}

export interface RegExpInventory {
  found: FoundRegExp[]
  /** `RegExp` constructions whose source is not a constant (`src/…:line`). */
  dynamic: string[]
}

const root = new URL('..', import.meta.url).pathname

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

export function collectRegExps(): RegExpInventory {
  const found: FoundRegExp[] = []
  const dynamic: string[] = []

  for (const path of walk(join(root, 'src')).filter((file) => file.endsWith('.ts')).sort()) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true)
    const constants = new Map<string, ts.Expression>()
    const where = (node: ts.Node) => `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`

    const gather = (node: ts.Node): void => {
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.initializer &&
        ts.isVariableDeclarationList(node.parent) &&
        node.parent.flags & ts.NodeFlags.Const
      ) {
        constants.set(node.name.text, node.initializer)
      }
      ts.forEachChild(node, gather)
    }
    gather(file)

    const evaluate = (node: ts.Expression): string | undefined => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
      if (ts.isParenthesizedExpression(node)) return evaluate(node.expression)
      if (ts.isIdentifier(node)) {
        const initializer = constants.get(node.text)
        return initializer ? evaluate(initializer) : undefined
      }
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        const left = evaluate(node.left)
        const right = evaluate(node.right)
        return left === undefined || right === undefined ? undefined : left + right
      }
      if (ts.isTemplateExpression(node)) return template(node, false)
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw') {
        const tpl = node.template
        return ts.isNoSubstitutionTemplateLiteral(tpl) ? (tpl.rawText ?? tpl.text) : template(tpl, true)
      }
      return undefined
    }
    const template = (node: ts.TemplateExpression, raw: boolean): string | undefined => {
      let value = raw ? (node.head.rawText ?? node.head.text) : node.head.text
      for (const span of node.templateSpans) {
        const part = evaluate(span.expression)
        if (part === undefined) return undefined
        value += part + (raw ? (span.literal.rawText ?? span.literal.text) : span.literal.text)
      }
      return value
    }

    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText()
        const end = text.lastIndexOf('/')
        found.push({where: where(node), source: text.slice(1, end), flags: text.slice(end + 1)})
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [patternArgument, flagsArgument] = node.arguments ?? []
        const source = patternArgument && evaluate(patternArgument)
        const flags = flagsArgument ? evaluate(flagsArgument) : ''
        if (source === undefined || flags === undefined) dynamic.push(where(node))
        else found.push({where: where(node), source, flags})
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }

  // `createChromeCues` compiles these with `new RegExp(pattern, 'iu')`.
  const cues = JSON.parse(readFileSync(join(root, 'src/split/cues.json'), 'utf8')) as {patterns: Array<{pattern: string}>; roles?: string[]}
  cues.roles?.forEach((pattern, index) => {
    found.push({where: `src/split/cues.json#roles[${index}]`, source: pattern, flags: 'iu'})
  })
  cues.patterns.forEach(({pattern}, index) => {
    found.push({where: `src/split/cues.json#patterns[${index}]`, source: pattern, flags: 'iu'})
  })

  return {found, dynamic}
}
