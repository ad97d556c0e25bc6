// How a stored customer or invoice is known in the books it was imported from (model.ts,
// BooksIdentity), and the credits the books show on an account. Optional on stored rows: rows
// typed by hand, and rows written before imports existed, have none.
import { z } from 'zod';
import { calendarDateSchema, currencySchema, positiveMinorSchema } from '../common/primitives';
import type { BooksSource } from './model';

export const booksSourceSchema = z.enum([
  'quickbooks-online',
  'quickbooks-desktop',
  'xero',
  'sage-50',
  'freshbooks',
  'wave',
  'zoho-books',
  'myob',
  'spreadsheet',
]) satisfies z.ZodType<BooksSource>;

export const customerBooksSchema = z.object({
  source: booksSourceSchema,
  customerKey: z.string().min(1),
});
export type CustomerBooks = z.infer<typeof customerBooksSchema>;

export const invoiceBooksSchema = customerBooksSchema.extend({
  /** The QuickBooks job the invoice is for ('' when none): part of its match key. */
  job: z.string(),
});
export type InvoiceBooks = z.infer<typeof invoiceBooksSchema>;

/** Money the customer has in hand on the account, as the books last showed it: never aged, never an invoice. */
export const accountCreditSchema = z.object({
  source: booksSourceSchema,
  kind: z.enum(['credit-memo', 'unapplied-payment', 'negative-balance']),
  reference: z.string(),
  date: calendarDateSchema.nullable(),
  amountMinor: positiveMinorSchema,
  currency: currencySchema,
});
export type AccountCredit = z.infer<typeof accountCreditSchema>;

export const accountCreditKindLabels: Record<AccountCredit['kind'], string> = {
  'credit-memo': 'Credit note',
  'unapplied-payment': 'Payment not yet applied',
  'negative-balance': 'Credit balance',
};
