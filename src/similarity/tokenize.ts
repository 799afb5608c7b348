/**
 * A fast word tokenizer for bulk shingling that gives exactly the words
 * retext-english gives (`nlcstWords`), without building a syntax tree.
 *
 * retext-english is `parse-english` on top of `parse-latin`. Both tokenize
 * the whole text into runs of white space, word characters, and repeated
 * punctuation or symbol characters, then merge neighbouring tokens with an
 * ordered list of small plugins: first over the whole text as one
 * sentence, then over the sentences split at terminal markers (`.`, `!`,
 * `?`, `…`, `‽`). This module replays the same steps, in the same order, on
 * flat typed arrays of token offsets: each step is one linear pass named
 * after the plugin it replays, so a word can be traced back to the rule
 * that made it. Steps that only move white space or regroup paragraphs do
 * not change words and are left out. Every step acts only at punctuation
 * and symbol tokens, so the steps walk a list of those rather than every
 * token (see `keep`).
 *
 * Character classes are parse-latin's (`lib/expressions.js` of
 * parse-latin 7), tested per UTF-16 code unit as parse-latin does (it reads
 * the text with `charAt`), and stored below as runs over the 65,536 code
 * units. The test suite checks every code unit against retext-english.
 */
import {describe} from '../describe.js'

/** Token types, as parse-latin's tokenizer assigns them. */
const WHITE_SPACE = 0
const PUNCTUATION = 1
const WORD = 2
const SYMBOL = 3
/** A full stop merged into the word before it (a node that is part of that word). */
const JOINS_PREVIOUS = 4
/** A full stop merged into the word after it. */
const JOINS_NEXT = 5

/** Flags of the class table beside the token type (low two bits). */
const TYPE = 3
/** parse-latin `lowerInitial`: a word starting with it continues the sentence before. */
const LOWER_INITIAL = 4
/** parse-latin `numerical`: initialisms made of these alone (`1.2.`) are not initialisms. */
const NUMERICAL = 8
/** parse-latin `affixSymbol`: closing marks after a terminal marker belong to the sentence before. */
const AFFIX = 16

const FULL_STOP = 0x2e
const SLASH = 0x2f
const HYPHEN = 0x2d
const AMPERSAND = 0x26
const APOSTROPHE = 0x27
const RIGHT_SINGLE_QUOTE = 0x2019
const UNDERSCORE = 0x5f
const COMMA = 0x2c
const SEMICOLON = 0x3b

/**
 * Class of every UTF-16 code unit as runs: a run is its length in base 36
 * (left out when 1) then a capital letter for its value, `A` to `G` for
 * the values below. Generated from parse-latin 7's `whiteSpace`,
 * `punctuation`, `word`, `lowerInitial`, `numerical` and `affixSymbol`
 * expressions, each tested on the code unit alone.
 */
