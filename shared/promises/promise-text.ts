// How a promise reads in one line (reminders, follow-up notes): the amount in the office's
// locale and how the customer said they would pay.
import { formatCalendarDate } from '../dates/calendar';
import { formatMoney } from '../money/money';
import type { PromiseProgress } from './lifecycle';
import type { PaymentPromise, PromiseMethod } from './schema';

const methodPhrases: Record<PromiseMethod, string> = {
  'cheque-by-mail': 'by cheque in the mail',
  'card-by-phone': 'by card over the phone',
  'bank-transfer': 'by bank transfer',
  'online-portal': 'through the online portal',
};

/** e.g. "$1,200.00 by bank transfer". */
export function amountAndMethod(amountMinor: number, currency: string, method: PromiseMethod, locale: string): string {
  return `${formatMoney(amountMinor, currency, locale)} ${methodPhrases[method]}`;
}

/**
 * The note on the follow-up created when a promise turns broken or partly kept, e.g.
 * "Promise not kept: $1,200.00 by bank transfer, due Nov 12, 2026; nothing received by Nov 14, 2026. Call the customer."
 */
export function notKeptNote(promise: PaymentPromise, progress: PromiseProgress, locale: string): string {
  const money = (minor: number) => formatMoney(minor, promise.currency, locale);
  const date = (d: string) => formatCalendarDate(d, locale);
  const missed = progress.missedAt ?? progress.next ?? progress.instalments[0];
  const promised = amountAndMethod(promise.amountMinor, promise.currency, promise.method, locale);
  const plan = progress.instalments.length > 1 && missed ? `; instalment ${missed.index + 1} of ${progress.instalments.length}` : '';
  const due = missed ? `, due ${date(missed.dueDate)}${plan}` : '';
  const by = missed ? ` by ${date(missed.deadline)}` : '';
  const received =
    progress.status === 'partially-kept' ? `only ${money(progress.receivedByMissMinor)} received${by}` : `nothing received${by}`;
  const head = progress.status === 'partially-kept' ? 'Promise only partly kept' : 'Promise not kept';
  return `${head}: ${promised}${due}; ${received}. Call the customer.`;
}
