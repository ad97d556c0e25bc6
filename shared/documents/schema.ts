// Supporting documents attached to a customer or one of their invoices (seed 002's "have
// handy" list). The record is metadata; the bytes live in their own table (documentFiles) so
// listing a customer's documents never loads the files.
import { z } from 'zod';
import { idSchema, instantSchema, requiredText } from '../common/primitives';

export const documentCategorySchema = z.enum([
  'signed-agreement',
  'proposal',
  'purchase-order',
  'proof-of-delivery',
  'certificate',
  'invoice-copy',
  'correspondence',
  'other',
]);
export type DocumentCategory = z.infer<typeof documentCategorySchema>;

export const documentCategoryLabels: Record<DocumentCategory, string> = {
  'signed-agreement': 'Signed agreement',
  proposal: 'Proposal or quote',
  'purchase-order': 'Purchase order',
  'proof-of-delivery': 'Proof of delivery',
  certificate: 'Certificate',
  'invoice-copy': 'Copy of invoice',
  correspondence: 'Correspondence',
  other: 'Other',
};

/** What can be attached: what an agency can read, and what the packet can print or append. */
export const documentMimeSchema = z.enum(['application/pdf', 'image/png', 'image/jpeg']);
export type DocumentMime = z.infer<typeof documentMimeSchema>;

/** 25 MB: a scanned multi-page agreement fits; a video sent by mistake does not. */
export const maxDocumentBytes = 25 * 1024 * 1024;

export const storedDocumentSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  /** The invoice this document supports, or null when it is about the account as a whole. */
  invoiceId: z.string().min(1).nullable(),
  /** The file's name as it was attached (shown, and used when the file is saved elsewhere). */
  fileName: requiredText(255, 'File name'),
  category: documentCategorySchema,
  mime: documentMimeSchema,
  size: z.number().int().positive().max(maxDocumentBytes),
  addedAt: instantSchema,
});
export type StoredDocument = z.infer<typeof storedDocumentSchema>;

/** A document's bytes, in the documentFiles table under the document's id. */
export interface DocumentFileRow {
  id: string;
  bytes: Uint8Array;
}
