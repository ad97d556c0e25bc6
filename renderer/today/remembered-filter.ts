// Today's filter outlives a visit to a customer file: whoever works "Anna"'s calls and opens an
// account finds Today still narrowed to Anna on coming back. Kept for the window's life only; a
// restart opens on the whole queue.
import { useState } from 'react';
import { allAccounts, type TodayFilter } from '../../shared/today/filters';

let remembered: TodayFilter = allAccounts;

export function useRememberedTodayFilter(): [TodayFilter, (filter: TodayFilter) => void] {
  const [filter, setFilter] = useState<TodayFilter>(remembered);
  const change = (next: TodayFilter) => {
    remembered = next;
    setFilter(next);
  };
  return [filter, change];
}
