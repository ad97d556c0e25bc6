// The first start: a short setup pre-filled from the computer (a British machine here), then the
// office's own empty list or the demo accounts, in one click. What was entered is what the call
// script and the customer statement say: the company, the caller, and where and how to pay.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { openCustomerBySearch } from './support/app-steps';
import { demoCustomerCount } from './support/demo-expectations';
import { completeSetup, e2eOffice, setupScreen } from './support/first-run-setup';
import { pdfText as readPdfText } from '../support/pdf-reading';

const britishMachine = { locale: 'en-GB', timezoneId: 'Europe/London' };

const company = {
  companyName: 'Thornbury Joinery Ltd',
  companyAddress: '14 Mill Lane\nBristol BS1 4QA',
  paymentDetails: 'Avon Valley Bank\nSort code 20-45-77, account 40112233',
  remitToAddress: 'Accounts, PO Box 77\nBristol BS99 1AB',
  callerName: 'Priya Natarajan',
  callbackNumber: '0117 496 0123',
};
const office = { ...e2eOffice, ...company };

const placeholderNames = ['My Company', 'Accounts team'];

test('the setup is pre-filled from the computer, checks what it needs, and starts on an empty list of my own', async ({
  app,
}, testInfo) => {
  let page = await app.launch({ firstRun: 'show', machine: britishMachine });
  const setup = setupScreen(page);
  await expect(setup).toBeVisible();
  await expect(setup.getByRole('textbox', { name: 'Currency' })).toHaveValue('GBP');
  await expect(setup.getByRole('textbox', { name: 'Default country for phone numbers' })).toHaveValue('GB');
  await expect(setup.getByRole('textbox', { name: 'Locale' })).toHaveValue('en-GB');
  await expect(setup.getByRole('combobox', { name: 'Office time zone' })).toHaveValue('Europe/London');
  await expect(setup.getByRole('textbox', { name: 'Company name' })).toHaveValue('');

  // Nothing made up: the company details are asked for, and focus goes to the first one missing.
  await setup.getByRole('button', { name: 'Start with my own data' }).click();
  await expect(setup.getByText('Company name is required.')).toBeVisible();
  await expect(setup.getByRole('textbox', { name: 'Company name' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('setup-with-errors.png'), fullPage: true });

  // A reload half-way keeps nothing: the setup starts again, still pre-filled from the computer.
  await setup.getByRole('textbox', { name: 'Company name' }).fill('Half-typed Ltd');
  await page.reload();
  await expect(setupScreen(page).getByRole('textbox', { name: 'Company name' })).toHaveValue('');
  await expect(setupScreen(page).getByRole('textbox', { name: 'Currency' })).toHaveValue('GBP');

  await completeSetup(page, company, 'own');
  await expect(page.getByText('0 accounts')).toBeVisible();
  await expect(page.getByText('No customers yet. Add one with New customer.')).toBeVisible();

  // A restart goes straight to Today; Settings holds what the setup saved.
  page = await app.restart();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(setupScreen(page)).toHaveCount(0);
  await page.getByRole('link', { name: 'Settings' }).click();
  const settings = page.getByRole('main', { name: 'Settings' });
  await expect(settings.getByRole('textbox', { name: 'Company name' })).toHaveValue(office.companyName);
  await expect(settings.getByRole('textbox', { name: 'Remit-to address' })).toHaveValue(office.remitToAddress);
  await expect(settings.getByRole('textbox', { name: 'Currency' })).toHaveValue('GBP');
  await expect(settings.getByRole('combobox', { name: 'Office time zone' })).toHaveValue('Europe/London');

  // One Save per section, and the section with edits says so until it is saved.
  await settings.getByRole('textbox', { name: 'Your name' }).fill('Priya N.');
  await expect(settings.getByRole('region', { name: 'You and your company · Unsaved changes' })).toBeVisible();
  await expect(settings.getByRole('region', { name: 'Reminders', exact: true })).toBeVisible();
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByText('Settings saved.')).toBeVisible();
  await expect(settings.getByRole('region', { name: 'You and your company', exact: true })).toBeVisible();
});

test('with demo data, the script and the statement speak for the company set up, with how to pay', async ({ app, host }) => {
  test.setTimeout(120_000);
  const page = await app.launch({ firstRun: 'show', machine: britishMachine });
  await completeSetup(page, office, 'demo');
  await expect(page.getByText(`${demoCustomerCount()} accounts`)).toBeVisible();

  await openCustomerBySearch(page, 'Harbor Point');
  await page.getByRole('button', { name: 'Log a call' }).click();
  const script = page.getByRole('region', { name: 'Call script' });
  // The general script has every step this checks (the call opens on the one proposed).
  await page.getByRole('combobox', { name: 'Script' }).selectOption('collection-call');
  await expect(script.getByRole('heading', { level: 2 }).first()).toHaveText('Past-due account call');
  await script.getByRole('button', { name: 'Say who you are and why you are calling' }).click();
  await expect(script).toContainText(`this is ${office.callerName} from ${office.companyName}`);
  await script.getByRole('button', { name: 'Ask for payment and offer ways to pay' }).click();
  await expect(script).toContainText('Avon Valley Bank, Sort code 20-45-77, account 40112233');
  await expect(script).toContainText('Accounts, PO Box 77, Bristol BS99 1AB');
  for (const name of placeholderNames) await expect(script).not.toContainText(name);

  // The statement: from whom, where and how to pay.
  const folder = mkdtempSync(path.join(tmpdir(), 'call-desk-setup-statement-'));
  try {
    const saveAs = path.join(folder, 'statement.pdf');
    await page.goBack();
    await expect(page.getByRole('button', { name: 'Statement PDF…' })).toBeVisible();
    host.dialogs.queueSavePath(saveAs);
    await page.getByRole('button', { name: 'Statement PDF…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Statement saved' })).toContainText('statement.pdf', { timeout: 30_000 });
    const text = (await readPdfText(saveAs)).replace(/\s+/g, ' ');
    for (const expected of [
      office.companyName,
      office.callerName,
      office.callbackNumber,
      'How to pay',
      'Avon Valley Bank',
      'Sort code 20-45-77, account 40112233',
      'Accounts, PO Box 77',
      'Bristol BS99 1AB',
      '14 Mill Lane',
    ]) {
      expect(text).toContain(expected);
    }
    for (const name of placeholderNames) expect(text).not.toContain(name);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
