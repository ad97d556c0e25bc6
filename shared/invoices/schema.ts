import { z } from 'zod';
import { invoiceBooksSchema } from '../import/books-identity-schema';
import {
  calendarDateSchema,
  currencySchema,
  idSchema,
  instantSchema,
  nonNegativeMinorSchema,
  positiveMinorSchema,
  requiredText,
  trimmed,
} from '../common/primitives';

/**
 * closed-in-books: a full import no longer lists it, so the books closed it (paid, credited or
 * written off there). It keeps its history, is not outstanding and is not aged; the invoice form
 * never offers it.
 */
export const invoiceStatusSchema = z.enum(['open', 'paid', 'void', 'closed-in-books']);
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>;

const invoiceFields = z.object({
  number: requiredText(40, 'Invoice number'),
  issueDate: calendarDateSchema,
  dueDate: calendarDateSchema,
  /** When it was sent to the customer, if known (the call confirms it arrived). */
  sentOn: calendarDateSchema.nullable().default(null),
  amountMinor: positiveMinorSchema,
  currency: currencySchema,
  /** What was delivered or done: the caller says it on the call. */
  delivered: trimmed(500, 'What was delivered').default(''),
  poNumber: trimmed(40, 'PO number').default(''),
  terms: trimmed(60, 'Terms').default('Net 30'),
});

export const invoiceInputSchema = invoiceFields.refine((i) => i.dueDate >= i.issueDate, {
  message: 'The due date cannot be before the issue date.',
  path: ['dueDate'],
});
export type InvoiceInput = z.input<typeof invoiceInputSchema>;

export const invoiceSchema = invoiceFields
  .extend({
    id: idSchema,
    customerId: idSchema,
    balanceMinor: nonNegativeMinorSchema,
    status: invoiceStatusSchema,
    createdAt: instantSchema,
    updatedAt: instantSchema,
    /** How the books know this invoice, once imported; absent or null for invoices typed in. */
    books: invoiceBooksSchema.nullable().optional(),
  })
  .refine((i) => i.balanceMinor <= i.amountMinor, {
    message: 'The balance cannot exceed the invoice amount.',
    path: ['balanceMinor'],
  });
export type Invoice = z.infer<typeof invoiceSchema>;
