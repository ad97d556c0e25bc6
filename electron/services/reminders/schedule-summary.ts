// What the tray menu shows: today's reminders and the next few. Works on the schedule as the
// service keeps it (sorted by instant), so a lookup is a binary search, not a pass over 10k.
import { addDays, todayIn } from '../../../shared/dates/calendar';
import { zonedTimeMs } from '../../../shared/dates/zoned-time';
import type { ReminderKind } from '../../../shared/reminders/schema';
import type { DueReminder } from './resolved-schedule';

export interface ReminderSummaryItem {
  id: string;
  kind: ReminderKind;
  customerId: string;
  customerName: string;
  detail: string;
  /** When it fires (or fired), UTC ISO. */
  fireAt: string;
  fired: boolean;
}

/** The index of the first reminder at or after `ms` in a list sorted by instant. */
function firstAtOrAfter(sorted: readonly DueReminder[], ms: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid]?.atMs ?? Infinity) < ms) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function summarise(reminder: DueReminder, fired: ReadonlyMap<string, number>): ReminderSummaryItem {
  const { entry, atMs } = reminder;
  return {
    id: entry.id,
    kind: entry.kind,
    customerId: entry.customerId,
    customerName: entry.customerName,
    detail: entry.detail,
    fireAt: new Date(atMs).toISOString(),
    fired: fired.get(entry.id) === atMs,
  };
}

/** Reminders whose instant falls on today's calendar day in `timeZone`, fired or not. */
export function remindersOnDay(
  sorted: readonly DueReminder[],
  fired: ReadonlyMap<string, number>,
  now: Date,
  timeZone: string,
): ReminderSummaryItem[] {
  const today = todayIn(timeZone, now);
  const start = zonedTimeMs(today, 0, 0, timeZone);
  const end = zonedTimeMs(addDays(today, 1), 0, 0, timeZone);
  const items: ReminderSummaryItem[] = [];
  for (let i = firstAtOrAfter(sorted, start); i < sorted.length; i++) {
    const reminder = sorted[i];
    if (!reminder || reminder.atMs >= end) break;
    items.push(summarise(reminder, fired));
  }
  return items;
}
