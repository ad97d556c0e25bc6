// The figures a placement summary and a statement print: what is owed, how old it is, what was
// originally billed and the last payment. Computed from the records at export time, one set per
// currency: amounts in different currencies are never added together.
import { computeAging, daysPastDue, isOutstanding, type AgingSummary } from '../aging/aging';
import { totalsByCurrency, type CurrencyAmount } from '../money/currency-totals';
import { todayIn, type CalendarDate } from '../dates/calendar';
import type { Invoice } from '../invoices/schema';
import type { Payment } from '../payments/schema';
import type { Settings } from '../settings/schema';
import type { AccountFile } from './account-file';

/** What an account owes and was billed in one currency (never added to another currency's). */
export interface CurrencyFigures {
  currency: string;
  aging: AgingSummary;
  /** What the unpaid invoices were originally billed at, and what has been paid against them. */
  originalOpenMinor: number;
  paidOnOpenMinor: number;
  /** Over every invoice that is not void: billed, received and still owed. */
  billedMinor: number;
  receivedMinor: number;
}

export interface AccountFigures {
  /** The office's calendar day when the document was generated; days past due count to it. */
  today: CalendarDate;
  /**
   * One entry per currency the account's invoices (void ones aside) are in, largest amount owed
   * first; a single all-zero entry in the office currency when there are none.
   */
  byCurrency: CurrencyFigures[];
  /** Across currencies: counts and dates add up, amounts do not. */
  openInvoiceCount: number;
  oldestOpenDueDate: CalendarDate | null;
  lastPayment: Payment | null;
  /** Payments received, one total per currency. */
  paymentTotals: CurrencyAmount[];
}

function currencyFigures(currency: string, invoices: readonly Invoice[], today: CalendarDate): CurrencyFigures {
  const figures: CurrencyFigures = {
    currency,
    aging: computeAging(invoices, today),
    originalOpenMinor: 0,
    paidOnOpenMinor: 0,
    billedMinor: 0,
    receivedMinor: 0,
  };
  for (const invoice of invoices) {
    if (invoice.status !== 'void' && invoice.status !== 'closed-in-books') {
      figures.billedMinor += invoice.amountMinor;
      figures.receivedMinor += invoice.amountMinor - invoice.balanceMinor;
    }
    if (!isOutstanding(invoice)) continue;
    figures.originalOpenMinor += invoice.amountMinor;
    figures.paidOnOpenMinor += invoice.amountMinor - invoice.balanceMinor;
  }
  return figures;
}

/** The figures of each currency the invoices are in (void and closed ones aside), largest owed first. */
export function figuresByCurrency(invoices: readonly Invoice[], today: CalendarDate, officeCurrency: string): CurrencyFigures[] {
  const groups = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    // Void invoices and those closed in the books are not owed or billed now.
    if (invoice.status === 'void' || invoice.status === 'closed-in-books') continue;
    const group = groups.get(invoice.currency);
    if (group) group.push(invoice);
    else groups.set(invoice.currency, [invoice]);
  }
  if (groups.size === 0) return [currencyFigures(officeCurrency, [], today)];
  return [...groups]
    .map(([currency, group]) => currencyFigures(currency, group, today))
    .sort(
      (a, b) =>
        b.aging.totalDueMinor - a.aging.totalDueMinor ||
        b.billedMinor - a.billedMinor ||
        (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0),
    );
}

export function accountFigures(file: AccountFile, settings: Settings, generatedAt: Date): AccountFigures {
  const today = todayIn(settings.officeTimeZone, generatedAt);
  const byCurrency = figuresByCurrency(file.invoices, today, settings.currency);
  let oldestOpenDueDate: CalendarDate | null = null;
  for (const invoice of file.invoices) {
    if (isOutstanding(invoice) && (oldestOpenDueDate === null || invoice.dueDate < oldestOpenDueDate)) oldestOpenDueDate = invoice.dueDate;
  }
  return {
    today,
    byCurrency,
    openInvoiceCount: byCurrency.reduce((count, f) => count + f.aging.openInvoiceCount, 0),
    oldestOpenDueDate,
    lastPayment: latestPayment(file.payments),
    paymentTotals: totalsByCurrency(
      file.payments,
      (p) => p.currency,
      (p) => p.amountMinor,
    ),
  };
}

/** One figure of every currency, e.g. each one's total owed, as amounts to print. */
export function amountsOf(figures: AccountFigures, pick: (f: CurrencyFigures) => number): CurrencyAmount[] {
  return figures.byCurrency.map((f) => ({ currency: f.currency, amountMinor: pick(f) }));
}

/** Whether anything is owed, past due, etc. in any currency. */
export function anyAmount(figures: AccountFigures, pick: (f: CurrencyFigures) => number): boolean {
  return figures.byCurrency.some((f) => pick(f) > 0);
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
