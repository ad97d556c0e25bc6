// Issue 12, point 4: emails from the template engine. On the demo's anchor account the user
// picks the payment reminder, reads it filled with the account's figures and addressed to whoever
// approves payment, opens it in the mail app (main receives the mailto:), and the timeline
// records which email went to whom. Then the office puts the reminder in its own words in
// Settings ▸ Email templates, and "Email…" writes it with them.
import { demoAnchorCustomerName } from '../../shared/demo/demo-data';
import { formatMoney } from '../../shared/money/money';
import { expect, test } from './fixtures';
import { anchorExpectations, officeToday } from './support/demo-expectations';
import { openCustomerBySearch, timeline } from './support/app-steps';
import { decodeMailto } from './support/mailto';
import { readStoredAccount } from './support/stored-records';

test('a payment reminder from a template opens in the mail app with the account’s figures and is on the timeline', async ({
  app,
  host,
}, testInfo) => {
  const expected = anchorExpectations();
  const pastDue = expected.money(expected.aging.pastDueMinor);
  const page = await app.launch();
  await openCustomerBySearch(page, 'Harbor Point');

  await page.getByRole('button', { name: 'Email…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Email' });
  await dialog.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Payment reminder' });
  // Whoever approves payment is offered first.
  const to = dialog.getByRole('combobox', { name: 'To' });
  await expect(to.locator('option:checked')).toHaveText(/^Marcus Lee, Controller <.+@.+>$/);

  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('Hello Marcus,');
  await expect(preview).toContainText(`${pastDue} past due`);
  for (const invoice of expected.openInvoices) await expect(preview).toContainText(invoice.number);
  await dialog.screenshot({ path: testInfo.outputPath('email-dialog.png') });

  const opensBefore = host.openedUrls.length;
  await dialog.getByRole('button', { name: 'Open in mail app' }).click();
  await expect(dialog).toBeHidden();

  // Main was asked to open exactly one mailto:, with the filled subject and body.
  const mailtos = host.openedUrls.slice(opensBefore).filter((url) => url.startsWith('mailto:'));
  expect(mailtos).toHaveLength(1);
  const url = mailtos[0] ?? '';
  expect(url.length).toBeLessThanOrEqual(2048);
  const email = decodeMailto(url);
  expect(email.to).toMatch(/^[^\s@]+@[^\s@]+$/);
  expect(email.subject).toBe(`A friendly reminder from Bayline Mechanical Services: ${pastDue} past due`);
  expect(email.body).toMatch(/^Hello Marcus,\r\n/);
  expect(email.body).toContain(pastDue);
  for (const invoice of expected.openInvoices) expect(email.body).toContain(invoice.number);
  expect(email.body).toContain('Jordan Reyes\r\nBayline Mechanical Services');
  expect(email.body).not.toMatch(/[{}[\]]|undefined|NaN/);

  // The timeline shows which email went to whom, with its subject and text.
  const entry = timeline(page)
    .getByRole('listitem', { name: /^Email,/ })
    .first();
  await expect(entry).toContainText(`Payment reminder to ${email.to}`);
  await expect(entry).toContainText(`Subject: ${email.subject}`);
  await entry.getByText('Show the email text').click();
  await expect(entry).toContainText('Hello Marcus,');
});

