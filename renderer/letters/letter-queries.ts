// React Query hooks for letters: what a batch is written from, and recording letters saved as a PDF.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../data/db-context';
import { invalidateCustomer } from '../data/invalidate';
import { queryKeys } from '../data/query-keys';
import { loadLetterSources } from './letter-sources';
import { recordLettersSent, type LetterToRecord } from './letter-repository';

export function useLetterSources(customerIds: readonly string[]) {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.letterSources(customerIds), queryFn: () => loadLetterSources(db, customerIds) });
}

export function useRecordLettersSent() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (letters: readonly LetterToRecord[]) => recordLettersSent(db, letters),
    // Each note is on its customer's timeline: refetch those files (and their rows and lists).
    onSuccess: (notes) => Promise.all([...new Set(notes.map((n) => n.customerId))].map((id) => invalidateCustomer(client, id))),
  });
}
