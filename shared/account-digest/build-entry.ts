// One account's digest entry from its own records. Pure: the renderer reads the records (a full
// rebuild reads them all at once, a refresh one customer's), this decides what they come to.
import { reachedResults, type Call } from '../calls/schema';
import { customerDisplayName, type Customer } from '../customers/schema';
import type { Dispute } from '../disputes/schema';
import type { Invoice } from '../invoices/schema';
import type { CurrencyAmount } from '../money/currency-totals';
import { planOf } from '../promises/lifecycle';
import type { PaymentPromise } from '../promises/schema';
import type { Payment } from '../payments/schema';
import { keptPayments, keptPaymentsFrom, keptPromises } from './kept-rows';
import { attemptDays, recentCallDays, type AccountDigestEntry, type DigestAttempt, type DigestDue, type DigestPromiseRef } from './model';

export type DigestCustomer = Pick<
  Customer,
  'id' | 'legalName' | 'tradingName' | 'kind' | 'timeZone' | 'placement' | 'doNotCall' | 'ceaseContact' | 'tags'
> & {
  openBalances?: CurrencyAmount[];
  lastCallAt: string | null;
};
export type DigestInvoice = Pick<Invoice, 'id' | 'dueDate' | 'currency' | 'balanceMinor' | 'status'>;
export type DigestDispute = Pick<Dispute, 'invoiceId' | 'status'>;
export type DigestCall = Pick<Call, 'startedAt' | 'status' | 'result'>;

/** Broken or partly kept: what counts against the account, and (with open) what is still live. */
const againstStatuses: ReadonlySet<string> = new Set(['broken', 'partially-kept']);

function promiseRefsOf(promises: readonly PaymentPromise[]): { brokenPromises: number; livePromises: DigestPromiseRef[] } {
  let brokenPromises = 0;
  const livePromises: DigestPromiseRef[] = [];
  for (const promise of promises) {
    const against = againstStatuses.has(promise.status);
    if (against) brokenPromises += 1;
    if (!against && promise.status !== 'open') continue;
    const plan = planOf(promise);
    livePromises.push({
      id: promise.id,
      open: promise.status === 'open',
      firstStepDate: plan[0]?.dueDate ?? promise.promisedDate,
      lastStepDate: plan.at(-1)?.dueDate ?? promise.promisedDate,
    });
  }
  return { brokenPromises, livePromises };
}

/** The earliest call start the contact rules count at `now`. */
export function attemptsFrom(now: Date): string {
  return new Date(now.getTime() - attemptDays * 86_400_000).toISOString();
}

/** The earliest call start an entry computed at `computedAt` keeps. */
export function recentCallsFrom(computedAt: Date): string {
  return new Date(computedAt.getTime() - recentCallDays * 86_400_000).toISOString();
}

function duesOf(invoices: readonly DigestInvoice[], disputedInvoiceIds: ReadonlySet<string>): DigestDue[] {
  const byKey = new Map<string, DigestDue>();
  for (const invoice of invoices) {
    if (invoice.status !== 'open' || invoice.balanceMinor <= 0) continue;
    const disputed = disputedInvoiceIds.has(invoice.id);
    const key = `${invoice.dueDate}|${invoice.currency}|${disputed ? 1 : 0}`;
    const found = byKey.get(key);
    if (found) {
      found.amountMinor += invoice.balanceMinor;
      found.invoiceCount += 1;
    } else
      byKey.set(key, {
        dueDate: invoice.dueDate,
        currency: invoice.currency,
        amountMinor: invoice.balanceMinor,
        invoiceCount: 1,
        disputed,
      });
  }
  return [...byKey.values()].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}

function attemptsOf(calls: readonly DigestCall[], from: string): DigestAttempt[] {
  return calls
    .filter((call) => call.status === 'closed' && call.startedAt >= from)
    .map((call) => ({ at: call.startedAt, result: call.result, reached: call.result !== null && reachedResults.has(call.result) }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * The entry for `customer`, given its invoices (any status), its disputes (any status), its
 * promises (at least the open, broken and partly kept ones and those made within
 * keptPromiseDays), its payments (at least those received since keptPaymentsFrom) and its calls
 * (at least those started since recentCallsFrom(computedAt)).
 */
export function digestEntryOf(
  customer: DigestCustomer,
  invoices: readonly DigestInvoice[],
  disputes: readonly DigestDispute[],
  promises: readonly PaymentPromise[],
  payments: readonly Payment[],
  calls: readonly DigestCall[],
  computedAt: Date,
): AccountDigestEntry {
  const kept = keptPromises(promises, computedAt);
  const open = disputes.filter((d) => d.status === 'open');
  const disputedInvoiceIds = new Set(open.flatMap((d) => (d.invoiceId ? [d.invoiceId] : [])));
  return {
    customerId: customer.id,
    name: customerDisplayName(customer),
    kind: customer.kind,
    timeZone: customer.timeZone,
    placedWith: customer.placement?.agencyName ?? null,
    doNotCall: customer.doNotCall === true,
    ceaseContact: customer.ceaseContact === true,
    tags: [...(customer.tags ?? [])],
    openBalances: customer.openBalances ?? [],
    dues: duesOf(invoices, disputedInvoiceIds),
    accountDisputeOpen: open.some((d) => d.invoiceId === null),
    lastContactAt: customer.lastCallAt,
    ...promiseRefsOf(promises),
    attempts: attemptsOf(calls, recentCallsFrom(computedAt)),
    promises: kept,
    payments: keptPayments(payments, keptPaymentsFrom(kept, computedAt)),
    computedAt: computedAt.toISOString(),
  };
}
