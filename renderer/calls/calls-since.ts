// The recent calls of some customers, read as one range of the [customerId+startedAt] index per
// customer. Callers pick the customers from their last call (the customer summary or the account
// digest), so a customer not called since `from` is never read at all.
import Dexie from 'dexie';
import type { Call } from '../../shared/calls/schema';
import type { CallDeskDb } from '../data/db';

/** The calls started at or after `from` (UTC ISO) of the customers named. Runs in the caller's transaction. */
export function callsStartedSince(db: CallDeskDb, customerIds: readonly string[], from: string): Promise<Call[]> {
  if (customerIds.length === 0) return Promise.resolve([]);
  return db.calls
    .where('[customerId+startedAt]')
    .inAnyRange(
      customerIds.map((id) => [
        [id, from],
        [id, Dexie.maxKey],
      ]),
    )
    .toArray();
}
