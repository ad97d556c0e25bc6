// One clock: an office in New York, a browser ("machine") in Tokyo and a customer in Los Angeles,
// half an hour before the office's midnight on the day its clocks went back (2026-11-01). The
// timeline, Follow-ups, the note stamp, the agency packet's call log and days past due must all
// read the office's clock; the machine's date (already Nov 2) must appear nowhere.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { daysBetween } from '../../shared/dates/calendar';
import { customerTimeBeside, formatInstant, officeDateOf } from '../../shared/dates/office-time';
import { demoAnchorCustomerName } from '../../shared/demo/demo-data';
import { expect, test } from './fixtures';
import { openCustomerBySearch, timeline } from './support/app-steps';
import { waitForMain } from './support/main-state';
import { readStoredAccount } from './support/stored-records';
import { pdfText as readPdfText } from '../support/pdf-reading';

const office = { timeZone: 'America/New_York', locale: 'en-US' };
const customerZone = 'America/Los_Angeles'; // the demo anchor account's zone
// 23:30 EST on Nov 1 (EDT ended at 02:00 that morning); 13:30 on Nov 2 in Tokyo.
test.use({ now: '2026-11-02T04:30:00.000Z', browserTimeZone: 'Asia/Tokyo' });

const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

test('office, machine and customer in three zones, over a daylight-saving change, agree on one clock', async ({ app, host }) => {
  test.setTimeout(180_000); // one long journey through five screens and a PDF
  const page = await app.launch();
  const officeToday = officeDateOf('2026-11-02T04:30:00.000Z', office.timeZone);
  expect(officeToday).toBe('2026-11-01');

  // The office zone is set in Settings, as a user would.
  await page.getByRole('link', { name: 'Settings' }).first().click();
  await page.getByRole('combobox', { name: 'Office time zone' }).selectOption(office.timeZone);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  // Main learns it too: its copy of the office clock is what the tray and backups read.
  await expect.poll(async () => (await host.services.preferences.get()).office, waitForMain).toEqual(office);

  // Days past due are whole days on the office's calendar (Nov 1), not the machine's (Nov 2).
  await page.getByRole('link', { name: 'Customers' }).first().click();
  await openCustomerBySearch(page, 'Harbor Point');
  const before = await readStoredAccount(page, demoAnchorCustomerName);
  const overdue = before.invoices.filter((i) => i.status === 'open' && i.balanceMinor > 0 && daysBetween(i.dueDate, officeToday) > 0);
  expect(overdue.length).toBeGreaterThan(0);
  const invoices = page.getByRole('region', { name: /Invoices/ });
  for (const invoice of overdue) {
    await expect(invoices.getByRole('row', { name: new RegExp(invoice.number) })).toContainText(
      `${daysBetween(invoice.dueDate, officeToday)} days past due`,
    );
  }

  // A call: the note stamp from Ctrl+; is office time (11:30 PM EST), not Tokyo's 1:30 PM.
  await page.getByRole('button', { name: 'Log a call' }).click();
  const note = page.getByRole('textbox', { name: 'Call note' });
  await note.click();
  await page.keyboard.press('Control+;');
  await note.pressSequentially('Rang the office line, no answer.');
  await expect(note).toHaveValue(/^\[11\/1\/26, 11:3\d PM\] Rang the office line, no answer\.$/);

  // "No answer" proposes tomorrow 10:00 on the office's calendar: Nov 2, not Nov 3.
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'No answer' }).check();
  await expect(outcome.getByLabel('Follow-up date')).toHaveValue('2026-11-02');
  await expect(outcome.getByLabel('Follow-up time')).toHaveValue('10:00');
  await outcome.getByRole('button', { name: /Save outcome and close call/ }).click();
  await expect(page.getByText('A call is in progress')).toHaveCount(0);

  // What was stored: UTC instants. 10:00 EST on Nov 2 is 15:00 UTC.
  const after = await readStoredAccount(page, demoAnchorCustomerName);
  const call = after.calls.find((c) => c.note.includes('Rang the office line'));
  if (!call) throw new Error('The call was not stored.');
  const stamp = /^\[(.*?)\]/.exec(call.note)?.[1];
  expect(stamp).toBe(formatInstant(call.startedAt, office, 'stamp'));
  const followUpDue = '2026-11-02T15:00:00.000Z';

  // The timeline: every call in office time, before and after the change, and the follow-up
  // due at 10:00 AM with the customer's 7:00 AM beside it.
  await page.getByRole('link', { name: 'Customers' }).first().click();
  await openCustomerBySearch(page, 'Harbor Point');
  const entries = timeline(page);
  for (const c of after.calls) {
    await expect(entries.getByRole('listitem', { name: `Call, ${formatInstant(c.startedAt, office)}` })).toBeVisible();
  }
  expect(formatInstant(call.startedAt, office)).toMatch(/^Nov 1, 2026, 11:3\d PM$/);
  await expect(entries.getByText(`Due Nov 2, 2026, 10:00 AM (7:00 AM PST for the customer)`)).toBeVisible();

  // Follow-ups: the same time, the same customer's time.
  await page.getByRole('link', { name: /Follow-ups/ }).click();
  const row = page.getByRole('row').filter({ hasText: demoAnchorCustomerName }).filter({ hasText: 'Nov 2, 2026, 10:00 AM' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('(7:00 AM PST for the customer)');
  expect(customerTimeBeside(followUpDue, customerZone, office)).toBe('7:00 AM PST');

  // The agency packet's call log: the call at office time with its zone, the customer's beneath.
  await page.getByRole('link', { name: 'Customers' }).first().click();
  await openCustomerBySearch(page, 'Harbor Point');
  const folder = mkdtempSync(path.join(tmpdir(), 'call-desk-zones-'));
  try {
    const saveAs = path.join(folder, 'packet.pdf');
    host.dialogs.queueSavePath(saveAs);
    await page.getByRole('button', { name: 'Export for agency…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Agency packet saved' })).toBeVisible({ timeout: 30_000 });
    const text = flat(await readPdfText(saveAs));
    expect(text).toContain(`Times are office time (${office.timeZone})`);
    expect(text).toContain(formatInstant(call.startedAt, office, 'zoned'));
    expect(text).toContain(`${customerTimeBeside(call.startedAt, customerZone, office)} for the customer`);
    // An older call, from before the clocks went back, is in daylight time.
    const older = after.calls.find((c) => c.startedAt < '2026-11-01T06:00:00.000Z' && c.startedAt > '2026-03-08T07:00:00.000Z');
    if (older) {
      expect(formatInstant(older.startedAt, office, 'zoned')).toMatch(/ EDT$/);
      expect(text).toContain(formatInstant(older.startedAt, office, 'zoned'));
    }
    // The packet's file name carries the office's date, not the machine's.
    expect(host.dialogs.asked.at(-1)?.defaultName).toContain(`agency packet - ${officeToday}.pdf`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
