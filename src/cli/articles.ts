import type {Article} from '../types.js'
import {splitDumpStream} from '../split/stream.js'
import type {InputSource} from './source.js'

/**
 * The articles of one input, split as a stream (the text is never held
 * whole; the articles are).
 *
 * @param source
 *   The input.
 * @param onArticle
 *   Called with the count as each article is found (for progress).
 * @returns
 *   Its articles, in order.
 */
export async function collectArticles(source: InputSource, onArticle?: (count: number) => void): Promise<Article[]> {
  const articles: Article[] = []
  for await (const event of splitDumpStream(() => source.open())) {
    if (event.type !== 'article') continue
    articles.push(event.article)
    onArticle?.(articles.length)
  }
  return articles
}
