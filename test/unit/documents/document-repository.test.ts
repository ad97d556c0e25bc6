import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import { bulkLoad, removeDemoData } from '../../../renderer/data/bulk-load';
import type { CallDeskDb } from '../../../renderer/data/db';
import {
  addDocuments,
  listCustomerDocuments,
  listInvoiceDocuments,
  readDocument,
  removeDocument,
  type NewDocument,
} from '../../../renderer/documents/document-repository';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { maxDocumentBytes } from '../../../shared/documents/schema';
import { at, customerInput, freshDb, invoiceInput, dropDb } from '../data/fixtures';
import { customerRecord, emptyRecords } from '../data/records';
import { pngBomb } from '../../fixtures/images/crafted-images';
import { jpegBytes, pdfBytes, pngBytes, textBytes } from './sample-files';

const newDocument = (overrides: Partial<NewDocument> = {}): NewDocument => ({
  fileName: 'agreement.pdf',
  statedType: 'application/pdf',
  bytes: pdfBytes,
  category: 'signed-agreement',
  invoiceId: null,
  ...overrides,
});

describe('document repository', () => {
  let db: CallDeskDb;
  let customerId: string;

  beforeEach(async () => {
    db = freshDb();
    customerId = (await createCustomer(db, customerInput())).id;
  });
  afterEach(() => dropDb(db));

  const counts = async () => ({ documents: await db.documents.count(), files: await db.documentFiles.count() });

  it('stores the metadata and the bytes of every file under one id', async () => {
    const invoice = await saveInvoice(db, customerId, invoiceInput());
    const added = await addDocuments(
      db,
      customerId,
      [
        newDocument(),
        newDocument({
          fileName: 'POD.png',
          statedType: 'image/png',
          bytes: pngBytes,
          category: 'proof-of-delivery',
          invoiceId: invoice.id,
        }),
      ],
      { now: at('2025-03-12T15:04:05.000Z') },
    );
    expect(added).toHaveLength(2);
    expect(added[0]).toMatchObject({
      customerId,
      invoiceId: null,
      fileName: 'agreement.pdf',
      category: 'signed-agreement',
      mime: 'application/pdf',
      size: pdfBytes.byteLength,
      addedAt: '2025-03-12T15:04:05.000Z',
    });
    expect(added[1]).toMatchObject({ invoiceId: invoice.id, mime: 'image/png', size: pngBytes.byteLength });
    const stored = await readDocument(db, added[1]!.id);
    expect(stored.document).toEqual(added[1]);
    expect(Array.from(stored.bytes)).toEqual(Array.from(pngBytes));
    expect(await counts()).toEqual({ documents: 2, files: 2 });
  });

  it('refuses the whole batch when one file is not what its name says, writing nothing', async () => {
    const attempt = addDocuments(db, customerId, [newDocument(), newDocument({ fileName: 'notes.pdf', bytes: textBytes })]);
    await expect(attempt).rejects.toThrow('notes.pdf is named as a PDF, but its contents are not a PDF, PNG or JPEG file.');
    expect(await counts()).toEqual({ documents: 0, files: 0 });
  });

  it('refuses the whole batch when one picture is over the pixel budget (the image bomb), writing nothing', async () => {
    const attempt = addDocuments(db, customerId, [
      newDocument(),
      newDocument({ fileName: 'site-photo.png', statedType: 'image/png', bytes: pngBomb() }),
    ]);
    await expect(attempt).rejects.toThrow(
      'site-photo.png is 16,000 × 16,000 pixels (256 megapixels); Call Desk accepts pictures up to 40 megapixels.',
    );
    expect(await counts()).toEqual({ documents: 0, files: 0 });
  });

  it('refuses empty and too large files', async () => {
    await expect(addDocuments(db, customerId, [newDocument({ bytes: new Uint8Array() })])).rejects.toThrow('agreement.pdf is empty');
    const huge = new Uint8Array(maxDocumentBytes + 1);
    huge.set(pdfBytes);
    await expect(addDocuments(db, customerId, [newDocument({ bytes: huge })])).rejects.toThrow('agreement.pdf is too large to attach');
    expect(await counts()).toEqual({ documents: 0, files: 0 });
  });

  it('refuses an invoice of another customer and a customer that does not exist', async () => {
    const other = await createCustomer(db, customerInput({ legalName: 'Other Co' }));
    const theirs = await saveInvoice(db, other.id, invoiceInput({ number: 'OTHER-1' }));
    await expect(addDocuments(db, customerId, [newDocument(), newDocument({ invoiceId: theirs.id })])).rejects.toThrow(
      'One of the chosen invoices no longer belongs to this customer.',
    );
    await expect(addDocuments(db, 'no-such-customer', [newDocument()])).rejects.toThrow('This customer no longer exists.');
    await expect(addDocuments(db, customerId, [])).rejects.toThrow('Choose at least one file to attach.');
    expect(await counts()).toEqual({ documents: 0, files: 0 });
  });

  it('lists a customer’s documents newest first, and an invoice’s own', async () => {
    const invoice = await saveInvoice(db, customerId, invoiceInput());
    await addDocuments(db, customerId, [newDocument({ fileName: 'old.pdf' })], { now: at('2025-01-01T09:00:00.000Z') });
    await addDocuments(
      db,
      customerId,
      [newDocument({ fileName: 'po.jpg', statedType: 'image/jpeg', bytes: jpegBytes, invoiceId: invoice.id })],
      {
        now: at('2025-02-01T09:00:00.000Z'),
      },
    );
    await addDocuments(db, customerId, [newDocument({ fileName: 'new.pdf' })], { now: at('2025-03-01T09:00:00.000Z') });
    const other = await createCustomer(db, customerInput({ legalName: 'Other Co' }));
    await addDocuments(db, other.id, [newDocument({ fileName: 'theirs.pdf' })]);

    expect((await listCustomerDocuments(db, customerId)).map((d) => d.fileName)).toEqual(['new.pdf', 'po.jpg', 'old.pdf']);
    expect((await listInvoiceDocuments(db, invoice.id)).map((d) => d.fileName)).toEqual(['po.jpg']);
  });

  it('removes a document and its bytes together', async () => {
    const [kept, removed] = await addDocuments(db, customerId, [
      newDocument({ fileName: 'keep.pdf' }),
      newDocument({ fileName: 'remove.pdf' }),
    ]);
    expect(await removeDocument(db, removed!.id)).toEqual(removed);
    expect(await counts()).toEqual({ documents: 1, files: 1 });
    expect(await db.documentFiles.get(kept!.id)).toBeDefined();
    await expect(readDocument(db, removed!.id)).rejects.toThrow('This document is no longer attached.');
    await expect(removeDocument(db, removed!.id)).rejects.toThrow('This document was already removed.');
  });

  it('says so when a document’s bytes are missing', async () => {
    const [document] = await addDocuments(db, customerId, [newDocument()]);
    await db.documentFiles.delete(document!.id);
    await expect(readDocument(db, document!.id)).rejects.toThrow('The file for agreement.pdf is missing');
  });

  it('removing the demo data removes the demo customers’ documents and files, and only theirs', async () => {
    await bulkLoad(db, { ...emptyRecords(), customers: [customerRecord('demo-1', 'Demo Dairy', true)] }, { defaultCountry: 'US' });
    await addDocuments(db, 'demo-1', [
      newDocument({ fileName: 'demo.pdf' }),
      newDocument({ fileName: 'demo.png', statedType: '', bytes: pngBytes }),
    ]);
    const [real] = await addDocuments(db, customerId, [newDocument({ fileName: 'real.pdf' })]);

    expect(await removeDemoData(db)).toBe(1);
    expect(await db.documents.toArray()).toEqual([real]);
    expect(await db.documentFiles.toCollection().primaryKeys()).toEqual([real!.id]);
  });
});
