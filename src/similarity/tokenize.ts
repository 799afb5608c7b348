// The fast word tokenizer lives in `tokenize/`, one step per file; this
// path is what the rest of the library imports.
export {forEachWord, words} from './tokenize/index.js'
