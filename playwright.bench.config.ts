// `npm run bench`: the benchmark runs as one long Playwright test so it drives the real built
// app in Debian's Chromium. It measures and reports; it never passes or fails on speed.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/bench',
  testMatch: '*.bench.ts',
  workers: 1,
  retries: 0,
  timeout: 30 * 60_000,
  reporter: [['list']],
  outputDir: 'test-results/bench',
});
