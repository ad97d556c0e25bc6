// React Query hooks for calls.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallOutcome } from '../../shared/calls/outcome';
import { useDb } from '../data/db-context';
import { invalidateCall, invalidateCustomer } from '../data/invalidate';
import { queryKeys } from '../data/query-keys';
import {
  addCallCorrection,
  closeCall,
  findOpenCall,
  getCall,
  listOpenCalls,
  startCall,
  switchCallScript,
  updateCallProgress,
} from './call-repository';

export function useCall(id: string) {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.call(id), queryFn: async () => (await getCall(db, id)) ?? null });
}

export function useOpenCall(customerId: string) {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.openCall(customerId), queryFn: async () => (await findOpenCall(db, customerId)) ?? null });
}

export function useOpenCalls() {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.openCalls(), queryFn: () => listOpenCalls(db) });
}

export function useStartCall() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Parameters<typeof startCall>[1]) => startCall(db, input),
    onSuccess: (call) => invalidateCall(client, call.id, call.customerId),
  });
}

/** Progress is saved as the caller ticks steps; the cache is updated in place, not refetched. */
export function useUpdateCallProgress() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { callId: string; progress: { stepsCovered: string[]; branchesTaken: string[] } }) =>
      updateCallProgress(db, vars.callId, vars.progress),
    onSuccess: (call) => client.setQueryData(queryKeys.call(call.id), call),
  });
}

/** The script in use changed during the call; the cache is updated in place, as progress is. */
export function useSwitchCallScript() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { callId: string; scriptId: string }) => switchCallScript(db, vars.callId, vars.scriptId),
    onSuccess: (call) => client.setQueryData(queryKeys.call(call.id), call),
  });
}

export function useCloseCall() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { callId: string; outcome: CallOutcome }) => closeCall(db, vars.callId, vars.outcome),
    onSuccess: (call) => invalidateCall(client, call.id, call.customerId),
  });
}

export function useAddCallCorrection() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { callId: string; text: string }) => addCallCorrection(db, vars.callId, vars.text),
    onSuccess: (note) => invalidateCustomer(client, note.customerId),
  });
}
