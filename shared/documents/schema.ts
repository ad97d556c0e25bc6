// Supporting documents attached to a customer or one of their invoices (seed 002's "have
// handy" list), and the recordings of the account's calls. The record is metadata; the bytes
// live in their own table (documentFiles) so listing a customer's documents never loads the files.
import { z } from 'zod';
import { idSchema, instantSchema, requiredText } from '../common/primitives';
import { formatFileSize } from './file-size';
import { maxPlausibleDurationSeconds } from '../recordings/bytes';
import { audioMimeSchema, maxRecordingBytes, type AudioMime } from '../recordings/schema';

export const documentCategorySchema = z.enum([
  'signed-agreement',
  'proposal',
  'purchase-order',
  'proof-of-delivery',
  'certificate',
  'invoice-copy',
  'correspondence',
  'other',
  /** A recording of one of the account's calls: audio, linked to its call (callId). */
  'call-recording',
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
  'call-recording': 'Call recording',
};

/** The categories a user picks for a paper document; a call recording is only ever attached to its call. */
export const paperDocumentCategories = documentCategorySchema.options.filter((c) => c !== 'call-recording');

/** What can be attached as a document: what an agency can read, and what the packet can print or append. */
export const documentMimeSchema = z.enum(['application/pdf', 'image/png', 'image/jpeg']);
export type DocumentMime = z.infer<typeof documentMimeSchema>;

/** What a stored document can be: a paper document, or a call's recording. */
export const storedDocumentMimeSchema = z.enum([...documentMimeSchema.options, ...audioMimeSchema.options]);
export type StoredDocumentMime = z.infer<typeof storedDocumentMimeSchema>;

export function isAudioMime(mime: StoredDocumentMime): mime is AudioMime {
  return (audioMimeSchema.options as readonly string[]).includes(mime);
}

/** 25 MB: a scanned multi-page agreement fits; a video sent by mistake does not. */
export const maxDocumentBytes = 25 * 1024 * 1024;

/** The size limit for a kind of file: recordings have their own (shared/recordings/schema.ts). */
export function maxStoredBytesFor(mime: StoredDocumentMime): number {
  return isAudioMime(mime) ? maxRecordingBytes : maxDocumentBytes;
}

export const storedDocumentSchema = z
  .object({
    id: idSchema,
    customerId: idSchema,
    /** The invoice this document supports, or null when it is about the account as a whole. */
    invoiceId: z.string().min(1).nullable(),
    /** The file's name as it was attached (shown, and used when the file is saved elsewhere). */
    fileName: requiredText(255, 'File name'),
    category: documentCategorySchema,
    mime: storedDocumentMimeSchema,
    /** Checked against the limit for its kind below. */
    size: z.number().int().positive(),
    addedAt: instantSchema,
    /** A recording: the call it records. Absent on paper documents. */
    callId: idSchema.optional(),
    /** A recording: its length in seconds, or null when the file does not say and no player has told yet. */
    durationSeconds: z.number().nonnegative().max(maxPlausibleDurationSeconds).nullable().optional(),
  })
  .superRefine((document, ctx) => {
    const limit = maxStoredBytesFor(document.mime);
    if (document.size > limit) {
      const kind = isAudioMime(document.mime) ? 'a recording' : 'a document';
      ctx.addIssue({ code: 'custom', path: ['size'], message: `The file is larger than ${formatFileSize(limit)}, the limit for ${kind}.` });
    }
    // A recording is audio, linked to its call, about the account as a whole; nothing else is.
    const isRecording = document.category === 'call-recording';
    if (isRecording !== isAudioMime(document.mime)) {
      ctx.addIssue({ code: 'custom', path: ['category'], message: 'Only a sound file can be a call recording, and a sound file is one.' });
    }
    if (isRecording && document.callId === undefined)
      ctx.addIssue({ code: 'custom', path: ['callId'], message: 'A call recording names its call.' });
    if (isRecording && document.invoiceId !== null) {
      ctx.addIssue({ code: 'custom', path: ['invoiceId'], message: 'A call recording belongs to its call, not an invoice.' });
    }
    if (!isRecording && (document.callId !== undefined || document.durationSeconds !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['callId'], message: 'Only a call recording has a call and a length.' });
    }
  });
export type StoredDocument = z.infer<typeof storedDocumentSchema>;

/** A stored call recording: audio, with its call. */
export type StoredRecordingDocument = StoredDocument & { category: 'call-recording'; mime: AudioMime; callId: string };

export function isCallRecording(document: StoredDocument): document is StoredRecordingDocument {
  return document.category === 'call-recording' && isAudioMime(document.mime) && document.callId !== undefined;
}

/** A document's bytes, in the documentFiles table under the document's id. */
export interface DocumentFileRow {
  id: string;
  bytes: Uint8Array;
}
