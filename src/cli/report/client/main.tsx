// The report page's script: read the data the command wrote into the page
// and draw it.
import {render} from 'preact'
import {DATA_ELEMENT_ID, type ReportData} from '../model.js'
import {App} from './app.js'
import {plural} from './format.js'
import {indexReport} from './lookups.js'
import './styles.css'

const root = document.getElementById('app')!
try {
  const text = document.getElementById(DATA_ELEMENT_ID)?.textContent
  if (!text) throw new Error('the page holds no data')
  const data = JSON.parse(text) as ReportData
  if (data.version !== 1) throw new Error(`its data is of version ${String(data.version)}; this page reads version 1`)
  document.title = `News report: ${plural(data.dumps.length, 'dump')}, ${plural(data.clusters.length, 'story', 'stories')}`
  render(<App report={indexReport(data)} />, root)
  document.body.dataset.status = 'ready'
} catch (error) {
  render(<p class="failure">This report could not be drawn: {error instanceof Error ? error.message : String(error)}</p>, root)
  document.body.dataset.status = 'error'
}
