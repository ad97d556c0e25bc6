// React Query mutation for recording an e-mail sent from a template.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../data/db-context';
import { invalidateCustomer } from '../data/invalidate';
import { recordEmailSent, type SentEmailInput } from './email-repository';

export function useRecordEmailSent() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SentEmailInput) => recordEmailSent(db, input),
    // The note is on the customer's timeline: refetch the file (and its row and lists).
    onSuccess: (note) => invalidateCustomer(client, note.customerId),
  });
}
