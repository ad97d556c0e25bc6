// The queue's reasons in words, as the bookkeeper reads them on Today: why to call, and why an
// account is left out. Amounts in the office locale, one per currency; times on the office clock.
import { daysBetween, formatCalendarDate, type CalendarDate } from '../dates/calendar';
import { formatInstant, officeDateOf, type OfficeClock } from '../dates/office-time';
import { formatCurrencyTotals } from '../money/currency-totals';
import { formatMoney } from '../money/money';
import { amountAndMethod } from '../promises/promise-text';
import { pluralIn } from '../wording/plural';
import type { LeftOutReason } from './exclusions';
import type { TodayFollowUp, TodayPromise } from './facts';
import type { TodayReason } from './queue';
import type { ScorePart } from './score';

export interface WordingContext {
  office: OfficeClock;
  /** The office's calendar date. */
  today: CalendarDate;
}

const followUpNames: Record<TodayFollowUp['kind'], string> = { callback: 'Callback', task: 'Task', 'promise-check': 'Promise check' };

/** "today", "yesterday", "tomorrow" or "on Jun 9, 2026". */
export function relativeDay(date: CalendarDate, { office, today }: WordingContext): string {
  const offset = daysBetween(today, date);
  if (offset === 0) return 'today';
  if (offset === -1) return 'yesterday';
  if (offset === 1) return 'tomorrow';
  return `on ${formatCalendarDate(date, office.locale)}`;
}

function followUpText(followUp: TodayFollowUp, overdue: boolean, ctx: WordingContext): string {
  const day = officeDateOf(followUp.dueAt, ctx.office.timeZone);
  const time = formatInstant(followUp.dueAt, ctx.office, 'time');
  const since = daysBetween(day, ctx.today) === 1 ? `yesterday at ${time}` : formatInstant(followUp.dueAt, ctx.office, 'dateTime');
  const when = overdue ? `overdue since ${since}` : `due ${time}`;
  const note = followUp.note.trim();
  return `${followUpNames[followUp.kind]}, ${when}${note ? `: ${note}` : ''}`;
}

/** "Promise of $1,200.00 by card over the phone", or "Instalment 2 of 3 ($620.00 by card over the phone)". */
export function promiseLead(promise: TodayPromise, locale: string): string {
  const { amountMinor, index, count } = promise.instalment;
  const terms = amountAndMethod(amountMinor, promise.currency, promise.method, locale);
  return count > 1 ? `Instalment ${index + 1} of ${count} (${terms})` : `Promise of ${terms}`;
}

function daysSince(at: string | null, ctx: WordingContext): string {
  if (at === null) return 'never called';
  const days = daysBetween(officeDateOf(at, ctx.office.timeZone), ctx.today);
  if (days <= 0) return 'called today';
  return `last call ${pluralIn(ctx.office.locale)(days, 'day')} ago`;
}

export function reasonText(reason: TodayReason, ctx: WordingContext): string {
  const locale = ctx.office.locale;
  switch (reason.kind) {
    case 'follow-up':
      return followUpText(reason.followUp, reason.overdue, ctx);
    case 'promise-due':
      return `${promiseLead(reason.promise, locale)} is due today`;
    case 'promise-late':
      return `${promiseLead(reason.promise, locale)} was due ${relativeDay(reason.promise.instalment.dueDate, ctx)}; not received yet`;
    case 'promise-broken': {
      const received = reason.promise.status === 'partially-kept' ? 'only part received' : 'nothing received';
      return `${promiseLead(reason.promise, locale)} was due ${relativeDay(reason.promise.instalment.dueDate, ctx)}; ${received}`;
    }
    case 'chase': {
      const amounts = formatCurrencyTotals(reason.pastDue, locale, reason.pastDue[0]?.currency ?? 'USD');
      const days = pluralIn(locale)(reason.daysPastDue, 'day');
      return `${amounts} past due, oldest ${days}; ${daysSince(reason.lastContactAt, ctx)}`;
    }
  }
}

export function leftOutText(reason: LeftOutReason, ctx: WordingContext): string {
  switch (reason.kind) {
    case 'placed':
      return `Placed with ${reason.agencyName}`;
    case 'dispute':
      return 'Dispute open: on hold until it is resolved';
    case 'nothing-past-due':
      return 'Nothing past due';
    case 'promise-pending': {
      const { instalment, currency } = reason.promise;
      return `Promise pending: ${formatMoney(instalment.amountMinor, currency, ctx.office.locale)} due ${relativeDay(instalment.dueDate, ctx)}`;
    }
    case 'contacted-today':
      return `Already called today at ${formatInstant(reason.at, ctx.office, 'time')}`;
    case 'contact-rule':
      return capitalise(reason.breach.short);
  }
}

/** The full sentence behind a reason, for "why?" on demand. */
export function leftOutDetail(reason: LeftOutReason, ctx: WordingContext): string {
  if (reason.kind === 'contact-rule') return reason.breach.message;
  return `${leftOutText(reason, ctx)}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const scorePartNames: Record<ScorePart['name'], string> = {
  size: 'Largest past-due amount',
  'just-past-due': 'Only just past due',
  bucket: 'Age of the oldest invoice',
  weekday: 'Day of the week for this kind of account',
  'no-contact': 'Time since the last call',
  'broken-promises': 'Broken promises',
};

/** "Largest past-due amount +33.9", "Broken promises −8". */
export function scorePartText(part: ScorePart): string {
  const points = Math.round(part.points * 10) / 10;
  const sign = points < 0 ? '−' : '+';
  return `${scorePartNames[part.name]} ${sign}${Math.abs(points)}`;
}
