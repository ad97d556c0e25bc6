// A dialog holding typed input asks before Escape or × throws it away; an untouched one closes
// at once. The question is answered from the keyboard: Enter keeps editing, Escape again discards.
import { expect, test } from './fixtures';

test('Escape and × ask before discarding typed input', async ({ app }) => {
  const page = await app.launch();
  const opener = page.getByRole('button', { name: 'New customer' });

  // Untouched: Escape closes straight away.
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'New customer' });
  await expect(dialog.getByRole('textbox', { name: 'Legal name' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Typed: Escape asks, the focus is on the question's safe choice, Enter goes back to typing.
  await opener.click();
  const legalName = dialog.getByRole('textbox', { name: 'Legal name' });
  await legalName.pressSequentially('Harbor Bakery');
  await page.keyboard.press('Escape');
  const question = dialog.getByRole('group', { name: /Discard what you typed\?/ });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(legalName).toBeFocused();
  await expect(legalName).toHaveValue('Harbor Bakery');

  // × asks too; Discard closes and nothing was saved.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await question.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();

  // Escape twice discards.
  await opener.click();
  await legalName.pressSequentially('Harbor Bakery');
  await page.keyboard.press('Escape');
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
