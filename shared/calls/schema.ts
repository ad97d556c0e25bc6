import { z } from 'zod';
import { idSchema, instantSchema } from '../common/primitives';

export const callResultSchema = z.enum([
  'promise-to-pay',
  'reached-no-promise',
  'dispute',
  'callback-requested',
  'left-message',
  'no-answer',
  'wrong-number',
  'refused',
]);
export type CallResult = z.infer<typeof callResultSchema>;

export const callResultLabels: Record<CallResult, string> = {
  'promise-to-pay': 'Promise to pay',
  'reached-no-promise': 'Reached, no promise',
  dispute: 'Dispute raised',
  'callback-requested': 'Callback requested',
  'left-message': 'Left a message',
  'no-answer': 'No answer',
  'wrong-number': 'Wrong number',
  refused: 'Refused to pay',
};

/** Results where the customer was actually spoken to. */
export const reachedResults: ReadonlySet<CallResult> = new Set<CallResult>([
  'promise-to-pay',
  'reached-no-promise',
  'dispute',
  'callback-requested',
  'refused',
]);

export const callStatusSchema = z.enum(['open', 'closed']);

export const callSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  contactId: z.string().nullable(),
  /** The number that was dialled, as shown to the user; null for a call logged without dialling. */
  phoneNumber: z.string().nullable(),
  /**
   * The E.164 form stored with that number when it was saved (what was dialled); null when it
   * never parsed. Absent on calls recorded before it was kept, which the v4 upgrade fills.
   */
  phoneE164: z.string().nullable().optional(),
  dialled: z.boolean(),
  startedAt: instantSchema,
  endedAt: instantSchema.nullable(),
  durationSeconds: z.number().int().nonnegative().nullable(),
  status: callStatusSchema,
  result: callResultSchema.nullable(),
  scriptId: z.string(),
  /**
   * The version of that script the call was made with (ScriptTemplate.version). Absent on calls
   * made before it was kept: those were all made with version 1 of the one script there was.
   */
  scriptVersion: z.number().int().positive().optional(),
  /**
   * Whether the script opened with the recording consent line (the setting when the call started),
   * so a closed call shows what was read whatever the setting says today. Absent on older calls.
   */
  recordingConsent: z.boolean().optional(),
  /** Script steps the caller ticked off, in the order covered. */
  stepsCovered: z.array(z.string()),
  /** Problem paths opened during the call. */
  branchesTaken: z.array(z.string()),
  contactDetailsConfirmed: z.boolean(),
  /** The note typed during the call, frozen when the call closes. */
  note: z.string(),
  promiseId: z.string().nullable(),
  disputeId: z.string().nullable(),
  followUpId: z.string().nullable(),
});
export type Call = z.infer<typeof callSchema>;
