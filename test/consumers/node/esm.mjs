// An ESM consumer: `import` from the installed package, as a Node script would.
import {readFileSync} from 'node:fs'
import {nlcstWords, similarity, splitDump} from 'newsdump'

const scenario = JSON.parse(readFileSync(new URL('scenario.json', import.meta.url), 'utf8'))
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
