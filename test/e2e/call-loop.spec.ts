// The heart of the product: dial from the file, follow the script into a problem path, type a
// note that survives a reload, agree a two-instalment promise, and find it all again after the
// browser has been closed and reopened on the same profile.
import { demoAnchorCustomerName } from '../../shared/demo/demo-data';
import { expect, test } from './fixtures';
import { anchorExpectations } from './support/demo-expectations';
import { openCustomerBySearch, timeline } from './support/app-steps';
import { screenshotPath } from './support/screenshots';

test('a call with a problem path, a reload mid-note and a two-instalment promise', { tag: '@clock' }, async ({ app, host }) => {
  const expected = anchorExpectations();
  let page = await app.launch();
  await openCustomerBySearch(page, '415-555-0134');
  if (app.runtime === 'chromium') await page.screenshot({ path: screenshotPath('customer-file.png') });

  // Dial Dana: the number goes to the softphone and the workspace opens with a running timer.
  await page.getByRole('button', { name: /^Call Dana Whitfield on/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Call with Dana Whitfield/ })).toBeVisible();
  expect(host.openedUrls).toContain('tel:+14155550134');
  await expect(page.getByRole('timer', { name: 'Call duration' })).toHaveText(/^0:\d\d$/);

  // The script is filled with this account's figures.
  const script = page.getByRole('region', { name: 'Call script' });
  for (const invoice of expected.openInvoices) await expect(script).toContainText(invoice.number);
  await expect(script).toContainText(expected.money(expected.aging.totalDueMinor));
  await expect(script).toContainText(`${expected.aging.oldestDaysPastDue} days`);
  await script.getByRole('button', { name: 'Say who you are and why you are calling' }).click();
  await expect(script).toContainText('Dana');
  await script.getByRole('checkbox', { name: 'Say who you are and why you are calling' }).check();

  // Dana does not approve payments: take the wrong-person path.
  await script.getByRole('button', { name: 'Wrong person' }).click();
  const path = script.getByRole('region', { name: 'Problem path: Wrong person' });
  await expect(path).toBeVisible();
  await expect(path).toContainText('Marcus Lee');
  await path.getByRole('checkbox', { name: 'Ask who approves payment' }).check();

  // Type a note, then reload in the middle of it: the draft comes back.
  const note = page.getByRole('textbox', { name: 'Call note' });
  await note.click();
  await note.pressSequentially('Dana says Marcus Lee signs off payments; he is in on Thursdays.');
  await page.waitForTimeout(1_000); // the most typing the app may lose
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Call note' })).toHaveValue(
    'Dana says Marcus Lee signs off payments; he is in on Thursdays.',
  );
  // The call resumes where it was: on the problem path, with what was covered still ticked.
  const resumed = page.getByRole('region', { name: 'Problem path: Wrong person' });
  await expect(resumed.getByRole('checkbox', { name: 'Ask who approves payment' })).toBeChecked();
  await resumed.getByRole('button', { name: 'Back to main script' }).click();
  await expect(page.getByRole('checkbox', { name: 'Say who you are and why you are calling' })).toBeChecked();
  if (app.runtime === 'chromium') await page.screenshot({ path: screenshotPath('call-workspace.png') });

  // The outcome: a promise in two instalments that add up.
  const total = expected.aging.totalDueMinor;
  const promised = Math.floor(total / 200) * 100; // about half the balance, whole dollars
  const first = Math.floor(promised / 200) * 100;
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'Promise to pay' }).check();
  await outcome.getByRole('textbox', { name: 'Promised amount' }).fill(expected.input(promised));
  await outcome.getByRole('combobox', { name: 'Payment method' }).selectOption({ label: 'Bank transfer' });
  await outcome.getByRole('checkbox', { name: 'Pay in instalments' }).check();
  await outcome.getByLabel('Instalment 1 date').fill(expected.inDays(3));
  await outcome.getByLabel('Instalment 1 amount').fill(expected.input(first));
  await outcome.getByLabel('Instalment 2 date').fill(expected.inDays(17));
  await outcome.getByLabel('Instalment 2 amount').fill(expected.input(promised - first));
  await outcome.getByRole('checkbox', { name: /Contact details confirmed/ }).check();
  await outcome.getByRole('button', { name: /Save outcome and close call/ }).click();

  // Back on the file, the call, its note and the promise are on the timeline.
  await expect(page.getByRole('heading', { level: 1, name: demoAnchorCustomerName })).toBeVisible();
  const assertTimeline = async () => {
    const entries = timeline(page);
    const call = entries.getByRole('listitem', { name: /^Call,/ }).first();
    await expect(call).toContainText('Promise to pay');
    await expect(call).toContainText('Dana says Marcus Lee signs off payments');
    await expect(call).toContainText('Wrong person');
    const promise = entries.getByRole('listitem', { name: /^Promise to pay,/ }).first();
    await expect(promise).toContainText(expected.money(promised));
    await expect(promise).toContainText('bank transfer');
    await expect(promise.getByRole('list', { name: 'Instalments' }).getByRole('listitem')).toHaveCount(2);
    await expect(promise).toContainText(expected.money(first));
    await expect(promise).toContainText(expected.money(promised - first));
  };
  await assertTimeline();

  // Close the browser for real and open it again on the same profile.
  page = await app.restart();
  await openCustomerBySearch(page, 'Harbor Point');
  await assertTimeline();
});

