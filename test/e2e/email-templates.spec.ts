// Issue 12, point 4: emails from the template engine. On the demo's anchor account the user
// picks the payment reminder, reads it filled with the account's figures and addressed to whoever
// approves payment, opens it in the mail app (main receives the mailto:), and the timeline
// records which email went to whom.
import { expect, test } from './fixtures';
import { anchorExpectations } from './support/demo-expectations';
import { openCustomerBySearch, timeline } from './support/app-steps';
import { decodeMailto } from './support/mailto';

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
