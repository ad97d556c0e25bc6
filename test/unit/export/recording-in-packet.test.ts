// @vitest-environment jsdom
// A call recording in the agency packet: listed in the document index with its length and the
// call it records, never sent to main to be put in the PDF (a PDF cannot hold sound), and its
// sound never even read for the export.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { addDocuments } from '../../../renderer/documents/document-repository';
import { askWhereToSave, exportAgencyPacket, type SendPdf } from '../../../renderer/export/pdf-export';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { saveSettings } from '../../../renderer/settings/settings-repository';
import { defaultSettings } from '../../../shared/settings/schema';
import { attachRecordings, storeRecordingDuration } from '../../../renderer/recordings/recording-repository';
import { recordingIndexText } from '../../../shared/export/packet-sections/attachments';
import { exportPdfInputSchema, type ExportPdfResult } from '../../../shared/ipc/files-contract';
import type { IpcInput } from '../../../shared/ipc/contract';
import { webmFile } from '../../fixtures/audio/crafted-containers';
import { wavFile } from '../../fixtures/audio/crafted-frames';
import { at, customerInput, dropDb, freshDb, invoiceInput } from '../data/fixtures';
import { closedCallRecord } from '../data/records';
import { pdfBytes } from '../documents/sample-files';

const saved: ExportPdfResult = { saved: true, path: '/out/packet.pdf', fileName: 'packet.pdf', pages: 4, attachments: [] };
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const rowsOf = (html: string) =>
  [...parse(html).querySelectorAll('#documents tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));

describe('recordingIndexText', () => {
  it('says the length and the call, and says so when either is not known', () => {
    expect(recordingIndexText(205, 'Nov 20, 2026, 9:00 AM PST')).toBe(
      'Call recording — 3:25, recorded with the call of Nov 20, 2026, 9:00 AM PST',
    );
    expect(recordingIndexText(null, null)).toBe('Call recording — length not known, recorded with a call no longer on file');
  });
});

describe('a call recording in the agency packet', () => {
  let db: CallDeskDb;
  let customerId: string;

  beforeEach(async () => {
    db = freshDb();
    customerId = (await createCustomer(db, customerInput())).id;
    await saveInvoice(db, customerId, invoiceInput());
    // The call's time is written on the office clock, as in the packet's call log.
    await saveSettings(db, { ...defaultSettings, officeTimeZone: 'America/Los_Angeles' });
    await db.calls.add(closedCallRecord('call-1', customerId, '2026-11-20T17:00:00.000Z'));
  });
  afterEach(() => dropDb(db));

  it('is listed with its length and call, and only the paper documents are sent to be appended', async () => {
    await addDocuments(
      db,
      customerId,
      [{ fileName: 'agreement.pdf', statedType: 'application/pdf', bytes: pdfBytes, category: 'signed-agreement', invoiceId: null }],
      { now: at('2026-11-01T10:00:00.000Z') },
    );
    // 3 minutes 25 seconds of 8 kHz 16-bit mono sound: the length is in the header.
    const [call] = await attachRecordings(db, 'call-1', [{ fileName: 'call.wav', bytes: wavFile({ dataBytes: 16_000 * 205 }) }], {
      now: at('2026-11-20T17:30:00.000Z'),
    });
    const [streamed] = await attachRecordings(db, 'call-1', [{ fileName: 'Recording.webm', bytes: webmFile() }], {
      now: at('2026-11-20T17:40:00.000Z'),
    });
    await storeRecordingDuration(db, streamed!.id, 7.2); // found by the player
    const read = vi.spyOn(db.documentFiles, 'bulkGet');
    const sent: IpcInput<'export:pdf'>[] = [];
    const send: SendPdf = async (input) => {
      sent.push(input);
      return saved;
    };

    await exportAgencyPacket(db, customerId, { destination: askWhereToSave, now: at('2026-11-23T16:00:00.000Z'), send });

    const input = exportPdfInputSchema.parse(sent[0]);
    expect(input.attachments.map((a) => [a.name, a.mime])).toEqual([['agreement.pdf', 'application/pdf']]);
    expect(read.mock.calls.flatMap(([ids]) => ids)).not.toContain(call!.id);
    expect(rowsOf(input.document.html)).toEqual([
      [
        '1',
        'Recording.webm',
        'Call recording',
        'Whole account',
        'Call recording — 0:07, recorded with the call of Nov 20, 2026, 9:00 AM PST. Sound file, not in this PDF.',
      ],
      [
        '2',
        'call.wav',
        'Call recording',
        'Whole account',
        'Call recording — 3:25, recorded with the call of Nov 20, 2026, 9:00 AM PST. Sound file, not in this PDF.',
      ],
      ['3', 'agreement.pdf', 'Signed agreement', 'Whole account', 'PDF, appended after this file'],
    ]);
    expect(parse(input.document.html).querySelector('#documents')?.textContent).toContain('a PDF cannot hold');
  });
});
