// Reads what the dashboard is computed from, in one transaction, from the account digest alone
// (shared/account-digest): what is owed, who is placed and the last two weeks' calls; promises
// made in the last 90 days and the live ones with a date in the next week; payments received this
// month and week and those the open promises can count, all of which the digest keeps whole.
import { computeDashboard, dashboardWindows } from '../../shared/dashboard/compute-dashboard';
import type { Dashboard, DashboardCall, DashboardInputs, DashboardInvoice, PlacedAccount } from '../../shared/dashboard/model';
import { firstDayOfWeekFor, lastDays, monthSoFar, nextDays, weekSoFar } from '../../shared/dashboard/periods';
import { hasStepIn } from '../../shared/dashboard/promise-figures';
import { zonedTimeMs } from '../../shared/dates/zoned-time';
import type { Payment } from '../../shared/payments/schema';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { Settings } from '../../shared/settings/schema';
import { currentDigest, digestTables } from '../account-digest/current-digest';
import type { CallDeskDb } from '../data/db';

export type DashboardSettings = Pick<Settings, 'officeTimeZone' | 'locale' | 'promiseGraceDays'>;

const dayMs = 86_400_000;

function uniqueById<T extends { id: string }>(...lists: readonly T[][]): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) for (const row of list) byId.set(row.id, row);
  return [...byId.values()];
}

export async function readDashboardInputs(
  db: CallDeskDb,
  today: string,
  settings: DashboardSettings,
  now: Date = new Date(),
): Promise<DashboardInputs> {
  const { officeTimeZone } = settings;
  const firstDayOfWeek = firstDayOfWeekFor(settings.locale);
  // Instants a day before each window's first office midnight: the figures place each row on its
  // office day themselves, so reading a little early only adds rows they ignore.
  const instantBefore = (day: string) => new Date(zonedTimeMs(day, 0, 0, officeTimeZone) - dayMs).toISOString();
  const callsFrom = instantBefore(lastDays(today, dashboardWindows.callDays).from);
  const promisesFrom = instantBefore(lastDays(today, dashboardWindows.promisesLong).from);
  const week = weekSoFar(today, firstDayOfWeek).from;
  const month = monthSoFar(today).from;
  const paidFrom = week < month ? week : month;
  const dueSoon = nextDays(today, dashboardWindows.dueSoon);

  return db.transaction('rw', digestTables(db), async () => {
    const entries = await currentDigest(db, now);
    // Live promises with something falling due in the next days, and promises made in the window.
    const dueSoonPromises: PaymentPromise[] = [];
    const recentPromises: PaymentPromise[] = [];
    for (const entry of entries) {
      const kept = entry.promises;
      if (kept.length === 0) continue;
      const dueSoonIds = new Set(
        entry.livePromises.filter((p) => p.lastStepDate >= dueSoon.from && p.firstStepDate <= dueSoon.to).map((p) => p.id),
      );
      for (const promise of kept) {
        if (dueSoonIds.has(promise.id) && hasStepIn(promise, dueSoon)) dueSoonPromises.push(promise);
        if (promise.createdAt >= promisesFrom) recentPromises.push(promise);
      }
    }
    const promises = uniqueById(dueSoonPromises, recentPromises);
    // This month's and week's payments, and every payment the open promises can count (any other
    // status is final and taken as stored: shared/dashboard/promise-figures.ts). The entry keeps
    // a superset of the latter; the lifecycle picks those that count.
    const withOpenPromise = new Set(promises.filter((p) => p.status === 'open').map((p) => p.customerId));
    const payments: Payment[] = [];
    for (const entry of entries) {
      const open = withOpenPromise.has(entry.customerId);
      for (const payment of entry.payments) if (open || payment.receivedOn >= paidFrom) payments.push(payment);
    }

    const invoices: DashboardInvoice[] = [];
    const placedAccounts: PlacedAccount[] = [];
    // An entry keeps its account's closed calls of the last recentCallDays (15): the two weeks
    // of calls per day, with no call read.
    const calls: DashboardCall[] = [];
    for (const entry of entries) {
      for (const due of entry.dues)
        invoices.push({
          currency: due.currency,
          dueDate: due.dueDate,
          balanceMinor: due.amountMinor,
          status: 'open',
          invoiceCount: due.invoiceCount,
        });
      if (entry.placedWith !== null) placedAccounts.push({ customerId: entry.customerId, openBalances: entry.openBalances });
      for (const attempt of entry.attempts)
        if (attempt.at >= callsFrom) calls.push({ startedAt: attempt.at, status: 'closed', result: attempt.result });
    }
    return {
      today,
      officeTimeZone,
      firstDayOfWeek,
      promiseGraceDays: settings.promiseGraceDays,
      invoices,
      payments,
      promises,
      calls,
      placedAccounts,
    };
  });
}

export async function loadDashboard(
  db: CallDeskDb,
  today: string,
  settings: DashboardSettings,
  now: Date = new Date(),
): Promise<Dashboard> {
  return computeDashboard(await readDashboardInputs(db, today, settings, now));
}
