import { z } from 'zod';
import { idSchema, instantSchema, requiredText } from '../common/primitives';

export const disputeReasonSchema = z.enum(['not-received', 'quality', 'pricing', 'already-paid', 'not-ordered', 'invoice-error', 'other']);
export type DisputeReason = z.infer<typeof disputeReasonSchema>;

export const disputeReasonLabels: Record<DisputeReason, string> = {
  'not-received': 'Goods or service not received',
  quality: 'Quality or specification problem',
  pricing: 'Price differs from agreement',
  'already-paid': 'Says it is already paid',
  'not-ordered': 'Says it was not ordered',
  'invoice-error': 'Error on the invoice',
  other: 'Other',
};

export const disputeSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  callId: z.string().nullable(),
  invoiceId: z.string().nullable(),
  reason: disputeReasonSchema,
  details: requiredText(2000, 'Dispute details'),
  status: z.enum(['open', 'resolved']),
  openedAt: instantSchema,
  resolvedAt: instantSchema.nullable(),
});
export type Dispute = z.infer<typeof disputeSchema>;