test('the payment reminder in the office’s own words: a field from the picker, an unknown field refused, then sent with the account’s figure', async ({
  app,
  host,
}, testInfo) => {
  const page = await app.launch();
  await openCustomerBySearch(page, 'Harbor Point');
  // The account's past-due figure as its file shows it, and as its stored invoices add up to.
  const pastDue = (await page.getByTestId('past-due').textContent())?.trim() ?? '';
  const stored = await readStoredAccount(page, demoAnchorCustomerName);
  const today = officeToday();
  const overdue = stored.invoices.filter((i) => i.status === 'open' && i.balanceMinor > 0 && i.dueDate < today);
  const storedPastDue = overdue.reduce((sum, i) => sum + i.balanceMinor, 0);
  expect(storedPastDue).toBeGreaterThan(0);
  expect(pastDue).toBe(formatMoney(storedPastDue, overdue[0]?.currency ?? 'USD', 'en-US'));

  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: /^Email templates/ });
  await section.getByRole('button', { name: 'Edit Payment reminder' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit email template: Payment reminder' });
  const subject = editor.getByRole('textbox', { name: 'Subject' });

  // A field typed wrong is refused at Save, said under the subject with where it is.
  await subject.fill('Still open with us: {acount.pastDue}');
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(subject).toHaveAttribute('aria-invalid', 'true');
  await expect(editor).toContainText(
    'Column 21: {acount.pastDue} is not a merge field. Pick one from the list. Did you mean {account.pastDue}?',
  );
  await expect(subject).toBeFocused();
  await expect(section).toContainText('Built-in wording');

  // The right field comes from the picker, at the cursor, by keyboard.
  await subject.fill('Still open with us: ');
  await subject.press('End');
  const picker = editor.getByRole('combobox', { name: 'Merge field' });
  await picker.selectOption('account.pastDue');
  await picker.focus();
  await picker.press('Enter');
  await expect(subject).toHaveValue('Still open with us: {account.pastDue}');
  await expect(subject).toBeFocused();
  await expect(subject).not.toHaveAttribute('aria-invalid', 'true');

  // The live preview on an account chosen from the customers shows its figure.
  await editor.getByRole('searchbox', { name: 'Find an account' }).fill('Harbor Point');
  const preview = editor.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText(`Still open with us: ${pastDue}`);
  await expect(preview.locator('mark', { hasText: pastDue }).first()).toBeVisible();
  await editor.screenshot({ path: testInfo.outputPath('email-template-editor.png') });

  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(editor).toBeHidden();
  await expect(section).toContainText('Payment reminder saved');
  await expect(section.getByRole('listitem', { name: 'Payment reminder' })).toContainText('Your wording');

  // "Email…" on the customer file writes the reminder in the office's words.
  await openCustomerBySearch(page, 'Harbor Point');
  await page.getByRole('button', { name: 'Email…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Email' });
  await dialog.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Payment reminder' });
  const opensBefore = host.openedUrls.length;
  await dialog.getByRole('button', { name: 'Open in mail app' }).click();
  await expect(dialog).toBeHidden();
  const mailtos = host.openedUrls.slice(opensBefore).filter((url) => url.startsWith('mailto:'));
  expect(mailtos).toHaveLength(1);
  const email = decodeMailto(mailtos[0] ?? '');
  expect(email.subject).toBe(`Still open with us: ${pastDue}`);
  await expect(
    timeline(page)
      .getByRole('listitem', { name: /^Email,/ })
      .first(),
  ).toContainText(`Subject: Still open with us: ${pastDue}`);
});

test('an account placed with a collection agency gets no email from the office, and the file says why', async ({ app, host }) => {
  const agency = 'Pacific Recovery Partners';
  const page = await app.launch();
  await openCustomerBySearch(page, 'Harbor Point');
  const email = page.getByRole('button', { name: 'Email…' });
  await expect(email).toBeEnabled();

  await page.getByRole('button', { name: 'Place with agency…' }).click();
  const place = page.getByRole('dialog', { name: 'Place with agency' });
  await place.getByRole('textbox', { name: 'Agency name' }).fill(agency);
  await place.getByRole('button', { name: 'Place with agency' }).click();
  await expect(place).toBeHidden();

  await expect(email).toBeDisabled();
  await expect(email).toHaveAccessibleDescription(
    `Emails are paused while ${agency} collects this account: the agency contacts the customer now. Recall it from the agency to email them again.`,
  );
  expect(host.openedUrls.filter((url) => url.startsWith('mailto:'))).toHaveLength(0);
});
