// Several agency packets at once: pick accounts on the Export screen, choose a folder (main's
// dialog), and one PDF per account is written there, with progress and a summary; Cancel stops
// after the file being written.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { formatMoney } from '../../shared/money/money';
import { expect, test } from './fixtures';
import { readStoredAccount } from './support/stored-records';
import { waitForMain } from './support/main-state';
import { pdfText as readPdfText } from '../support/pdf-reading';

const folders: string[] = [];
function packetFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'call-desk-bulk-'));
  folders.push(folder);
  return folder;
}
test.afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const pdfsIn = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.pdf'))
    .sort();
const pdfText = async (file: string) => (await readPdfText(file)).replace(/\s+/g, ' ');

async function openExportOver90(page: Page): Promise<string[]> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Export' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible();
  await page.getByRole('group', { name: 'Show accounts' }).getByRole('button', { name: 'Over 90 days past due' }).click();
  const names = page.getByRole('table').getByRole('rowheader').getByRole('link');
  await expect(names.first()).toBeVisible();
  return names.allTextContents();
}

test('exports three accounts into a chosen folder, one PDF each, and says what was written', async ({ app, host }) => {
  const page = await app.launch();
  const accounts = (await openExportOver90(page)).slice(0, 3);
  expect(accounts).toHaveLength(3);
  for (const name of accounts) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await expect(page.getByText('3 accounts selected')).toBeVisible();

  // Cancelling the folder dialog writes nothing.
  host.dialogs.queueFolder(null);
  await page.getByRole('button', { name: 'Export agency packets…' }).click();
  await expect.poll(() => host.dialogs.asked.filter((d) => d.kind === 'folder').length, waitForMain).toBe(1);
  await expect(page.getByRole('button', { name: 'Export agency packets…' })).toBeEnabled();
  await expect(page.getByRole('heading', { name: /Export (finished|stopped)/ })).toHaveCount(0);

  const folder = packetFolder();
  host.dialogs.queueFolder(folder);
  await page.getByRole('button', { name: 'Export agency packets…' }).click();
  const progress = page.getByRole('progressbar', { name: 'Packets written' });
  await expect(progress).toHaveAttribute('aria-valuetext', new RegExp(`^\\d of 3: (${accounts.join('|')})$`));

  const summary = page.getByRole('region', { name: 'Export finished' });
  await expect(summary).toBeVisible({ timeout: 45_000 });
  await expect(summary.getByRole('status')).toHaveText(`3 agency packets written to ${folder}.`);
  const written = summary.getByRole('list', { name: 'Packets written' }).getByRole('listitem');
  await expect(written).toHaveCount(3);

  const files = pdfsIn(folder);
  expect(files).toHaveLength(3);
  for (const [i, name] of accounts.entries()) {
    const file = files.find((f) => f.startsWith(name.replace(/[<>:"/\\|?*]/g, ' ')));
    expect(file, `a packet for ${name}`).toBeTruthy();
    await expect(written.nth(i)).toContainText(file!);
    expect(await pdfText(path.join(folder, file!))).toContain(name);
  }

  await summary.getByRole('button', { name: 'Show in folder' }).click();
  await expect
    .poll(() => host.shownInFolder.at(-1), waitForMain)
    .toBe(
      path.join(
        folder,
        files.find((f) => f.startsWith(accounts[0]!))!,
      ),
    );
  await summary.getByRole('button', { name: 'Done' }).click();
  await expect(summary).toBeHidden();
  await expect(page.getByText('0 accounts selected')).toBeVisible();
});

test("writes a customer statement for each chosen account, each with that account's own figures", async ({ app, host }) => {
  const page = await app.launch();
  const accounts = (await openExportOver90(page)).slice(0, 3);
  expect(accounts).toHaveLength(3);
  for (const name of accounts) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('radio', { name: 'Customer statement' }).check();

  const folder = packetFolder();
  host.dialogs.queueFolder(folder);
  await page.getByRole('button', { name: 'Export statements…' }).click();
  const summary = page.getByRole('region', { name: 'Export finished' });
  await expect(summary).toBeVisible({ timeout: 45_000 });
  await expect(summary.getByRole('status')).toHaveText(`3 statements written to ${folder}.`);
  await expect(summary.getByRole('list', { name: 'Statements written' }).getByRole('listitem')).toHaveCount(3);

  const files = pdfsIn(folder);
  expect(files).toHaveLength(3);
  for (const name of accounts) {
    const file = files.find((f) => f.startsWith(name.replace(/[<>:"/\\|?*]/g, ' ')));
    expect(file, `a statement for ${name}`).toMatch(/ - statement - \d{4}-\d{2}-\d{2}\.pdf$/);
    const text = await pdfText(path.join(folder, file!));
    expect(text).toContain('Statement of account');
    expect(text).toContain(name);
    // The account's own open invoices and balance, read from IndexedDB, not from the app.
    const stored = await readStoredAccount(page, name);
    const open = stored.invoices.filter((i) => i.status === 'open' && i.balanceMinor > 0);
    expect(open.length).toBeGreaterThan(0);
    for (const invoice of open) expect(text).toContain(invoice.number);
    const currency = open[0]!.currency;
    const total = open.filter((i) => i.currency === currency).reduce((sum, i) => sum + i.balanceMinor, 0);
    expect(text).toContain(formatMoney(total, currency, 'en-US'));
    // A statement is for the customer: none of the agency packet's sections.
    expect(text).not.toContain('Documented reason for non-payment');
  }
  expect(host.dialogs.asked.filter((d) => d.kind === 'folder')).toHaveLength(1);
});

test('the Export lists show their counts and say why Export is off with nothing selected', async ({ app }) => {
  const page = await app.launch();
  await openExportOver90(page);
  const over90 = page.getByRole('group', { name: 'Show accounts' }).getByRole('button', { name: /^Over 90 days past due/ });
  const rows = page.getByRole('table').getByRole('rowheader');
  await expect(over90.locator('.tab-count')).toHaveText(`${await rows.count()} accounts`);
  const exportButton = page.getByRole('button', { name: 'Export agency packets…' });
  await expect(exportButton).toBeDisabled();
  await expect(exportButton).toHaveAccessibleDescription('Select at least one account to export.');
  await page.getByRole('checkbox', { name: 'Select all shown' }).check();
  await expect(exportButton).toBeEnabled();
  await expect(page.getByText('Select at least one account to export.')).toHaveCount(0);
});

test('Cancel stops after the packet being written, and the summary says what was left out', async ({ app, host }) => {
  const page = await app.launch();
  const accounts = await openExportOver90(page);
  expect(accounts.length).toBeGreaterThan(2);
  await page.getByRole('checkbox', { name: 'Select all shown' }).check();
  await expect(page.getByText(`${accounts.length} accounts selected`)).toBeVisible();

  const folder = packetFolder();
  host.dialogs.queueFolder(folder);
  await page.getByRole('button', { name: 'Export agency packets…' }).click();
  await expect(page.getByRole('progressbar', { name: 'Packets written' })).toBeVisible();
  await page.getByRole('region', { name: 'Export progress' }).getByRole('button', { name: 'Cancel' }).click();

  const summary = page.getByRole('region', { name: 'Export stopped' });
  await expect(summary).toBeVisible({ timeout: 45_000 });
  const written = await summary.getByRole('list', { name: 'Packets written' }).getByRole('listitem').count();
  expect(written).toBeGreaterThan(0);
  expect(written).toBeLessThan(accounts.length);
  const left = accounts.length - written;
  await expect(summary.getByRole('status')).toContainText(
    `${left} ${left === 1 ? 'account was' : 'accounts were'} not exported because you cancelled`,
  );
  expect(pdfsIn(folder)).toHaveLength(written);
});

test('the export keeps going while the user works elsewhere; coming back shows it, and a second run cannot start', async ({
  app,
  host,
}) => {
  const page = await app.launch();
  const accounts = await openExportOver90(page);
  expect(accounts.length).toBeGreaterThan(2);
  await page.getByRole('checkbox', { name: 'Select all shown' }).check();

  const folder = packetFolder();
  host.dialogs.queueFolder(folder);
  await page.getByRole('button', { name: 'Export agency packets…' }).click();
  await expect(page.getByRole('progressbar', { name: 'Packets written' })).toBeVisible();

  // Away from Export, the header says the export is still going and leads back to it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await page
    .getByRole('banner')
    .getByRole('link', { name: /^Exporting agency packets: \d+ of \d+ done$/ })
    .click();

  // The same run: its progress and Cancel are there, and starting another is not possible.
  await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible();
  const progress = page.getByRole('region', { name: 'Export progress' });
  await expect(page.getByRole('button', { name: 'Export agency packets…' })).toBeDisabled();
  await progress.getByRole('button', { name: 'Cancel' }).click();

  const summary = page.getByRole('region', { name: 'Export stopped' });
  await expect(summary).toBeVisible({ timeout: 45_000 });
  const written = await summary.getByRole('list', { name: 'Packets written' }).getByRole('listitem').count();
  const left = accounts.length - written;
  await expect(summary.getByRole('status')).toContainText(
    `${left} ${left === 1 ? 'account was' : 'accounts were'} not exported because you cancelled`,
  );
  expect(pdfsIn(folder)).toHaveLength(written);
  expect(host.dialogs.asked.filter((d) => d.kind === 'folder')).toHaveLength(1);

  // The summary also waits while the user is elsewhere, until Done.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Promises' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Export stopped: see what was written' }).click();
  await expect(summary).toBeVisible();
  await summary.getByRole('button', { name: 'Done' }).click();
  await expect(summary).toBeHidden();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: /Exporting|see what was written/ })).toHaveCount(0);
});
