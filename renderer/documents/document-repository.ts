// Attached documents: metadata in `documents`, bytes in `documentFiles` under the same id, so a
// customer's list never loads a file and a backup is still one database transaction. Every
// write touches both tables in one transaction: a document is never listed without its bytes.
import { newId } from '../../shared/common/ids';
import { checkDocumentFile } from '../../shared/documents/file-check';
import { documentCategorySchema, storedDocumentSchema, type DocumentCategory, type StoredDocument } from '../../shared/documents/schema';
import type { CallDeskDb } from '../data/db';

/** A file the user chose, read into memory, with what they said it is. */
export interface NewDocument {
  fileName: string;
  /** The type the browser stated for the file ('' when none). */
  statedType: string;
  bytes: Uint8Array;
  category: DocumentCategory;
  /** The invoice it supports, or null for the whole account. */
  invoiceId: string | null;
}

const newestFirst = (a: StoredDocument, b: StoredDocument) => b.addedAt.localeCompare(a.addedAt) || a.fileName.localeCompare(b.fileName);

/**
 * Attaches the files to the customer, all or none: one refused file (wrong type, too large,
 * an invoice of another customer) stops the whole batch before anything is written.
 */
export async function addDocuments(
  db: CallDeskDb,
  customerId: string,
  files: readonly NewDocument[],
  opts: { now?: Date } = {},
): Promise<StoredDocument[]> {
  if (files.length === 0) throw new Error('Choose at least one file to attach.');
  const addedAt = (opts.now ?? new Date()).toISOString();
  const prepared = files.map((file) => {
    const check = checkDocumentFile({ name: file.fileName, type: file.statedType, size: file.bytes.byteLength }, file.bytes);
    if (!check.ok) throw new Error(check.reason);
    const document = storedDocumentSchema.parse({
      id: newId(),
      customerId,
      invoiceId: file.invoiceId,
      fileName: file.fileName,
      category: documentCategorySchema.parse(file.category),
      mime: check.mime,
      size: file.bytes.byteLength,
      addedAt,
    });
    return { document, bytes: file.bytes };
  });

  return db.transaction('rw', [db.customers, db.invoices, db.documents, db.documentFiles], async () => {
    if (!(await db.customers.get(customerId))) throw new Error('This customer no longer exists.');
    const invoiceIds = [...new Set(prepared.map((p) => p.document.invoiceId).filter((id): id is string => id !== null))];
    const invoices = await db.invoices.bulkGet(invoiceIds);
    if (invoices.some((invoice) => !invoice || invoice.customerId !== customerId)) {
      throw new Error('One of the chosen invoices no longer belongs to this customer. Choose the invoice again.');
    }
    await db.documents.bulkAdd(prepared.map((p) => p.document));
    await db.documentFiles.bulkAdd(prepared.map((p) => ({ id: p.document.id, bytes: p.bytes })));
    return prepared.map((p) => p.document);
  });
}

/** The customer's documents, newest first (metadata only). */
export async function listCustomerDocuments(db: CallDeskDb, customerId: string): Promise<StoredDocument[]> {
  const documents = await db.documents.where({ customerId }).toArray();
  return documents.sort(newestFirst);
}

/** The documents supporting one invoice, newest first (metadata only). */
export async function listInvoiceDocuments(db: CallDeskDb, invoiceId: string): Promise<StoredDocument[]> {
  const documents = await db.documents.where({ invoiceId }).toArray();
  return documents.sort(newestFirst);
}

export interface DocumentWithBytes {
  document: StoredDocument;
  bytes: Uint8Array;
}

/** A document and its bytes, read together so they are from the same moment. */
export function readDocument(db: CallDeskDb, id: string): Promise<DocumentWithBytes> {
  return db.transaction('r', [db.documents, db.documentFiles], async () => {
    const [document, file] = await Promise.all([db.documents.get(id), db.documentFiles.get(id)]);
    if (!document) throw new Error('This document is no longer attached.');
    if (!file) throw new Error(`The file for ${document.fileName} is missing from this computer's records.`);
    return { document, bytes: file.bytes };
  });
}

/** Removes a document and its bytes together; returns what was removed. */
export function removeDocument(db: CallDeskDb, id: string): Promise<StoredDocument> {
  return db.transaction('rw', [db.documents, db.documentFiles], async () => {
    const document = await db.documents.get(id);
    if (!document) throw new Error('This document was already removed.');
    await db.documents.delete(id);
    await db.documentFiles.delete(id);
    return document;
  });
}
