import type {Paragraph, Root, RootContent} from 'nlcst'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {toString} from 'nlcst-to-string'
import type {Article} from './types.js'
import {articleText} from './article-text.js'

type Point = NonNullable<Root['position']>['start']

/**
 * Texts up to this long are parsed whole. Longer ones are parsed block by
 * block, blocks of at least this many code units, cut where the whole-text
 * parse is the blocks' parses put together (see `cutPoints`).
 */
const BLOCK_LENGTH = 2000

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
 * The tree is retext-english's, node for node. retext's parser (parse-latin)
 * takes time quadratic in the number of tokens between two sentence ends it
 * can be cut at, so texts longer than 2,000 code units are parsed block by
 * block, cut only at a sentence end (`ended. The`) or a blank line between
 * two words (`word\n\nWord`), where no rule of the parser looks across; a
 * property test checks that the trees are equal. A text with no such place
 * (one huge sentence, initialisms without end, symbols only) is still parsed
 * whole, in time quadratic in its length.
 *
 * @param item
 *   Text, or an article from `splitDump`.
 * @returns
 *   The nlcst `RootNode`.
 * @throws {TypeError}
 *   When `item` is neither a string nor an article (whose title and
 *   paragraphs must be strings).
 *
 * @example
 *   const tree = toNlcst('Kyiv said no. Moscow said yes.')
 *   tree.children[0].type //=> 'ParagraphNode'
 *   tree.children[0].children.filter((node) => node.type === 'SentenceNode').length //=> 2
 */
export function toNlcst(item: string | Article): Root {
  return parseBlocks(articleText(item), BLOCK_LENGTH)
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
 * @throws {TypeError}
 *   As `toNlcst`.
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

function parseWhole(text: string): Root {
  return unified().use(retextEnglish).parse(text) as Root
}

/**
 * Parse `text` block by block, blocks of at least `least` code units, and
 * put the trees together as the whole-text parse has them.
 *
 * @param text
 *   Any string.
 * @param least
 *   Shortest block (1 cuts at every place allowed: what the tests use).
 * @returns
 *   The tree, equal to `unified().use(retextEnglish).parse(text)`.
 */
export function parseBlocks(text: string, least: number): Root {
  if (text.length <= least) return parseWhole(text)
  const cuts = cutPoints(text, least)
  if (cuts.length === 0) return parseWhole(text)

  const children: RootContent[] = []
  const points = new Set<Point>()
  let line = 1
  let column = 1
  let counted = 0
  /** The line and column of `offset`, counted as parse-latin counts them. */
  const pointAt = (offset: number): Point => {
    for (; counted < offset; counted++) {
      const code = text.charCodeAt(counted)
      if (code === 13 || (code === 10 && text.charCodeAt(counted - 1) !== 13)) {
        line++
        column = 1
      } else if (code !== 10) {
        column++
      }
    }
    return {line, column, offset}
  }

  let from = 0
  let joinNext = false
  for (let index = 0; index <= cuts.length; index++) {
    const cut = cuts[index]
    const to = cut === undefined ? text.length : cut.start
    const start = pointAt(from)
    const tree = parseWhole(text.slice(from, to))
    for (const child of tree.children) shift(child, start, points)
    let blockChildren = tree.children
    if (joinNext) {
      // A sentence end within a paragraph: the previous block's last
      // paragraph and this block's first are one paragraph, with the space
      // between them as a child.
      const space = children.pop()!
      const previous = children.at(-1) as Paragraph
      const first = blockChildren[0] as Paragraph
      previous.children.push(space as never, ...first.children)
      previous.position = {start: previous.position!.start, end: first.position!.end}
      blockChildren = blockChildren.slice(1)
    }
    children.push(...blockChildren)
    if (cut === undefined) break
    const spaceStart = pointAt(cut.start)
    const spaceEnd = pointAt(cut.end)
    children.push({type: 'WhiteSpaceNode', value: text.slice(cut.start, cut.end), position: {start: spaceStart, end: spaceEnd}})
    joinNext = !cut.lineBreak
    from = cut.end
  }
  return {type: 'RootNode', children, position: {start: children[0]!.position!.start, end: children.at(-1)!.position!.end}}
}

/** Move every point of a block's node from the block's start to `start`. */
function shift(node: RootContent | Root, start: Point, points: Set<Point>): void {
  const position = node.position
  if (position) {
    for (const point of [position.start, position.end]) {
      if (points.has(point)) continue
      points.add(point)
      if (point.line === 1) point.column += start.column - 1
      point.line += start.line - 1
      if (point.offset !== undefined) point.offset += start.offset!
    }
  }
  if ('children' in node) for (const child of node.children) shift(child as RootContent, start, points)
}

/**
 * Where a text can be cut with no rule of parse-latin (or parse-english)
 * looking across: a run of spaces, tabs and line breaks
 *
 * - after a sentence end (`.`, `!` or `?` right after a word of two or more
 *   ASCII letters that stands after white space, and that the parser does
 *   not read as an abbreviation) and before a capital ASCII letter: no
 *   initialism, abbreviation, lower-case or digit start, affix or word-less
 *   sentence can join the two sentences;
 * - or holding two or more line breaks between two ASCII letters: the
 *   parser breaks the sentence there (`breakImplicitSentences`), and with a
 *   word on both sides no word-less sentence moves across.
 *
 * @returns
 *   The runs, at least `least` code units apart; `lineBreak` when the run
 *   holds one (the blocks are then separate paragraphs).
 */
function cutPoints(text: string, least: number): Array<{start: number; end: number; lineBreak: boolean}> {
  const cuts: Array<{start: number; end: number; lineBreak: boolean}> = []
  let last = 0
  const space = /[ \t\r\n]+/g
  for (let match = space.exec(text); match; match = space.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    if (start - last < least || end >= text.length) continue
    const breaks = countBreaks(match[0])
    const before = text.charCodeAt(start - 1)
    const after = text.charCodeAt(end)
    let allowed = false
    if (isTerminal(before) && isCapital(after)) {
      allowed = endsSentence(text, start - 1)
    } else if (breaks >= 2 && isLetter(before) && isLetter(after)) {
      allowed = true
    }
    if (!allowed) continue
    cuts.push({start, end, lineBreak: breaks > 0})
    last = end
  }
  return cuts
}

function countBreaks(space: string): number {
  return space.split(/\r\n|\r|\n/).length - 1
}

function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90
}

function isLetter(code: number): boolean {
  return isCapital(code) || (code >= 97 && code <= 122)
}

/** Answers of the parser on `word. Next`, by word. */
const sentenceEnds = new Map<string, boolean>()
const MAX_REMEMBERED = 10_000

/**
 * Whether the mark at `mark` ends a sentence: it follows a word of two or
 * more ASCII letters standing after white space (or at the start), and the
 * parser reads `word. Next` as two sentences (not `Mr. Smith`, `etc. And`).
 */
function endsSentence(text: string, mark: number): boolean {
  let start = mark
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--
  if (mark - start < 2) return false
  if (start > 0) {
    const code = text.charCodeAt(start - 1)
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return false
  }
  const word = text.slice(start, mark + 1)
  let answer = sentenceEnds.get(word)
  if (answer === undefined) {
    const tree = parseWhole(word + ' Next')
    const paragraph = tree.children[0] as Paragraph
    answer = paragraph.children.filter((node) => node.type === 'SentenceNode').length === 2
    if (sentenceEnds.size >= MAX_REMEMBERED) sentenceEnds.clear()
    sentenceEnds.set(word, answer)
  }
  return answer
}
