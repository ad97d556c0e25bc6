// React Query mutations for invoices (they are read as part of the customer file).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InvoiceInput } from '../../shared/invoices/schema';
import { useDb } from '../data/db-context';
import { invalidateCustomer } from '../data/invalidate';
import { saveInvoice, voidInvoice } from './invoice-repository';

export function useSaveInvoice() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { customerId: string; input: InvoiceInput; id?: string }) => saveInvoice(db, vars.customerId, vars.input, vars.id),
    onSuccess: (invoice) => invalidateCustomer(client, invoice.customerId),
  });
}

export function useVoidInvoice() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string }) => voidInvoice(db, vars.id),
    onSuccess: (invoice) => invalidateCustomer(client, invoice.customerId),
  });
}