const RUN_VALUES = [WHITE_SPACE, PUNCTUATION, WORD, SYMBOL, WORD | LOWER_INITIAL, WORD | NUMERICAL, PUNCTUATION | AFFIX]
const RUNS =
  '9D5AiDA2G4DGBG2D2BGBaF2B3DGDqC2BGDBDqEBDG7DAqDAB5DB2DCB6D2FDE2BDFCG3FBnCD7CoED8ECECECECECECECECECECE' +
  'CECECECECECECECECECECECECECECECECEC2ECECECECECECECEC2ECECECECECECECECECECECECECECECECECECECECECECECE' +
  '2CECEC3E2CECE2CE3C2E4CE2CE3C3E2CE2CECECE2CEC2ECE2CE3CECE2C2E2C3E6CE2CE2CECECECECECECECEC2ECECECECECE' +
  'CECECEC2E2CECE3CECECECECECECECECECECECECECECECECECECECECECECECECECECECECEC7E2CE2C2ECE4CECECECEC1xECr' +
  'EiC4DcCeD5C7DCDChD35CECECDCE2DC3EBC6DCB3CDCD2CEhCD9CzEC2E3C3ECECECECECECECECECECECEC5ECEDCE2C2E1fC1c' +
  'ECECECECECECECECECECECECECECECECECED8CECECECECECECECECECECECECECECECECECECECECECECECECECECE2CECECECE' +
  'CECEC2ECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECEC' +
  'ECED12C2DC6B15E2B6D19CBCB2CB2CBC8DrC4D4C2BkD2BD2B2DbCBD3B1sCaF4B2uCB8C2DaCD6CaF3C2DCeB2D1nC2D2tCeDaF' +
  '18CD3BC2DC2D1aC2DfBDsC2DBDbC5DoCD6C9D22CD3lC2BaFBjCD8C2D2C2DmCD7CDC3D4C2D9C2D2C2D4C8DC4D2CD5C2DaF2C2' +
  'D6F2DCBC2D3CD6C4D2C2DmCD7CD2CD2CD2C2DCD5C4D2C2D3C3DC7D4CDC7DaF6CBaD3CD9CD3CDmCD7CD2CD5C2DaCD3CD3C2DC' +
  'fD4C2DaFB8D7CD3CD8C2D2C2DmCD7CD2CD5C2D9C2D2C2D3C7D3C4D2CD5C2DaFDC6FaD2CD6C3D3CD4C3D2CDCD2C3D2C3D3C3D' +
  'cC4D5C3D3CD4C2DC6DCeDdFdDdCD3CDnCDgC2D9CD3CD4C7D2CD3C2DC2D4C2DaF7DB7FD4CB8CD3CDnCDaCD5C2D9CD3CD4C7D2' +
  'C6D2CD4C2DaFD3CcDdCD3CD1fCD3CD5C5D4C7F5C2DjFD6CD3CDiC3DoCD9CDC2D7C3DC4D6CDCD8C6DaF2D2CBcD1mC5DfCBaF2' +
  'B11D2CDCD5CDoCDCDnC2D5CDCD7CDaF2D4CwDC3DfBDB3D2C6DkFDCDCDCBGBGaCD10C4DkCBiCD10C9DC9D5B4D2B11D1sCaF6B' +
  '1sCaF4C2D12CDC5DC2D17EBC3E95CD4C2D7CDCD4C2D15CD4C2DxCD4C2D7CDCD4C2DfCD1lCD4C2D1vC2D3C9BkF3DgCgD2eC2D' +
  '6E2DBh8CDBhCAqCBG3D23C3B3F8C7DmC9DmC2B9DkCcDdCD3CD2CcD2cC3BC3BD2C2DaF6DaF6DbB3CDCaF6D2hC7D17C5D1yCaD' +
  'vCDcC4DcC8D2BaFuC2D5CbD18C4DqC6DbF11DsC2D2B1rCDtC2DCaF6DaF6D7BC6B2DvC1dD25C3DaF7BaD9C9D2BD1cCaF1mC8D' +
  '4B1kC3D5BaF3D3CaF10C2B9E7D17C2D3C8B8D3CB13C5D18E1rCdECyE2uCECECECECECECECECECECECECECECECECECECECECE' +
  'CECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECE' +
  'CECECEC9ECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECEC' +
  'ECECEC9E8C6E2D6C2D8E8C8E8C6E2D6C2D8EDCDCDCDC8E8CeE2D8E8C8E8C8E8C5ED2E5CDE3D3ED2E5C3D4E2D2E4C4D8E5C5D' +
  '3ED2E5C3DbA5D9BG3BG2B2D4BGB2A5DA2D8BGDBG6BDBGbBDcBAgDFC2D6F3DBGCaF3DBGDdC1fDxChDC4DC2DE3C2E3CEDC3D5C' +
  '6DCDCDCD4CDE4CE4CE2D2E2C5DC4E4DED1fFCE5FamDBGBGtDBG8lD1oF26DmFh4DBGBGBGBGBGBGBGuF1dDBGvDBGBGBGBGBGb7' +
  'DBGBGBGBGBGBGBGBGBGBGBG1rDBGBGwDBGeaD1cC1cECE3C2ECECECE4CEC2EC6E5CECECECECECECECECECECECECECECECECEC' +
  'ECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECEC2E6DCECE4CE5D4BF2B12EDE5DE2D1kC7DCBe' +
  'DoC9D7CD7CD7CD7CD7CD7CD7CD7CDwC3BGBG4BG2BGfBG3BGBGBGBGBG5BCwB2D4BGBGBGBGBbmDA3BD2CFBGBGBGBGBG2DBGBGB' +
  'GBG2B2GD9F6CB5C2D3F2CB3D2eC2D2C2D3CB2iCB4C5D17CD2mC3D4FaDwC1cDgCwDaFuD8FDfFwDaF13DfF8wD534C1sDh3hC1v' +
  'D1aC2B7hC3BgCaF2CkDCECECECECECECECECECECECECECECECECECECECECECECE5CBaCB2CECECECECECECECECECECECECECE' +
  '22CaF2C6BvD9C2DCECECECECECEC3ECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECECEC8ECECE2' +
  'CECECECECEC2DCECE2CEC3ECECECECECECECECECECE5CE5CECECECECECECECE4CECE5DCEDEDECECEoD4CE3CE19C4DC3D6FaD' +
  '1gC4B8D1yC8D2BaF6DoC3BCB3CaF10C2B10CbDBtC3D1tCdBDCaF4D2BgCaF5CD1jC9DeC2DaF2D4BnC3D21CoD3C2BgC2B5CaD6' +
  'C2D6C2D6C9D7CD7CD17ED4C9EC6D28E17CB2C2DaF6D8mcCcDnC4D1dC6isDa6C2D2yC12D7EcD5E5DcCDdCD5CDCD2CD2CD30Cx' +
  'Da3CGBgD1sC2D1iC14DcC4DgC8BGB6DgC6BGBGBGBGBGBGBGBG3BGaBD6BGBGBG3BDB4DBD2B4D5CD3rC4D3BD4BGBD4BaF2B3D2' +
  'BqC2BGDBDqEBDGDBG2BG2B2hC3D6C2D6C2D6C2D3CzD'

/**
 * parse-english `abbreviations` (tested lower-cased) and
 * `abbreviationsSensitive`: a word before a sentence-final full stop that
 * keeps it (`Inc.`, `Dr.`, `Jan.`). Longest match: 9 code units.
 */
const ENGLISH_ABBREVIATION =
  /^(?:t(?:hurs|bsp|sp)|s(?:e(?:pt|c)|q)|(?:tue|bbl|yd)s|thu|sep|tue|bbl|nov|aug|ju[ln]|(?:ap|h)r|(?:ja|su)n|m(?:ar|on|in)|(?:sa|oc|[kpq])t|g(?:ro|al)|f(?:eb|ri|[lt])|d(?:ec|oz)|wed|l(?:bs|td)|inc?|mi|gr|yd|lb|oz|cu)$/
const ENGLISH_ABBREVIATION_SENSITIVE =
  /^(?:(?:Northant|Derby|S(?:hrop|taff)|W(?:ark|orc)|L(?:in|ei|an)c|C(?:amb|he)|Trea|York|B(?:uck|e(?:rk|d))|(?:Not|Wil)t|H(?:er|[au]n)t|Glo|Pre)s|Northumb|N(?:or(?:thd|f)|e(?:br|v)|atl)|M(?:(?:essr|as|se)s|i(?:ddx|nn|ch|ss)|ont|lle|s(?:gr|s)|ddx|(?:me|r)s?|a[jn]|ex|gr|[odestx])?|Heref|P(?:enna|[ahot])|D(?:e(?:rbs|[lv])|r)|Westm|(?:Cali|Pro)f|S(?:a(?:lop|sk)|uff|om|e[cn]|[qrxy])|(?:Bldg|Kan)s?|Here|P(?:enn?|k)|St(?:af)?|W(?:isc|arw|yo)|C(?:umb|olo)|B(?:lvd|rig)|(?:Ok|F)la|(?:Pk|[FH])wy|A(?:r(?:iz|k)|lt?a|tty|m[bd])|(?:Cap|S(?:up|g)|On|Ru|U)t|(?:Ter|Cd|D[ou]|Sn|J)r|(?:Oxo|Co[nr]|Ten|Ke|Ge|Ho)n|Wash|N(?:eb|at)|W(?:is|ar|o)|C(?:al|ol?)|Qu[e\u00E9]|I(?:ll|a)|Tex|G(?:ov|a)|Ind|R(?:te|e[pv]|d)|Ida|(?:Yu|Da)k|(?:Or|Av)e|Ssx|Ok|La|Br|Rt|Id|V[at]|Ky|Lt|F[rt])$/

