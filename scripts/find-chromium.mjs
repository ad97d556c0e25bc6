// Finds a Chromium-family browser for the end-to-end tests, the benchmark and `npm start`'s
// browser mode, in one order on every platform: the CALLDESK_CHROMIUM variable, Playwright's own
// Chromium when it has been downloaded, then Chrome, Edge or Chromium where their installers put
// them. Everything the search looks at is passed in, so the unit tests can play any machine.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

export const chromiumVariable = 'CALLDESK_CHROMIUM';

/** The one line the e2e run and the benchmark stop with when no browser is found. */
export const noChromiumInstruction =
  'No Chromium-family browser found: install Google Chrome, Microsoft Edge or Chromium (or run `npx playwright install chromium`), ' +
  `or set ${chromiumVariable} to the browser's program file.`;

/**
 * Where each platform's installers put the browsers, best first.
 * @param {string} platform process.platform
 * @param {Record<string, string | undefined>} env
 * @param {string} home the user's home folder
 * @returns {string[]}
 */
export function usualChromiumPaths(platform, env, home) {
  if (platform === 'darwin') {
    const bundles = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
    return [
      ...bundles.map((bundle) => path.posix.join('/Applications', bundle)),
      ...bundles.map((bundle) => path.posix.join(home, 'Applications', bundle)),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.ProgramFiles ?? 'C:\\Program Files', env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', env.LOCALAPPDATA].filter(
      (root) => typeof root === 'string' && root !== '',
    );
    const programs = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
      'Chromium\\Application\\chrome.exe',
    ];
    return programs.flatMap((program) => roots.map((root) => path.win32.join(root, program)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
  ];
}

/**
 * @typedef {{ path: string, source: 'variable' | 'playwright' | 'system' } | { path: null, problem: string }} ChromiumSearch
 * @typedef {{
 *   env?: Record<string, string | undefined>,
 *   platform?: string,
 *   home?: string,
 *   fileExists?: (file: string) => boolean,
 *   playwrightChromium?: () => string | null,
 * }} ChromiumSearchOptions
 */

/** Playwright's own Chromium, where @playwright/test is installed (it may not have downloaded it). */
function playwrightChromiumPath() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('@playwright/test');
    return chromium.executablePath() || null;
  } catch {
    return null;
  }
}

/**
 * @param {ChromiumSearchOptions} [options]
 * @returns {ChromiumSearch}
 */
export function findChromium(options = {}) {
  const {
    env = process.env,
    platform = process.platform,
    home = os.homedir(),
    fileExists = existsSync,
    playwrightChromium = playwrightChromiumPath,
  } = options;

  const chosen = env[chromiumVariable];
  if (chosen !== undefined && chosen.trim() !== '') {
    // Named on purpose: a wrong path is a mistake to report, not a reason to pick another browser.
    if (fileExists(chosen.trim())) return { path: chosen.trim(), source: 'variable' };
    return {
      path: null,
      problem: `${chromiumVariable} is set to "${chosen}", but there is no file there: set it to the browser's program file, or unset it.`,
    };
  }

  const bundled = playwrightChromium();
  if (bundled && fileExists(bundled)) return { path: bundled, source: 'playwright' };

  const installed = usualChromiumPaths(platform, env, home).find((file) => fileExists(file));
  if (installed) return { path: installed, source: 'system' };
  return { path: null, problem: noChromiumInstruction };
}

/**
 * The browser's path, or an Error carrying the one line that says what to do.
 * @param {ChromiumSearchOptions} [options]
 * @returns {string}
 */
export function requireChromium(options) {
  const found = findChromium(options);
  if (found.path === null) throw new Error(found.problem);
  return found.path;
}
