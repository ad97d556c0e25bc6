// React Query mutation for recording a sent promise confirmation.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../data/db-context';
import { invalidateCustomer } from '../data/invalidate';
import { recordConfirmationSent, type SentConfirmationInput } from './confirmation-repository';

export function useRecordConfirmationSent() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SentConfirmationInput) => recordConfirmationSent(db, input),
    // The note is on the customer's timeline: refetch the file (and its row and lists).
    onSuccess: (note) => invalidateCustomer(client, note.customerId),
  });
}
