// A calling session: the bookkeeper works down today's queue one account at a time. The session
// keeps the accounts as they were ranked when it started, where it has got to and what was
// skipped (with why); it is stored, so it carries on after a restart. The summary is computed
// from the calls actually recorded during the session, never kept as separate counts.
import { z } from 'zod';
import { reachedResults, type Call } from '../calls/schema';
import { idSchema, instantSchema } from '../common/primitives';
import type { FollowUp } from '../follow-ups/schema';
import { totalsByCurrency, type CurrencyAmount } from '../money/currency-totals';
import type { PaymentPromise } from '../promises/schema';

export const skipReasonSchema = z
  .string()
  .trim()
  .min(1, 'Say briefly why this account is skipped.')
  .max(200, 'Keep the reason under 200 characters.');

export const callingSessionSchema = z.object({
  id: idSchema,
  startedAt: instantSchema,
  /** The accounts to call, in the order Today ranked them when the session started. */
  customerIds: z.array(idSchema).min(1),
  /** Index in customerIds of the account being worked; equal to its length once all are done. */
  position: z.number().int().nonnegative(),
  /** When the current account became current: a call saved after this lets "Next" go on. */
  positionStartedAt: instantSchema,
  skipped: z.array(z.object({ customerId: idSchema, reason: skipReasonSchema })),
  /** Set when the session ended (the last account done, or End): the summary is then shown. */
  endedAt: instantSchema.nullable(),
});
export type CallingSession = z.infer<typeof callingSessionSchema>;

export function startSession(id: string, customerIds: readonly string[], now: Date): CallingSession {
  if (customerIds.length === 0) throw new Error('There is nobody to call in the queue.');
  const at = now.toISOString();
  return { id, startedAt: at, customerIds: [...customerIds], position: 0, positionStartedAt: at, skipped: [], endedAt: null };
}

export function currentCustomerId(session: CallingSession): string | null {
  return session.endedAt === null ? (session.customerIds[session.position] ?? null) : null;
}

/** On to the next account; past the last one the session ends. */
export function moveOn(session: CallingSession, now: Date, skipReason?: string): CallingSession {
  const current = currentCustomerId(session);
  if (current === null) throw new Error('This calling session has ended.');
  const skipped =
    skipReason === undefined ? session.skipped : [...session.skipped, { customerId: current, reason: skipReasonSchema.parse(skipReason) }];
  const position = session.position + 1;
  const at = now.toISOString();
  return { ...session, position, positionStartedAt: at, skipped, endedAt: position >= session.customerIds.length ? at : null };
}

export function endSession(session: CallingSession, now: Date): CallingSession {
  return session.endedAt === null ? { ...session, endedAt: now.toISOString() } : session;
}

export interface SessionSummary {
  calls: number;
  reached: number;
  /** What was promised during the session, one total per currency. */
  promised: CurrencyAmount[];
  disputes: number;
  callbacks: number;
  skipped: number;
}

/**
 * The summary from the records: closed calls on the session's accounts started while it ran,
 * the promises they recorded and the callbacks they set.
 */
export function summarizeSession(
  session: CallingSession,
  calls: readonly Pick<Call, 'customerId' | 'startedAt' | 'status' | 'result' | 'promiseId' | 'disputeId' | 'followUpId'>[],
  promises: readonly Pick<PaymentPromise, 'id' | 'amountMinor' | 'currency'>[],
  followUps: readonly Pick<FollowUp, 'id' | 'kind'>[],
): SessionSummary {
  const accounts = new Set(session.customerIds);
  const end = session.endedAt ?? '\uffff';
  const mine = calls.filter(
    (c) => c.status === 'closed' && accounts.has(c.customerId) && c.startedAt >= session.startedAt && c.startedAt <= end,
  );
  const promiseIds = new Set(mine.flatMap((c) => (c.promiseId ? [c.promiseId] : [])));
  const callbackIds = new Set(followUps.filter((f) => f.kind === 'callback').map((f) => f.id));
  return {
    calls: mine.length,
    reached: mine.filter((c) => c.result !== null && reachedResults.has(c.result)).length,
    promised: totalsByCurrency(
      promises.filter((p) => promiseIds.has(p.id)),
      (p) => p.currency,
      (p) => p.amountMinor,
    ),
    disputes: mine.filter((c) => c.disputeId !== null).length,
    callbacks: mine.filter((c) => c.followUpId !== null && callbackIds.has(c.followUpId)).length,
    skipped: session.skipped.length,
  };
}
