// Issue 10 point 4, the contact rules guard: a consumer account spoken to two days ago is inside
// the 7 days after a conversation (the Regulation F presumption), so dialling it asks for a reason
// first; the reason goes on the timeline and the call opens. A commercial account in the same
// situation dials straight away (the rules are off for commercial accounts by default), while a
// "Do not call" flag asks whatever the kind.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openCustomerBySearch, timeline } from './support/app-steps';
import { screenshotPath } from './support/screenshots';

// Monday 11:00 in Chicago (the customers' zone): inside the calling window.
const twoDaysAgo = '2026-06-15T16:00:00.000Z';
// Two days and an hour on (the clock flows while the first call is logged), at noon for them.
const today = new Date('2026-06-17T17:00:00.000Z');
test.use({ now: twoDaysAgo });

/** A new account with one contact, entered through the forms, and a call where the customer was reached. */
async function accountReachedNow(
  page: Page,
  a: { name: string; kind: 'Consumer' | 'Commercial'; contact: string; phone: string },
): Promise<void> {
  await page.getByRole('link', { name: 'Customers' }).first().click();
  await page.getByRole('button', { name: 'New customer' }).click();
  const customer = page.getByRole('dialog', { name: 'New customer' });
  await customer.getByRole('textbox', { name: 'Legal name' }).fill(a.name);
  await customer.getByRole('radio', { name: a.kind }).check();
  await customer.getByRole('combobox', { name: 'Time zone' }).selectOption('America/Chicago');
  await customer.getByRole('button', { name: 'Save customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: a.name })).toBeVisible();

  await page.getByRole('button', { name: 'Add contact' }).click();
  const contact = page.getByRole('dialog', { name: 'New contact' });
  await contact.getByRole('textbox', { name: 'Name' }).fill(a.contact);
  await contact.getByRole('textbox', { name: 'Phone number' }).fill(a.phone);
  await contact.getByRole('button', { name: 'Save contact' }).click();
  await expect(contact).toBeHidden();

  // No history yet and mid-morning for the customer: the call starts without a question.
  await page.getByRole('button', { name: 'Log a call' }).click();
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'Reached, no promise' }).check();
  await outcome.getByRole('button', { name: /^Save outcome and close call/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: a.name })).toBeVisible();
  await expect(timeline(page).getByRole('listitem', { name: /^Call,/ })).toHaveCount(1);
}

test('dialling a consumer account that was reached two days ago asks for a reason and records the override', async ({ app, host }) => {
  const page = await app.launch();
  await accountReachedNow(page, { name: 'Lena Marsh', kind: 'Consumer', contact: 'Lena Marsh', phone: '(312) 555-0142' });

  // Two days later.
  await page.clock.setSystemTime(today);
  const dial = page.getByRole('button', { name: /^Call Lena Marsh on \(312\) 555-0142/ });
  const question = page.getByRole('dialog', { name: 'This call breaks the calling rules' });
  const reason = question.getByRole('textbox', { name: 'Reason for calling anyway' });

  await dial.click();
  await expect(question).toBeVisible();
  await expect(question).toContainText('spoken to 2 days ago');
  await expect(question).toContainText('the next call is allowed in 5 days');
  await expect(question).toContainText('US Regulation F presumption');
  await expect(reason).toBeFocused();
  if (app.runtime === 'chromium') await page.screenshot({ path: screenshotPath('contact-rules-dialog.png') });

  // Cancel changes nothing: no number dialled, no call opened, nothing on the timeline.
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Lena Marsh' })).toBeVisible();
  expect(host.openedUrls).not.toContain('tel:+13125550142');
  await expect(timeline(page).getByRole('listitem')).toHaveCount(1);

  // Escape cancels too; a blank reason is refused.
  await dial.click();
  await expect(reason).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await dial.click();
  await question.getByRole('button', { name: 'Call anyway' }).click();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  expect(host.openedUrls).not.toContain('tel:+13125550142');

  // A reason, then Enter: the override is written and the call opens on the number dialled.
  await reason.fill('She called this morning and asked us to ring back');
  await reason.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Call with Lena Marsh/ })).toBeVisible();
  expect(host.openedUrls).toContain('tel:+13125550142');

  await page.getByRole('link', { name: 'Customers' }).first().click();
  await openCustomerBySearch(page, 'Lena', 'Lena Marsh');
  const override = timeline(page).getByRole('listitem', { name: /^Contact rules overridden,/ });
  await expect(override).toContainText('Called despite calling rules: She called this morning and asked us to ring back');
  await expect(override).toContainText('Rules broken: 7 days after a conversation');
  await expect(timeline(page).getByRole('listitem', { name: /^Call,/ })).toHaveCount(2);
  if (app.runtime === 'chromium') await page.screenshot({ path: screenshotPath('contact-rules-timeline.png') });
});

test('a commercial account reached two days ago dials without a question; a "Do not call" flag still asks', async ({ app, host }) => {
  const page = await app.launch();
  await accountReachedNow(page, { name: 'Marsh Fabrication Inc', kind: 'Commercial', contact: 'Owen Price', phone: '(312) 555-0177' });
  await page.clock.setSystemTime(today);

  // The rules are off for commercial accounts by default: the call opens straight away.
  await page.getByRole('button', { name: /^Call Owen Price on \(312\) 555-0177/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Call with Owen Price/ })).toBeVisible();
  expect(host.openedUrls).toContain('tel:+13125550177');
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'Reached, no promise' }).check();
  await outcome.getByRole('button', { name: /^Save outcome and close call/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marsh Fabrication Inc' })).toBeVisible();

  // Marked "Do not call" on the account: the file says so and a call asks for a reason.
  await page.getByRole('button', { name: 'Edit customer' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit customer' });
  await edit.getByRole('checkbox', { name: 'Do not call' }).check();
  await edit.getByRole('button', { name: 'Save customer' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('main').getByText('Do not call', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Log a call' }).click();
  const question = page.getByRole('dialog', { name: 'This call breaks the calling rules' });
  await expect(question).toContainText('Do not call is set on the account.');
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await expect(timeline(page).getByRole('listitem', { name: /^Call,/ })).toHaveCount(2);
});
