// What every benchmark file starts from: a copy of the built app with the bench's seeding page
// beside it (one origin, so one IndexedDB), and a browser opened on it with the e2e tests' flags.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/fixtures';
import { builtRendererDir, repoRoot } from '../host/paths';
import type { TestHost } from '../host/test-host';

export const benchSiteDir = path.join(repoRoot, 'out', 'bench-site');

/** Copies the built renderer to benchSiteDir and builds the seeding page into its bench/ folder. */
export function buildBenchSite(): void {
  rmSync(benchSiteDir, { recursive: true, force: true, maxRetries: 3 });
  mkdirSync(benchSiteDir, { recursive: true });
  cpSync(builtRendererDir, benchSiteDir, { recursive: true });
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.bench.config.ts'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

/** A headless browser on `profileDir`, wired to `host`, on the seeding page once it is ready. */
export async function openBenchPage(host: TestHost, profileDir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
  });
  await host.attach(context);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => m.type() === 'error' && console.error(`[page] ${m.text()}`));
  await page.goto(`${host.origin}/bench/index.html`);
  await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
  return { context, page };
}
