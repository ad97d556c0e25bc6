// Ranking of search results: names that are (or start with) the query come first, because that
// is what the user is typing; then the largest balances, which are the calls that matter most.
import { normalizeText } from './search-keys';

export interface RankableCustomer {
  legalName: string;
  tradingName: string;
  /** The largest single-currency balance (never a sum across currencies): the list's sort key. */
  openBalanceMinor: number;
}

/** 0 = a name equals the query, 1 = a name starts with it, 2 = matched on something else. */
export function nameMatchRank(customer: RankableCustomer, normalizedQuery: string): number {
  const names = [normalizeText(customer.legalName), normalizeText(customer.tradingName)].filter(Boolean);
  if (names.some((n) => n === normalizedQuery)) return 0;
  if (names.some((n) => n.startsWith(normalizedQuery))) return 1;
  return 2;
}

/** A new array, best match first. */
export function rankCustomers<T extends RankableCustomer>(rows: readonly T[], normalizedQuery: string): T[] {
  const ranked = rows.map((row) => ({ row, rank: nameMatchRank(row, normalizedQuery) }));
  ranked.sort(
    (a, b) => a.rank - b.rank || b.row.openBalanceMinor - a.row.openBalanceMinor || a.row.legalName.localeCompare(b.row.legalName),
  );
  return ranked.map((r) => r.row);
}
