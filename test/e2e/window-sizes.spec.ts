// Every screen fits a 13-inch laptop (1024×640), a common 1280×800 and a big 1920×1080 window:
// the window itself never scrolls into blank space (each screen scrolls inside the frame), the
// invoice table stays inside its card with readable descriptions, invoice numbers stay whole,
// and during a call the outcome and the problem buttons are in view without scrolling.
// With CALL_DESK_SCREENSHOTS=1 it also writes docs/screenshots/customer-file-WxH.png and
// call-WxH.png for each size.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { repoRoot } from '../host/paths';
import { expect, test } from './fixtures';
import { tourMainScreens } from './support/screen-tour';
import { writesScreenshots } from './support/screenshots';

const sizes = [
  { width: 1024, height: 640 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

/** How far the window itself scrolls past its height or width (0 when it does not scroll),
 *  measured with the screen scrolled to its end: content placed against the wrong box (an
 *  absolutely positioned element with no positioned ancestor) shows only then. */
function windowOverflow(page: Page): Promise<{ down: number; across: number }> {
  return page.evaluate(async () => {
    const screen = document.querySelector('.app-main');
    screen?.scrollTo(0, screen.scrollHeight);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const root = document.scrollingElement ?? document.documentElement;
    const overflow = { down: root.scrollHeight - root.clientHeight, across: root.scrollWidth - root.clientWidth };
    screen?.scrollTo(0, 0);
    return overflow;
  });
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator.toString()} has no box`);
  return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height, width: b.width, height: b.height };
}

/** Lines a piece of inline text is laid out on. */
function lineCount(locator: Locator): Promise<number> {
  return locator.evaluate((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size);
}

async function expectInViewport(page: Page, locator: Locator, what: string): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  const b = await box(locator);
  expect(b.top, `${what} top`).toBeGreaterThanOrEqual(0);
  expect(b.bottom, `${what} bottom`).toBeLessThanOrEqual(viewport.height);
  expect(b.right, `${what} right`).toBeLessThanOrEqual(viewport.width);
}

async function checkCustomerFile(page: Page): Promise<void> {
  const card = page.getByRole('region', { name: 'Invoices' });
  const table = card.getByRole('table', { name: 'Invoices' });
  const cardBox = await box(card);
  const tableBox = await box(table);
  expect(tableBox.left).toBeGreaterThanOrEqual(cardBox.left);
  expect(tableBox.right, 'invoice table inside its card').toBeLessThanOrEqual(cardBox.right + 0.5);
  const rows = table.getByRole('rowheader');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    expect(await lineCount(row.locator('.invoice-number').first()), 'invoice number on one line').toBe(1);
    // Readable: the description column is at least about twelve characters wide.
    expect((await box(row)).width, 'description column width').toBeGreaterThanOrEqual(110);
  }
}

async function checkCall(page: Page): Promise<void> {
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await expectInViewport(page, outcome.getByRole('radio', { name: 'Promise to pay' }), 'first outcome');
  await expectInViewport(page, outcome.getByRole('button', { name: /^Save/ }), 'save outcome button');
  const problems = page.getByRole('region', { name: 'Call script' }).getByRole('button', { name: 'No cash to pay' });
  await expectInViewport(page, problems, 'problem buttons');
  // Typing a long note grows it inside its box; it does not push the outcome out of view.
  await page.getByRole('textbox', { name: 'Call note' }).fill(Array.from({ length: 40 }, (_, i) => `Line ${i + 1}`).join('\n'));
  await expectInViewport(page, outcome.getByRole('button', { name: /^Save/ }), 'save outcome button after a long note');
}

for (const size of sizes) {
  const label = `${size.width}x${size.height}`;
  // With the test host (chromium), the tour also reads and previews an import file.
  test(`every screen fits a ${label} window`, async ({ app, _hostOrNull }) => {
    test.setTimeout(180_000);
    const page = await app.launch();
    await page.setViewportSize(size);
    const visited: string[] = [];
    await tourMainScreens(
      page,
      async (stop) => {
        visited.push(stop.name);
        const overflow = await windowOverflow(page);
        expect(overflow, `${stop.name}: the window does not scroll`).toEqual({ down: 0, across: 0 });
        if (stop.kind === 'dialog') await expectInViewport(page, stop.root, stop.name);
        if (stop.name === 'customer file') {
          if (writesScreenshots()) {
            await page.getByRole('table', { name: 'Invoices' }).scrollIntoViewIfNeeded();
            await page.screenshot({ path: path.join(repoRoot, 'docs', 'screenshots', `customer-file-${label}.png`) });
          }
          await checkCustomerFile(page);
        }
        if (stop.name === 'import columns')
          await expectInViewport(page, page.getByRole('button', { name: 'Preview import' }), 'preview import button');
        if (stop.name === 'import preview')
          await expectInViewport(page, page.getByRole('button', { name: /^(Import \d+ invoices|Apply changes\b.*)$/ }), 'import button');
        if (stop.name === 'call workspace') {
          if (writesScreenshots()) await page.screenshot({ path: path.join(repoRoot, 'docs', 'screenshots', `call-${label}.png`) });
          await checkCall(page);
        }
      },
      _hostOrNull ?? undefined,
    );
    expect(visited).toContain('call workspace');
    if (_hostOrNull) expect(visited).toContain('import preview');
  });
}
