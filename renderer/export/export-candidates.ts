// The accounts the multi-account export offers, by filter: those placed with an agency, those
// with money over 90 days past due, or everyone who owes anything. Largest balance first, the
// order an agency works them in.
import { addDays, type CalendarDate } from '../../shared/dates/calendar';
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
  openBalanceMinor: number;
  oldestOpenDueDate: string | null;
  agencyName: string | null;
}

function candidate(row: CustomerRow): ExportCandidate {
  return {
    customerId: row.id,
    legalName: row.legalName,
    accountNumber: row.accountNumber,
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
  return rows
    .map(candidate)
    .sort((a, b) => b.openBalanceMinor - a.openBalanceMinor || a.legalName.localeCompare(b.legalName));
}

/** What a filter's tab shows: how many accounts it lists and what they owe, one total per currency. */
export interface ExportFilterSummary {
  count: number;
  totals: { currency: string; amountMinor: number }[];
}

export type ExportFilterSummaries = Record<ExportFilter, ExportFilterSummary>;

/** Every filter's count and open balances per currency (read from the invoices, so currencies stay apart). */
export function summariseExportFilters(db: CallDeskDb, today: CalendarDate): Promise<ExportFilterSummaries> {
  return db.transaction('r', [db.customers, db.invoices], async () => {
    const [members, open] = await Promise.all([
      Promise.all(exportFilters.map((f) => readRows(db, f, today).then((rows) => [f, rows.map((r) => r.id)] as const))),
      db.invoices.where('status').equals('open').toArray(),
    ]);
    const owedByCustomer = new Map<string, Map<string, number>>();
    for (const invoice of open) {
      if (invoice.balanceMinor <= 0) continue;
      const owed = owedByCustomer.get(invoice.customerId) ?? new Map<string, number>();
      owed.set(invoice.currency, (owed.get(invoice.currency) ?? 0) + invoice.balanceMinor);
      owedByCustomer.set(invoice.customerId, owed);
    }
    const summaries = members.map(([filter, ids]) => {
      const totals = new Map<string, number>();
      for (const id of ids) {
        for (const [currency, amount] of owedByCustomer.get(id) ?? []) totals.set(currency, (totals.get(currency) ?? 0) + amount);
      }
      return [filter, { count: ids.length, totals: [...totals].map(([currency, amountMinor]) => ({ currency, amountMinor })) }] as const;
    });
    return Object.fromEntries(summaries) as ExportFilterSummaries;
  });
}

/** Where Export opens: the first list with an account in it, placed accounts first. */
export function openingExportFilter(summaries: ExportFilterSummaries): ExportFilter {
  return exportFilters.find((f) => summaries[f].count > 0) ?? 'owing';
}
