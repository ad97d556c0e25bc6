import { z } from 'zod';
import { idSchema, instantSchema, trimmed } from '../common/primitives';

export const followUpKindSchema = z.enum(['callback', 'promise-check', 'task']);
export type FollowUpKind = z.infer<typeof followUpKindSchema>;

export const followUpSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  callId: z.string().nullable(),
  kind: followUpKindSchema,
  /** The exact instant it is due (a callback is at a time, not just a day). */
  dueAt: instantSchema,
  note: trimmed(500, 'Follow-up note').default(''),
  status: z.enum(['open', 'done']),
  createdAt: instantSchema,
  completedAt: instantSchema.nullable(),
});
export type FollowUp = z.infer<typeof followUpSchema>;
