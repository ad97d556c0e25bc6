// The words on a reminder notification. One due reminder names the customer and says what
// was promised (the renderer's `detail` line); several at once become one grouped notice, so
// a morning with twelve promises due taps the user once instead of twelve times.
import { todayIn } from '../../../shared/dates/calendar';
import type { ReminderNotice } from './ports';
import type { DueReminder } from './resolved-schedule';

/** How many names a grouped notice lists before "and N more" (OS notifications are short). */
const namesShown = 4;
const hourMs = 3_600_000;

export const damagedScheduleNotice: ReminderNotice = {
  title: 'Call Desk reminders',
  body: 'The reminder list could not be read. It will be rebuilt from your accounts when Call Desk opens.',
  customerId: null,
};

/** Today's date per zone, worked out once per notice (Intl formatting is not cheap). */
function todayPerZone(now: Date): (timeZone: string) => string {
  const known = new Map<string, string>();
  return (timeZone) => {
    let today = known.get(timeZone);
    if (today === undefined) known.set(timeZone, (today = todayIn(timeZone, now)));
    return today;
  };
}

/**
 * Still the day it was meant for? A promise reminder missed while the machine was off must not
 * say "due today" two days later.
 */
function onItsDay({ entry, atMs }: DueReminder, now: Date, today: (timeZone: string) => string): boolean {
  const fireAt = entry.fireAt;
  if (fireAt.kind === 'local') return fireAt.date === today(fireAt.timeZone);
  return now.getTime() - atMs < 12 * hourMs;
}

function singleTitle(due: DueReminder, now: Date): string {
  const { kind, customerName } = due.entry;
  const today = todayPerZone(now);
  switch (kind) {
    case 'promise-due':
      return onItsDay(due, now, today) ? `Promise due today: ${customerName}` : `Promise past due: ${customerName}`;
    case 'promise-day-before':
      return onItsDay(due, now, today) ? `Promise due next working day: ${customerName}` : `Promise coming due: ${customerName}`;
    case 'callback':
      return now.getTime() - due.atMs > hourMs ? `Missed callback: ${customerName}` : `Callback due: ${customerName}`;
    case 'follow-up':
      return `Follow-up due: ${customerName}`;
  }
}

function groupTitle(due: readonly DueReminder[], now: Date): string {
  const n = due.length;
  const kinds = new Set(due.map((d) => d.entry.kind));
  const today = todayPerZone(now);
  if (kinds.size === 1 && kinds.has('promise-due') && due.every((d) => onItsDay(d, now, today))) return `${n} promises due today`;
  if ([...kinds].every((k) => k === 'promise-due' || k === 'promise-day-before')) return `${n} promises to follow up`;
  if (kinds.size === 1 && kinds.has('callback')) return `${n} callbacks due`;
  return `${n} reminders due`;
}

function listNames(due: readonly DueReminder[]): string {
  const names = [...new Set(due.map((d) => d.entry.customerName))];
  if (names.length <= namesShown) return names.join(', ');
  return `${names.slice(0, namesShown).join(', ')} and ${names.length - namesShown} more`;
}

/** The notice for everything that fell due at once (`due` is non-empty, oldest first). */
export function reminderNotice(due: readonly DueReminder[], now: Date): ReminderNotice {
  const customers = new Set(due.map((d) => d.entry.customerId));
  // One customer (even with two reminders) opens that customer; several open the list.
  const customerId = customers.size === 1 ? (due[0]?.entry.customerId ?? null) : null;
  const [only] = due;
  if (due.length === 1 && only) {
    return { title: singleTitle(only, now), body: only.entry.detail || 'Open the customer in Call Desk.', customerId };
  }
  return { title: groupTitle(due, now), body: listNames(due), customerId };
}
