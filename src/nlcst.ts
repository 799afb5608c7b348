import type {Root} from 'nlcst'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {toString} from 'nlcst-to-string'
import type {Article} from './types.js'
import {articleText} from './article-text.js'

/**
 * Parse an article (or any text) into an nlcst tree with retext-english,
 * so that retext plugins can run on it.
 *
 * For an `Article`, the tree is of its title and paragraphs joined by blank
 * lines (`title + '\n\n' + text`), so each becomes its own paragraph node.
 * Positions in the tree are offsets into that joined string, not into the
 * dump; map them back through `article.span` only for the title line.
 * This is the one module that loads unified and retext: leave it unused and
 * bundlers drop them.
 *
 * @param item
 *   Text, or an article from `splitDump`.
 * @returns
 *   The nlcst `RootNode`.
 * @throws {TypeError}
 *   When `item` is neither a string nor an article.
 *
 * @example
 *   const tree = toNlcst('Kyiv said no. Moscow said yes.')
 *   tree.children[0].type //=> 'ParagraphNode'
 *   tree.children[0].children.filter((node) => node.type === 'SentenceNode').length //=> 2
 */
export function toNlcst(item: string | Article): Root {
  const processor = unified().use(retextEnglish)
  return processor.parse(articleText(item)) as Root
}

/**
 * The words of a text as retext-english tokenizes them: the
 * `nlcst-to-string` of every `WordNode`, in order. The reference the fast
 * shingling tokenizer is tested against.
 *
 * @param item
 *   Text, or an article.
 * @returns
 *   The words.
 *
 * @example
 *   nlcstWords("Zelenskiy's aide didn't go.") //=> ["Zelenskiy's", 'aide', "didn't", 'go']
 */
export function nlcstWords(item: string | Article): string[] {
  const words: string[] = []
  const visit = (node: {type: string; children?: unknown[]}): void => {
    if (node.type === 'WordNode') {
      words.push(toString(node as never))
      return
    }
    if (node.children) for (const child of node.children) visit(child as {type: string; children?: unknown[]})
  }
  visit(toNlcst(item))
  return words
}
