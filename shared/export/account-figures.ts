// The figures a placement summary and a statement print: what is owed, how old it is, what was
// originally billed and the last payment. Computed from the records at export time.
import { computeAging, daysPastDue, isOutstanding, type AgingSummary } from '../aging/aging';
import { todayIn, type CalendarDate } from '../dates/calendar';
import type { Invoice } from '../invoices/schema';
import type { Payment } from '../payments/schema';
import type { Settings } from '../settings/schema';
import type { AccountFile } from './account-file';

export interface AccountFigures {
  /** The office's calendar day when the document was generated; days past due count to it. */
  today: CalendarDate;
  /** The currency totals are in. */
  currency: string;
  /** Invoices in another currency: listed, but left out of every total (they cannot be added). */
  otherCurrencyInvoices: number;
  aging: AgingSummary;
  /** What the unpaid invoices were originally billed at, and what has been paid against them. */
  originalOpenMinor: number;
  paidOnOpenMinor: number;
  oldestOpenDueDate: CalendarDate | null;
  /** Over every invoice that is not void: billed, received and still owed. */
  billedMinor: number;
  receivedMinor: number;
  lastPayment: Payment | null;
}

/** The account's currency: the office currency when invoices use it, else the first invoice's. */
export function accountCurrency(invoices: readonly Invoice[], settings: Pick<Settings, 'currency'>): string {
  if (invoices.length === 0 || invoices.some((i) => i.currency === settings.currency)) return settings.currency;
  return invoices[0]?.currency ?? settings.currency;
}

export function accountFigures(file: AccountFile, settings: Settings, generatedAt: Date): AccountFigures {
  const today = todayIn(settings.officeTimeZone, generatedAt);
  const currency = accountCurrency(file.invoices, settings);
  const counted = file.invoices.filter((i) => i.currency === currency);
  let originalOpenMinor = 0;
  let paidOnOpenMinor = 0;
  let oldestOpenDueDate: CalendarDate | null = null;
  let billedMinor = 0;
  let receivedMinor = 0;
  for (const invoice of counted) {
    if (invoice.status !== 'void' && invoice.status !== 'closed-in-books') {
      billedMinor += invoice.amountMinor;
      receivedMinor += invoice.amountMinor - invoice.balanceMinor;
    }
    if (!isOutstanding(invoice)) continue;
    originalOpenMinor += invoice.amountMinor;
    paidOnOpenMinor += invoice.amountMinor - invoice.balanceMinor;
    if (oldestOpenDueDate === null || invoice.dueDate < oldestOpenDueDate) oldestOpenDueDate = invoice.dueDate;
  }
  return {
    today,
    currency,
    otherCurrencyInvoices: file.invoices.length - counted.length,
    aging: computeAging(counted, today),
    originalOpenMinor,
    paidOnOpenMinor,
    oldestOpenDueDate,
    billedMinor,
    receivedMinor,
    lastPayment: latestPayment(file.payments),
  };
}

export function latestPayment(payments: readonly Payment[]): Payment | null {
  let latest: Payment | null = null;
  for (const p of payments) {
    if (!latest || p.receivedOn > latest.receivedOn || (p.receivedOn === latest.receivedOn && p.createdAt > latest.createdAt)) latest = p;
  }
  return latest;
}

/** Days past due for display: only positive values mean late; not-yet-due prints as 0. */
export function daysLate(dueDate: CalendarDate, today: CalendarDate): number {
  return Math.max(0, daysPastDue(dueDate, today));
}