/**
 * parse-latin `abbreviationPrefix` (tested lower-cased): a word before a
 * full stop that still ends its sentence once sentences are merged keeps it
 * (`No. 1`, `Plan B.`, `100.`). Longest match: 4 code units.
 */
const PREFIX_ABBREVIATION =
  /^(?:\d{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/

/**
 * Below this many code units a text is tokenized in one go; longer texts
 * are cut into chunks of at least this size where a cut cannot change a
 * word (see `chunkEnd`), so scratch memory stays bounded on most inputs.
 */
const CHUNK = 1 << 16

let classTable: Uint8Array | undefined
/** Scratch arrays of a finished call, for the next one. */
let spare: Scratch | undefined

/**
 * Call `visit` with the offsets of every word of `text`, in order, as
 * retext-english tokenizes it (the `nlcst-to-string` of each `WordNode`).
 *
 * Replays parse-latin's and parse-english's tokenizer and every plugin that
 * changes words, so the words are those of `nlcstWords`: contractions and
 * possessives (`didn't`, `Zelenskiy’s`), elisions (`'90s`, `rock 'n'
 * roll`), inner hyphens, full stops, colons, `@`, `&` and underscores
 * (`e-mail`, `x.com`, `hello@world.com`, `AT&T`, `a_b`), short slashed
 * words (`km/h`, `24/7`, `w/`), initialisms (`U.S.`, `e.g.`), and
 * abbreviations (`Dr.`, `Inc.`). Some full stops depend on the sentence
 * around them, as in parse-latin: in `Plan B. The` and `It was 100. Then`
 * the full stop stays with `B` and `100` (a letter or a number of up to
 * three digits), while in `It was 1000. Then` it ends the sentence; `He
 * said no. and left` gives `no.`, as the lower-case `and` continues the
 * sentence and the full stop is no longer its last. Numbers split at
 * commas (`1,200` is `1` and `200`), currency and percent signs are not
 * part of words, and emoji and other characters outside the Basic
 * Multilingual Plane are symbols, as parse-latin reads code units. No
 * known differences from retext-english: none on the fixtures, on the
 * 21,268 BBC and Reuters-21578 stories of `bench/tokenize.mjs`, or on
 * random strings. Linear in the length of `text`; scratch memory of 18
 * bytes per code unit of a chunk (64 to 128 Ki code units, longer only
 * where a text has no `lowercase. Capital` to cut at), nothing per word.
 *
 * @param text
 *   Any string: empty, huge, with lone surrogates or NUL.
 * @param visit
 *   Called once per word with its UTF-16 offsets: the word is
 *   `text.slice(start, end)`.
 * @returns
 *   Nothing.
 * @throws {TypeError}
 *   When `text` is not a string, or `visit` not a function.
 *
 * @example
 *   const spans = []
 *   forEachWord('U.S. troops, e-mail', (start, end) => spans.push([start, end]))
 *   spans //=> [[0, 4], [5, 11], [13, 19]]
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, not ${describe(text)}`)
  if (typeof visit !== 'function') throw new TypeError(`Expected a function, not ${describe(visit)}`)
  const classes = (classTable ??= decodeRuns(RUNS))
  const length = text.length
  // Reuse the arrays of the last call, unless a call from `visit` is using them.
  let arrays = spare
  spare = undefined
  try {
    let from = 0
    while (from < length) {
      const to = chunkEnd(text, from, classes)
      if (arrays === undefined || arrays.raw.length < to - from + 2) arrays = scratch(Math.max(to - from + 2, 1024))
      tokenizeChunk(text, from, to, from === 0, classes, arrays, visit)
      from = to
    }
  } finally {
    // Keep small arrays only, so one huge text does not pin its scratch memory.
    if (arrays !== undefined && arrays.raw.length <= 4 * CHUNK) spare = arrays
  }
}

/**
 * The words of `text` as retext-english tokenizes them.
 *
 * The same words as `nlcstWords(text)`, several times faster; see
 * `forEachWord` for the rules, which this calls.
 *
 * @param text
 *   Any string.
 * @returns
 *   The words, in order: `text.slice(start, end)` for each word
 *   `forEachWord` visits.
 * @throws {TypeError}
 *   When `text` is not a string.
 *
 * @example
 *   words('Zelenskiy’s aide didn\'t go.') //=> ['Zelenskiy’s', 'aide', "didn't", 'go']
 *   words('$322m, 1,200 and 15.5% rate') //=> ['322m', '1', '200', 'and', '15.5', 'rate']
 *   words('Dr. Smith (AFP) — yes, in the U.S.') //=> ['Dr.', 'Smith', 'AFP', 'yes', 'in', 'the', 'U.S.']
 *   words('hello@world.com http://x.com/a_b #shorts') //=> ['hello@world.com', 'http', 'x.com', 'a_b', 'shorts']
 *   words('It was 100. Then 1000. Then') //=> ['It', 'was', '100.', 'Then', '1000', 'Then']
 *   words('') //=> []
 */
export function words(text: string): string[] {
  const result: string[] = []
  forEachWord(text, (start, end) => {
    result.push(text.slice(start, end))
  })
  return result
}

function decodeRuns(runs: string): Uint8Array {
  const table = new Uint8Array(65_536)
  let at = 0
  let count = 0
  for (let index = 0; index < runs.length; index++) {
    const code = runs.charCodeAt(index)
    if (code >= 65 && code <= 90) {
      const size = count === 0 ? 1 : count
      table.fill(RUN_VALUES[code - 65]!, at, at + size)
      at += size
      count = 0
    } else {
      count = count * 36 + (code <= 57 ? code - 48 : code - 87)
    }
  }
  return table
}

/**
 * Where the chunk starting at `from` ends: `text.length`, or just after a
 * full stop that ends a sentence whatever surrounds it, where nothing on
 * one side can change a word on the other. That is a plain word of six or
 * more lower-case ASCII letters after white space (never an abbreviation,
 * an initialism, or part of a merged word), the full stop, white space, and
 * a word starting with an ASCII capital (which no plugin merges into the
 * sentence before).
 */
function chunkEnd(text: string, from: number, classes: Uint8Array): number {
  const length = text.length
  if (length - from <= 2 * CHUNK) return length
  let at = from + CHUNK
  while (at < length) {
    at = text.indexOf('.', at)
    if (at === -1) return length
    let after = at + 1
    while (after < length && (classes[text.charCodeAt(after)]! & TYPE) === WHITE_SPACE) after++
    if (after > at + 1 && after < length) {
      const capital = text.charCodeAt(after)
      if (capital >= 65 && capital <= 90) {
        let before = at - 1
        while (before > from) {
          const letter = text.charCodeAt(before)
          if (letter < 97 || letter > 122) break
          before--
        }
        if (at - 1 - before >= 6 && (classes[text.charCodeAt(before)]! & TYPE) === WHITE_SPACE) return at + 1
      }
    }
    at++
  }
  return length
}

/** A punctuation or symbol token that is the one character `code`. */
function isSingle(text: string, raw: Int32Array, token: number, code: number): boolean {
  return raw[token + 1]! - raw[token]! === 1 && text.charCodeAt(raw[token]!) === code
}

function isTerminal(code: number): boolean {
  return code === FULL_STOP || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x203d
}

/**
 * Scratch arrays for one chunk. `raw` holds the start of each token (and
 * the chunk end after the last); `node` the first token of each node, as
 * tokens merge into words (and the token count after the last node);
 * `type` the type of each token, then of each node (nodes never outnumber
 * tokens, and every pass reads at or ahead of where it writes); `marks`
 * the punctuation and symbol nodes, in order, then `END` (see `keep`);
 * `sentence` the first node of each sentence (and the node count after the
 * last); `flag` whether each sentence has a word.
 */
interface Scratch {
  raw: Int32Array
  type: Uint8Array
  node: Int32Array
  marks: Int32Array
  sentence: Int32Array
  flag: Uint8Array
}

/** Ends the list in `marks`: above any node index, so `at >= nodes` stops a walk. */
const END = 0x7f_ff_ff_ff

function scratch(size: number): Scratch {
  return {
    raw: new Int32Array(size),
    type: new Uint8Array(size),
    node: new Int32Array(size),
    marks: new Int32Array(size),
    sentence: new Int32Array(size),
    flag: new Uint8Array(size)
  }
}

/** Tokenize `text.slice(from, to)` and visit its words, in order. */
function tokenizeChunk(
  text: string,
  from: number,
  to: number,
  atStart: boolean,
  classes: Uint8Array,
  arrays: Scratch,
  visit: (start: number, end: number) => void
): void {
  const {raw, type, node, marks, sentence, flag} = arrays
  let nodes = tokenize(text, from, to, classes, raw, type, node, marks)
  nodes = mergeEnglishElisionExceptions(text, raw, type, node, marks, nodes, atStart)
  if (has(text, from, to, '&')) nodes = mergeInitialWordSymbol(text, raw, type, node, marks, nodes)
  if (has(text, from, to, '-')) nodes = mergeFinalWordSymbol(text, raw, type, node, marks, nodes)
  nodes = mergeInnerWordSymbol(text, raw, type, node, marks, nodes)
  if (has(text, from, to, '/')) nodes = mergeInnerWordSlash(text, raw, type, node, marks, nodes)
  nodes = mergeInitialismsAndEnglishPrefixExceptions(text, classes, raw, type, node, marks, nodes)
  let sentences = splitSentences(text, raw, type, node, marks, nodes, sentence, flag)
  sentences = mergeNonWordSentences(sentence, flag, sentences, nodes, atStart)
  mergeAffixSymbol(text, classes, raw, type, node, sentence, sentences)
  sentences = mergeInitialLowerCaseLetterSentences(text, classes, raw, type, node, sentence, sentences, nodes)
  sentences = mergeInitialDigitSentences(text, raw, type, node, sentence, sentences, nodes)
  sentences = mergePrefixExceptions(text, raw, type, node, sentence, sentences, nodes)
  sentences = mergeAffixExceptions(text, raw, type, node, sentence, sentences, nodes)
  mergeRemainingFullStops(text, raw, type, node, marks, sentence, sentences)
  for (let at = 0; at < nodes; at++) {
    if (type[at] !== WORD) continue
    const start = raw[node[at > 0 && type[at - 1] === JOINS_NEXT ? at - 1 : at]!]!
    let end = at + 1
    while (end < nodes && type[end] === JOINS_PREVIOUS) end++
    visit(start, raw[node[end]!]!)
  }
}

/** Whether `text.slice(from, to)` holds `character`: a pass that only acts on it can be left out. */
function has(text: string, from: number, to: number, character: string): boolean {
  const at = text.indexOf(character, from)
  return at !== -1 && at < to
}

/** Whether a node from `from` to `to` (exclusive) is a word. */
function hasWord(type: Uint8Array, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (type[at] === WORD) return true
  return false
}

/**
 * parse-latin `tokenize`: white space and word characters continue a
 * token; punctuation and symbols continue it only with the same character,
 * or, for symbols, with any surrogate (so emoji are symbols). Returns the
 * token count. Each token starts as its own node, and punctuation and
 * symbol tokens are listed in `marks`.
 */
function tokenize(
  text: string,
  from: number,
  to: number,
  classes: Uint8Array,
  raw: Int32Array,
  type: Uint8Array,
  node: Int32Array,
  marks: Int32Array
): number {
  let count = 0
  let marked = 0
  let index = from
  while (index < to) {
    const code = text.charCodeAt(index)
    const kind = classes[code]! & TYPE
    raw[count] = index
    type[count] = kind
    node[count] = count
    index++
    if (kind === WORD || kind === WHITE_SPACE) {
      while (index < to && (classes[text.charCodeAt(index)]! & TYPE) === kind) index++
    } else if (kind === PUNCTUATION) {
      marks[marked++] = count
      while (index < to && text.charCodeAt(index) === code) index++
    } else {
      marks[marked++] = count
      let previous = code
      while (index < to) {
        const next = text.charCodeAt(index)
        if (next !== previous && (next & 0xf8_00) !== 0xd8_00) break
        previous = next
        index++
      }
    }
    count++
  }
  raw[count] = to
  node[count] = count
  marks[marked] = END
  return count
}

/*
 * The merge steps below each rewrite the list of nodes left to right,
 * dropping the nodes they merge into a word. Every one of them acts only at
 * a punctuation or symbol node (a mark), looking at its neighbours; the
 * white space and word nodes between two marks, some nine in ten nodes of
 * prose, go through unchanged. So a step walks `marks` rather than every
 * node: it moves each run of nodes between marks down as a block with
 * `keep` (not at all before its first merge), decides at the mark exactly
 * as parse-latin's plugin would, with `kept` output nodes so far (the last
 * of which is `kept - 1`) and `copied` the first input node not yet
 * handled, and writes the kept marks back to `marks` under their new
 * indices for the next step. A mark below `copied` was merged into a word
 * by an earlier mark of the same step and is passed over.
 */

/**
 * Move the input nodes `from` to `to` (exclusive), none of them marks, down
 * to output index `kept`; before a step's first merge they are already
 * there. Returns the output count after them.
 */
function keep(node: Int32Array, type: Uint8Array, kept: number, from: number, to: number): number {
  if (kept === from) return to
  for (let at = from; at < to; at++) {
    node[kept] = node[at]!
    type[kept] = type[at]!
    kept++
  }
  return kept
}

/**
 * parse-english `mergeEnglishElisionExceptions`: `w/`, `o' `, `ol' `,
 * `'twas`, `'tis`, `'cause`, `'em`, `'er`, `'im`, `'90s`, `'n'`. Nodes are
 * still tokens here (`node[token] === token`). Replays
 * `unist-util-visit-children`, which does not visit the node after one it
 * removed (`skipped`).
 */
function mergeEnglishElisionExceptions(
  text: string,
  raw: Int32Array,
  type: Uint8Array,
  node: Int32Array,
  marks: Int32Array,
  count: number,
  atStart: boolean
): number {
  let kept = 0
  let copied = 0
  let out = 0
  let skipped = -1
  for (let next = 0; ; next++) {
    const token = marks[next]!
    if (token >= count) break
    if (token < copied) continue
    kept = keep(node, type, kept, copied, token)
    copied = token + 1
    if (token !== skipped && raw[token + 1]! - raw[token]! === 1) {
      const code = text.charCodeAt(raw[token]!)
      if (code === SLASH) {
        if (kept > 0 && type[kept - 1] === WORD && node[kept - 1] === token - 1 && isWordW(text, raw, token - 1)) {
          skipped = token + 1
          continue
        }
      } else if (code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) {
        // In a later chunk, at least two nodes come before it (see `chunkEnd`).
        if (
          (atStart ? kept > 2 : kept >= 2) &&
          token < count - 1 &&
          type[kept - 1] === WORD &&
          type[kept - 2] === WHITE_SPACE &&
          type[token + 1] === WHITE_SPACE &&
          node[kept - 1] === token - 1 &&
          isElisionPrefix(text, raw[token - 1]!, raw[token]!)
        ) {
          skipped = token + 1
          continue
        }
        if (token < count - 1 && type[token + 1] === WORD && (kept === 0 || type[kept - 1] !== WORD)) {
          if (isElisionAffix(text, raw[token + 1]!, raw[token + 2]!)) {
            node[kept] = token
            type[kept] = WORD
            kept++
            copied = token + 2
            continue
          }
          if (
            token + 2 < count &&
            raw[token + 2]! - raw[token + 1]! === 1 &&
            (text.charCodeAt(raw[token + 1]!) | 0x20) === 0x6e &&
            type[token + 2] === PUNCTUATION &&
            (isSingle(text, raw, token + 2, APOSTROPHE) || isSingle(text, raw, token + 2, RIGHT_SINGLE_QUOTE))
          ) {
            node[kept] = token
            type[kept] = WORD
            kept++
            copied = token + 3
            continue
          }
        }
      }
    }
    node[kept] = token
    type[kept] = type[token]!
    marks[out++] = kept
    kept++
  }
  kept = keep(node, type, kept, copied, count)
  node[kept] = count
  marks[out] = END
  return kept
}

/** parse-latin `mergeInitialWordSymbol`: `&` before a word, not after one, joins it. */
function mergeInitialWordSymbol(text: string, raw: Int32Array, type: Uint8Array, node: Int32Array, marks: Int32Array, nodes: number): number {
  let kept = 0
  let copied = 0
  let out = 0
  for (let next = 0; ; next++) {
    const at = marks[next]!
    if (at >= nodes) break
    if (at < copied) continue
    kept = keep(node, type, kept, copied, at)
    copied = at + 1
    if (isSingle(text, raw, node[at]!, AMPERSAND) && !(kept > 0 && type[kept - 1] === WORD) && at + 1 < nodes && type[at + 1] === WORD) {
      node[kept] = node[at]!
      type[kept] = WORD
      kept++
      copied = at + 2
      continue
    }
    node[kept] = node[at]!
    type[kept] = type[at]!
    marks[out++] = kept
    kept++
  }
  kept = keep(node, type, kept, copied, nodes)
  node[kept] = node[nodes]!
  marks[out] = END
  return kept
}

/** parse-latin `mergeFinalWordSymbol`: `-` after a word, not before one, joins it (`pre- and post-war`). */
function mergeFinalWordSymbol(text: string, raw: Int32Array, type: Uint8Array, node: Int32Array, marks: Int32Array, nodes: number): number {
  let kept = 0
  let copied = 0
  let out = 0
  for (let next = 0; ; next++) {
    const at = marks[next]!
    if (at >= nodes) break
    if (at < copied) continue
    kept = keep(node, type, kept, copied, at)
    copied = at + 1
    if (kept > 0 && type[kept - 1] === WORD && isSingle(text, raw, node[at]!, HYPHEN) && !(at + 1 < nodes && type[at + 1] === WORD)) {
      continue
    }
    node[kept] = node[at]!
    type[kept] = type[at]!
    marks[out++] = kept
    kept++
  }
  kept = keep(node, type, kept, copied, nodes)
  node[kept] = node[nodes]!
  marks[out] = END
  return kept
}

/**
 * parse-latin `mergeInnerWordSymbol`: words joined by one of `&'-.:=?@`,
 * soft hyphen, `·`, `‐`, `‑`, `’`, `‧`, or underscores, become one.
 */
function mergeInnerWordSymbol(text: string, raw: Int32Array, type: Uint8Array, node: Int32Array, marks: Int32Array, nodes: number): number {
  let kept = 0
  let copied = 0
  let out = 0
  for (let next = 0; ; next++) {
    const at = marks[next]!
    if (at >= nodes) break
    if (at < copied) continue
    kept = keep(node, type, kept, copied, at)
    copied = at + 1
    if (kept > 0 && type[kept - 1] === WORD) {
      let last = -1
      for (let ahead = at; ahead < nodes; ahead++) {
        const aheadKind = type[ahead]!
        if (aheadKind === WORD) last = ahead
        else if ((aheadKind & 1) === 0 || !isInnerWordSymbol(text, raw, node[ahead]!)) break
      }
      if (last !== -1) {
        copied = last + 1
        continue
      }
    }
    node[kept] = node[at]!
    type[kept] = type[at]!
    marks[out++] = kept
    kept++
  }
  kept = keep(node, type, kept, copied, nodes)
  node[kept] = node[nodes]!
  marks[out] = END
  return kept
}

/**
 * parse-latin `mergeInnerWordSlash`: `/` after a word shorter than three
 * code units joins it, with the word after it when that is short too
 * (`km/h`, `24/7`, not `and/or`).
 */
function mergeInnerWordSlash(text: string, raw: Int32Array, type: Uint8Array, node: Int32Array, marks: Int32Array, nodes: number): number {
  let kept = 0
  let copied = 0
  let out = 0
  for (let next = 0; ; next++) {
    const at = marks[next]!
    if (at >= nodes) break
    if (at < copied) continue
    kept = keep(node, type, kept, copied, at)
    copied = at + 1
    if (kept > 0 && type[kept - 1] === WORD && isSingle(text, raw, node[at]!, SLASH)) {
      const before = raw[node[at]!]! - raw[node[kept - 1]!]!
      if (at + 1 < nodes && type[at + 1] === WORD) {
        if (before < 3 && raw[node[at + 2]!]! - raw[node[at + 1]!]! < 3) {
          copied = at + 2
          continue
        }
      } else if (before < 3) {
        continue
      }
    }
    node[kept] = node[at]!
    type[kept] = type[at]!
    marks[out++] = kept
    kept++
  }
  kept = keep(node, type, kept, copied, nodes)
  node[kept] = node[nodes]!
  marks[out] = END
  return kept
}

/**
 * parse-latin `mergeInitialisms` (`U.S.`, `e.g.`, `A.B.C.`), then
 * parse-english `mergeEnglishPrefixExceptions` (`Dr.`, `Inc.`, `Jan.`): a
 * full stop joins the word before it. The second is a paragraph plugin,
 * but only ever looks at a sentence's final full stop and the word before
 * it, so it can run here.
 */
function mergeInitialismsAndEnglishPrefixExceptions(
  text: string,
  classes: Uint8Array,
  raw: Int32Array,
  type: Uint8Array,
  node: Int32Array,
  marks: Int32Array,
  nodes: number
): number {
  let kept = 0
  let copied = 0
  let out = 0
  for (let next = 0; ; next++) {
    const at = marks[next]!
    if (at >= nodes) break
    kept = keep(node, type, kept, copied, at)
    copied = at + 1
    const token = node[at]!
    if (type[at] === PUNCTUATION && kept > 0 && type[kept - 1] === WORD && isSingle(text, raw, token, FULL_STOP)) {
      const first = node[kept - 1]!
      const children = token - first
      if (children !== 1 && (children & 1) === 1 && isInitialism(text, raw, classes, first, token)) continue
      if (isEnglishAbbreviation(text, raw[first]!, raw[token]!)) continue
    }
    node[kept] = token
    type[kept] = type[at]!
    marks[out++] = kept
    kept++
  }
  kept = keep(node, type, kept, copied, nodes)
  node[kept] = node[nodes]!
  marks[out] = END
  return kept
}

/**
 * parse-latin `tokenizeParagraph`: a sentence ends after each terminal
 * marker (`.`, `!`, `?`, `…`, `‽`, repeated or not). Returns the sentence
 * count; `flag` says which sentences have a word. Terminal markers are
 * marks, so this walks `marks`, and looks for a word from the start of
 * each sentence only as far as its first word.
 */
function splitSentences(
  text: string,
  raw: Int32Array,
  type: Uint8Array,
  node: Int32Array,
  marks: Int32Array,
  nodes: number,
  sentence: Int32Array,
  flag: Uint8Array
): number {
  let sentences = 0
  let start = 0
  for (let next = 0; ; next++) {
    const at = marks[next]!
    if (at >= nodes) break
    if (type[at] === PUNCTUATION && isTerminal(text.charCodeAt(raw[node[at]!]!))) {
      sentence[sentences] = start
      flag[sentences] = hasWord(type, start, at) ? 1 : 0
      sentences++
      start = at + 1
    }
  }
  if (start < nodes) {
    sentence[sentences] = start
    flag[sentences] = hasWord(type, start, nodes) ? 1 : 0
    sentences++
  }
  sentence[sentences] = nodes
  return sentences
}

/**
 * parse-latin `mergeNonWordSentences`: a sentence without words joins the
 * one before; the first joins the one after, which is then not visited.
 */
function mergeNonWordSentences(sentence: Int32Array, flag: Uint8Array, sentences: number, nodes: number, atStart: boolean): number {
  let kept = 0
  let at = 0
  if (atStart && sentences > 1 && flag[0] === 0) {
    kept = 1
    at = 2
  }
  for (; at < sentences; at++) {
    if (flag[at] === 0 && kept > 0) continue
    sentence[kept++] = sentence[at]!
  }
  sentence[kept] = nodes
  return kept
}

/**
 * parse-latin `mergeAffixSymbol`: closing quotes and brackets, and
 * terminal markers, that start a sentence move to the one before.
 */
function mergeAffixSymbol(text: string, classes: Uint8Array, raw: Int32Array, type: Uint8Array, node: Int32Array, sentence: Int32Array, sentences: number): void {
  for (let at = 1; at < sentences; at++) {
    const end = sentence[at + 1]!
    let start = sentence[at]!
    while (start < end && type[start] === PUNCTUATION && (classes[text.charCodeAt(raw[node[start]!]!)]! & AFFIX) !== 0) start++
    sentence[at] = start
  }
}

/**
 * parse-latin `mergeInitialLowerCaseLetterSentences`: a sentence whose
 * first word, before any punctuation, starts lower-case joins the one
 * before.
 */
function mergeInitialLowerCaseLetterSentences(
  text: string,
  classes: Uint8Array,
  raw: Int32Array,
  type: Uint8Array,
  node: Int32Array,
  sentence: Int32Array,
  sentences: number,
  nodes: number
): number {
  let kept = sentences > 0 ? 1 : 0
  for (let at = 1; at < sentences; at++) {
    const start = sentence[at]!
    const end = sentence[at + 1]!
    let join = false
    for (let child = start; child < end; child++) {
      const kind = type[child]!
      if (kind === WHITE_SPACE) continue
      if (kind === WORD) join = (classes[text.charCodeAt(raw[node[child]!]!)]! & LOWER_INITIAL) !== 0
      break
    }
    if (!join) sentence[kept++] = start
  }
  sentence[kept] = nodes
  return kept
}

/**
 * parse-latin `mergeInitialDigitSentences`: a sentence whose first node is
 * a word starting with an ASCII digit joins the one before.
 */
function mergeInitialDigitSentences(text: string, raw: Int32Array, type: Uint8Array, node: Int32Array, sentence: Int32Array, sentences: number, nodes: number): number {
  let kept = sentences > 0 ? 1 : 0
  for (let at = 1; at < sentences; at++) {
    const start = sentence[at]!
    if (start < sentence[at + 1]! && type[start] === WORD) {
      const code = text.charCodeAt(raw[node[start]!]!)
      if (code >= 0x30 && code <= 0x39) continue
    }
    sentence[kept++] = start
  }
  sentence[kept] = nodes
  return kept
}

/**
 * parse-latin `mergePrefixExceptions`: a sentence ending in a full stop
 * after a number of up to three digits, a single letter, or a Latin
 * abbreviation keeps the full stop in that word and joins the next.
 */
function mergePrefixExceptions(text: string, raw: Int32Array, type: Uint8Array, node: Int32Array, sentence: Int32Array, sentences: number, nodes: number): number {
  let kept = 0
  let at = 0
  while (at < sentences) {
    const start = sentence[at]!
    let last = at
    for (;;) {
      const stop = sentence[last + 1]! - 1
      if (stop > start && type[stop] === PUNCTUATION && isSingle(text, raw, node[stop]!, FULL_STOP)) {
        let word = stop - 1
        while (word > start && type[word] === JOINS_PREVIOUS) word--
        if (type[word] === WORD && isPrefixAbbreviation(text, raw[node[word]!]!, raw[node[stop]!]!)) {
          type[stop] = JOINS_PREVIOUS
          if (last + 1 < sentences) {
            last++
            continue
          }
        }
      }
      break
    }
    sentence[kept++] = start
    at = last + 1
  }
  sentence[kept] = nodes
  return kept
}

/**
 * parse-latin `mergeAffixExceptions`: a sentence whose first punctuation,
 * before any word, is `,` or `;` joins the one before.
 */
function mergeAffixExceptions(text: string, raw: Int32Array, type: Uint8Array, node: Int32Array, sentence: Int32Array, sentences: number, nodes: number): number {
  let kept = sentences > 0 ? 1 : 0
  for (let at = 1; at < sentences; at++) {
    const start = sentence[at]!
    const end = sentence[at + 1]!
    let join = false
    for (let child = start; child < end; child++) {
      const kind = type[child]!
      if (kind === WHITE_SPACE) continue
      if (kind === PUNCTUATION || kind === SYMBOL) {
        join = isSingle(text, raw, node[child]!, COMMA) || isSingle(text, raw, node[child]!, SEMICOLON)
      }
      break
    }
    if (!join) sentence[kept++] = start
  }
  sentence[kept] = nodes
  return kept
}

/**
 * parse-latin `mergeRemainingFullStops`: in each sentence, every full stop
 * but the last terminal marker joins the word before it (unless white
 * space and another full stop follow), else the word after it. The last
 * terminal marker is left alone only when no word follows it in the
 * sentence. Only marks can be full stops, so this walks each sentence's
 * marks, from its last to its first, as parse-latin walks its nodes.
 */
function mergeRemainingFullStops(
  text: string,
  raw: Int32Array,
  type: Uint8Array,
  node: Int32Array,
  marks: Int32Array,
  sentence: Int32Array,
  sentences: number
): void {
  let first = 0
  for (let at = 0; at < sentences; at++) {
    const start = sentence[at]!
    const end = sentence[at + 1]!
    // This sentence's marks are `marks[first]` to `marks[after - 1]`.
    while (marks[first]! < start) first++
    let after = first
    while (marks[after]! < end) after++
    let found = false
    for (let index = after - 1; index >= first; index--) {
      const child = marks[index]!
      if (type[child] !== PUNCTUATION) continue
      const token = node[child]!
      if (!isTerminal(text.charCodeAt(raw[token]!))) continue
      if (!found) {
        found = true
        if (!hasWord(type, child + 1, end)) continue
      }
      if (!isSingle(text, raw, token, FULL_STOP)) continue
      const previous = child > start ? type[child - 1]! : -1
      if (previous === WORD || previous === JOINS_PREVIOUS) {
        if (child + 2 < end && type[child + 1] === WHITE_SPACE && type[child + 2] === PUNCTUATION && isSingle(text, raw, node[child + 2]!, FULL_STOP)) {
          continue
        }
        type[child] = JOINS_PREVIOUS
      } else if (child + 1 < end && type[child + 1] === WORD) {
        type[child] = JOINS_NEXT
      }
    }
    first = after
  }
}

/** A word token that is `w` or `W` (parse-english: `w/` for “with”). */
function isWordW(text: string, raw: Int32Array, token: number): boolean {
  return raw[token + 1]! - raw[token]! === 1 && (text.charCodeAt(raw[token]!) | 0x20) === 0x77
}

/** parse-english `elisionPrefix`, `^(ol?)$` lower-cased: `o'`, `ol'`. */
function isElisionPrefix(text: string, start: number, end: number): boolean {
  if ((text.charCodeAt(start) | 0x20) !== 0x6f) return false
  return end - start === 1 || (end - start === 2 && (text.charCodeAt(start + 1) | 0x20) === 0x6c)
}

/**
 * parse-english `elisionAffix`, lower-cased:
 * `^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$`.
 */
function isElisionAffix(text: string, start: number, end: number): boolean {
  const size = end - start
  if (size < 2 || size > 5) return false
  const first = text.charCodeAt(start)
  if (first >= 0x30 && first <= 0x39) {
    const second = text.charCodeAt(start + 1)
    if (second < 0x30 || second > 0x39) return false
    return size === 2 || (size === 3 && (text.charCodeAt(start + 2) | 0x20) === 0x73)
  }
  return ELISION_AFFIXES.includes(lowerAscii(text, start, end))
}

const ELISION_AFFIXES = ['twere', 'twas', 'tis', 'cause', 'em', 'er', 'im']

/** ASCII letters lower-cased; anything else as `\0`, which none of the affixes holds. */
function lowerAscii(text: string, start: number, end: number): string {
  let value = ''
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    const lower = code | 0x20
    value += lower >= 0x61 && lower <= 0x7a ? String.fromCharCode(lower) : '\0'
  }
  return value
}

/** parse-latin `wordSymbolInner`: `^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$`. */
function isInnerWordSymbol(text: string, raw: Int32Array, token: number): boolean {
  const code = text.charCodeAt(raw[token]!)
  if (code === UNDERSCORE) return true
  if (raw[token + 1]! - raw[token]! !== 1) return false
  switch (code) {
    case AMPERSAND:
    case APOSTROPHE:
    case HYPHEN:
    case FULL_STOP:
    case 0x3a:
    case 0x3d:
    case 0x3f:
    case 0x40:
    case 0xad:
    case 0xb7:
    case 0x20_10:
    case 0x20_11:
    case RIGHT_SINGLE_QUOTE:
    case 0x20_27: {
      return true
    }
    default: {
      return false
    }
  }
}

/**
 * parse-latin `mergeInitialisms`, for the word made of tokens
 * `first` to `end` (exclusive) and a following full stop: from the end,
 * single characters alternate with full stops (`U.S`, `a.b.c`) up to the
 * start or an earlier token that is not a full stop, and not all of those
 * characters are numerical.
 */
function isInitialism(text: string, raw: Int32Array, classes: Uint8Array, first: number, end: number): boolean {
  const children = end - first
  let allDigits = true
  for (let position = children - 1; position >= 0; position--) {
    const token = first + position
    const size = raw[token + 1]! - raw[token]!
    if ((position & 1) === 0) {
      if (size > 1) return false
      if ((classes[text.charCodeAt(raw[token]!)]! & NUMERICAL) === 0) allDigits = false
    } else if (size !== 1 || text.charCodeAt(raw[token]!) !== FULL_STOP) {
      if (position < children - 2) break
      return false
    }
  }
  return !allDigits
}

function isEnglishAbbreviation(text: string, start: number, end: number): boolean {
  if (end - start > 9) return false
  const value = text.slice(start, end)
  return ENGLISH_ABBREVIATION.test(value.toLowerCase()) || ENGLISH_ABBREVIATION_SENSITIVE.test(value)
}

function isPrefixAbbreviation(text: string, start: number, end: number): boolean {
  if (end - start > 4) return false
  return PREFIX_ABBREVIATION.test(text.slice(start, end).toLowerCase())
}
