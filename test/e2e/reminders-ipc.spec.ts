// The reminder channel as the renderer uses it: main refuses a malformed schedule, fires a valid
// one when its time comes (on the host's clock), and a click on the notification reaches the
// page as 'reminder:activated'.
import type { Page } from '@playwright/test';
import { addDays, todayIn } from '../../shared/dates/calendar';
import { zonedTimeMs } from '../../shared/dates/zoned-time';
import type { ReminderEntry } from '../../shared/reminders/schema';
import { expect, test, type CallDeskApp } from './fixtures';
import { e2eOffice } from './support/first-run-setup';
import { waitForMain } from './support/main-state';

const office = 'America/Chicago';

/**
 * The app's page with window.callDesk but without the app's own scripts. The app syncs its
 * own (demo) schedule as it starts, which would replace the one these tests send; they test
 * main's side of the channel, so only the test talks to main here. A sync the app sent before
 * the reload is handled before the test's, since main handles them in order.
 */
async function bridgeOnlyPage(app: CallDeskApp): Promise<Page> {
  const page = await app.launch();
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.reload();
  return page;
}

test.describe('reminders over IPC', () => {
  test('main refuses a malformed schedule sent from the page', async ({ app, host }) => {
    const page = await bridgeOnlyPage(app);
    const before = await page.evaluate(() => window.callDesk!.invoke('reminders:status'));
    const result = await page.evaluate(() => window.callDesk!.invoke('reminders:sync', { mode: 'replace', entries: [{ id: 'x' }] }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/^The request "reminders:sync" was refused \(at "entries\[0\]\./);
    expect(result.error.issues?.map((issue) => issue.path)).toContain('entries[0].fireAt');

    // Nothing changed in main.
    expect(await page.evaluate(() => window.callDesk!.invoke('reminders:status'))).toEqual(before);
    expect(host.services.reminders.upcoming().some((item) => item.id === 'x')).toBe(false);
  });

  test('a promise for tomorrow fires once at 09:00 office time; clicking it reaches the page', { tag: '@clock' }, async ({ app, host }) => {
    const page = await bridgeOnlyPage(app);
    const tomorrow = addDays(todayIn(office, host.clock.now()), 1);
    const dueAt = zonedTimeMs(tomorrow, 9, 0, office);
    const entry: ReminderEntry = {
      id: `promise:e2e-harbor:due:${tomorrow}`,
      kind: 'promise-due',
      customerId: 'cust-harbor',
      customerName: 'Harbor Point Dental Group',
      fireAt: { kind: 'local', date: tomorrow, time: '09:00', timeZone: office },
      detail: '$1,200.00 by bank transfer',
      amountMinor: 120_000,
      currency: 'USD',
      method: 'bank-transfer',
    };

    const synced = await page.evaluate((entries) => window.callDesk!.invoke('reminders:sync', { mode: 'replace', entries }), [entry]);
    expect(synced).toEqual({ ok: true, value: { pending: 1, nextFireAt: new Date(dueAt).toISOString(), revision: expect.any(Number) } });
    // Whatever the app's own start-up sync fired is behind us; count from here.
    const earlier = host.notifications.length;
    const fromNow = () => host.notifications.slice(earlier);

    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { activated: unknown[] }).activated = seen;
      window.callDesk!.on('reminder:activated', (payload) => seen.push(payload));
    });

    await host.clock.advance(dueAt - host.clock.now().getTime() - 1000);
    expect(fromNow()).toEqual([]);
    await host.clock.advance(2000);
    expect(fromNow()).toEqual([
      { title: 'Promise due today: Harbor Point Dental Group', body: '$1,200.00 by bank transfer', customerId: 'cust-harbor' },
    ]);
    await host.clock.advance(3 * 24 * 3_600_000);
    expect(fromNow()).toHaveLength(1);

    expect(await host.clickNotification(earlier)).toBe(1);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { activated: unknown[] }).activated), waitForMain)
      .toEqual([{ customerId: 'cust-harbor' }]);
    expect(host.activations.at(-1)).toBe('cust-harbor');
  });

  test('keeps the main-owned preferences across a page reload', async ({ app, host }) => {
    const page = await app.launch();
    const saved = await page.evaluate(() => window.callDesk!.invoke('preferences:set', { startAtLogin: true }));
    expect(saved).toMatchObject({ ok: true, value: { closeToTray: true, startAtLogin: true } });
    await page.reload();
    // The app also hands main its office clock, from the settings the first-run setup saved.
    const office = { timeZone: e2eOffice.officeTimeZone, locale: e2eOffice.locale };
    await expect
      .poll(() => page.evaluate(() => window.callDesk!.invoke('preferences:get')), waitForMain)
      .toEqual({ ok: true, value: { closeToTray: true, startAtLogin: true, office } });
    expect(host.loginItemChanges).toEqual([true]);
  });
});
