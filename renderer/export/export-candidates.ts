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
