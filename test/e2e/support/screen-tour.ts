// A walk through every main screen and dialog on the demo data, written once for the specs
// that check each of them (layout at several window sizes, accessibility in both themes).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { TestHost } from '../../host/test-host';
import { demoAnchorCustomerName } from '../../../shared/demo/demo-data';
import { openCustomerBySearch } from './app-steps';
import { pngFile } from './document-files';
import { repoRoot } from '../../host/paths';

/** A real QuickBooks Online aging export, read and previewed (never applied) on the tour. */
const importTourFile = 'test/fixtures/import/quickbooks-online/ar-aging-detail-2026-11-23.csv';

export type StopKind = 'screen' | 'dialog';

export interface TourStop {
  name: string;
  kind: StopKind;
  /** The screen's <main> or the open dialog. */
  root: Locator;
}

export type Visit = (stop: TourStop) => Promise<void>;

function nav(page: Page, name: string | RegExp): Locator {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
}

async function screen(page: Page, visit: Visit, name: string, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await visit({ name, kind: 'screen', root: page.getByRole('main') });
}

async function dialog(page: Page, visit: Visit, name: string, open: () => Promise<void>, title: string | RegExp): Promise<void> {
  await open();
  const root = page.getByRole('dialog', { name: title });
  await expect(root).toBeVisible();
  await visit({ name, kind: 'dialog', root });
  await page.keyboard.press('Escape');
  await expect(root).toBeHidden();
}

/** Attaches a picture to the open customer file, visiting the attach, viewer and remove dialogs. */
async function visitDocumentDialogs(page: Page, visit: Visit): Promise<void> {
  const region = page.getByRole('region', { name: 'Documents', exact: true });
  const chooser = page.waitForEvent('filechooser');
  await region.getByRole('button', { name: 'Attach files…' }).click();
  await (await chooser).setFiles([pngFile('tour-photo.png')]);
  const attach = page.getByRole('dialog', { name: 'Attach documents' });
  await expect(attach).toBeVisible();
  await visit({ name: 'attach documents', kind: 'dialog', root: attach });
  await attach.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(attach).toBeHidden();
  await dialog(page, visit, 'document viewer', () => region.getByRole('button', { name: 'Open tour-photo.png' }).click(), 'tour-photo.png');
  await dialog(
    page,
    visit,
    'remove document',
    () => region.getByRole('button', { name: 'Remove tour-photo.png' }).click(),
    'Remove document',
  );
}

/**
 * Starts on a freshly launched app (demo data) and leaves a call open at the end. With the test
 * host, the tour also makes a backup so that the restore dialog, which needs a file, is visited.
 */
export async function tourMainScreens(page: Page, visit: Visit, host?: TestHost): Promise<void> {
  const button = (name: string | RegExp) => page.getByRole('button', { name });

  // The first start loads the demo data; on a busy machine that takes a while.
  await expect(page.getByRole('listbox', { name: 'Customers' }).getByRole('option').first()).toBeVisible({ timeout: 30_000 });
  await screen(page, visit, 'customer list', 'Customers');
  await dialog(page, visit, 'new customer', () => button('New customer').click(), 'New customer');
  await dialog(page, visit, 'keyboard shortcuts', () => page.keyboard.press('F1'), 'Keyboard shortcuts');

  await openCustomerBySearch(page, 'Harbor Point');
  await screen(page, visit, 'customer file', demoAnchorCustomerName);
  await dialog(page, visit, 'new contact', () => button('Add contact').click(), 'New contact');
  await dialog(page, visit, 'new invoice', () => button('Add invoice').click(), 'New invoice');
  await dialog(page, visit, 'record payment', () => button('Record payment').click(), 'Record payment');
  await dialog(page, visit, 'add note', () => button('Add note').click(), 'Add note');
  await dialog(page, visit, 'place with agency', () => button('Place with agency…').click(), 'Place with agency');
  await visitDocumentDialogs(page, visit);
  await dialog(page, visit, 'correction', () => button('Add correction').first().click(), /correction/i);

  await nav(page, 'Promises').click();
  await screen(page, visit, 'promises', 'Promises');
  // Promises opens on a tab with something in it; its first row's account has an open promise.
  await page
    .getByRole('table', { name: /^Promises: / })
    .getByRole('link')
    .first()
    .click();
  await dialog(page, visit, 'confirmation email', () => button('Email confirmation').first().click(), 'Email confirmation');
  await nav(page, /^Follow-ups/).click();
  await screen(page, visit, 'follow-ups', 'Follow-ups');
  await dialog(
    page,
    visit,
    'snooze',
    () =>
      button(/^Snooze/)
        .first()
        .click(),
    /^Snooze /,
  );
  await nav(page, 'Dashboard').click();
  await screen(page, visit, 'dashboard', 'Dashboard');
  await nav(page, 'Export').click();
  await screen(page, visit, 'export', 'Export');
  await nav(page, 'Import').click();
  await screen(page, visit, 'import', 'Import from your books');
  if (host) {
    // Reading, the columns and the preview write nothing: the demo data stays as it is.
    host.dialogs.queueOpenPath(path.join(repoRoot, importTourFile));
    await button('Choose a file…').click();
    await expect(page.getByRole('heading', { name: /^Recognised: / })).toBeVisible({ timeout: 30_000 });
    await screen(page, visit, 'import columns', 'Import from your books');
    await button('Preview import').click();
    await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible({ timeout: 30_000 });
    await screen(page, visit, 'import preview', 'Import from your books');
    await button('Choose another file').click();
  }
  await nav(page, 'Scripts').click();
  await screen(page, visit, 'scripts', 'Call scripts');
  await page.getByRole('link', { name: 'First reminder' }).click();
  await screen(page, visit, 'built-in script', 'First reminder');
  await button('Duplicate and edit').click();
  await screen(page, visit, 'script editor', 'Edit: First reminder (our wording)');
  await nav(page, 'Settings').click();
  await screen(page, visit, 'settings', 'Settings');
  await dialog(page, visit, 'check for updates', () => button('Check for updates…').click(), 'Check for updates');
  if (host) {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'call-desk-tour-')), 'tour.cdbackup');
    host.dialogs.queueSavePath(file);
    await button('Back up now…').click();
    await expect(page.getByRole('status').filter({ hasText: 'Backup saved to' })).toBeVisible({ timeout: 30_000 });
    host.dialogs.queueOpenPath(file);
    await dialog(page, visit, 'restore from backup', () => button('Restore from backup…').click(), 'Restore from backup');
  }

  // The call, with its outcome form, and then another screen with the call still open.
  await nav(page, 'Customers').click();
  await openCustomerBySearch(page, 'Harbor Point');
  await button('Log a call').click();
  await screen(page, visit, 'call workspace', /^Call with/);
  await nav(page, 'Customers').click();
  await expect(page.getByRole('region', { name: 'Call in progress' })).toBeVisible();
  await screen(page, visit, 'customer list during a call', 'Customers');
}
