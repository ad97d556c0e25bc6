// Issue 3's promise to the bookkeeper: a promise for tomorrow taps them on the shoulder once, at
// the reminder hour, naming the customer, amount and method; clicking it opens that customer.
import { addDays } from '../../shared/dates/calendar';
import { zonedTimeMs } from '../../shared/dates/zoned-time';
import { expect, test } from './fixtures';
import { e2eOffice } from './support/first-run-setup';
import { waitForMain } from './support/main-state';
import { createCustomerWithInvoice, removeDemoData } from './support/app-steps';
import { officeToday } from './support/demo-expectations';

test('a promise for tomorrow fires one notification that opens the customer', { tag: '@clock' }, async ({ app, host }) => {
  const today = officeToday();
  const tomorrow = addDays(today, 1);
  const page = await app.launch();
  await removeDemoData(page);
  await createCustomerWithInvoice(page, {
    name: 'Northwind Dental Studio',
    invoiceNumber: 'NW-3007',
    amount: '2,400.00',
    issueDate: addDays(today, -60),
    dueDate: addDays(today, -30),
  });

  await page.getByRole('button', { name: 'Log a call' }).click();
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'Promise to pay' }).check();
  await outcome.getByRole('textbox', { name: 'Promised amount' }).fill('1200.00');
  await outcome.getByRole('combobox', { name: 'Payment method' }).selectOption({ label: 'Card by phone' });
  await outcome.getByLabel('Payment date').fill(tomorrow);
  await outcome.getByRole('button', { name: /Save outcome and close call/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northwind Dental Studio' })).toBeVisible();

  // The renderer has handed this promise to main's schedule (the demo accounts' reminders may
  // still be there, so wait for its own entry, not for any pending reminder).
  await expect
    .poll(async () => host.services.reminders.upcoming(10_000).some((r) => r.customerName === 'Northwind Dental Studio'), waitForMain)
    .toBe(true);
  await page.goto(`${host.url}#/customers`);
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();

  // Nothing fires before the reminder time; exactly one notification at it.
  const before = host.notifications.length;
  const reminderAt = zonedTimeMs(tomorrow, 9, 0, e2eOffice.officeTimeZone);
  await host.clock.advance(reminderAt - 60_000 - host.clock.now().getTime());
  expect(host.notifications.slice(before)).toEqual([]);
  await host.clock.advance(2 * 60_000);
  // Fired by the timer, or, when the page's last schedule change reached main only after the clock
  // moved (a loaded machine), by that change itself: either way exactly one, now.
  await expect.poll(() => host.notifications.slice(before).length, waitForMain).toBe(1);
  const fired = host.notifications.slice(before);
  expect(fired[0]!.title).toContain('Northwind Dental Studio');
  expect(fired[0]!.body).toContain('$1,200.00');
  expect(fired[0]!.body).toContain('card over the phone');

  // A day later nothing fires again for it.
  await host.clock.advance(24 * 60 * 60_000);
  expect(host.notifications.slice(before).filter((n) => n.title.includes('Northwind'))).toHaveLength(1);

  // Clicking it opens the customer.
  await host.clickNotification(before);
  await expect(page.getByRole('heading', { level: 1, name: 'Northwind Dental Studio' })).toBeVisible();
});
