// What a re-import's payments do to the promises on the accounts: the preview says, before
// anything is written, which promise each payment seen in the books counts toward and what the
// promise becomes (kept, or part paid). The same rules as recording a payment by hand
// (shared/promises/lifecycle), over the payments the apply would write.
import type { CalendarDate } from '../../dates/calendar';
import type { Payment } from '../../payments/schema';
import { promiseProgress } from '../../promises/lifecycle';
import type { PaymentPromise, PromiseStatus } from '../../promises/schema';
import type { InvoiceChange } from '../model';
import { seenInBooksPayment } from './stored-rows';

export interface PromiseEffect {
  promiseId: string;
  customerId: string;
  customerName: string;
  currency: string;
  /** The whole promise, and its last due date (the promised date, or the plan's last instalment). */
  amountMinor: number;
  dueDate: CalendarDate;
  before: { status: PromiseStatus; paidMinor: number };
  after: { status: PromiseStatus; paidMinor: number };
}

export interface PromiseEffectsInput {
  /** The balance changes of the plan (those with a payment implied matter). */
  changes: readonly Pick<InvoiceChange, 'invoiceId' | 'customerId' | 'customerName' | 'currency' | 'impliedPaymentMinor'>[];
  /** The promises and payments stored for the customers of those changes. */
  promises: readonly PaymentPromise[];
  payments: readonly Payment[];
  /** Office calendar day the payments would be received on, and the instant they would be written. */
  today: CalendarDate;
  now: string;
  graceDays: number;
  timeZone: string;
}

/** Promises that already count as settled: a payment no longer changes them. */
const settled: ReadonlySet<PromiseStatus> = new Set<PromiseStatus>(['kept', 'cancelled']);

export function promiseEffectsOf(input: PromiseEffectsInput): PromiseEffect[] {
  const paying = input.changes.filter((c) => c.impliedPaymentMinor > 0);
  if (paying.length === 0) return [];
  const names = new Map(paying.map((c) => [c.customerId, c.customerName]));
  const open = input.promises.filter((p) => names.has(p.customerId) && !settled.has(p.status));
  if (open.length === 0) return [];

  const paymentsBy = new Map<string, Payment[]>();
  const add = (payment: Payment) => {
    const list = paymentsBy.get(payment.customerId);
    if (list) list.push(payment);
    else paymentsBy.set(payment.customerId, [payment]);
  };
  for (const payment of input.payments) add(payment);
  const before = new Map([...paymentsBy].map(([id, list]) => [id, [...list]]));
  paying.forEach((change, index) => {
    const invoice = { id: change.invoiceId, customerId: change.customerId, currency: change.currency };
    add(seenInBooksPayment(`preview-${index}`, 'preview', invoice, change.impliedPaymentMinor, input.today, '', input.now));
  });

  const effects: PromiseEffect[] = [];
  for (const promise of open) {
    const progressWith = (payments: readonly Payment[]) =>
      promiseProgress({ promise, payments, today: input.today, graceDays: input.graceDays, timeZone: input.timeZone });
    const was = progressWith(before.get(promise.customerId) ?? []);
    const will = progressWith(paymentsBy.get(promise.customerId) ?? []);
    if (will.paidMinor <= was.paidMinor) continue;
    const lastStep = will.instalments.at(-1);
    effects.push({
      promiseId: promise.id,
      customerId: promise.customerId,
      customerName: names.get(promise.customerId) ?? '',
      currency: promise.currency,
      amountMinor: promise.amountMinor,
      dueDate: lastStep?.dueDate ?? promise.promisedDate,
      before: { status: was.status, paidMinor: was.paidMinor },
      after: { status: will.status, paidMinor: will.paidMinor },
    });
  }
  return effects.sort((a, b) => a.customerName.localeCompare(b.customerName) || a.dueDate.localeCompare(b.dueDate));
}
