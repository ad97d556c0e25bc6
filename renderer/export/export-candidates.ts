// The accounts the multi-account export offers, by filter: those placed with an agency, those
// with money over 90 days past due, or everyone who owes anything. Largest balance first, the
// order an agency works them in.
import { addDays, type CalendarDate } from '../../shared/dates/calendar';
import { totalsByCurrency, type CurrencyAmount } from '../../shared/money/currency-totals';
import type { CallDeskDb, CustomerRow } from '../data/db';

export const exportFilters = ['placed', 'over-90', 'owing'] as const;
export type ExportFilter = (typeof exportFilters)[number];

export const exportFilterLabels: Record<ExportFilter, string> = {
  placed: 'Placed with agency',
  'over-90': 'Over 90 days past due',
  owing: 'Everyone who owes',
};

export function isExportFilter(value: string | undefined): value is ExportFilter {
  return value !== undefined && (exportFilters as readonly string[]).includes(value);
}

export interface ExportCandidate {
  customerId: string;
  legalName: string;
  accountNumber: string;
  /** What is owed, one total per currency, largest first. */
  openBalances: CurrencyAmount[];
  /** The sort key (the largest single-currency balance; see balanceSortKey). */
  openBalanceMinor: number;
  oldestOpenDueDate: string | null;
  agencyName: string | null;
}

function candidate(row: CustomerRow): ExportCandidate {
  return {
    customerId: row.id,
    legalName: row.legalName,
    accountNumber: row.accountNumber,
    openBalances: row.openBalances,
    openBalanceMinor: row.openBalanceMinor,
    oldestOpenDueDate: row.oldestOpenDueDate,
    agencyName: row.placement?.agencyName ?? null,
  };
}

function readRows(db: CallDeskDb, filter: ExportFilter, today: CalendarDate): Promise<CustomerRow[]> {
  switch (filter) {
    case 'placed':
      return db.customers.filter((c) => Boolean(c.placement)).toArray();
    case 'over-90':
      // Over 90 days past due: the oldest unpaid invoice fell due 91 or more days ago.
      return db.customers.where('oldestOpenDueDate').belowOrEqual(addDays(today, -91)).toArray();
    case 'owing':
      return db.customers.where('openBalanceMinor').above(0).toArray();
  }
}

export async function listExportCandidates(db: CallDeskDb, filter: ExportFilter, today: CalendarDate): Promise<ExportCandidate[]> {
  const rows = await readRows(db, filter, today);
  return rows.map(candidate).sort((a, b) => b.openBalanceMinor - a.openBalanceMinor || a.legalName.localeCompare(b.legalName));
}

/** What a filter's tab shows: how many accounts it lists and what they owe, one total per currency. */
export interface ExportFilterSummary {
  count: number;
  totals: CurrencyAmount[];
}

export type ExportFilterSummaries = Record<ExportFilter, ExportFilterSummary>;

/** Every filter's count and open balances per currency (from the stored per-currency balances, never added across currencies). */
export function summariseExportFilters(db: CallDeskDb, today: CalendarDate): Promise<ExportFilterSummaries> {
  return db.transaction('r', [db.customers], async () => {
    const summaries = await Promise.all(
      exportFilters.map(async (filter) => {
        const rows = await readRows(db, filter, today);
        const totals = totalsByCurrency(
          rows.flatMap((r) => r.openBalances),
          (t) => t.currency,
          (t) => t.amountMinor,
        );
        return [filter, { count: rows.length, totals }] as const;
      }),
    );
    return Object.fromEntries(summaries) as ExportFilterSummaries;
  });
}

/** Where Export opens: the first list with an account in it, placed accounts first. */
export function openingExportFilter(summaries: ExportFilterSummaries): ExportFilter {
  return exportFilters.find((f) => summaries[f].count > 0) ?? 'owing';
}
