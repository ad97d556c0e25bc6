import { z } from 'zod';
import { calendarDateSchema, currencySchema, idSchema, instantSchema, positiveMinorSchema } from '../common/primitives';

export const promiseMethodSchema = z.enum(['cheque-by-mail', 'card-by-phone', 'bank-transfer', 'online-portal']);
export type PromiseMethod = z.infer<typeof promiseMethodSchema>;

export const promiseMethodLabels: Record<PromiseMethod, string> = {
  'cheque-by-mail': 'Cheque by mail',
  'card-by-phone': 'Card by phone',
  'bank-transfer': 'Bank transfer',
  'online-portal': 'Online portal',
};

export const promiseStatusSchema = z.enum(['open', 'kept', 'partially-kept', 'broken', 'cancelled']);
export type PromiseStatus = z.infer<typeof promiseStatusSchema>;

export const instalmentSchema = z.object({
  dueDate: calendarDateSchema,
  amountMinor: positiveMinorSchema,
});
export type Instalment = z.infer<typeof instalmentSchema>;

export const paymentPromiseSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  callId: z.string().nullable(),
  contactId: z.string().nullable(),
  amountMinor: positiveMinorSchema,
  currency: currencySchema,
  /** The (first) date payment is promised for. */
  promisedDate: calendarDateSchema,
  method: promiseMethodSchema,
  invoiceIds: z.array(z.string()),
  /** Empty for a single payment; otherwise the plan, adding up to amountMinor. */
  instalments: z.array(instalmentSchema),
  status: promiseStatusSchema,
  createdAt: instantSchema,
});
export type PaymentPromise = z.infer<typeof paymentPromiseSchema>;
