// The documented reason the account is unpaid, as an agency asks for it. Taken from the
// strongest evidence on file, in this order:
//   1. the latest open dispute (the customer's own stated reason, with its details);
//   2. else the note of the latest call where the customer gave a reason: the caller opened a
//      problem path (no cash, invoice problem, ...) or the call ended refused, with no promise
//      or in a dispute (what they said, in the caller's words at the time). Latest by when the
//      call started, whatever order the calls are stored in;
//   3. else the latest broken promise (they agreed to pay and did not).
// The packet always says which source it used, so the agency can weigh it.
import type { Call } from '../calls/schema';
import type { Dispute } from '../disputes/schema';
import type { PaymentPromise } from '../promises/schema';
import type { AccountFile } from './account-file';

export type NonPaymentReason =
  | { source: 'dispute'; dispute: Dispute }
  | { source: 'call'; call: Call }
  | { source: 'broken-promise'; promise: PaymentPromise }
  | { source: 'none' };

export const nonPaymentSourceLabels: Record<NonPaymentReason['source'], string> = {
  dispute: 'Open dispute',
  call: 'Call note',
  'broken-promise': 'Broken promise',
  none: 'Nothing documented',
};

const reasonCallResults = new Set<Call['result']>(['refused', 'reached-no-promise', 'dispute']);

/** Problem paths that are about who answered, not why the account is unpaid. */
const pathsWithoutReason = new Set(['wrong-person']);

/** The customer said why they have not paid: a reason path was opened or the outcome says so. */
export function callGivesReason(call: Call): boolean {
  if (call.note.trim() === '') return false; // a call with no note documents nothing
  return reasonCallResults.has(call.result) || call.branchesTaken.some((id) => !pathsWithoutReason.has(id));
}

function latest<T>(rows: readonly T[], keep: (row: T) => boolean, key: (row: T) => string): T | null {
  let best: T | null = null;
  let bestKey = '';
  for (const row of rows) {
    if (!keep(row)) continue;
    const k = key(row);
    if (best === null || k > bestKey) {
      best = row;
      bestKey = k;
    }
  }
  return best;
}

export function documentedNonPaymentReason(file: Pick<AccountFile, 'disputes' | 'calls' | 'promises'>): NonPaymentReason {
  const dispute = latest(
    file.disputes,
    (d) => d.status === 'open',
    (d) => d.openedAt,
  );
  if (dispute) return { source: 'dispute', dispute };
  const call = latest(file.calls, callGivesReason, (c) => new Date(c.startedAt).toISOString());
  if (call) return { source: 'call', call };
  const promise = latest(
    file.promises,
    (p) => p.status === 'broken',
    (p) => `${p.promisedDate}|${p.createdAt}`,
  );
  if (promise) return { source: 'broken-promise', promise };
  return { source: 'none' };
}
