// Whether the browser consumer test can run, and what to say when it cannot.
// On a machine without Chromium (a fresh clone, `npm ci && npm test`) the
// test is skipped with a one-line notice; in CI (`CI` set, as CI services
// and .ci/run set it) a missing browser is a failure, so it is never
// skipped unnoticed.
import {existsSync} from 'node:fs'

/** Where the browser test looks for Chromium, and whether it runs. */
export interface ChromiumCheck {
  /** `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
  path: string
  found: boolean
  /** `CI` is set (to anything but `0` or `false`): a missing browser fails the run. */
  required: boolean
  /** Skip the test: no browser, and not in CI. */
  skip: boolean
  /** The one-line notice for a skip, or the error for a missing browser in CI. */
  message: string
}

/**
 * Decide for an environment.
 *
 * @param env
 *   The process's environment (`CHROMIUM_PATH`, `CI`).
 * @param exists
 *   Whether a path exists (for tests of this function).
 */
export function checkChromium(env: Record<string, string | undefined>, exists: (path: string) => boolean = existsSync): ChromiumCheck {
  const path = env.CHROMIUM_PATH || '/usr/bin/chromium'
  const found = exists(path)
  const required = env.CI !== undefined && env.CI !== '' && !/^(?:0|false)$/i.test(env.CI)
  const how = "install Debian's chromium (apt-get install -y --no-install-recommends chromium, as .ci/run does) or set CHROMIUM_PATH to a Chromium binary"
  const message = required
    ? `Chromium is missing at ${path} and CI is set, so the browser test cannot be skipped: ${how}.`
    : `Skipped the browser consumer test: no Chromium at ${path}; to run it, ${how}.`
  return {path, found, required, skip: !found && !required, message}
}
