// Seed 000: follow a promise with an email confirming it. A call ends with a promise, the file
// offers the confirmation, the mail app gets a filled mailto: through main, and the timeline
// records what was sent.
import { formatCalendarDate } from '../../shared/dates/calendar';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { anchorExpectations } from './support/demo-expectations';
import { openCustomerBySearch, timeline } from './support/app-steps';
import { decodeMailto } from './support/mailto';

async function logCallWithPromise(page: Page, amount: string, date: string): Promise<void> {
  await page.getByRole('button', { name: 'Log a call' }).click();
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'Promise to pay' }).check();
  await outcome.getByRole('textbox', { name: 'Promised amount' }).fill(amount);
  await outcome.getByRole('combobox', { name: 'Payment method' }).selectOption({ label: 'Bank transfer' });
  await outcome.getByLabel('Payment date').fill(date);
  await outcome.getByRole('button', { name: /Save outcome and close call/ }).click();
}

test('after a promise, one action opens the mail app with a filled confirmation and the timeline records it', async ({ app, host }) => {
  const expected = anchorExpectations();
  const page = await app.launch();
  await openCustomerBySearch(page, 'Harbor Point');

  // A call that ends with a promise for the whole account.
  const promised = Math.floor(expected.aging.totalDueMinor / 300) * 100;
  const promisedDate = expected.inDays(3);
  await logCallWithPromise(page, expected.input(promised), promisedDate);

  // Back on the file, the offer is right there.
  const offer = page.getByRole('region', { name: 'Confirm the promise by email' });
  await expect(offer).toContainText('Promise saved — email a confirmation?');
  await offer.getByRole('button', { name: 'Email confirmation' }).click();

  const dialog = page.getByRole('dialog', { name: 'Email confirmation' });
  const to = await dialog.getByLabel('To').inputValue();
  expect(to).toMatch(/@/);
  await expect(dialog.getByLabel('Subject')).toHaveValue(new RegExp(expected.money(promised).replace(/[$.]/g, '\\$&')));
  const opensBefore = host.openedUrls.length;
  await dialog.getByRole('button', { name: 'Open in mail app' }).click();
  await expect(dialog).toBeHidden();

  // Main was asked to open exactly one mailto:, filled from the promise.
  const mailtos = host.openedUrls.slice(opensBefore).filter((url) => url.startsWith('mailto:'));
  expect(mailtos).toHaveLength(1);
  const url = mailtos[0] ?? '';
  expect(url.length).toBeLessThanOrEqual(2048);
  const email = decodeMailto(url);
  // Written from the promise confirmation template (Settings ▸ Email templates), dates as every email writes them.
  const date = formatCalendarDate(promisedDate, 'en-US');
  expect(email.to).toBe(to);
  expect(email.subject).toContain(expected.money(promised));
  expect(email.subject).toContain(date);
  expect(email.body).toContain(expected.money(promised));
  expect(email.body).toContain(date);
  expect(email.body).toContain('bank transfer');
  for (const invoice of expected.openInvoices) expect(email.body).toContain(invoice.number);
  expect(email.body).toContain('\r\n');
  expect(email.body).not.toContain('undefined');

  // The banner says it is done; the timeline shows the confirmation with its recipient.
  await expect(offer).toContainText('recorded on the timeline');
  await expect(offer.getByRole('button', { name: 'Dismiss' })).toBeFocused();
  await offer.getByRole('button', { name: 'Dismiss' }).click();
  await expect(offer).toBeHidden();
  const entry = timeline(page)
    .getByRole('listitem', { name: /^Confirmation email,/ })
    .first();
  await expect(entry).toContainText(`To ${to}`);
  await expect(entry).toContainText(expected.money(promised));
  await entry.getByText('Show the email text').click();
  await expect(entry).toContainText('Kind regards');

  // The promise itself offers the confirmation again, and says it was emailed.
  const promise = timeline(page)
    .getByRole('listitem', { name: /^Promise to pay,/ })
    .first();
  await expect(promise.getByRole('button', { name: 'Email confirmation' })).toBeVisible();
  await expect(promise).toContainText('Emailed');
});

test('the confirmation from a promise on the timeline is keyboard friendly and needs an address', async ({ app, host }) => {
  const expected = anchorExpectations();
  const page = await app.launch();
  await openCustomerBySearch(page, 'Harbor Point');
  await logCallWithPromise(page, '100.00', expected.inDays(5));
  await page.getByRole('region', { name: 'Confirm the promise by email' }).getByRole('button', { name: 'Dismiss' }).click();
  const promise = timeline(page)
    .getByRole('listitem', { name: /^Promise to pay,/ })
    .filter({ has: page.getByRole('button', { name: 'Email confirmation' }) })
    .first();
  await promise.getByRole('button', { name: 'Email confirmation' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Email confirmation' });
  const to = dialog.getByLabel('To');
  await expect(to).toBeFocused();
  await to.fill('');
  await dialog.getByRole('button', { name: 'Open in mail app' }).click();
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(to).toBeFocused();
  await expect(dialog).toContainText('Enter the address to send the confirmation to.');
  expect(host.openedUrls.filter((url) => url.startsWith('mailto:'))).toHaveLength(0);
  // The address was cleared by hand: Escape asks first, and a second Escape discards.
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(promise.getByRole('button', { name: 'Email confirmation' })).toBeFocused();
});
