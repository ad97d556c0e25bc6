// @vitest-environment jsdom
// Gathering an account for its PDFs: the packet sends the whole file and every attached document
// with its bytes, numbered in the packet in the same order they are sent; the statement sends
// no attachments; both ask main to save under a safe suggested name.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { listExportCandidates } from '../../../renderer/export/export-candidates';
import { askWhereToSave, exportAgencyPacket, exportCustomerStatement, type SendPdf } from '../../../renderer/export/pdf-export';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { placeWithAgency } from '../../../renderer/placements/placement-repository';
import { saveSettings } from '../../../renderer/settings/settings-repository';
import type { StoredDocument } from '../../../shared/documents/schema';
import { exportPdfInputSchema, type ExportPdfResult } from '../../../shared/ipc/files-contract';
import type { IpcInput } from '../../../shared/ipc/contract';
import { defaultSettings } from '../../../shared/settings/schema';
import { at, customerInput, freshDb, invoiceInput, dropDb } from '../data/fixtures';

const now = at('2026-11-23T16:00:00.000Z');
const saved: ExportPdfResult = { saved: true, path: '/out/packet.pdf', fileName: 'packet.pdf', pages: 4, attachments: [] };

function recordingSend(result: ExportPdfResult = saved) {
  const sent: IpcInput<'export:pdf'>[] = [];
  const send: SendPdf = async (input) => {
    sent.push(input);
    return result;
  };
  return { sent, send };
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('exporting an account to PDF', () => {
  let db: CallDeskDb;
  let customerId: string;
  let invoiceId: string;

  beforeEach(async () => {
    db = freshDb();
    customerId = (await createCustomer(db, customerInput({ legalName: 'Acme Hardware: Ltd', accountNumber: 'AC-1001' }))).id;
    invoiceId = (await saveInvoice(db, customerId, invoiceInput({ number: 'INV-00123', dueDate: '2026-06-30', amountMinor: 1_250_00 }))).id;
    await saveInvoice(db, customerId, invoiceInput({ number: 'INV-00124', dueDate: '2026-12-30', amountMinor: 80_00 }));
  });
  afterEach(() => dropDb(db));

  const attach = async (id: string, fields: Partial<StoredDocument>, bytes: Uint8Array | null) => {
    const document: StoredDocument = {
      id,
      customerId,
      invoiceId: null,
      fileName: `${id}.pdf`,
      category: 'other',
      mime: 'application/pdf',
      size: 10,
      addedAt: '2026-11-01T10:00:00.000Z',
      ...fields,
    };
    await db.documents.add(document);
    if (bytes) await db.documentFiles.add({ id, bytes });
  };

  it('sends every document with its bytes, in the order the packet numbers them', async () => {
    await attach(
      'agreement',
      { fileName: 'Signed agreement.pdf', category: 'signed-agreement', addedAt: '2026-10-02T09:00:00.000Z' },
      new Uint8Array([37, 80, 68, 70, 45, 1]),
    );
    await attach(
      'delivery',
      { fileName: 'Delivery photo.png', category: 'proof-of-delivery', mime: 'image/png', invoiceId, addedAt: '2026-09-15T09:00:00.000Z' },
      new Uint8Array([137, 80, 78, 71]),
    );
    await attach('lost', { fileName: 'Lost scan.pdf', addedAt: '2026-11-20T09:00:00.000Z' }, null);
    await saveSettings(db, { ...defaultSettings, companyName: 'Bayline Mechanical Services' });
    const { sent, send } = recordingSend();

    const outcome = await exportAgencyPacket(db, customerId, { destination: askWhereToSave, now, send });

    expect(outcome).toEqual({ customerName: 'Acme Hardware: Ltd', result: saved });
    expect(sent).toHaveLength(1);
    const input = exportPdfInputSchema.parse(sent[0]); // what main will accept
    // Newest first, as the customer file lists them.
    expect(input.attachments.map((a) => [a.name, a.mime, [...a.bytes]])).toEqual([
      // Bytes missing from the database: sent empty, so main puts a "not included" page in its place.
      ['Lost scan.pdf', 'application/pdf', []],
      ['Signed agreement.pdf', 'application/pdf', [37, 80, 68, 70, 45, 1]],
      ['Delivery photo.png', 'image/png', [137, 80, 78, 71]],
    ]);
    const listed = [...parse(input.document.html).querySelectorAll('#documents tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(listed).toEqual([
      ['1', 'Lost scan.pdf', 'Other', 'Whole account', 'PDF, appended after this file'],
      ['2', 'Signed agreement.pdf', 'Signed agreement', 'Whole account', 'PDF, appended after this file'],
      ['3', 'Delivery photo.png', 'Proof of delivery', 'INV-00123', 'Image, on its own page after this file'],
    ]);
    expect(input.destination).toEqual({ kind: 'ask', suggestedName: 'Acme Hardware Ltd - AC-1001 - agency packet - 2026-11-23.pdf' });
    expect(input.document).toMatchObject({
      paper: 'Letter',
      title: 'Acme Hardware: Ltd: account file for collection',
      author: 'Bayline Mechanical Services',
    });
    expect(input.document.footerTemplate).toContain('class="pageNumber"');
  });

  it('prints the whole file: every invoice and the current placement with the agency reference', async () => {
    await placeWithAgency(
      db,
      customerId,
      { agencyName: 'Pacific Recovery Partners', placedOn: '2026-11-20', agencyReference: 'PRP-5521' },
      { now },
    );
    const { sent, send } = recordingSend();
    await exportAgencyPacket(db, customerId, { destination: (fileName) => ({ kind: 'folder', folderId: 'f1', fileName }), now, send });
    const doc = parse(sent[0]!.document.html);
    const ledger = doc.querySelector('#invoices')?.textContent ?? '';
    expect(ledger).toContain('INV-00123');
    expect(ledger).toContain('INV-00124');
    expect(doc.querySelector('#placement-summary')?.textContent).toContain(
      'Pacific Recovery Partners on Nov 20, 2026 (their reference PRP-5521)',
    );
    expect(doc.querySelector('#documents')?.textContent).toContain('No documents are attached');
    expect(sent[0]!.attachments).toEqual([]);
    expect(sent[0]!.destination).toEqual({
      kind: 'folder',
      folderId: 'f1',
      fileName: 'Acme Hardware Ltd - AC-1001 - agency packet - 2026-11-23.pdf',
    });
  });

  it('sends the statement with the open invoices and no attachments', async () => {
    await attach('agreement', {}, new Uint8Array([1]));
    const { sent, send } = recordingSend();
    await exportCustomerStatement(db, customerId, { destination: askWhereToSave, now, send });
    const input = exportPdfInputSchema.parse(sent[0]);
    expect(input.attachments).toEqual([]);
    expect(input.document.html).toContain('INV-00123');
    expect(input.document.html).toContain('$1,330.00');
    expect(input.destination).toEqual({ kind: 'ask', suggestedName: 'Acme Hardware Ltd - AC-1001 - statement - 2026-11-23.pdf' });
  });

  it('reports a customer that no longer exists and sends nothing', async () => {
    const { sent, send } = recordingSend();
    await expect(exportAgencyPacket(db, 'gone', { destination: askWhereToSave, now, send })).rejects.toThrow(
      'This customer no longer exists.',
    );
    expect(sent).toEqual([]);
  });

  it('refuses a statement or packet for an account with no invoices, saying why, and sends nothing', async () => {
    const empty = (await createCustomer(db, customerInput({ legalName: 'No Books Yet', accountNumber: 'NB-1' }))).id;
    const { sent, send } = recordingSend();
    await expect(exportCustomerStatement(db, empty, { destination: askWhereToSave, now, send })).rejects.toThrow('No invoices on file');
    await expect(exportAgencyPacket(db, empty, { destination: askWhereToSave, now, send })).rejects.toThrow('No invoices on file');
    expect(sent).toEqual([]);
  });

  it('offers accounts by filter: placed, over 90 days past due, or owing, largest balance first', async () => {
    const zeta = (await createCustomer(db, customerInput({ legalName: 'Zeta Works', accountNumber: 'ZW-1' }))).id;
    await saveInvoice(db, zeta, invoiceInput({ number: 'Z-1', dueDate: '2026-11-01', amountMinor: 9_000_00 }));
    await createCustomer(db, customerInput({ legalName: 'Paid Up Inc', accountNumber: 'PU-1' }));
    const names = async (filter: Parameters<typeof listExportCandidates>[1]) =>
      (await listExportCandidates(db, filter, '2026-11-23')).map((c) => [c.legalName, c.agencyName]);

    expect(await names('owing')).toEqual([
      ['Zeta Works', null],
      ['Acme Hardware: Ltd', null],
    ]);
    // Acme's oldest unpaid invoice fell due on 2026-06-30, 146 days before; Zeta's 22 days before.
    expect(await names('over-90')).toEqual([['Acme Hardware: Ltd', null]]);
    expect(await names('placed')).toEqual([]);
    await placeWithAgency(db, zeta, { agencyName: 'Summit Collections', placedOn: '2026-11-23' }, { now });
    expect(await names('placed')).toEqual([['Zeta Works', 'Summit Collections']]);
  });
});
