// `npm start` without the Electron binary: the browser-mode server (the real main services, the
// real adapters, a temp data folder) with the built renderer in a Chromium on a persistent
// profile, opened the way `npm start` opens it (the forwarding page in the data folder).
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from '../../electron/browser-mode/browser-mode';
import { writeStartPage } from '../../electron/browser-mode/start-page';
import { demoAnchorCustomerName } from '../../shared/demo/demo-data';
import { createFakeClock } from '../host/fake-clock';
import { builtPacketWorker, builtRendererDir, repoRoot } from '../host/paths';
import { expect, test, chromiumPath } from './fixtures';
import { goToCustomerList, openCustomerBySearch } from './support/app-steps';
import { completeSetup, e2eOffice } from './support/first-run-setup';
import { importScreen, qboWeek1 } from './support/import-steps';
import { setTestNow } from './support/test-clock';

const bridgeScriptFile = path.join(repoRoot, 'out', 'browser-mode', 'bridge.js');
const newCustomer = 'Lakeside Bakery Supply';

test('browser mode: the window says so, demo data shows, records survive a reload and a restart, saves download, files open through the picker', async ({
  runtime,
  now,
  browserTimeZone,
}) => {
  test.skip(runtime !== 'chromium', 'Browser mode is what runs without Electron; the chromium project covers it.');
  test.setTimeout(120_000);
  expect(existsSync(bridgeScriptFile), `${bridgeScriptFile} is missing: run \`npm run build\` first.`).toBe(true);
  setTestNow(now);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'call-desk-browser-mode-data-'));
  const profileDir = await mkdtemp(path.join(tmpdir(), 'call-desk-browser-mode-profile-'));
  // Main stands at the test's instant, as the browser's clock starts there.
  const clock = createFakeClock({ start: now });
  const start = (port: number) =>
    startBrowserMode({
      dataDir,
      rendererDir: builtRendererDir,
      bridgeScriptFile,
      packageJsonFile: path.join(repoRoot, 'package.json'),
      packetWorkerFile: builtPacketWorker,
      port,
      chromiumPath,
      say: () => {},
      warn: (message) => console.warn(`[browser mode] ${message}`),
      clock,
    });

  let mode: BrowserMode | null = await start(0);
  let context: BrowserContext | null = null;
  const openWindow = async (running: BrowserMode): Promise<Page> => {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check'],
      viewport: { width: 1280, height: 800 },
      timezoneId: browserTimeZone,
      acceptDownloads: true,
    });
    await context.clock.install({ time: new Date(now).getTime() });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(await writeStartPage(dataDir, running.url));
    await page.waitForURL(`${running.origin}/**`);
    return page;
  };

  try {
    let page = await openWindow(mode);
    await completeSetup(page, e2eOffice, 'demo');
    // The key went from the address to this window's storage, so it is in no history or bookmark.
    expect(page.url()).not.toContain('call-desk-key');

    const note = page.getByRole('banner').getByRole('button', { name: 'Running in browser mode' });
    await expect(note).toBeVisible();
    await note.click();
    const about = page.getByRole('dialog', { name: 'Running in browser mode' });
    await expect(about).toContainText(path.join(dataDir, 'exports'));
    await about.getByRole('button', { name: 'Close' }).click();

    await openCustomerBySearch(page, demoAnchorCustomerName);

    await goToCustomerList(page);
    await page.getByRole('button', { name: 'New customer' }).click();
    const form = page.getByRole('dialog', { name: 'New customer' });
    await form.getByRole('textbox', { name: 'Legal name' }).fill(newCustomer);
    await form.getByRole('button', { name: 'Save customer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: newCustomer })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: newCustomer })).toBeVisible({ timeout: 30_000 });
    // After the reload the page still has the key: main answers it.
    await expect(note).toBeVisible();

    // A save goes into the exports folder and the browser downloads it.
    await page.getByRole('link', { name: 'Settings' }).click();
    const backups = page.getByRole('region', { name: 'Backups' });
    const downloading = page.waitForEvent('download');
    await backups.getByRole('button', { name: 'Back up now…' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^Call Desk backup .*\.cdbackup$/);
    await expect(backups.getByRole('status').filter({ hasText: 'Backup saved to' })).toContainText(path.join(dataDir, 'exports'));
    expect(await readdir(path.join(dataDir, 'exports'))).toEqual([download.suggestedFilename()]);

    // Opening a file uses the browser's picker; main reads what the page sent.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    const choosing = page.waitForEvent('filechooser');
    await importScreen(page).getByRole('button', { name: 'Choose a file…' }).click();
    await (await choosing).setFiles(qboWeek1);
    await expect(importScreen(page).getByRole('heading', { name: 'Recognised: QuickBooks Online — A/R Aging Detail' })).toBeVisible({
      timeout: 30_000,
    });

    // A restart: a new run has a new key, on the same port, so the same origin and the same records.
    const port = mode.port;
    await (context as BrowserContext | null)?.close();
    context = null;
    await mode.stop();
    mode = null;
    mode = await start(port);
    page = await openWindow(mode);
    await openCustomerBySearch(page, newCustomer, newCustomer);
  } finally {
    await (context as BrowserContext | null)?.close();
    await mode?.stop();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
    await rm(profileDir, { recursive: true, force: true, maxRetries: 3 });
  }
});
