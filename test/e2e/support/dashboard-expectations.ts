// What the dashboard should show, worked out in the test from the rows the app stored (read
// straight from IndexedDB), with plain filters and sums written here rather than the dashboard's
// own code. Promise outcomes are the stored statuses the app keeps current; what is still unpaid
// on an instalment comes from the promise lifecycle, which defines it.
import type { Page } from '@playwright/test';
import { reachedResults, type Call } from '../../../shared/calls/schema';
import type { Customer } from '../../../shared/customers/schema';
import { addDays, dayOfWeek, daysBetween } from '../../../shared/dates/calendar';
import { officeDateOf } from '../../../shared/dates/office-time';
import type { Invoice } from '../../../shared/invoices/schema';
import { totalsByCurrency, type CurrencyAmount } from '../../../shared/money/currency-totals';
import type { Payment } from '../../../shared/payments/schema';
import { promiseProgress } from '../../../shared/promises/lifecycle';
import type { PaymentPromise } from '../../../shared/promises/schema';

export interface StoredDashboardRows {
  customers: (Customer & { openBalances: CurrencyAmount[] })[];
  invoices: Invoice[];
  payments: Payment[];
  promises: PaymentPromise[];
  calls: Call[];
}

export function readStoredDashboardRows(page: Page): Promise<StoredDashboardRows> {
  return page.evaluate(
    () =>
      new Promise<StoredDashboardRows>((resolve, reject) => {
        const stores = ['customers', 'invoices', 'payments', 'promises', 'calls'] as const;
        const request = indexedDB.open('call-desk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction([...stores], 'readonly');
          const rows: Record<string, unknown[]> = {};
          for (const store of stores) {
            const all = tx.objectStore(store).getAll();
            all.onsuccess = () => (rows[store] = all.result as unknown[]);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(rows as unknown as StoredDashboardRows);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const sum = <T>(items: T[], currency: (t: T) => string, amount: (t: T) => number) => totalsByCurrency(items, currency, amount);

export interface ExpectedDashboard {
  receivables: { currency: string; total: number; buckets: number[] }[];
  week: CurrencyAmount[];
  month: CurrencyAmount[];
  promises: Record<'30' | '90', { made: number; madeAmount: CurrencyAmount[]; kept: number; keptAmount: CurrencyAmount[] }>;
  dueSoon: { count: number; amounts: CurrencyAmount[] };
  calls: { date: string; made: number; reached: number }[];
  placed: { count: number; owing: CurrencyAmount[] };
}

/** For an office whose weeks start on Sunday (en-US). */
export function expectedDashboard(rows: StoredDashboardRows, today: string, timeZone: string, graceDays: number): ExpectedDashboard {
  const open = rows.invoices.filter((i) => i.status === 'open' && i.balanceMinor > 0);
  const receivables = sum(
    open,
    (i) => i.currency,
    (i) => i.balanceMinor,
  ).map(({ currency, amountMinor }) => {
    const buckets = [0, 0, 0, 0, 0];
    for (const invoice of open.filter((i) => i.currency === currency)) {
      const late = daysBetween(invoice.dueDate, today);
      buckets[late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4]! += invoice.balanceMinor;
    }
    return { currency, total: amountMinor, buckets };
  });

  const receivedSince = (from: string) => rows.payments.filter((p) => p.receivedOn >= from && p.receivedOn <= today);
  const week = sum(
    receivedSince(addDays(today, -dayOfWeek(today))),
    (p) => p.currency,
    (p) => p.amountMinor,
  );
  const month = sum(
    receivedSince(`${today.slice(0, 8)}01`),
    (p) => p.currency,
    (p) => p.amountMinor,
  );

  const madeWithin = (days: number) => {
    const made = rows.promises.filter((p) => {
      const on = officeDateOf(p.createdAt, timeZone);
      return on >= addDays(today, -(days - 1)) && on <= today;
    });
    const kept = made.filter((p) => p.status === 'kept');
    return {
      made: made.length,
      madeAmount: sum(
        made,
        (p) => p.currency,
        (p) => p.amountMinor,
      ),
      kept: kept.length,
      keptAmount: sum(
        kept,
        (p) => p.currency,
        (p) => p.amountMinor,
      ),
    };
  };

  const lastDueDay = addDays(today, 6);
  const unpaidSoon: { customerId: string; id: string; currency: string; amountMinor: number }[] = [];
  for (const promise of rows.promises.filter((p) => p.status === 'open')) {
    const progress = promiseProgress({ promise, payments: rows.payments, today, graceDays, timeZone });
    for (const step of progress.instalments) {
      if (step.dueDate >= today && step.dueDate <= lastDueDay && step.paidMinor < step.amountMinor) {
        unpaidSoon.push({
          customerId: promise.customerId,
          id: promise.id,
          currency: promise.currency,
          amountMinor: step.amountMinor - step.paidMinor,
        });
      }
    }
  }

  const calls = Array.from({ length: 14 }, (_, i) => addDays(today, i - 13)).map((date) => {
    const that = rows.calls.filter((c) => c.status === 'closed' && c.result !== null && officeDateOf(c.startedAt, timeZone) === date);
    return { date, made: that.length, reached: that.filter((c) => c.result !== null && reachedResults.has(c.result)).length };
  });

  const placed = rows.customers.filter((c) => c.placement);
  return {
    receivables,
    week,
    month,
    promises: { '30': madeWithin(30), '90': madeWithin(90) },
    dueSoon: {
      count: new Set(unpaidSoon.map((u) => u.id)).size,
      amounts: sum(
        unpaidSoon,
        (u) => u.currency,
        (u) => u.amountMinor,
      ),
    },
    calls,
    placed: {
      count: placed.length,
      owing: sum(
        placed.flatMap((c) => c.openBalances),
        (b) => b.currency,
        (b) => b.amountMinor,
      ),
    },
  };
}
