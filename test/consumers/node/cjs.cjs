// A CommonJS consumer: `require` the installed package (its CJS build bundles
// the ESM-only dependencies).
const {nlcstWords, similarity, splitDump} = require('newsdump')
const scenario = require('./scenario.json')

const dump = splitDump(scenario.dump, {reference: scenario.reference})

console.log(
  JSON.stringify({
    dump,
    same: similarity(scenario.story, scenario.story),
    excerpt: similarity(scenario.story, scenario.excerpt, {explain: true}),
    unrelated: similarity(scenario.story, scenario.unrelated),
    words: nlcstWords(scenario.excerpt)
  })
)
