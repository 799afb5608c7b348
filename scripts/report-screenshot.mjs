// Rebuild docs/report.png, the README's picture of `newsdump report`: the
// report for fixtures/ in headless Chromium, the Ukraine story open, two of
// its items side by side. Needs dist/ (`npm run build`) and Chromium
// (CHROMIUM_PATH, else /usr/bin/chromium).
//
//   npm run build && node scripts/report-screenshot.mjs
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium} from 'playwright-core'

const root = fileURLToPath(new URL('..', import.meta.url))
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
if (!existsSync(executablePath)) {
  console.error(`scripts/report-screenshot.mjs: no Chromium at ${executablePath}; set CHROMIUM_PATH.`)
  process.exit(1)
}
const folder = mkdtempSync(join(tmpdir(), 'newsdump-report-screenshot-'))
try {
  const report = join(folder, 'report.html')
  // Relative names, as a user in the repository would type them.
  execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'report', '--reference', '2025-07-23T14:00:00Z', '-o', report, 'fixtures'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']})
  const browser = await chromium.launch({executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']})
  try {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}})
    await page.goto(pathToFileURL(report).href)
    await page.waitForSelector('body[data-status=ready]')
    // The story of the seeds' wire copies: Reuters, The Guardian and SBS.
    const heads = await page.locator('.stories > li .headline').allTextContents()
    const index = heads.findIndex((head) => /ceasefire/i.test(head)) + 1
    if (index === 0) throw new Error('no Ukraine story in the report for fixtures/')
    await page.click('#story-1 .story-head')
    await page.click(`#story-${index} .story-head`)
    const sides = await page.locator(`#story-${index} .sides`).boundingBox()
    await page.screenshot({path: join(root, 'docs', 'report.png'), fullPage: true, clip: {x: 0, y: 0, width: 1200, height: Math.round(sides.y + 420)}})
  } finally {
    await browser.close()
  }
  console.log('docs/report.png')
} finally {
  rmSync(folder, {recursive: true, force: true})
}
