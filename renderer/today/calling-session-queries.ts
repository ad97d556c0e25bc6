// React Query hooks for the calling session: the stored session, starting and moving it on,
// whether the current account's outcome is saved, and the summary at the end.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { newId } from '../../shared/common/ids';
import { endSession, moveOn, startSession, type CallingSession } from '../../shared/today/calling-session';
import { useDb } from '../data/db-context';
import { queryKeys } from '../data/query-keys';
import {
  clearCallingSession,
  hasCallSavedSince,
  readCallingSession,
  readSessionSummary,
  saveCallingSession,
} from './calling-session-repository';

export function useCallingSession() {
  const db = useDb();
  return useQuery({ queryKey: queryKeys.callingSession(), queryFn: () => readCallingSession(db) });
}

export type SessionChange =
  { kind: 'start'; customerIds: string[] } | { kind: 'next' } | { kind: 'skip'; reason: string } | { kind: 'end' } | { kind: 'close' };

/** Applies one step to the stored session and returns the session after it (null once closed). */
export function useChangeCallingSession() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (change: SessionChange): Promise<CallingSession | null> => {
      const now = new Date();
      if (change.kind === 'close') {
        await clearCallingSession(db);
        return null;
      }
      if (change.kind === 'start') return saveCallingSession(db, startSession(newId(), change.customerIds, now));
      const session = await readCallingSession(db);
      if (!session) throw new Error('There is no calling session.');
      const next =
        change.kind === 'end' ? endSession(session, now) : moveOn(session, now, change.kind === 'skip' ? change.reason : undefined);
      return saveCallingSession(db, next);
    },
    onSuccess: (session) => client.setQueryData(queryKeys.callingSession(), session),
  });
}

export function useSessionCallSaved(session: CallingSession | null | undefined, customerId: string | null) {
  const db = useDb();
  const since = session?.positionStartedAt ?? '';
  return useQuery({
    queryKey: queryKeys.sessionCallSaved(customerId ?? '', since),
    queryFn: () => hasCallSavedSince(db, customerId ?? '', since),
    enabled: customerId !== null && since !== '',
  });
}

export function useSessionSummary(session: CallingSession | null | undefined) {
  const db = useDb();
  return useQuery({
    queryKey: queryKeys.sessionSummary(session?.id ?? '', session?.endedAt ?? ''),
    queryFn: () => {
      if (!session) throw new Error('There is no calling session.');
      return readSessionSummary(db, session);
    },
    enabled: session !== null && session !== undefined && session.endedAt !== null,
  });
}
