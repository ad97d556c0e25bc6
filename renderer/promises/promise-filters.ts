// The Promises view's filters, in the order its buttons show them (also part of the route).
export const promiseFilters = ['due-today', 'upcoming', 'overdue', 'broken', 'kept', 'all'] as const;
export type PromiseFilter = (typeof promiseFilters)[number];

export const defaultPromiseFilter: PromiseFilter = 'due-today';

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
