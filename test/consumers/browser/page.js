// A browser consumer: bundled with esbuild for the browser, then run in a page.
import {nlcstWords, similarity, splitDump} from 'newsdump'
import scenario from './scenario.json'

const output = document.getElementById('result')

try {
  const dump = splitDump(scenario.dump, {reference: scenario.reference})
  output.textContent = JSON.stringify({
    dump,
    same: similarity(scenario.story, scenario.story),
    excerpt: similarity(scenario.story, scenario.excerpt, {explain: true}),
    unrelated: similarity(scenario.story, scenario.unrelated),
    words: nlcstWords(scenario.excerpt)
  })
  document.body.dataset.status = 'done'
} catch (error) {
  output.textContent = String(error && error.stack ? error.stack : error)
  document.body.dataset.status = 'failed'
}
