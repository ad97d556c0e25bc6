// The call's interrupted recordings (takes whose pieces are stored but which never stopped: the
// page reloaded or crashed while recording), with "Keep it" and "Discard" for each. Looked for
// when the call is shown and again whenever this window lets a take go.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useDb } from '../data/db-context';
import { invalidateCustomerDocuments } from '../data/invalidate';
import { queryKeys } from '../data/query-keys';
import { liveTakes } from './live-takes';
import { dropTake, interruptedTakesOfCall, keepInterruptedTake } from './take-store';

export function useInterruptedTakes(customerId: string, callId: string, officeTimeZone: string) {
  const db = useDb();
  const client = useQueryClient();
  const queryKey = queryKeys.interruptedTakes(callId);
  const takes = useQuery({ queryKey, queryFn: () => interruptedTakesOfCall(db, callId, liveTakes.snapshot()) });

  useEffect(
    () => liveTakes.subscribe(() => void client.invalidateQueries({ queryKey: queryKeys.interruptedTakes(callId) })),
    [client, callId],
  );

  const refresh = async () => {
    await Promise.all([client.invalidateQueries({ queryKey }), invalidateCustomerDocuments(client, customerId)]);
  };
  const keep = useMutation({ mutationFn: (takeId: string) => keepInterruptedTake(db, takeId, officeTimeZone), onSettled: refresh });
  const discard = useMutation({ mutationFn: (takeId: string) => dropTake(db, takeId), onSettled: refresh });
  return { takes: takes.data ?? [], error: takes.error, keep, discard };
}
