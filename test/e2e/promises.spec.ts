// Promises to pay after the call: a payment that covers one marks it kept; one left unpaid past
// its grace days turns broken and a follow-up appears; the Promises view filters and opens
// customers; follow-ups are snoozed and done, with the header's "due now" count following.
import { addDays } from '../../shared/dates/calendar';
import { createDemoData } from '../../shared/demo/demo-data';
import { formatMoney, minorToInput } from '../../shared/money/money';
import { instalmentLines, planSummary, promiseTermsText } from '../../shared/promises/plan-wording';
import { expect, test } from './fixtures';
import { waitForMain } from './support/main-state';
import { openCustomerBySearch, timeline } from './support/app-steps';
import { officeToday } from './support/demo-expectations';
import { dumpDatabase } from './support/database-dump';
import { updateOpenPromise } from './support/stored-records';
import { testNow } from './support/test-clock';
import type { Page } from '@playwright/test';

const money = (minor: number) => formatMoney(minor, 'USD', 'en-US');

/** A demo customer's open promise and the invoices it names, as the app seeded them today. */
function demoPromise(legalName: string) {
  const data = createDemoData({ today: officeToday(), now: testNow() });
  const customer = data.customers.find((c) => c.legalName === legalName);
  const promise = data.promises.find((p) => p.customerId === customer?.id && p.status === 'open');
  if (!customer || !promise) throw new Error(`No open demo promise for ${legalName}.`);
  const invoices = data.invoices.filter((i) => i.customerId === customer.id && i.status === 'open');
  return { customer, promise, invoices };
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function dueNowCount(page: Page): Promise<number> {
  const text =
    (await nav(page)
      .getByRole('link', { name: /^Follow-ups/ })
      .textContent()) ?? '';
  return Number(/(\d+) due now/.exec(text)?.[1] ?? 0);
}

/** The header's count agrees with the Follow-ups screen's "Due now" table (time may add to both). */
async function expectCountMatchesList(page: Page): Promise<void> {
  const listed = async () => Math.max(0, (await page.getByRole('table', { name: 'Due now' }).getByRole('row').count()) - 1);
  await expect.poll(async () => (await dueNowCount(page)) - (await listed())).toBe(0);
}

async function saveGraceDays(page: Page, days: number): Promise<void> {
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  const reminders = page.getByRole('region', { name: 'Reminders' });
  await reminders.getByRole('textbox', { name: 'Grace days before a promise counts as broken' }).fill(String(days));
  await reminders.getByRole('button', { name: 'Save reminder settings' }).click();
  await expect(reminders.getByText('Reminder settings saved.')).toBeVisible();
}

/** The customer pays exactly what was promised, on the invoices the promise named. */
async function payWhatWasPromised(page: Page, { promise, invoices }: ReturnType<typeof demoPromise>): Promise<void> {
  await page.getByRole('button', { name: 'Record payment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record payment' });
  await dialog.getByRole('textbox', { name: 'Amount' }).fill(minorToInput(promise.amountMinor, 'USD'));
  for (const invoice of invoices) {
    const share = promise.invoiceIds.includes(invoice.id) ? minorToInput(invoice.balanceMinor, 'USD') : '';
    await dialog.getByRole('textbox', { name: `Apply to invoice ${invoice.number}` }).fill(share);
  }
  await dialog.getByRole('button', { name: 'Save payment' }).click();
  await expect(dialog).toBeHidden();
}

test('a payment that covers an open promise marks it kept at once', async ({ app }) => {
  const demo = demoPromise('Westbrook Property Management LLC');
  const { customer, promise } = demo;
  const page = await app.launch();
  await openCustomerBySearch(page, 'Westbrook', customer.legalName);
  const entry = timeline(page)
    .getByRole('listitem', { name: /^Promise to pay,/ })
    .first();
  await expect(entry).toContainText('Open');

  await payWhatWasPromised(page, demo);

  await expect(entry.locator('.badge')).toHaveText('Kept');
  await expect(entry).toContainText('Kept: paid in full on time.');

  await nav(page).getByRole('link', { name: 'Promises' }).click();
  await page.getByRole('group', { name: 'Show promises' }).getByRole('button', { name: 'Kept' }).click();
  const row = page.getByRole('row', { name: new RegExp(customer.legalName) });
  await expect(row).toContainText(money(promise.amountMinor));
  await expect(row).toContainText('Kept');
  await expect(row).toContainText('Paid in full');
});

test('a promise left unpaid past its grace days turns broken and a follow-up appears', { tag: '@clock' }, async ({ app }) => {
  const { customer, promise } = demoPromise('Eleanor Whitmore');
  let page = await app.launch();
  await saveGraceDays(page, 5);

  // Three days go by after the promised date (the promise is moved back rather than the clock).
  const promisedDate = addDays(officeToday(), -3);
  await updateOpenPromise(page, customer.legalName, { promisedDate, createdAt: `${addDays(officeToday(), -10)}T17:00:00.000Z` });
  page = await app.restart();
  await nav(page).getByRole('link', { name: 'Promises' }).click();
  const filters = page.getByRole('group', { name: 'Show promises' });
  await filters.getByRole('button', { name: 'Overdue' }).click();
  await expect(filters.getByRole('button', { name: 'Overdue' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('row', { name: new RegExp(customer.legalName) })).toContainText('Open');
  const dueBefore = await dueNowCount(page);

  // With two grace days the promise is past them: it breaks, and a promise check is due now.
  await saveGraceDays(page, 2);
  await expect.poll(() => dueNowCount(page)).toBeGreaterThan(dueBefore);
  await nav(page)
    .getByRole('link', { name: /^Follow-ups/ })
    .click();
  const check = page.getByRole('table', { name: 'Due now' }).getByRole('row', { name: new RegExp(customer.legalName) });
  await expect(check).toContainText('Promise check');
  await expect(check).toContainText(`Promise not kept: ${money(promise.amountMinor)} by cheque in the mail`);

  await nav(page).getByRole('link', { name: 'Promises' }).click();
  await page.getByRole('group', { name: 'Show promises' }).getByRole('button', { name: 'Broken' }).click();
  await page
    .getByRole('row', { name: new RegExp(customer.legalName) })
    .getByRole('link')
    .click();
  const entry = timeline(page)
    .getByRole('listitem', { name: /^Promise to pay,/ })
    .first();
  await expect(entry.locator('.badge')).toHaveText('Broken');
  await expect(entry).toContainText('Broken: nothing received by');

  // Exactly one follow-up, even after another start.
  page = await app.restart();
  await nav(page)
    .getByRole('link', { name: /^Follow-ups/ })
    .click();
  await expect(page.getByRole('row', { name: new RegExp(customer.legalName) })).toHaveCount(1);
});

test('the Promises view filters by due date and outcome and opens the customer', async ({ app }) => {
  const kowalski = demoPromise('Thomas and Linda Kowalski');
  const page = await app.launch();
  await nav(page).getByRole('link', { name: 'Promises' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Promises' })).toBeVisible();
  const filters = page.getByRole('group', { name: 'Show promises' });
  await expect(filters.getByRole('button', { pressed: true })).toHaveCount(1);

  await filters.getByRole('button', { name: 'Upcoming' }).click();
  const rows = page.getByRole('table', { name: 'Promises: Upcoming' }).getByRole('row');
  await expect(rows.filter({ hasText: 'Westbrook Property Management LLC' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Eleanor Whitmore' })).toHaveCount(1);
  // The plan's first instalment is paid: it is listed on its next instalment's date, and says
  // so in the words the timeline, the script and the email use.
  const plan = rows.filter({ hasText: kowalski.customer.legalName });
  await expect(plan).toContainText('1 of 3 paid');
  await expect(plan).toContainText(planSummary(kowalski.promise, 1, { locale: 'en-US' }));

  await filters.getByRole('button', { name: 'Broken' }).click();
  const broken = page.getByRole('table', { name: 'Promises: Broken' });
  await expect(broken.getByRole('row', { name: /Oakridge Builders LLC/ })).toContainText('Broken');
  await expect(broken.getByRole('row', { name: /Redstone Framing/ })).toContainText('Partly kept');
  await expect(broken.getByRole('row', { name: /Westbrook/ })).toHaveCount(0);
  await page.reload(); // the filter is part of the address
  await expect(page.getByRole('table', { name: 'Promises: Broken' })).toBeVisible();

  // Keyboard: the customer's link in a row opens the file with Enter.
  await filters.getByRole('button', { name: 'Upcoming' }).click();
  await page.getByRole('link', { name: kowalski.customer.legalName }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: kowalski.customer.legalName })).toBeVisible();
  const entry = timeline(page)
    .getByRole('listitem', { name: /^Promise to pay,/ })
    .first();
  await expect(entry.getByRole('list', { name: 'Instalments' }).getByRole('listitem').first()).toContainText('paid');
  await expect(entry).toContainText(promiseTermsText(kowalski.promise, 1, { locale: 'en-US' }));
  await expect(entry.getByRole('list', { name: 'Instalments' }).getByRole('listitem').nth(1)).toContainText(
    instalmentLines(kowalski.promise, { locale: 'en-US' })[1]!,
  );

  // A clicked reminder opens its customer, or the promises due today when it covered several.
  await app.emit('reminder:activated', { customerId: null });
  await expect(page.getByRole('heading', { level: 1, name: 'Promises' })).toBeVisible();
  await expect(filters.getByRole('button', { name: 'Due today' })).toHaveAttribute('aria-pressed', 'true');
  await app.emit('reminder:activated', { customerId: kowalski.customer.id });
  await expect(page.getByRole('heading', { level: 1, name: kowalski.customer.legalName })).toBeVisible();
});

test('the Promises tabs show the stored counts and one total per currency, and open on a tab with something in it', async ({ app }) => {
  const page = await app.launch();
  await nav(page).getByRole('link', { name: 'Promises' }).click();
  const filters = page.getByRole('group', { name: 'Show promises' });
  await expect(filters.getByRole('button', { pressed: true })).toHaveCount(1);

  // What the tabs must say, from IndexedDB itself (not through the app).
  const dump = await dumpDatabase(page);
  const customers = new Set((dump.customers as { id: string }[]).map((c) => c.id));
  const promises = (dump.promises as { customerId: string; status: string; amountMinor: number; currency: string }[]).filter((p) =>
    customers.has(p.customerId),
  );
  const expectTab = async (name: string, statuses: string[] | null) => {
    const rows = promises.filter((p) => statuses === null || statuses.includes(p.status));
    const button = filters.getByRole('button', { name: new RegExp(`^${name}\\b`) });
    await expect(button.locator('.tab-count')).toHaveText(`${rows.length} ${rows.length === 1 ? 'promise' : 'promises'}`);
    const byCurrency = new Map<string, number>();
    for (const p of rows) byCurrency.set(p.currency, (byCurrency.get(p.currency) ?? 0) + p.amountMinor);
    const totals = [...byCurrency].map(([currency, minor]) => formatMoney(minor, currency, 'en-US'));
    if (totals.length === 0) await expect(button.locator('.tab-totals')).toHaveCount(0);
    else for (const total of totals) await expect(button.locator('.tab-totals')).toContainText(total);
    return rows.length;
  };
  expect(await expectTab('Kept', ['kept'])).toBeGreaterThan(0);
  expect(await expectTab('Broken', ['broken', 'partially-kept'])).toBeGreaterThan(0);
  await expectTab('All', null);

  // The pressed tab lists something, and every tab before it in the opening order is empty.
  const openingOrder = ['Due today', 'Overdue', 'Upcoming', 'Broken', 'Kept'];
  const count = async (name: string) =>
    Number(
      (
        (await filters
          .getByRole('button', { name: new RegExp(`^${name}\\b`) })
          .locator('.tab-count')
          .textContent()) ?? ''
      ).split(' ')[0],
    );
  const pressed = (await filters.getByRole('button', { pressed: true }).textContent()) ?? '';
  const opened = openingOrder.find((name) => pressed.startsWith(name));
  expect(opened, `opened on ${pressed}`).toBeTruthy();
  expect(await count(opened!)).toBeGreaterThan(0);
  for (const name of openingOrder.slice(0, openingOrder.indexOf(opened!))) expect(await count(name), name).toBe(0);
  await expect(page.getByRole('table', { name: `Promises: ${opened}` }).getByRole('row')).toHaveCount((await count(opened!)) + 1);

  // A chosen tab is part of the address.
  await filters.getByRole('button', { name: /^Broken\b/ }).click();
  await expect(page).toHaveURL(/#\/promises\/broken$/);
});

test('follow-ups are snoozed and done, and the due-now count in the header follows', { tag: '@clock' }, async ({ app }) => {
  const page = await app.launch();
  await nav(page)
    .getByRole('link', { name: /^Follow-ups/ })
    .click();
  const dueNow = page.getByRole('table', { name: 'Due now' });
  const comingUp = page.getByRole('table', { name: 'Coming up' });
  expect(await dueNowCount(page)).toBeGreaterThanOrEqual(2); // at least the two overdue ones below
  await expectCountMatchesList(page);
  const status = page.getByRole('main', { name: 'Follow-ups' }).getByRole('status');

  // Snooze the overdue promise check for an hour: it moves to "Coming up".
  await dueNow
    .getByRole('row', { name: /Oakridge Builders LLC/ })
    .getByRole('button', { name: /^Snooze/ })
    .click();
  const dialog = page.getByRole('dialog', { name: /^Snooze promise check: Oakridge Builders LLC/ });
  await dialog.getByRole('button', { name: '1 hour' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toContainText('Snoozed: Promise check for Oakridge Builders LLC');
  await expect(comingUp.getByRole('row', { name: /Oakridge Builders LLC/ })).toBeVisible();
  await expectCountMatchesList(page);

  // Done: the missed-payment callback leaves the list.
  await dueNow
    .getByRole('row', { name: /Jorge Alvarez/ })
    .getByRole('button', { name: /^Done/ })
    .click();
  await expect(status).toContainText('Done: Callback for Jorge Alvarez.');
  await expect(page.getByRole('row', { name: /Jorge Alvarez/ })).toHaveCount(0);
  await expectCountMatchesList(page);

  // A chosen date and time, office time; a time in the past is refused where the user looks.
  await comingUp
    .getByRole('row', { name: /Tidewater Seafood Kitchen/ })
    .getByRole('button', { name: /^Snooze/ })
    .click();
  const pick = page.getByRole('dialog', { name: /^Snooze task: Tidewater/ });
  const until = pick.getByLabel('Snooze until');
  await until.fill(`${addDays(officeToday(), -1)}T10:00`);
  await pick.getByRole('button', { name: 'Snooze until then' }).click();
  await expect(pick.getByRole('alert')).toHaveText('Choose a time in the future.');
  await until.fill(`${addDays(officeToday(), 3)}T16:45`);
  await pick.getByRole('button', { name: 'Snooze until then' }).click();
  await expect(pick).toBeHidden();
  await expect(comingUp.getByRole('row', { name: /Tidewater Seafood Kitchen/ })).toContainText('4:45 PM');

  // The customer file shows the done callback, and the row opens the customer.
  await comingUp
    .getByRole('row', { name: /Oakridge Builders LLC/ })
    .getByRole('cell')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oakridge Builders LLC' })).toBeVisible();
  await nav(page).getByRole('link', { name: 'Customers' }).click();
  await openCustomerBySearch(page, 'Alvarez', 'Jorge Alvarez');
  await expect(
    timeline(page)
      .getByRole('listitem', { name: /^Follow-up,/ })
      .first(),
  ).toContainText('Done');
});

test(
  "main's reminder schedule follows the promises, the follow-ups and the reminder settings",
  { tag: '@clock' },
  async ({ app, host }) => {
    const demo = demoPromise('Westbrook Property Management LLC');
    const { customer, promise } = demo;
    const page = await app.launch();
    const kinds = () =>
      host.services.reminders
        .upcoming(10_000)
        .filter((item) => item.customerId === customer.id)
        .map((item) => `${item.kind}: ${item.detail}`)
        .sort();
    const due = `promise-due: ${money(promise.amountMinor)} through the online portal`;
    await expect.poll(kinds, waitForMain).toContain(due);

    // The working day before, once the setting is on.
    await nav(page).getByRole('link', { name: 'Settings' }).click();
    const reminders = page.getByRole('region', { name: 'Reminders' });
    await reminders.getByRole('checkbox', { name: 'Also remind me on the working day before' }).check();
    await reminders.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect.poll(kinds, waitForMain).toContain(`promise-day-before: ${money(promise.amountMinor)} through the online portal`);

    // Start at login is main's to keep.
    await reminders.getByRole('checkbox', { name: 'Start Call Desk when I log in' }).check();
    await expect.poll(() => host.loginItemChanges, waitForMain).toEqual([true]);

    // Paid: nothing left to remind of for this promise.
    await nav(page).getByRole('link', { name: 'Customers' }).click();
    await openCustomerBySearch(page, 'Westbrook', customer.legalName);
    await payWhatWasPromised(page, demo);
    await expect.poll(kinds, waitForMain).not.toContain(due);
    expect(kinds().filter((k) => k.startsWith('promise-'))).toEqual([]);
  },
);
