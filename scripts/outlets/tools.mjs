// The runtime's own functions, bundled from src/ with esbuild in memory, so
// that the build files names exactly as `normalizeOutlet` looks them up and
// the evaluation measures the code that ships.
import {build} from 'esbuild'
import {fileURLToPath} from 'node:url'

/** Bundle a module of re-exports from src/ and import it. */
async function bundle(contents) {
  const result = await build({
    stdin: {contents, resolveDir: fileURLToPath(new URL('../..', import.meta.url)), loader: 'ts'},
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent'
  })
  return import('data:text/javascript;base64,' + Buffer.from(result.outputFiles[0].text).toString('base64'))
}

/** `outletKey`, `outletSlug`, `registrableDomain` and `parseHostname`. */
export function loadOutletTools() {
  return bundle(
    "export {outletKey, outletSlug} from './src/outlet/outlet-key.ts'\n" +
      "export {registrableDomain, parseHostname} from './src/outlet/hostname.ts'\n"
  )
}

/** `normalizeOutlet`, `matchOutlet` and `registryFromRecords`. */
export function loadOutletRuntime() {
  return bundle(
    "export {normalizeOutlet, matchOutlet} from './src/outlet/normalize-outlet.ts'\n" +
      "export {registryFromRecords} from './src/outlet/registry.ts'\n"
  )
}
