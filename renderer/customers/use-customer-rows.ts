// Rows for the customer list: a search result, or the whole book read page by page as the
// virtual list scrolls, so 10k accounts never load at once.
import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { useDb } from '../data/db-context';
import type { CallDeskDb, CustomerRow } from '../data/db';
import { queryKeys } from '../data/query-keys';
import { countCustomers, listCustomers, searchCustomers, searchResultLimit } from './customer-repository';

export type CustomerSort = 'name' | 'balance' | 'oldest';

const pageSize = 100;

export interface CustomerSource {
  count: number;
  loading: boolean;
  searchResults: CustomerRow[] | null;
  /** False while the rows shown are still the previous query's (its search is running). */
  current: boolean;
}

/** One search, as the list runs it and as Enter fetches it when the list has not caught up yet. */
export function customerSearchQuery(db: CallDeskDb, query: string, defaultCountry: string) {
  return queryOptions({
    queryKey: queryKeys.customerSearch(query, defaultCountry),
    queryFn: () => searchCustomers(db, query, { defaultCountry, limit: searchResultLimit }),
  });
}

/** The list's first page for a sort, as useCustomerPages reads it (one query, shared). */
function firstPageQuery(db: CallDeskDb, sort: CustomerSort) {
  return queryOptions({
    queryKey: queryKeys.customerPage(0, pageSize, sort),
    queryFn: () => listCustomers(db, { offset: 0, limit: pageSize, sort }),
  });
}

export function useCustomerSource(query: string, defaultCountry: string, sort: CustomerSort): CustomerSource {
  const db = useDb();
  const searching = query.length > 0;
  const search = useQuery({ ...customerSearchQuery(db, query, defaultCountry), enabled: searching, placeholderData: keepPreviousData });
  const count = useQuery({ queryKey: queryKeys.customerCount(), queryFn: () => countCustomers(db), enabled: !searching });
  // Counting 10k accounts takes IndexedDB longer than reading the first page, so the first rows
  // show as soon as they are read, and the list grows to its full length when the count comes.
  const firstPage = useQuery({ ...firstPageQuery(db, sort), enabled: !searching && count.data === undefined });
  if (searching) {
    return {
      count: search.data?.length ?? 0,
      loading: search.isFetching && !search.data,
      searchResults: search.data ?? null,
      current: search.data !== undefined && !search.isPlaceholderData,
    };
  }
  return { count: count.data ?? firstPage.data?.length ?? 0, loading: count.isPending, searchResults: null, current: true };
}

export function useCustomerPages(
  source: CustomerSource,
  sort: CustomerSort,
  firstIndex: number,
  lastIndex: number,
): (index: number) => CustomerRow | undefined {
  const db = useDb();
  const firstPage = Math.floor(firstIndex / pageSize);
  const lastPage = Math.floor(lastIndex / pageSize);
  const pageNumbers = source.searchResults ? [] : range(firstPage, lastPage);
  const pages = useQueries({
    queries: pageNumbers.map((page) => ({
      queryKey: queryKeys.customerPage(page * pageSize, pageSize, sort),
      queryFn: () => listCustomers(db, { offset: page * pageSize, limit: pageSize, sort }),
      placeholderData: keepPreviousData,
    })),
  });
  return (index: number) => {
    if (source.searchResults) return source.searchResults[index];
    const page = Math.floor(index / pageSize);
    return pages[page - firstPage]?.data?.[index % pageSize];
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
