// The report's HTML file: a fixed shell, the page's data as JSON in a
// non-executed script element, and the page's script and styles inlined,
// so the file needs nothing else (no network, works from disk).
//
// Dump text reaches the file only inside the JSON, escaped so that no
// character of it can end the element or start markup (`<`, `>`, `&` as
// \u escapes), and so that the JSON stays valid JavaScript source too
// (U+2028, U+2029). The page's script turns it into DOM nodes through
// preact, as text and attribute values, never as markup. A Content
// Security Policy allows only the inlined script and styles, by hash: even
// markup smuggled past the escaping could not run or load anything.
import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import type {Output} from '../io.js'
import {DATA_ELEMENT_ID, type ReportData} from './model.js'

/** The page's script and styles, built into dist/ beside the command (see tsup.config.ts). */
const ASSETS = {script: 'report-page.js', styles: 'report-page.css'} as const

/** What the page is built from: its script and its styles. */
export interface PageAssets {
  script: string
  styles: string
}

/**
 * Read the page's script and styles from beside the command.
 *
 * @returns
 *   Their text.
 * @throws {Error}
 *   When they are missing (a build without them) or could end their element.
 */
export async function loadPageAssets(): Promise<PageAssets> {
  const [script, styles] = await Promise.all(
    [ASSETS.script, ASSETS.styles].map(async (name) => {
      try {
        return await readFile(new URL(`./${name}`, import.meta.url), 'utf8')
      } catch (error) {
        throw new Error(`the report page's ${name} is missing beside the command (${error instanceof Error ? error.message : String(error)}): rebuild with \`npm run build\``)
      }
    })
  )
  // Both are ours, built by esbuild (which writes `</script` in strings as
  // `<\/script`); checked all the same, as an inlined asset that could end
  // its element would break every report.
  if (/<\/script|<!--/i.test(script!)) throw new Error(`the report page's ${ASSETS.script} holds </script or <!--: it cannot be inlined`)
  if (/<\/style|<!--/i.test(styles!)) throw new Error(`the report page's ${ASSETS.styles} holds </style or <!--: it cannot be inlined`)
  return {script: script!, styles: styles!}
}

// Characters escaped in JSON inside a script element: markup (`<`, `>`,
// `&`), the two line terminators JavaScript did not allow in strings, and
// the C1 controls and noncharacters HTML calls parse errors. JSON.stringify
// already escapes C0 controls and lone surrogates.
const SCRIPT_UNSAFE = /[<>&\u007f-\u009f\u2028\u2029\ufdd0-\ufdef\ufffe\uffff]/g

/**
 * A value as JSON that can stand inside `<script type="application/json">`
 * and be read back exactly with `JSON.parse(element.textContent)`.
 *
 * @param value
 *   Any JSON value.
 * @returns
 *   JSON with `<`, `>`, `&`, U+2028, U+2029, C1 controls and noncharacters as `\u` escapes.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(SCRIPT_UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** `'sha256-…'`, as a Content Security Policy names an inline element's text. */
function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * Write the report page: the shell, then the data piece by piece (a day of
 * dumps is many megabytes: no one string holds it all), then the script.
 *
 * @param out
 *   Where to write.
 * @param data
 *   The page's data.
 * @param assets
 *   Its script and styles (`loadPageAssets`).
 */
export async function writeReportPage(out: Output, data: ReportData, assets: PageAssets): Promise<void> {
  const policy = [
    "default-src 'none'",
    `script-src ${cspHash(assets.script)}`,
    `style-src ${cspHash(assets.styles)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'"
  ].join('; ')
  await out.write(
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
      `<meta http-equiv="Content-Security-Policy" content="${policy}">\n` +
      `<meta name="generator" content="${data.generator.replace(/[^\w .-]/g, '')}">\n` +
      '<title>newsdump report</title>\n' +
      `<style>${assets.styles}</style>\n</head>\n<body>\n` +
      '<noscript><p>This report is drawn by the script inside it: open it in a browser with JavaScript on.</p></noscript>\n' +
      '<div id="app"></div>\n' +
      `<script type="application/json" id="${DATA_ELEMENT_ID}">`
  )
  const {articles, clusters, duplicates, dumps, ...head} = data
  await out.write(jsonForScript(head).slice(0, -1))
  for (const [name, list] of [
    ['dumps', dumps],
    ['articles', articles],
    ['clusters', clusters],
    ['duplicates', duplicates]
  ] as const) {
    await out.write(`,"${name}":[`)
    for (const [index, item] of (list as readonly unknown[]).entries()) await out.write((index === 0 ? '' : ',') + jsonForScript(item))
    await out.write(']')
  }
  await out.write(`}</script>\n<script>${assets.script}</script>\n</body>\n</html>\n`)
}
