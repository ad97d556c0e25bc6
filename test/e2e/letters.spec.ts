// Issue 12, point 3: letters. Three accounts long past due are chosen on the Export screen, a
// final demand is written for them with the step and date the user states, and one PDF is saved
// through main. The PDF is read back with poppler's pdftotext (pdf.js where poppler is missing):
// each account's letter is on pages of its own, with the account's name and its past-due figure
// as read from IndexedDB. Each account's timeline then shows the letter, and so does the agency
// packet of one of them. Last, the office puts the final demand in its own words in Settings,
// and "Letter…" prints it with them and the account's figure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { totalsByCurrency } from '../../shared/money/currency-totals';
import { formatMoney } from '../../shared/money/money';
import { findOnPath } from '../support/find-on-path';
import { pdfText } from '../support/pdf-reading';
import { expect, test } from './fixtures';
import { openCustomerBySearch, timeline } from './support/app-steps';
import { anchorExpectations, officeToday } from './support/demo-expectations';
import { readStoredAccount } from './support/stored-records';
import { addDays } from '../../shared/dates/calendar';
import { demoAnchorCustomerName } from '../../shared/demo/demo-data';

const pdftotext = findOnPath('pdftotext');

/** The PDF's pages as text (a form feed ends each page in both readers), whitespace made single spaces. */
async function pagesOf(file: string): Promise<string[]> {
  const text = pdftotext ? execFileSync(pdftotext, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }) : await pdfText(file);
  return text
    .split('\f')
    .map((page) => page.normalize('NFKC').replace(/\s+/g, ' ').trim())
    .filter((page) => page !== '');
}

// KEEP_EXPORTS=1 keeps the PDFs, to look at them.
const folders: string[] = [];
test.afterEach(() => {
  if (!process.env.KEEP_EXPORTS) for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  else for (const folder of folders.splice(0)) console.info(`[letters] kept ${folder}`);
});

async function openExportOver90(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Export' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible();
  await page.getByRole('group', { name: 'Show accounts' }).getByRole('button', { name: 'Over 90 days past due' }).click();
  await expect(page.getByRole('table').getByRole('rowheader').first()).toBeVisible();
}

/** What is past due on the stored account, one amount per currency, as the letter writes it. */
async function storedPastDue(page: Page, legalName: string): Promise<string[]> {
  const { invoices } = await readStoredAccount(page, legalName);
  const late = invoices.filter((i) => i.status === 'open' && i.balanceMinor > 0 && i.dueDate < officeToday());
  return totalsByCurrency(
    late,
    (i) => i.currency,
    (i) => i.balanceMinor,
  ).map((t) => formatMoney(t.amountMinor, t.currency, 'en-US'));
}

