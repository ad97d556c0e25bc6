// Reads what the reminder schedule is built from (open promises with their customers'
// payments, open follow-ups, customer names) in one read transaction. Accounts placed with an
// agency are left out.
import type { CalendarDate } from '../../shared/dates/calendar';
import { buildReminderSchedule, type ScheduleSettings } from '../../shared/reminders/build-schedule';
import type { ReminderEntry } from '../../shared/reminders/schema';
import type { CallDeskDb } from '../data/db';

export function loadReminderSchedule(db: CallDeskDb, settings: ScheduleSettings, today: CalendarDate): Promise<ReminderEntry[]> {
  return db.transaction('r', [db.promises, db.payments, db.followUps, db.customers], async () => {
    const [promises, followUps] = await Promise.all([
      db.promises.where('status').equals('open').toArray(),
      db.followUps.where('status').equals('open').toArray(),
    ]);
    const promiseCustomers = [...new Set(promises.map((p) => p.customerId))];
    const customerIds = [...new Set([...promiseCustomers, ...followUps.map((f) => f.customerId)])];
    const [payments, customers] = await Promise.all([
      db.payments.where('customerId').anyOf(promiseCustomers).toArray(),
      db.customers.bulkGet(customerIds),
    ]);
    const customerNames = new Map(customers.flatMap((c) => (c ? [[c.id, c.legalName] as const] : [])));
    // An account placed with an agency is the agency's to collect: no reminders while it is there.
    const placed = new Set(customers.flatMap((c) => (c?.placement ? [c.id] : [])));
    return buildReminderSchedule({
      promises: placed.size ? promises.filter((p) => !placed.has(p.customerId)) : promises,
      payments,
      followUps: placed.size ? followUps.filter((f) => !placed.has(f.customerId)) : followUps,
      customerNames,
      settings,
      today,
    });
  });
}
