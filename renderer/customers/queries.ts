// React Query hooks for customers: the file, search, the paged list and the edits.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CustomerInput } from '../../shared/customers/schema';
import { useDb } from '../data/db-context';
import { invalidateCustomer, invalidateCustomerSet } from '../data/invalidate';
import { queryKeys } from '../data/query-keys';
import {
  countCustomers,
  createCustomer,
  getCustomer,
  getCustomerFile,
  listCustomers,
  searchCustomers,
  updateCustomer,
  type CustomerSort,
} from './customer-repository';

export function useCustomer(id: string) {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.customer(id), queryFn: async () => (await getCustomer(db, id)) ?? null });
}

export function useCustomerFile(id: string) {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.customerFile(id), queryFn: () => getCustomerFile(db, id) });
}

/** Search results; the previous results stay on screen while the next keystroke's load. */
export function useCustomerSearch(query: string, defaultCountry: string, limit = 50) {
  const db = useDb();
  return useQuery({
    queryKey: [...queryKeys.customerSearch(query, defaultCountry), limit],
    queryFn: () => searchCustomers(db, query, { defaultCountry, limit }),
    placeholderData: keepPreviousData,
  });
}

export function useCustomerCount() {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.customerCount(), queryFn: () => countCustomers(db) });
}

export function useCustomerPage(offset: number, limit: number, sort: CustomerSort) {
  const db = useDb();
  return useQuery({
    queryKey: queryKeys.customerPage(offset, limit, sort),
    queryFn: () => listCustomers(db, { offset, limit, sort }),
  });
}

export function useCreateCustomer() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { input: CustomerInput; demo?: boolean }) => createCustomer(db, vars.input, { demo: vars.demo }),
    onSuccess: (row) => invalidateCustomerSet(client, row.id),
  });
}

export function useUpdateCustomer() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string; input: CustomerInput }) => updateCustomer(db, vars.id, vars.input),
    onSuccess: (row) => invalidateCustomer(client, row.id),
  });
}