test('a final demand for three accounts prints one letter each with its own figures, and each is on the timeline and in the packet', async ({
  app,
  host,
}) => {
  test.setTimeout(120_000);
  const page = await app.launch();
  await openExportOver90(page);
  const names = (await page.getByRole('table').getByRole('rowheader').getByRole('link').allTextContents()).slice(0, 3);
  expect(names).toHaveLength(3);
  for (const name of names) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  await page.getByRole('radio', { name: 'Letter', exact: true }).check();
  await page.getByRole('button', { name: 'Write letters…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Letters' });
  await dialog.getByRole('combobox', { name: 'Letter', exact: true }).selectOption({ label: 'Final demand' });
  const save = dialog.getByRole('button', { name: /^Save \d+ letters? as PDF…$/ });
  // Until the step and the date are stated, there is nothing the letters could say.
  await expect(save).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'We will' }).fill('pass the account to Keystone Collections');
  const lastDay = addDays(officeToday(), 14);
  await dialog.getByLabel('If not settled by').fill(lastDay);
  await expect(dialog.getByRole('region', { name: 'Accounts' }).getByRole('status')).toHaveText('3 letters to print.');
  await expect(dialog.getByRole('region', { name: `Preview: ${names[0]}` })).toContainText(
    'we will pass the account to Keystone Collections.',
  );

  const folder = mkdtempSync(path.join(tmpdir(), 'call-desk-letters-'));
  folders.push(folder);
  const saveAs = path.join(folder, 'final demands.pdf');
  host.dialogs.queueSavePath(saveAs);
  await dialog.getByRole('button', { name: 'Save 3 letters as PDF…' }).click();
  const saved = dialog.getByRole('status', { name: 'Letters saved' });
  await expect(saved).toContainText('Each of the 3 letters is recorded on its account’s timeline.', { timeout: 45_000 });
  expect(host.dialogs.asked.at(-1)).toMatchObject({ kind: 'save', defaultName: `Final demand - 3 letters - ${officeToday()}.pdf` });

  // One letter per account, in the order chosen, each starting on a page of its own.
  const pages = await pagesOf(saveAs);
  const firstPages = names.map((name) => pages.findIndex((text) => text.includes(name)));
  expect(firstPages[0]).toBe(0);
  expect([...firstPages].sort((a, b) => a - b)).toEqual(firstPages);
  expect(new Set(firstPages).size).toBe(3);
  for (const [i, name] of names.entries()) {
    const letter = pages.slice(firstPages[i], firstPages[i + 1] ?? pages.length).join(' ');
    const pastDue = await storedPastDue(page, name);
    expect(pastDue.length).toBeGreaterThan(0);
    if (pastDue.length === 1) expect(letter).toContain(`Final demand for payment: ${pastDue[0]} past due`);
    for (const amount of pastDue) expect(letter).toContain(amount);
    expect(letter).toContain('Bayline Mechanical Services');
    expect(letter).toContain('we will pass the account to Keystone Collections.');
    expect(letter).not.toMatch(/[{}]|undefined|NaN/);
    for (const other of names.filter((n) => n !== name)) expect(letter).not.toContain(other);
  }
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // Each account's timeline shows the letter; the agency packet of the last one lists it.
  for (const name of names) {
    await openExportOver90(page);
    await page.getByRole('table').getByRole('rowheader').getByRole('link', { name, exact: true }).click();
    const entry = timeline(page).getByRole('listitem', { name: /^Letter,/ });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(`Final demand to ${name}`);
    await expect(entry).toContainText('Saved as ');
    await entry.getByText('Show the letter text').click();
    await expect(entry).toContainText(`we will pass the account to Keystone Collections.`);
  }
  const packet = path.join(folder, 'packet.pdf');
  host.dialogs.queueSavePath(packet);
  await page.getByRole('button', { name: 'Export for agency…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Agency packet saved' })).toBeVisible({ timeout: 45_000 });
  const packetText = (await pagesOf(packet)).join(' ');
  expect(packetText).toContain('Letter sent');
  expect(packetText).toContain('Letter: Final demand');
  expect(packetText).toContain('we will pass the account to Keystone Collections.');
});

test('a notice of intent from the customer file names the agency the user gives, and saving it puts it on the timeline', async ({
  app,
  host,
}, testInfo) => {
  const expected = anchorExpectations();
  const page = await app.launch();
  await openCustomerBySearch(page, 'Harbor Point');
  await page.getByRole('button', { name: 'Letter…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Letter' });
  await dialog.getByRole('combobox', { name: 'Letter', exact: true }).selectOption({ label: 'Notice of intent to place with an agency' });
  const save = dialog.getByRole('button', { name: 'Save PDF…' });
  await expect(save).toBeDisabled();
  await expect(dialog.getByRole('status')).toContainText('Collection agency: Name the collection agency the account will be placed with.');
  await dialog.getByRole('textbox', { name: 'Collection agency' }).fill('Keystone Collections');
  await dialog.getByLabel('If not settled by').fill(expected.inDays(10));
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('we will place your account for collection with Keystone Collections.');
  await expect(preview).toContainText(`${expected.money(expected.aging.pastDueMinor)} on your account`);
  await dialog.screenshot({ path: testInfo.outputPath('letter-dialog.png') });

  const folder = mkdtempSync(path.join(tmpdir(), 'call-desk-letter-'));
  folders.push(folder);
  const saveAs = path.join(folder, 'notice.pdf');
  host.dialogs.queueSavePath(saveAs);
  await save.click();
  await expect(dialog.getByRole('status', { name: 'Letters saved' })).toContainText('The letter is recorded on the account’s timeline.', {
    timeout: 45_000,
  });
  expect(host.dialogs.asked.at(-1)?.defaultName).toMatch(
    new RegExp(`^${demoAnchorCustomerName} - .+ - notice of intent to place with an agency - ${officeToday()}\\.pdf$`),
  );
  const pages = await pagesOf(saveAs);
  const text = pages.join(' ');
  expect(text).toContain('Notice of intent to place your account with a collection agency');
  for (const invoice of expected.openInvoices) expect(text).toContain(invoice.number);
  expect(text).toContain(expected.money(expected.aging.totalDueMinor));
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(timeline(page).getByRole('listitem', { name: /^Letter,/ })).toContainText(
    `Notice of intent to place with an agency to ${demoAnchorCustomerName}`,
  );
});

