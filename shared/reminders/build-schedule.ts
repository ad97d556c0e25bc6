// The reminder schedule the renderer sends to main ('reminders:sync'): one entry per unpaid
// instalment of every open promise (on its date at the reminder time, office time, and
// optionally the working day before) and one per open follow-up at its exact time.
//
// Only what is due from today on is scheduled: main fires anything it has never fired as soon
// as it learns of it, and older items already wait in the Promises and Follow-ups views.
import { groupByCustomer } from '../common/group-by';
import type { CalendarDate } from '../dates/calendar';
import { workingDayBefore } from '../dates/working-days';
import { zonedTimeMs } from '../dates/zoned-time';
import type { FollowUp } from '../follow-ups/schema';
import type { Payment } from '../payments/schema';
import { promiseProgress } from '../promises/lifecycle';
import { amountAndMethod } from '../promises/promise-text';
import type { PaymentPromise } from '../promises/schema';
import type { Settings } from '../settings/schema';
import type { ReminderEntry, ReminderFireAt } from './schema';

export type ScheduleSettings = Pick<Settings, 'reminderTime' | 'remindDayBefore' | 'officeTimeZone' | 'locale' | 'promiseGraceDays'>;

export interface ScheduleSources {
  /** Promises of any status; only open ones are scheduled. */
  promises: readonly PaymentPromise[];
  /** The payments of those promises' customers (to leave out instalments already paid). */
  payments: readonly Payment[];
  /** Follow-ups of any status; only open ones are scheduled. */
  followUps: readonly FollowUp[];
  /** Customer id → the name a notification shows. Records of unknown customers are skipped. */
  customerNames: ReadonlyMap<string, string>;
  settings: ScheduleSettings;
  /** The office's calendar date. */
  today: CalendarDate;
}

const followUpDefaults: Record<FollowUp['kind'], string> = {
  callback: 'Call back as agreed.',
  'promise-check': 'Check whether the promised payment came in.',
  task: 'Follow-up task due.',
};

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function promiseEntries(promise: PaymentPromise, name: string, payments: readonly Payment[], sources: ScheduleSources): ReminderEntry[] {
  const { settings, today } = sources;
  const progress = promiseProgress({
    promise,
    payments,
    today,
    graceDays: settings.promiseGraceDays,
    timeZone: settings.officeTimeZone,
  });
  const count = progress.instalments.length;
  const entries: ReminderEntry[] = [];
  for (const instalment of progress.instalments) {
    const owedMinor = instalment.amountMinor - instalment.paidMinor;
    if (owedMinor <= 0) continue;
    const plan = count > 1 ? ` (instalment ${instalment.index + 1} of ${count})` : '';
    const base = {
      customerId: promise.customerId,
      customerName: clip(name, 200),
      detail: clip(amountAndMethod(owedMinor, promise.currency, promise.method, settings.locale) + plan, 300),
      amountMinor: owedMinor,
      currency: promise.currency,
      method: promise.method,
    };
    const at = (date: CalendarDate): ReminderFireAt => ({
      kind: 'local',
      date,
      time: settings.reminderTime,
      timeZone: settings.officeTimeZone,
    });
    if (instalment.dueDate >= today) {
      entries.push({ id: `promise:${promise.id}:due:${instalment.dueDate}`, kind: 'promise-due', fireAt: at(instalment.dueDate), ...base });
    }
    const before = workingDayBefore(instalment.dueDate);
    if (settings.remindDayBefore && before >= today) {
      entries.push({ id: `promise:${promise.id}:before:${instalment.dueDate}`, kind: 'promise-day-before', fireAt: at(before), ...base });
    }
  }
  return entries;
}

function followUpEntry(followUp: FollowUp, name: string): ReminderEntry {
  return {
    // The due time is part of the id: a snoozed follow-up is a new reminder.
    id: `followup:${followUp.id}:${followUp.dueAt}`,
    kind: followUp.kind === 'callback' ? 'callback' : 'follow-up',
    customerId: followUp.customerId,
    customerName: clip(name, 200),
    fireAt: { kind: 'instant', at: followUp.dueAt },
    detail: clip(followUp.note || followUpDefaults[followUp.kind], 300),
    amountMinor: null,
    currency: null,
    method: null,
  };
}

export function buildReminderSchedule(sources: ScheduleSources): ReminderEntry[] {
  const { customerNames, settings, today } = sources;
  const payments = groupByCustomer(sources.payments);
  const entries: ReminderEntry[] = [];
  for (const promise of sources.promises) {
    const name = customerNames.get(promise.customerId);
    if (promise.status !== 'open' || !name) continue;
    entries.push(...promiseEntries(promise, name, payments.get(promise.customerId) ?? [], sources));
  }
  const startOfTodayMs = zonedTimeMs(today, 0, 0, settings.officeTimeZone);
  for (const followUp of sources.followUps) {
    const name = customerNames.get(followUp.customerId);
    if (followUp.status !== 'open' || !name || Date.parse(followUp.dueAt) < startOfTodayMs) continue;
    entries.push(followUpEntry(followUp, name));
  }
  return entries;
}
