// Every React Query key in one place, shaped as prefixes so a write can invalidate exactly the
// queries it affects (see invalidate.ts).
import type { CustomerSort } from '../customers/customer-repository';

export const queryKeys = {
  customers: () => ['customers'] as const,
  /** Lists and search results: any write to any customer may change them. */
  customerLists: () => ['customers', 'list'] as const,
  customerSearch: (query: string, defaultCountry: string) => ['customers', 'list', 'search', query, defaultCountry] as const,
  customerPage: (offset: number, limit: number, sort: CustomerSort) => ['customers', 'list', 'page', sort, offset, limit] as const,
  customerCount: () => ['customers', 'count'] as const,
  customer: (id: string) => ['customers', 'one', id] as const,
  customerFile: (id: string) => ['customers', 'file', id] as const,
  call: (id: string) => ['calls', 'one', id] as const,
  /** Prefix of every open-call lookup. */
  openCalls: () => ['calls', 'open'] as const,
  openCall: (customerId: string) => ['calls', 'open', customerId] as const,
  noteDraft: (callId: string) => ['note-drafts', callId] as const,
  settings: () => ['settings'] as const,
};
