// The script library: a copy of a built-in script is edited (an unknown merge field refused at
// save, a field inserted from the picker, a live preview on an account), used in a call, and
// edited again; the closed call still shows the words it was made with.
import { expect, test } from './fixtures';
import { openCustomerBySearch, timeline } from './support/app-steps';
import { dumpDatabase } from './support/database-dump';
import { screenshotPath } from './support/screenshots';

test('duplicate and edit a script, use it in a call, and the old call keeps its wording after a later edit', async ({ app }) => {
  const page = await app.launch();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scripts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Call scripts' })).toBeVisible();
  await page.getByRole('button', { name: 'Duplicate and edit Past-due account call' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit: Past-due account call (our wording)' })).toBeVisible();
  const editor = page.getByRole('form', { name: 'Edit script' });
  await expect(editor.getByRole('status', { name: 'Save status' })).toHaveText('Version 1.');

  // An unknown field is refused where it is, and nothing is stored.
  const stepTitle = await editor.getByRole('textbox', { name: 'Step 2 title' }).inputValue();
  const opening = editor.getByRole('textbox', { name: 'Step 2, line 1', exact: true });
  await opening.fill('Hello {contact.frstName}, it is about your account.');
  await editor.getByRole('button', { name: 'Save script' }).click();
  const refusal = editor.getByRole('alert').first();
  await expect(refusal).toContainText('The script was not saved');
  await expect(refusal).toContainText(/Step 2, .+, line 1: .*contact\.frstName/);
  await expect(opening).toHaveAttribute('aria-invalid', 'true');
  await expect(opening).toBeFocused();

  // A field from the picker goes in at the cursor; the preview fills it from the chosen account.
  await editor.getByRole('combobox', { name: 'When Step 2, line 1 is shown' }).selectOption({ label: 'Always' });
  await opening.fill('Good day, our own opening for  today.');
  await opening.evaluate((box: HTMLTextAreaElement) => box.setSelectionRange(30, 30)); // between the two spaces
  await editor.getByRole('combobox', { name: 'Merge field' }).selectOption({ label: 'Customer name {customer.name}' });
  await editor.getByRole('button', { name: 'Insert into Step 2, line 1' }).click();
  await expect(opening).toHaveValue('Good day, our own opening for {customer.name} today.');
  const preview = page.getByRole('region', { name: 'Script preview' });
  await preview.getByRole('combobox', { name: 'Preview on account' }).selectOption({ label: 'Harbor Point Dental Group' });
  await expect(preview).toContainText('Good day, our own opening for Harbor Point Dental Group today.');
  // The picture shows the line being edited and what it becomes in the preview.
  await opening.scrollIntoViewIfNeeded();
  await preview.getByText('Good day, our own opening for Harbor Point Dental Group today.').scrollIntoViewIfNeeded();
  if (app.runtime === 'chromium') await page.screenshot({ path: screenshotPath('script-editor.png') });
  await editor.getByRole('button', { name: 'Save script' }).click();
  await expect(editor.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved as version 2\./);

  // The copy is used in a call with the account's own figures.
  await openCustomerBySearch(page, 'Harbor Point');
  await page.getByRole('button', { name: 'Log a call' }).click();
  await page.getByRole('combobox', { name: 'Script' }).selectOption({ label: 'Past-due account call (our wording) (general)' });
  const script = page.getByRole('region', { name: 'Call script' });
  await expect(script.getByRole('heading', { level: 2 }).first()).toHaveText('Past-due account call (our wording)');
  await script.getByRole('button', { name: stepTitle, exact: true }).click();
  await expect(script).toContainText('Good day, our own opening for Harbor Point Dental Group today.');
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'No answer' }).check();
  await outcome.getByRole('textbox', { name: 'Follow-up note' }).fill('Try again tomorrow');
  await outcome.getByRole('button', { name: /^Save outcome and close call/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Harbor Point/ })).toBeVisible();

  // A later edit is a new version...
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scripts' }).click();
  await page.getByRole('link', { name: 'Past-due account call (our wording)' }).click();
  await editor.getByRole('textbox', { name: 'Step 2, line 1', exact: true }).fill('A later opening for {customer.name}.');
  // Looking elsewhere before saving loses nothing: the edit is back, marked as not saved.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await page.goBack();
  await expect(editor.getByRole('status').filter({ hasText: 'Your changes from before you left this script are back' })).toBeVisible();
  await expect(editor.getByRole('textbox', { name: 'Step 2, line 1', exact: true })).toHaveValue('A later opening for {customer.name}.');
  await editor.getByRole('button', { name: 'Save script' }).click();
  await expect(editor.getByRole('status', { name: 'Save status' })).toHaveText(/^Saved as version 3\./);

  // ...and the closed call still shows version 2's words.
  await openCustomerBySearch(page, 'Harbor Point');
  await timeline(page)
    .getByRole('listitem', { name: /^Call,/ })
    .first()
    .getByRole('link', { name: 'Open record' })
    .click();
  const record = page.getByRole('main', { name: /^Call on/ });
  await expect(record).toContainText('script: Past-due account call (our wording), version 2');
  await expect(record).toContainText('Good day, our own opening for Harbor Point Dental Group today.');
  await expect(record).not.toContainText('A later opening');

  const dump = await dumpDatabase(page);
  const calls = dump.calls as { scriptId: string; scriptVersion?: number; status: string }[];
  const used = calls.find((c) => c.scriptId.startsWith('custom-'));
  expect(used).toMatchObject({ scriptVersion: 2, status: 'closed' });
  const versions = (dump.scriptVersions as { scriptId: string; version: number }[]).filter((r) => r.scriptId === used!.scriptId);
  expect(versions.map((r) => r.version).sort()).toEqual([1, 2, 3]);
});
