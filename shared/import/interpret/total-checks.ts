// The file's own grand total against what was read: one check per grand total row, in the
// currency that total is in. Sums are kept per currency and never added across currencies.
import { parseAmountCell } from '../cells/amounts';
import { isCellError } from '../cells/cell-text';
import type { BookCredit, BookInvoice, ColumnMapping, CurrencyAmount, ReportTable, TotalCheck } from '../model';

function add(sums: Map<string, number>, currency: string, minor: number): void {
  sums.set(currency, (sums.get(currency) ?? 0) + minor);
}

function sorted(sums: Map<string, number>): CurrencyAmount[] {
  return [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

/** Open balances of the invoices read, per currency. */
export function readTotalsOf(invoices: BookInvoice[]): CurrencyAmount[] {
  const sums = new Map<string, number>();
  for (const invoice of invoices) add(sums, invoice.currency, invoice.balanceMinor);
  return sorted(sums);
}

export function totalChecksOf(
  table: ReportTable,
  mapping: ColumnMapping,
  invoices: BookInvoice[],
  credits: BookCredit[],
  defaultCurrency: string,
): TotalCheck[] {
  const column = mapping.openBalance ?? mapping.amount ?? mapping.lineAmount;
  if (column === undefined) return [];
  // The report's total column adds what it lists: open balances, less credits (shown negative).
  const useBalance = mapping.openBalance !== undefined || mapping.amountPaid === undefined;
  const net = new Map<string, number>();
  for (const invoice of invoices) add(net, invoice.currency, useBalance ? invoice.balanceMinor : invoice.amountMinor);
  for (const credit of credits) add(net, credit.currency, -credit.amountMinor);
  const currencies = [...new Set([...invoices.map((i) => i.currency), ...credits.map((c) => c.currency)])];
  const hint = currencies.length === 1 ? currencies[0]! : defaultCurrency;

  const checks: TotalCheck[] = [];
  for (const total of table.totals) {
    if (!total.grand) continue;
    const parsed = parseAmountCell(total.cells[column], hint);
    if (parsed === null || isCellError(parsed)) continue;
    const currency = parsed.currency ?? hint;
    const readMinor = net.get(currency) ?? 0;
    checks.push({
      rowNumber: total.rowNumber,
      fileTotal: { currency, amountMinor: parsed.minor },
      readTotal: { currency, amountMinor: readMinor },
      matches: readMinor === parsed.minor,
    });
  }
  return checks;
}
