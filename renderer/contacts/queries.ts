// React Query mutations for contacts (they are read as part of the customer file).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContactInput } from '../../shared/contacts/schema';
import { useDb } from '../data/db-context';
import { invalidateCustomer } from '../data/invalidate';
import { deleteContact, saveContact } from './contact-repository';

export function useSaveContact() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { customerId: string; input: ContactInput; id?: string }) => saveContact(db, vars.customerId, vars.input, vars.id),
    onSuccess: (contact) => invalidateCustomer(client, contact.customerId),
  });
}

export function useDeleteContact() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string; customerId: string }) => deleteContact(db, vars.id),
    onSuccess: (_deleted, vars) => invalidateCustomer(client, vars.customerId),
  });
}