test('the final demand in the office’s own words: a field from the picker, an unknown field refused, then printed with the account’s figure', async ({
  app,
  host,
}, testInfo) => {
  test.setTimeout(120_000);
  const page = await app.launch();
  await openCustomerBySearch(page, 'Harbor Point');
  // The account's past-due figure as its file shows it, and as its stored invoices add up to.
  const pastDue = (await page.getByTestId('past-due').textContent())?.trim() ?? '';
  expect(await storedPastDue(page, demoAnchorCustomerName)).toEqual([pastDue]);

  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: /^Letter templates/ });
  await section.getByRole('button', { name: 'Edit Final demand' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit letter template: Final demand' });
  const opening = editor.getByRole('textbox', { name: 'Opening' });

  // A field typed wrong is refused at Save, said under the opening with where it is.
  await opening.fill('Despite our reminders, {acount.pastDue} is still open.');
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(opening).toHaveAttribute('aria-invalid', 'true');
  await expect(editor).toContainText(
    'Line 1, column 24: {acount.pastDue} is not a merge field. Pick one from the list. Did you mean {account.pastDue}?',
  );
  await expect(opening).toBeFocused();
  await expect(section.getByRole('listitem', { name: 'Final demand' })).toContainText('Built-in wording');

  // The right field comes from the picker, at the cursor, by keyboard.
  await opening.fill('Despite our reminders, ');
  await opening.press('End');
  const picker = editor.getByRole('combobox', { name: 'Merge field' });
  await picker.selectOption('account.pastDue');
  await picker.focus();
  await picker.press('Enter');
  await expect(opening).toHaveValue('Despite our reminders, {account.pastDue}');
  await expect(opening).toBeFocused();
  await page.keyboard.type(' is still open.');
  await expect(opening).not.toHaveAttribute('aria-invalid', 'true');

  await editor.getByRole('searchbox', { name: 'Find an account' }).fill('Harbor Point');
  const preview = editor.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText(`Despite our reminders, ${pastDue} is still open.`);
  await editor.screenshot({ path: testInfo.outputPath('letter-template-editor.png') });
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(editor).toBeHidden();
  await expect(section).toContainText('Final demand saved');
  await expect(section.getByRole('listitem', { name: 'Final demand' })).toContainText('Your wording');

  // "Letter…" on the customer file prints the final demand in the office's words.
  await openCustomerBySearch(page, 'Harbor Point');
  await page.getByRole('button', { name: 'Letter…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Letter' });
  await dialog.getByRole('combobox', { name: 'Letter', exact: true }).selectOption({ label: 'Final demand' });
  await dialog.getByRole('textbox', { name: 'We will' }).fill('pass the account to Keystone Collections');
  await dialog.getByLabel('If not settled by').fill(addDays(officeToday(), 14));
  await expect(dialog.getByRole('region', { name: 'Preview' })).toContainText(`Despite our reminders, ${pastDue} is still open.`);
  const folder = mkdtempSync(path.join(tmpdir(), 'call-desk-letter-'));
  folders.push(folder);
  const saveAs = path.join(folder, 'final demand.pdf');
  host.dialogs.queueSavePath(saveAs);
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
  await expect(dialog.getByRole('status', { name: 'Letters saved' })).toContainText('The letter is recorded on the account’s timeline.', {
    timeout: 45_000,
  });
  const text = (await pagesOf(saveAs)).join(' ');
  expect(text).toContain(`Despite our reminders, ${pastDue} is still open.`);
  expect(text).not.toContain('is still unpaid. The oldest invoice');
  expect(text).toContain('we will pass the account to Keystone Collections.');
  expect(text).not.toMatch(/[{}]|undefined|NaN/);
});
