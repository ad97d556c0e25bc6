// React Query mutation for free notes.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../data/db-context';
import { invalidateCustomer } from '../data/invalidate';
import { addNote } from './note-repository';

export function useAddNote() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { customerId: string; text: string }) => addNote(db, vars.customerId, vars.text),
    onSuccess: (note) => invalidateCustomer(client, note.customerId),
  });
}
