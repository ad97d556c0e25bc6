// axe-core on every main screen and dialog, in the light and the dark theme: no serious or
// critical violations. One test per theme walks all of them, to keep the run short.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tourMainScreens, type TourStop } from './support/screen-tour';

async function seriousViolations(page: Page, stop: TourStop): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  // A modal dialog makes the rest of the page inert: only the dialog is what the user meets.
  if (stop.kind === 'dialog') builder = builder.include('dialog[open]');
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${stop.name}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen and dialog passes axe in the ${colorScheme} theme`, async ({ app, host }) => {
    test.skip(app.runtime !== 'chromium', 'Colour scheme emulation is set on the Chromium page.');
    test.setTimeout(300_000); // some twenty axe runs on a shared 2-core machine
    const page = await app.launch();
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);

    const found: string[] = [];
    const visited: string[] = [];
    await tourMainScreens(
      page,
      async (stop) => {
        visited.push(stop.name);
        found.push(...(await seriousViolations(page, stop)));
      },
      host,
    );
    expect(visited).toEqual(
      expect.arrayContaining([
        'attach documents',
        'document viewer',
        'remove document',
        'confirmation email',
        'correction',
        'restore from backup',
        'import columns',
        'import preview',
      ]),
    );
    expect(visited.length).toBeGreaterThanOrEqual(22);
    expect(found).toEqual([]);
  });
}

test('the first-run setup passes axe in both themes', async ({ app }) => {
  test.skip(app.runtime !== 'chromium', 'Colour scheme emulation is set on the Chromium page.');
  const page = await app.launch({ firstRun: 'show' });
  const setup = page.getByRole('main', { name: 'Set up Call Desk' });
  await expect(setup).toBeVisible();
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    found.push(...(await seriousViolations(page, { name: `setup (${colorScheme})`, kind: 'screen', root: setup })));
  }
  expect(found).toEqual([]);
});
