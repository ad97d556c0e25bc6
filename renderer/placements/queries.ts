// React Query hooks for agency placements: place, recall, and the agency names used before.
// Both writes invalidate the customer (file, row, lists) and with it the reminder schedule, so
// main's reminders for the account go or come back with the next sync.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlacementInput, RecallInput } from '../../shared/placements/schema';
import { useDb } from '../data/db-context';
import { invalidateCustomer } from '../data/invalidate';
import { queryKeys } from '../data/query-keys';
import { listAgencyNames, placeWithAgency, recallFromAgency } from './placement-repository';

export function useAgencyNames() {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.agencyNames(), queryFn: () => listAgencyNames(db) });
}

export function usePlaceWithAgency() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { customerId: string; input: PlacementInput }) => placeWithAgency(db, vars.customerId, vars.input),
    onSuccess: (placement) =>
      Promise.all([invalidateCustomer(client, placement.customerId), client.invalidateQueries({ queryKey: queryKeys.agencyNames() })]),
  });
}

export function useRecallFromAgency() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { customerId: string; input: RecallInput }) => recallFromAgency(db, vars.customerId, vars.input),
    onSuccess: (placement) => invalidateCustomer(client, placement.customerId),
  });
}
