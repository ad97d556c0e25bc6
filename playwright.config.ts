// End-to-end tests: the built renderer in Debian's Chromium with the test host as main, and
// the same specs in real Electron where its binary exists. `npm run build` must run first.
import { defineConfig, type Project } from '@playwright/test';
import { findElectronBinary } from './scripts/electron-binary.mjs';
import type { FixtureOptions } from './test/e2e/fixtures';

const electron = findElectronBinary();
const isMainRunner = process.env.TEST_WORKER_INDEX === undefined; // workers load this file too

const projects: Project<FixtureOptions>[] = [{ name: 'chromium', use: { runtime: 'chromium' } }];
if (electron.path !== null) {
  projects.push({ name: 'electron', use: { runtime: 'electron' } });
} else if (isMainRunner) {
  console.info(`[e2e] Electron project not run: ${electron.reason}.`);
}

export default defineConfig<FixtureOptions>({
  testDir: 'test/e2e',
  workers: 2,
  retries: 0,
  timeout: 60_000,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  projects,
});
