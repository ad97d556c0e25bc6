// Loading the app, cold and warm. Cold: the first page a freshly started browser loads after its
// HTTP cache and V8 code cache were emptied (what the first start after an install or an update
// pays). Warm: later loads in that browser, with the scripts cached and their compiled code
// reused. Each is read beside the same load of a blank page from the same origin.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

export interface LoadTimes {
  cold: number[];
  warm: number[];
  coldFloor: number[];
  warmFloor: number[];
}

export interface LoadBench {
  /** Starts the browser on the bench profile (with the test host attached). */
  launch(): Promise<BrowserContext>;
  profileDir: string;
  /** The served folder, where the blank floor page is written. */
  siteDir: string;
  origin: string;
  /** The app's page; '/index.html' unless another build is served beside it. */
  appPath?: string;
  /** The screen loaded; the customer list unless said. */
  route?: string;
  /** Resolves with performance.now() when the app's first screen is usable. */
  appReady(page: Page): Promise<number>;
}

/** The caches a first start has not filled yet; the profile's data (IndexedDB) stays. */
function emptyCaches(profileDir: string): void {
  for (const dir of ['Cache', 'Code Cache', 'GPUCache']) {
    rmSync(path.join(profileDir, 'Default', dir), { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * A full load of `url`. Going to the very URL the page is on (hash included) would only scroll
 * to the fragment, so the page leaves for about:blank first.
 */
async function load(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

const blankPageReady = (page: Page) => page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))));

async function firstLoad(
  bench: LoadBench,
  url: string,
  ready: (page: Page) => Promise<number>,
): Promise<{ ms: number; context: BrowserContext; page: Page }> {
  emptyCaches(bench.profileDir);
  const context = await bench.launch();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return { ms: await ready(page), context, page };
}

/**
 * `rounds` cold starts of the app (each followed by `warmLoads` reloads, the warm figures) and
 * as many of the blank page. The caller's own browser on the profile must be closed first.
 */
export async function timeLoads(bench: LoadBench, rounds: number, warmLoads: number): Promise<LoadTimes> {
  writeFileSync(path.join(bench.siteDir, 'floor.html'), '<!doctype html><title>floor</title><p>floor</p>');
  const appUrl = `${bench.origin}${bench.appPath ?? '/index.html'}${bench.route ?? '#/customers'}`;
  const floorUrl = `${bench.origin}/floor.html`;
  const times: LoadTimes = { cold: [], warm: [], coldFloor: [], warmFloor: [] };
  for (let round = 0; round < rounds; round++) {
    const app = await firstLoad(bench, appUrl, bench.appReady);
    times.cold.push(app.ms);
    try {
      for (let i = 0; i < warmLoads; i++) {
        await load(app.page, appUrl);
        times.warm.push(await bench.appReady(app.page));
      }
    } finally {
      await app.context.close();
    }
    const floor = await firstLoad(bench, floorUrl, blankPageReady);
    times.coldFloor.push(floor.ms);
    try {
      for (let i = 0; i < warmLoads; i++) {
        await load(floor.page, floorUrl);
        times.warmFloor.push(await blankPageReady(floor.page));
      }
    } finally {
      await floor.context.close();
    }
  }
  return times;
}
