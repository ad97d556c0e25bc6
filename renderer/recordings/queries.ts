// React Query hooks for call recordings. They are documents of the account, so a call's list is
// the customer's documents filtered by the call, and every write refreshes that one query.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { recordingsOfCall } from '../../shared/recordings/call-recordings';
import { useDb } from '../data/db-context';
import { invalidateCustomerDocuments } from '../data/invalidate';
import { useCustomerDocuments } from '../documents/queries';
import { attachRecordings, storeRecordingDuration, type NewRecording } from './recording-repository';

export function useCallRecordings(customerId: string, callId: string) {
  const documents = useCustomerDocuments(customerId);
  const recordings = useMemo(() => recordingsOfCall(documents.data ?? [], callId), [documents.data, callId]);
  return { recordings, isLoading: documents.isPending, error: documents.error };
}

export function useAttachRecordings(customerId: string) {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { callId: string; files: NewRecording[] }) => attachRecordings(db, vars.callId, vars.files),
    onSuccess: () => invalidateCustomerDocuments(client, customerId),
  });
}

export function useStoreRecordingDuration() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string; seconds: number }) => storeRecordingDuration(db, vars.id, vars.seconds),
    onSuccess: async (stored) => {
      if (stored) await invalidateCustomerDocuments(client, stored.customerId);
    },
  });
}
