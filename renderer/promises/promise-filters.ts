// The Promises view's filters, in the order its buttons show them (also part of the route).
export const promiseFilters = ['due-today', 'upcoming', 'overdue', 'broken', 'kept', 'all'] as const;
export type PromiseFilter = (typeof promiseFilters)[number];

/**
 * Where the view opens when no tab was asked for: what needs doing today, then what is late,
 * then what is coming, then outcomes. "All" when every other tab is empty.
 */
const openingOrder: readonly PromiseFilter[] = ['due-today', 'overdue', 'upcoming', 'broken', 'kept'];

export function openingPromiseFilter(counts: Record<PromiseFilter, { count: number }>): PromiseFilter {
  return openingOrder.find((f) => counts[f].count > 0) ?? 'all';
}

export const promiseFilterLabels: Record<PromiseFilter, string> = {
  'due-today': 'Due today',
  upcoming: 'Upcoming',
  overdue: 'Overdue',
  broken: 'Broken',
  kept: 'Kept',
  all: 'All',
};

export function isPromiseFilter(value: string | undefined): value is PromiseFilter {
  return value !== undefined && (promiseFilters as readonly string[]).includes(value);
}
