// toNlcst parses long texts block by block (parse-latin is quadratic within
// a block), cut only where no rule of the parser looks across. These
// properties check that the tree is the whole-text parse, node for node and
// position for position, on texts built to sit on the cuts: sentence ends
// after abbreviations and initialisms, lower-case, digit, affix and
// word-less sentence starts, blank lines between words, every line ending,
// and the spaces between the words of one sentence.
import fc from 'fast-check'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {expect, test} from 'vitest'
import {parseBlocks, toNlcst, nlcstWords} from '../src/nlcst.js'

const whole = (text: string): unknown => unified().use(retextEnglish).parse(text)

const pieces = [
  'Word', 'word', 'ended', 'Talks', 'The', 'Mr', 'Dr', 'Jan', 'Gov', 'etc', 'al', 'viz', 'U', 'S', 'E', 'St', 'e', 'g', 'A', 'I', 'ab',
  '.', '.', '.', '!', '?', '?!', '...', '…', ',', ';', ':', '-', '- - -', '(', ')', '"', '”', "'", '’', '&', '/', '#', '2', '42', '1987',
  ' ', ' ', ' ', '  ', '\t', '\n', '\n', '\n\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ' \n \n ', '\u00A0', '\u2028', 'Ünïcode', 'ça', 'dont'
]
const text = fc.array(fc.constantFrom(...pieces), {maxLength: 60}).map((chosen) => chosen.join(''))

test('block by block, cut wherever allowed, the tree is the whole-text parse', () => {
  fc.assert(
    fc.property(text, (value) => {
      expect(parseBlocks(value, 1)).toEqual(whole(value))
    }),
    {numRuns: 3000}
  )
})

test('on sentences of real prose, cut at every sentence end and blank line', () => {
  const prose = fc.array(
    fc.constantFrom(
      'Russia and Ukraine held talks in Istanbul on Wednesday.',
      'Officials said the U.S. would not attend.',
      'Mr. Smith, a spokesman, declined to comment.',
      'the meeting ended early.',
      '2 hours ago',
      '- Reuters',
      'Prices rose 3.5% in July, data showed!',
      'Is it over? No.',
      '"We are ready," he said.',
      'KYIV, July 23 (Reuters) - Talks resumed.'
    ),
    {maxLength: 30}
  )
  const separator = fc.constantFrom(' ', '\n', '\n\n', '\r\n\r\n', '  \n\t')
  fc.assert(
    fc.property(prose, fc.array(separator, {minLength: 30, maxLength: 30}), (sentences, separators) => {
      const value = sentences.map((sentence, index) => sentence + separators[index]).join('')
      expect(parseBlocks(value, 1)).toEqual(whole(value))
    }),
    {numRuns: 500}
  )
})

// Words inside one sentence, joined by spaces and tabs: the cuts between
// words, with the pieces that parse-latin and parse-english merge across a
// single token (initialisms, elisions, inner symbols, slashes, hyphens,
// abbreviations) on both sides of them.
const inSentence = fc
  .array(
    fc.constantFrom(
      'U.S.', 'U.K.', 'E.U.', 'A.B.C.', 'U.S', 'u.s.', 'X.', 'Mr.', 'etc.', 'al.', 'e.g.', 'i.e.', 'Jan.', 'St.',
      "don't", "o'", "ol'", "'twas", "'em", "'n'", "rock'n'roll", "’cause", "90's", "'90s", "w/", 'and/or', 'a/b',
      'e-mail', 'well-', '-ish', '&', '&co', 'AT&T', '3.5', '1,000', '42', '2', 'U2', 'word', 'Word', 'the', 'said', 'I',
      '.', ',', ';', ':', '!', '?', '(', ')', '"', "'", '’', '-', '—', '…', '#', '$5', '5%'
    ),
    {maxLength: 40}
  )
  .chain((words) =>
    fc.array(fc.constantFrom(' ', ' ', ' ', '  ', '\t', ' \t'), {minLength: words.length, maxLength: words.length}).map((gaps) =>
      words.map((word, index) => word + (index < words.length - 1 ? gaps[index] : '')).join('')
    )
  )

test('cut between the words of one sentence, the tree is the whole-text parse', () => {
  fc.assert(
    fc.property(inSentence, fc.constantFrom('', 'Talks went on. ', 'the ', '\n\n'), fc.constantFrom('', ' It ended.', '.', '\nNext'), (value, head, tail) => {
      const whole_ = head + value + tail
      expect(parseBlocks(whole_, 1)).toEqual(whole(whole_))
    }),
    {numRuns: 3000}
  )
})

test('hand-checked: where it cuts and where it must not', () => {
  // `ended. The` is cut: two sentences of one paragraph either way.
  const tree = parseBlocks('It ended. The talks resumed.', 1)
  expect(tree.children.map((node) => node.type)).toEqual(['ParagraphNode'])
  expect((tree.children[0] as {children: Array<{type: string}>}).children.map((node) => node.type)).toEqual(['SentenceNode', 'WhiteSpaceNode', 'SentenceNode'])
  // `Mr. Smith` is not a sentence end, nor `U.S. The` (an initialism).
  for (const value of ['Mr. Smith said so. Then', 'the U.S. The talks', 'etc. And']) expect(parseBlocks(value, 1)).toEqual(whole(value))
  // A long text keeps its words.
  const long = 'Russia and Ukraine held talks in Istanbul on Wednesday. '.repeat(200)
  expect(nlcstWords(long)).toHaveLength(1800)
  expect(toNlcst(long)).toEqual(whole(long))
  // `U.S.` repeated is one sentence of initialisms (parse-latin ends no
  // sentence after one): cut between them, its halves are joined back into
  // that one sentence.
  const initialisms = 'U.S. '.repeat(1000) + 'U.S.'
  const runOn = toNlcst(initialisms)
  const paragraph = runOn.children[0] as {children: Array<{type: string; children: Array<{type: string}>}>}
  expect(runOn.children).toHaveLength(1)
  expect(paragraph.children).toHaveLength(1)
  expect(paragraph.children[0]!.children.filter((node) => node.type === 'WordNode')).toHaveLength(1001)
  expect(runOn).toEqual(whole(initialisms))
  // `the U.S. It` is one sentence too; `o' clock` keeps its elision, which
  // looks two tokens back: no cut right before `o'`.
  for (const value of ['went to the U.S. It was fun.', "at five o' clock sharp", "said 'twas so"]) expect(parseBlocks(value, 1)).toEqual(whole(value))
})

test('every fixture dump, cut wherever allowed, parses as the whole text', async () => {
  const {readdirSync, readFileSync} = await import('node:fs')
  const folder = new URL('../fixtures/', import.meta.url)
  const names = readdirSync(folder).filter((name) => name.endsWith('.txt'))
  expect(names.length).toBeGreaterThan(10)
  for (const name of names) {
    const value = readFileSync(new URL(name, folder), 'utf8')
    expect(parseBlocks(value, 1)).toEqual(whole(value))
  }
})
