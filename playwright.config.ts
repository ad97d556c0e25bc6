// End-to-end tests: the built renderer in a Chromium-family browser with the test host as main,
// and the same specs in real Electron where its binary exists. `npm run build` must run first.
import { defineConfig, type Project } from '@playwright/test';
import { findElectronBinary } from './scripts/electron-binary.mjs';
import { findChromium } from './scripts/find-chromium.mjs';
import type { FixtureOptions } from './test/e2e/fixtures';

const electron = findElectronBinary();
const isMainRunner = process.env.TEST_WORKER_INDEX === undefined; // workers load this file too

// Every project drives a browser (the Electron one too, for its chromium twins): without one the
// run stops here with the one line that says what to install, not with a stack per spec.
const browser = findChromium();
if (browser.path === null && isMainRunner) {
  console.error(`[e2e] ${browser.problem}`);
  process.exit(1);
}

// The specs tagged @clock run again with the office's clock (America/Chicago) half an hour
// after and before its midnight, and the browser's own zone far from the office's on either
// side, so a test that mixes the machine's date with the office's fails here, at any hour.
const aroundTheClock: Project<FixtureOptions>[] = [
  { name: 'chromium, office 00:30, browser Honolulu', now: '2026-12-02T06:30:00.000Z', browserTimeZone: 'Pacific/Honolulu' },
  { name: 'chromium, office 23:30, browser Tokyo', now: '2026-12-02T05:30:00.000Z', browserTimeZone: 'Asia/Tokyo' },
].map(({ name, ...clock }) => ({ name, grep: /@clock/, use: { runtime: 'chromium', ...clock } }));

const projects: Project<FixtureOptions>[] = [{ name: 'chromium', use: { runtime: 'chromium' } }, ...aroundTheClock];
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
