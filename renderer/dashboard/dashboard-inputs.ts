// Reads what the dashboard is computed from, in one read transaction: the open invoices (by
// their status index), the payments and promises, the placed accounts, and only the calls of
// customers called in the last two weeks (a range read per customer, on the calls' index).
import { Dexie } from 'dexie';
import { computeDashboard, dashboardWindows } from '../../shared/dashboard/compute-dashboard';
import type { Dashboard, DashboardCall, DashboardInputs, PlacedAccount } from '../../shared/dashboard/model';
import { firstDayOfWeekFor, lastDays } from '../../shared/dashboard/periods';
import { zonedTimeMs } from '../../shared/dates/zoned-time';
import type { Settings } from '../../shared/settings/schema';
import type { CallDeskDb } from '../data/db';

export type DashboardSettings = Pick<Settings, 'officeTimeZone' | 'locale' | 'promiseGraceDays'>;

export async function readDashboardInputs(db: CallDeskDb, today: string, settings: DashboardSettings): Promise<DashboardInputs> {
  const { officeTimeZone } = settings;
  // Calls before the first call day's office midnight are not shown; a day's margin is left for
  // the figures to place each call on its office day themselves.
  const firstCallDay = lastDays(today, dashboardWindows.callDays).from;
  const callsFrom = new Date(zonedTimeMs(firstCallDay, 0, 0, officeTimeZone) - 86_400_000).toISOString();

  return db.transaction('r', [db.customers, db.invoices, db.payments, db.promises, db.calls], async () => {
    const [customers, invoices, payments, promises] = await Promise.all([
      db.customers.toArray(),
      db.invoices.where('status').equals('open').toArray(),
      db.payments.toArray(),
      db.promises.toArray(),
    ]);
    const placedAccounts: PlacedAccount[] = [];
    // A customer's summary holds the start of its latest closed call: no later call, none to read.
    const called: string[] = [];
    for (const customer of customers) {
      if (customer.placement) placedAccounts.push({ customerId: customer.id, openBalances: customer.openBalances ?? [] });
      if (customer.lastCallAt && customer.lastCallAt >= callsFrom) called.push(customer.id);
    }
    const calls: DashboardCall[] =
      called.length === 0
        ? []
        : await db.calls
            .where('[customerId+startedAt]')
            .inAnyRange(called.map((id) => [[id, callsFrom], [id, Dexie.maxKey]]))
            .toArray();
    return {
      today,
      officeTimeZone,
      firstDayOfWeek: firstDayOfWeekFor(settings.locale),
      promiseGraceDays: settings.promiseGraceDays,
      invoices,
      payments,
      promises,
      calls,
      placedAccounts,
    };
  });
}

export async function loadDashboard(db: CallDeskDb, today: string, settings: DashboardSettings): Promise<Dashboard> {
  return computeDashboard(await readDashboardInputs(db, today, settings));
}
