// The script for the account's situation: the call opens on the script that fits and says why, the
// caller can pick any other and come back with one click, the choice survives a reload, and the closed call
// says which script (and version) was used.
import { expect, test } from './fixtures';
import { openCustomerBySearch, timeline } from './support/app-steps';

test('a call proposes the script that fits the account, and records the one used', async ({ app }, testInfo) => {
  const page = await app.launch();
  await openCustomerBySearch(page, 'Harbor Point');
  await page.getByRole('button', { name: 'Log a call' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Call with/ })).toBeVisible();

  const chooser = page.getByRole('combobox', { name: 'Script' });
  const script = page.getByRole('region', { name: 'Call script' });
  // A call opens on the script proposed for the account, named with the reason.
  const proposal = page.getByText(/^Proposed: /);
  await expect(proposal).toBeVisible();
  const [, proposedTitle] = /^Proposed: (.+?) — /.exec((await proposal.textContent()) ?? '') ?? [];
  expect(proposedTitle).toBeTruthy();
  await expect(chooser).not.toHaveValue('collection-call');
  await expect(script.getByRole('heading', { level: 2 }).first()).toHaveText(proposedTitle!);
  await expect(page.getByRole('button', { name: 'Use the proposed script' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('script-proposed.png') });

  // Another script can be taken, and the proposal is one click away again.
  await chooser.selectOption({ label: 'Past-due account call (general)' });
  await expect(script.getByRole('heading', { level: 2 }).first()).toHaveText('Past-due account call');
  await page.getByRole('button', { name: 'Use the proposed script' }).click();
  await expect(script.getByRole('heading', { level: 2 }).first()).toHaveText(proposedTitle!);

  // The choice belongs to the call: a reload keeps it.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Call script' }).getByRole('heading', { level: 2 }).first()).toHaveText(proposedTitle!);

  // Any other script can be picked from the list.
  await page.getByRole('combobox', { name: 'Script' }).selectOption({ label: 'Past-due account call (general)' });
  await expect(page.getByRole('region', { name: 'Call script' }).getByRole('heading', { level: 2 }).first()).toHaveText(
    'Past-due account call',
  );

  const outcome = page.getByRole('form', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'No answer' }).check();
  await outcome.getByRole('textbox', { name: 'Follow-up note' }).fill('Try again after lunch');
  await outcome.getByRole('button', { name: /^Save outcome and close call/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Harbor Point/ })).toBeVisible();

  await timeline(page)
    .getByRole('listitem', { name: /^Call,/ })
    .first()
    .getByRole('link', { name: 'Open record' })
    .click();
  await expect(page.getByRole('main', { name: /^Call on/ })).toContainText('script: Past-due account call, version 1');
});
