// The dashboard reads the account digest alone: what is owed, the last two weeks' calls, and the
// promises and payments it can ask about. These tests prove the digest leaves nothing out: the
// figures from it equal the figures computed from every row of every table.
import { describe, expect, it } from 'vitest';
import { readDashboardInputs } from '../../../renderer/dashboard/dashboard-inputs';
import { bulkLoad } from '../../../renderer/data/bulk-load';
import type { CallDeskDb } from '../../../renderer/data/db';
import { recentCallDays } from '../../../shared/account-digest/model';
import { computeDashboard, dashboardWindows } from '../../../shared/dashboard/compute-dashboard';
import { firstDayOfWeekFor } from '../../../shared/dashboard/periods';
import { createDemoData } from '../../../shared/demo/demo-data';
import { useFreshDb } from '../data/fixtures';

const settings = { officeTimeZone: 'America/Chicago', locale: 'en-US', promiseGraceDays: 2 };
const today = '2026-06-17';

async function fromEveryRow(db: CallDeskDb) {
  return computeDashboard({
    today,
    officeTimeZone: settings.officeTimeZone,
    firstDayOfWeek: firstDayOfWeekFor(settings.locale),
    promiseGraceDays: settings.promiseGraceDays,
    invoices: await db.invoices.toArray(),
    payments: await db.payments.toArray(),
    promises: await db.promises.toArray(),
    calls: await db.calls.toArray(),
    placedAccounts: (await db.customers.toArray())
      .filter((c) => c.placement)
      .map((c) => ({ customerId: c.id, openBalances: c.openBalances })),
  });
}

describe('reading the dashboard inputs', () => {
  let db: CallDeskDb;
  useFreshDb((fresh) => (db = fresh));

  it('gives the same figures as every row of every table', async () => {
    const now = new Date(`${today}T16:00:00.000Z`);
    const demo = createDemoData({ today, now });
    // One placed account, so the placements figure has something to count.
    const placed = demo.customers[3]!;
    placed.placement = { placementId: 'placement-1', agencyName: 'Summit Recovery', placedOn: '2026-06-01' };
    await bulkLoad(db, demo, { defaultCountry: 'US' });

    const inputs = await readDashboardInputs(db, today, settings, now);
    expect(inputs.invoices.every((i) => i.status === 'open')).toBe(true);
    expect(inputs.calls.length).toBeLessThan(demo.calls.length);
    expect(inputs.placedAccounts.map((a) => a.customerId)).toEqual([placed.id]);

    const everything = await fromEveryRow(db);
    const fromReads = computeDashboard(inputs);
    expect(fromReads).toEqual(everything);
    // The demo has something in every figure, so the comparison above compares real numbers.
    expect(fromReads.receivables[0]!.totalDueMinor).toBeGreaterThan(0);
    expect(fromReads.calls.made).toBeGreaterThan(0);
    expect(fromReads.promises.last90.made.count).toBeGreaterThan(0);
    expect(fromReads.collected.month.paymentCount).toBeGreaterThan(0);
    expect(fromReads.placements.openBalances.length).toBe(1);
  });

  it('counts the same calls from a digest worked out the day before, with nothing written since', async () => {
    const now = new Date(`${today}T16:00:00.000Z`);
    await bulkLoad(db, createDemoData({ today, now }), { defaultCountry: 'US' });
    // The digest is worked out a day earlier and kept: a later read only refreshes what was written.
    const dayBefore = new Date(now.getTime() - 86_400_000);
    await readDashboardInputs(db, '2026-06-16', settings, dayBefore);
    const fromKeptDigest = computeDashboard(await readDashboardInputs(db, today, settings, now));
    const everyCall = computeDashboard({ ...(await readDashboardInputs(db, today, settings, now)), calls: await db.calls.toArray() });
    expect(fromKeptDigest.calls).toEqual(everyCall.calls);
    expect(fromKeptDigest.calls.made).toBeGreaterThan(0);
    // The digest keeps more days of calls than the dashboard shows.
    expect(recentCallDays).toBeGreaterThan(dashboardWindows.callDays);
  });

  it('gives the same figures from a digest worked out ten days before, with nothing written since', async () => {
    const now = new Date(`${today}T16:00:00.000Z`);
    await bulkLoad(db, createDemoData({ today, now }), { defaultCountry: 'US' });
    // Promises, payments and calls all come from entries kept since then.
    await readDashboardInputs(db, '2026-06-07', settings, new Date(now.getTime() - 10 * 86_400_000));
    const fromKeptDigest = computeDashboard(await readDashboardInputs(db, today, settings, now));
    expect(fromKeptDigest).toEqual(await fromEveryRow(db));
    expect(fromKeptDigest.promises.last90.made.count).toBeGreaterThan(0);
    expect(fromKeptDigest.collected.month.paymentCount).toBeGreaterThan(0);
  });

  it('reads nothing for an empty office', async () => {
    const inputs = await readDashboardInputs(db, today, settings);
    expect([inputs.invoices, inputs.payments, inputs.promises, inputs.calls, inputs.placedAccounts]).toEqual([[], [], [], [], []]);
  });
});