test('an invalid promise shows errors on its fields and saves nothing', async ({ app }) => {
  const expected = anchorExpectations();
  const page = await app.launch();
  await openCustomerBySearch(page, 'Harbor Point');
  const promisesBefore = await timeline(page)
    .getByRole('listitem', { name: /^Promise to pay,/ })
    .count();

  await page.getByRole('button', { name: 'Log a call' }).click();
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'Promise to pay' }).check();

  // More than is owed, on a date already past.
  const amount = outcome.getByRole('textbox', { name: 'Promised amount' });
  await amount.fill(expected.input(expected.aging.totalDueMinor + 100));
  const date = outcome.getByLabel('Payment date');
  await date.fill(expected.inDays(-1));
  await outcome.getByRole('button', { name: /Save outcome and close call/ }).click();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(outcome).toContainText(`is more than the balance owed (${expected.money(expected.aging.totalDueMinor)})`);
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(outcome).toContainText('The promised date is in the past');
  await expect(amount).toBeFocused();

  // Instalments that do not add up.
  await amount.fill('300.00');
  await outcome.getByRole('checkbox', { name: 'Pay in instalments' }).check();
  await outcome.getByLabel('Instalment 1 date').fill(expected.inDays(2));
  await outcome.getByLabel('Instalment 1 amount').fill('100.00');
  await outcome.getByLabel('Instalment 2 date').fill(expected.inDays(9));
  await outcome.getByLabel('Instalment 2 amount').fill('150.00');
  await outcome.getByRole('button', { name: /Save outcome and close call/ }).click();
  const mismatch = 'The instalments add up to $250.00, not the promised $300.00.';
  await expect(outcome).toContainText(mismatch);

  // The helpers: "Fill the rest" makes up the difference and the error goes as the plan adds up;
  // "Split evenly" shares the amount out; a mistyped amount brings the error back at once.
  const second = outcome.getByLabel('Instalment 2 amount');
  await outcome.getByRole('button', { name: 'Fill the rest' }).click();
  await expect(second).toHaveValue('200.00');
  await expect(outcome).not.toContainText('The instalments add up to');
  await second.fill('150.00');
  await expect(outcome).toContainText(mismatch);
  await second.fill('200.00');
  await expect(outcome).not.toContainText('The instalments add up to');
  await amount.fill('301.01');
  await outcome.getByRole('button', { name: 'Split evenly' }).click();
  await expect(outcome.getByLabel('Instalment 1 amount')).toHaveValue('150.50');
  await expect(second).toHaveValue('150.51');
  await expect(outcome).not.toContainText('The instalments add up to');
  await second.fill('150.00');
  await expect(outcome).toContainText('The instalments add up to $300.50, not the promised $301.01.');

  // Nothing was written: the call is still open and no promise appeared.
  await page.getByRole('link', { name: demoAnchorCustomerName }).click();
  await expect(page.getByText('A call is in progress')).toBeVisible();
  await expect(timeline(page).getByRole('listitem', { name: /^Promise to pay,/ })).toHaveCount(promisesBefore);
});
