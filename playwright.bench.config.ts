// `npm run bench`: the benchmark runs as one long Playwright test so it drives the real built
// app in a Chromium-family browser (scripts/find-chromium.mjs). It measures and reports; it
// never passes or fails on speed.
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

const browser = findChromium();
if (browser.path === null && process.env.TEST_WORKER_INDEX === undefined) {
  console.error(`[bench] ${browser.problem}`);
  process.exit(1);
}

export default defineConfig({
  testDir: 'test/bench',
  testMatch: '*.bench.ts',
  workers: 1,
  retries: 0,
  timeout: 30 * 60_000,
  reporter: [['list']],
  outputDir: 'test-results/bench',
});
