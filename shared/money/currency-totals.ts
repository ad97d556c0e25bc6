// Totals kept one per currency: amounts in different currencies are never added together, so
// every sum of money over invoices, payments or promises goes through these helpers and is shown
// as "$1,200.00 · CA$300.00".
import { formatMoney } from './money';

/** A sum in one currency (the same shape as the import model's CurrencyAmount). */
export interface CurrencyAmount {
  currency: string;
  amountMinor: number;
}

/** Largest amount first, then by currency code, so the order is the same on every screen. */
export function compareCurrencyAmounts(a: CurrencyAmount, b: CurrencyAmount): number {
  return b.amountMinor - a.amountMinor || (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0);
}

/** One total per currency of the items given, largest first. */
export function totalsByCurrency<T>(items: Iterable<T>, currencyOf: (item: T) => string, amountOf: (item: T) => number): CurrencyAmount[] {
  const sums = new Map<string, number>();
  for (const item of items) {
    const currency = currencyOf(item);
    sums.set(currency, (sums.get(currency) ?? 0) + amountOf(item));
  }
  return [...sums].map(([currency, amountMinor]) => ({ currency, amountMinor })).sort(compareCurrencyAmounts);
}

/** Both lists' totals added currency by currency, largest first. */
export function addCurrencyTotals(a: readonly CurrencyAmount[], b: readonly CurrencyAmount[]): CurrencyAmount[] {
  return totalsByCurrency(
    [...a, ...b],
    (t) => t.currency,
    (t) => t.amountMinor,
  );
}

/**
 * "$1,200.00 · CA$300.00". With no totals at all the amount is zero, written in `emptyCurrency`
 * (the office currency: a zero has no currency of its own).
 */
export function formatCurrencyTotals(totals: readonly CurrencyAmount[], locale: string, emptyCurrency: string): string {
  if (totals.length === 0) return formatMoney(0, emptyCurrency, locale);
  return totals.map((t) => formatMoney(t.amountMinor, t.currency, locale)).join(' · ');
}
