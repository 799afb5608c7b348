import type {Paragraph, Root, RootContent, Sentence, WhiteSpace} from 'nlcst'
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
 * takes time quadratic in the number of tokens of the text it is given
 * (each word it merges, `U.S.`, `don't`, `3.5`, splices the whole token
 * list), so texts longer than 2,000 code units are parsed block by block,
 * cut only where no rule of the parser looks across: at a sentence end
 * (`ended. The`), a blank line between two words (`word\n\nWord`), or
 * spaces between two words inside a sentence (`said U.S. officials`), whose
 * halves are joined back into one sentence; a property test checks that the
 * trees are equal. A text with no such place (symbols and punctuation
 * only, words joined by line breaks or by symbols) is still parsed whole, in
 * time quadratic in its length.
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
  /** The white space of the last cut, and what it joins (`paragraphs`: nothing). */
  let pending: {space: WhiteSpace; joins: Cut['joins']} | undefined
  for (let index = 0; index <= cuts.length; index++) {
    const cut = cuts[index]
    const to = cut === undefined ? text.length : cut.start
    const start = pointAt(from)
    const tree = parseWhole(text.slice(from, to))
    for (const child of tree.children) shift(child, start, points)
    let blockChildren = tree.children
    if (pending?.joins === 'paragraphs') {
      children.push(pending.space)
    } else if (pending) {
      // A cut within a paragraph: the previous block's last paragraph and
      // this block's first are one paragraph, with the space between them
      // as a child (a sentence end) or, within a sentence, the previous
      // block's last sentence and this block's first are one sentence.
      const previous = children.at(-1) as Paragraph
      const first = blockChildren[0] as Paragraph
      let rest = first.children
      if (pending.joins === 'sentences') {
        previous.children.push(pending.space as never, ...rest)
      } else {
        const tail = previous.children.at(-1) as Sentence
        const head = rest[0] as Sentence
        tail.children.push(pending.space, ...head.children)
        tail.position = {start: tail.position!.start, end: head.position!.end}
        rest = rest.slice(1)
        previous.children.push(...rest)
      }
      previous.position = {start: previous.position!.start, end: first.position!.end}
      blockChildren = blockChildren.slice(1)
    }
    children.push(...blockChildren)
    if (cut === undefined) break
    const spaceStart = pointAt(cut.start)
    const spaceEnd = pointAt(cut.end)
    pending = {space: {type: 'WhiteSpaceNode', value: text.slice(cut.start, cut.end), position: {start: spaceStart, end: spaceEnd}}, joins: cut.joins}
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

/** A place to cut: a run of white space, and what its two sides are. */
interface Cut {
  start: number
  end: number
  /**
   * `paragraphs`: the run holds a line break, the blocks are separate
   * paragraphs; `sentences`: a sentence end, the blocks' paragraphs are
   * one; `words`: inside a sentence, the blocks' sentences are one.
   */
  joins: 'paragraphs' | 'sentences' | 'words'
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
 *   word on both sides no word-less sentence moves across;
 * - or of spaces and tabs only, inside a sentence, between a word that
 *   ends in an ASCII letter or digit (or is an initialism, `U.S.`) and a
 *   word that starts with one (see `joinsWords`).
 *
 * @returns
 *   The runs, at least `least` code units apart.
 */
function cutPoints(text: string, least: number): Cut[] {
  const cuts: Cut[] = []
  let last = 0
  const space = /[ \t\r\n]+/g
  for (let match = space.exec(text); match; match = space.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    if (start - last < least || end >= text.length) continue
    const breaks = countBreaks(match[0])
    const before = text.charCodeAt(start - 1)
    const after = text.charCodeAt(end)
    let joins: Cut['joins'] | undefined
    if (isTerminal(before) && isCapital(after) && endsSentence(text, start - 1)) {
      joins = breaks > 0 ? 'paragraphs' : 'sentences'
    } else if (breaks >= 2 && isLetter(before) && isLetter(after)) {
      joins = 'paragraphs'
    } else if (breaks === 0 && joinsWords(text, start, end)) {
      joins = 'words'
    }
    if (joins === undefined) continue
    cuts.push({start, end, joins})
    last = end
  }
  return cuts
}

/**
 * Whether the run of spaces and tabs from `start` to `end` sits inside a
 * sentence where the parser's rules see no further than the words on either
 * side, so that the two halves, parsed apart and their touching sentences
 * joined, are the whole-text parse.
 *
 * Before it, a word token: the text ends in an ASCII letter or digit, or
 * in an initialism standing after white space (`U.S.`, `E.U.`: letters and
 * full stops, whose last stop the parser merges into the word, so it is no
 * sentence end). After it, a word token: an ASCII letter or digit, whose
 * letters and digits are not followed by an apostrophe that is not inside
 * a word (the elision rule, `o' clock`, looks two tokens back, across the
 * cut). Neither side then has a terminal mark, white space or symbol at
 * the cut for a rule to move, and every rule that merges a sentence into
 * the one before does nothing to a block's first sentence.
 */
function joinsWords(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1)
  if (!isAlphanumeric(before) && !(before === 46 && endsInInitialism(text, start))) return false
  if (!isAlphanumeric(text.charCodeAt(end))) return false
  let index = end
  while (isAlphanumeric(text.charCodeAt(index))) index++
  const code = text.charCodeAt(index)
  if (code === 39 || code === 0x20_19) return isAlphanumeric(text.charCodeAt(index + 1))
  return true
}

/** Whether the text before `end` is white space (or nothing) and then an initialism (`U.S.`). */
function endsInInitialism(text: string, end: number): boolean {
  let index = end
  let pairs = 0
  while (index >= 2 && text.charCodeAt(index - 1) === 46 && isLetter(text.charCodeAt(index - 2))) {
    index -= 2
    pairs++
  }
  if (pairs < 2) return false
  if (index === 0) return true
  const code = text.charCodeAt(index - 1)
  return code === 32 || code === 9 || code === 10 || code === 13
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

function isAlphanumeric(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57)
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
