// React Query hooks for attached documents. Lists are metadata only; a file's bytes are read
// when the viewer opens it and dropped from the cache soon after it closes (they can be 25 MB).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../data/db-context';
import { invalidateCustomerDocuments } from '../data/invalidate';
import { queryKeys } from '../data/query-keys';
import { addDocuments, listCustomerDocuments, readDocument, removeDocument, type NewDocument } from './document-repository';

export function useCustomerDocuments(customerId: string) {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.customerDocuments(customerId), queryFn: () => listCustomerDocuments(db, customerId) });
}

export function useDocumentFile(id: string) {
  const db = useDb();
  return useQuery({
    queryKey: queryKeys.documentFile(id),
    queryFn: () => readDocument(db, id),
    // A stored file never changes; it only goes away, and then its viewer is closed.
    staleTime: Infinity,
    gcTime: 30_000,
    retry: false,
  });
}

export function useAddDocuments() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { customerId: string; files: NewDocument[] }) => addDocuments(db, vars.customerId, vars.files),
    onSuccess: (_added, vars) => invalidateCustomerDocuments(client, vars.customerId),
  });
}

export function useRemoveDocument() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string }) => removeDocument(db, vars.id),
    onSuccess: async (removed) => {
      client.removeQueries({ queryKey: queryKeys.documentFile(removed.id) });
      await invalidateCustomerDocuments(client, removed.customerId);
    },
  });
}
