// React Query hooks for follow-ups: the open list (also behind the header's "due now" count),
// snooze, done and its undo.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../data/db-context';
import { invalidateCustomer } from '../data/invalidate';
import { queryKeys } from '../data/query-keys';
import { completeFollowUp, listOpenFollowUps, reopenFollowUp, snoozeFollowUp } from './follow-up-repository';

export function useOpenFollowUps() {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.openFollowUps(), queryFn: () => listOpenFollowUps(db) });
}

export function useSnoozeFollowUp() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string; until: Date }) => snoozeFollowUp(db, vars.id, vars.until),
    onSuccess: (followUp) => invalidateCustomer(client, followUp.customerId),
  });
}

export function useCompleteFollowUp() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => completeFollowUp(db, id),
    onSuccess: (followUp) => invalidateCustomer(client, followUp.customerId),
  });
}

export function useReopenFollowUp() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => reopenFollowUp(db, id),
    onSuccess: (followUp) => invalidateCustomer(client, followUp.customerId),
  });
}
