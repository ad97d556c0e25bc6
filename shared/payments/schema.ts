import { z } from 'zod';
import { calendarDateSchema, currencySchema, idSchema, instantSchema, positiveMinorSchema, trimmed } from '../common/primitives';

export const paymentMethodSchema = z.enum(['cheque', 'card', 'bank-transfer', 'online-portal', 'cash', 'other']);
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

export const paymentAllocationSchema = z.object({
  invoiceId: z.string().min(1),
  amountMinor: positiveMinorSchema,
});
export type PaymentAllocation = z.infer<typeof paymentAllocationSchema>;

export const paymentSchema = z
  .object({
    id: idSchema,
    customerId: idSchema,
    receivedOn: calendarDateSchema,
    amountMinor: positiveMinorSchema,
    currency: currencySchema,
    method: paymentMethodSchema,
    reference: trimmed(80, 'Reference').default(''),
    allocations: z.array(paymentAllocationSchema).min(1, 'Apply the payment to at least one invoice.'),
    createdAt: instantSchema,
    /** Set on a payment an import inferred from a balance that went down in the books. */
    seenInBooks: z.object({ importId: idSchema }).optional(),
  })
  .refine((p) => p.allocations.reduce((s, a) => s + a.amountMinor, 0) === p.amountMinor, {
    message: 'The amounts applied to invoices must add up to the payment.',
    path: ['allocations'],
  });
export type Payment = z.infer<typeof paymentSchema>;
