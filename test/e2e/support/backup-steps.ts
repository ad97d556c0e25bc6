// Steps in Settings → Backups that several specs take.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import type { TestHost } from '../../host/test-host';

export function backupsRegion(page: Page) {
  return page.getByRole('region', { name: 'Backups' });
}

export async function openBackups(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(backupsRegion(page).getByRole('heading', { name: 'Backups', exact: true })).toBeVisible();
  return backupsRegion(page);
}

/** "Back up now…" into `file`; resolves once the app says where it was saved. */
export async function backUpNow(page: Page, host: TestHost, file: string) {
  const backups = await openBackups(page);
  host.dialogs.queueSavePath(file);
  await backups.getByRole('button', { name: 'Back up now…' }).click();
  await expect(backups.getByRole('status').filter({ hasText: 'Backup saved to' })).toContainText(file);
  expect(existsSync(file)).toBe(true);
}

/** Waits for main to have written the automatic backup made after launch. */
export async function waitForAutomaticBackup(host: TestHost): Promise<string> {
  const folder = path.join(host.dataDir, 'backups');
  await expect
    .poll(async () => (existsSync(folder) ? (await readdir(folder)).filter((name) => name.endsWith('.cdbackup')) : []), { timeout: 15_000 })
    .toHaveLength(1);
  return folder;
}
