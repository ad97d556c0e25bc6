// How promise statuses and instalment states read on screen (the Promises view and the
// customer file's timeline say them the same way).
import { formatCalendarDate } from '../../shared/dates/calendar';
import { formatMoney } from '../../shared/money/money';
import type { InstalmentProgress, PromiseProgress } from '../../shared/promises/lifecycle';
import type { PromiseStatus } from '../../shared/promises/schema';

export const promiseStatusText: Record<PromiseStatus, string> = {
  open: 'Open',
  kept: 'Kept',
  'partially-kept': 'Partly kept',
  broken: 'Broken',
  cancelled: 'Cancelled',
};

export const promiseStatusTone: Record<PromiseStatus, string> = {
  open: 'accent',
  kept: 'success',
  'partially-kept': 'warning',
  broken: 'danger',
  cancelled: '',
};

/** e.g. "paid", "partly paid: $200.00 of $620.00", "missed", "due". */
export function instalmentStateText(i: InstalmentProgress, currency: string, locale: string): string {
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const part = i.paidMinor > 0 ? ` (${money(i.paidMinor)} of ${money(i.amountMinor)} paid)` : '';
  switch (i.state) {
    case 'paid':
      return 'paid';
    case 'partly-paid':
      return `partly paid: ${money(i.paidMinor)} of ${money(i.amountMinor)}`;
    case 'due':
      return 'due';
    case 'overdue':
      return `overdue, grace until ${formatCalendarDate(i.deadline, locale)}`;
    case 'missed':
      return `missed${part}`;
  }
}

/** "2 of 3 paid" for a plan; for a single promise what came in, or null when nothing did. */
export function progressSummary(progress: PromiseProgress, amountMinor: number, currency: string, locale: string): string | null {
  const money = (minor: number) => formatMoney(minor, currency, locale);
  if (progress.instalments.length > 1) {
    const paid = progress.instalments.filter((i) => i.state === 'paid').length;
    const missed = progress.instalments.filter((i) => i.state === 'missed').length;
    return `${paid} of ${progress.instalments.length} paid${missed > 0 ? `, ${missed} missed` : ''}`;
  }
  if (progress.paidMinor === 0) return null;
  return progress.paidMinor >= amountMinor ? 'Paid in full' : `${money(progress.paidMinor)} of ${money(amountMinor)} received`;
}

/** The outcome of a decided promise in one sentence, or null while it is open. */
export function outcomeText(
  status: PromiseStatus,
  progress: PromiseProgress,
  amountMinor: number,
  currency: string,
  locale: string,
): string | null {
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const by = progress.missedAt ? ` by ${formatCalendarDate(progress.missedAt.deadline, locale)}` : '';
  switch (status) {
    case 'kept':
      return 'Kept: paid in full on time.';
    case 'broken':
      return `Broken: nothing received${by}.`;
    case 'partially-kept':
      return `Partly kept: ${money(progress.receivedByMissMinor)} of ${money(amountMinor)} received${by}.`;
    default:
      return null;
  }
}
