// How a call ends: its result plus whatever it produced (a promise, a dispute, a follow-up).
// Closing a call writes all of it at once, so one schema describes the whole outcome.
import { z } from 'zod';
import { calendarDateSchema, currencySchema, instantSchema, positiveMinorSchema, requiredText, trimmed } from '../common/primitives';
import { disputeReasonSchema } from '../disputes/schema';
import { instalmentSchema, promiseMethodSchema } from '../promises/schema';
import { callResultSchema } from './schema';

export const outcomePromiseSchema = z
  .object({
    amountMinor: positiveMinorSchema,
    currency: currencySchema,
    promisedDate: calendarDateSchema,
    method: promiseMethodSchema,
    invoiceIds: z.array(z.string().min(1)),
    instalments: z.array(instalmentSchema),
  })
  .refine((p) => p.instalments.length === 0 || p.instalments.reduce((s, i) => s + i.amountMinor, 0) === p.amountMinor, {
    message: 'The instalments must add up to the promised amount.',
    path: ['instalments'],
  });

export const outcomeDisputeSchema = z.object({
  invoiceId: z.string().min(1).nullable(),
  reason: disputeReasonSchema,
  details: requiredText(2000, 'Dispute details'),
});

export const outcomeFollowUpSchema = z.object({
  kind: z.enum(['callback', 'task']),
  dueAt: instantSchema,
  note: trimmed(500, 'Follow-up note'),
});

export const callOutcomeSchema = z
  .object({
    result: callResultSchema,
    contactDetailsConfirmed: z.boolean(),
    note: z.string().max(20_000, 'The call note is too long (at most 20000 characters).'),
    stepsCovered: z.array(z.string()),
    branchesTaken: z.array(z.string()),
    promise: outcomePromiseSchema.nullable(),
    dispute: outcomeDisputeSchema.nullable(),
    followUp: outcomeFollowUpSchema.nullable(),
  })
  .refine((o) => o.result !== 'promise-to-pay' || o.promise !== null, {
    message: 'A promise to pay needs the amount, date and method.',
    path: ['promise'],
  })
  .refine((o) => o.result !== 'dispute' || o.dispute !== null, {
    message: 'A dispute needs a reason and details.',
    path: ['dispute'],
  });

export type CallOutcome = z.infer<typeof callOutcomeSchema>;

/** Calls that reached nobody: their callback is the same "try again", so it moves the open one. */
const unreachedResults: ReadonlySet<string> = new Set<CallOutcome['result']>(['no-answer', 'left-message']);

/** True when a call with this result and follow-up reschedules the customer's open callback instead of adding one. */
export function movesOpenCallback(result: string, followUpKind: string | null | undefined): boolean {
  return unreachedResults.has(result) && followUpKind === 'callback';
}
