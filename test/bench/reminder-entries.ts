// A pending reminder schedule the size of a big book of promises (half promise days in the
// office zone, half callbacks at exact times), shared by the page and the Node side of the bench.
import { addDays } from '../../shared/dates/calendar';
import type { ReminderEntry } from '../../shared/reminders/schema';

/** A pending schedule the size of a big book of promises: half promise days, half callbacks. */
export function reminderEntries(count: number, today: string, variant: number): ReminderEntry[] {
  const entries: ReminderEntry[] = [];
  for (let i = 0; i < count; i++) {
    const day = addDays(today, 1 + ((i + variant) % 60));
    entries.push({
      id: i % 2 === 0 ? `promise:p${i}:due:${day}` : `followup:f${i}:${day}`,
      kind: i % 2 === 0 ? 'promise-due' : 'callback',
      customerId: `c${i % 10_000}`,
      customerName: `Customer ${i % 10_000}`,
      fireAt:
        i % 2 === 0
          ? { kind: 'local', date: day, time: '09:00', timeZone: 'America/Chicago' }
          : { kind: 'instant', at: `${day}T15:30:00.000Z` },
      detail: '$1,200.00 by bank transfer',
      amountMinor: 120_000,
      currency: 'USD',
      method: 'bank-transfer',
    });
  }
  return entries;
}
