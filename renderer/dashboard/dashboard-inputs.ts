// Reads what the dashboard is computed from, in one transaction, without walking the big tables:
// what is owed, who is placed and the last two weeks' calls come from the account digest
// (shared/account-digest); promises are those made in the last 90 days and the live ones the
// digest says have a date in the next week; payments are this month's and week's (by the day
// received) and those the open promises can count (per customer, from the day each was made).
import { computeDashboard, dashboardWindows } from '../../shared/dashboard/compute-dashboard';
import type { Dashboard, DashboardCall, DashboardInputs, DashboardInvoice, PlacedAccount } from '../../shared/dashboard/model';
import { firstDayOfWeekFor, lastDays, monthSoFar, nextDays, weekSoFar } from '../../shared/dashboard/periods';
import { hasStepIn } from '../../shared/dashboard/promise-figures';
import { paymentsCountedBy, paymentsReceivedFrom } from '../promises/counted-payments';
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

  return db.transaction('rw', [...digestTables(db), db.payments], async () => {
    const [entries, recentPromises, recentPayments] = await Promise.all([
      currentDigest(db, now),
      db.promises.where('createdAt').aboveOrEqual(promisesFrom).toArray(),
      paymentsReceivedFrom(db, paidFrom),
    ]);
    // Promises made in the window, and live ones with something falling due in the next days.
    const dueSoonIds = entries.flatMap((entry) =>
      entry.livePromises.filter((p) => p.lastStepDate >= dueSoon.from && p.firstStepDate <= dueSoon.to).map((p) => p.id),
    );
    const dueSoonPromises = (await db.promises.bulkGet(dueSoonIds)).filter(
      (p): p is PaymentPromise => p !== undefined && hasStepIn(p, dueSoon),
    );
    const promises = uniqueById(dueSoonPromises, recentPromises);
    // This month's and week's payments, and every payment the open ones can count (any other
    // status is final and taken as stored: shared/dashboard/promise-figures.ts).
    const payments: Payment[] = uniqueById(
      recentPayments,
      await paymentsCountedBy(
        db,
        promises.filter((p) => p.status === 'open'),
      ),
    );

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
