// A closed call is evidence: it is shown read-only, and a mistake in it is put right by a
// correction kept beside the original, never by editing it.
import { expect, test } from './fixtures';
import { openCustomerBySearch, timeline } from './support/app-steps';

test('a closed call is read-only and takes a correction beside it', { tag: '@clock' }, async ({ app }) => {
  const page = await app.launch();
  await openCustomerBySearch(page, 'Harbor Point');
  const call = timeline(page)
    .getByRole('listitem', { name: /^Call,/ })
    .first();
  const originalNote = (await call.locator('.entry-text').first().textContent()) ?? '';
  expect(originalNote.length).toBeGreaterThan(10);

  await call.getByRole('button', { name: 'Add correction' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a correction to this call' });
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Correction' })).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('textbox', { name: 'Correction' }).fill('The callback was agreed for 3 pm Pacific, not 2 pm.');
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await expect(dialog).toBeHidden();

  const corrected = timeline(page)
    .getByRole('listitem', { name: /^Call,/ })
    .first();
  await expect(corrected.getByLabel('Correction')).toContainText('The callback was agreed for 3 pm Pacific, not 2 pm.');
  await expect(corrected.locator('.entry-text').first()).toHaveText(originalNote);

  // The record itself has nothing to edit.
  await corrected.getByRole('link', { name: 'Open record' }).click();
  const record = page.getByRole('main', { name: /^Call on/ });
  await expect(record.getByText('Closed — read only')).toBeVisible();
  await expect(record.getByRole('textbox')).toHaveCount(0);
  await expect(record.getByRole('checkbox')).toHaveCount(0);
  await expect(record.getByRole('radio')).toHaveCount(0);
  await expect(record.getByLabel('Correction')).toContainText('3 pm Pacific');
});
