// @vitest-environment jsdom
// An account PDF's progress: the window's own stages, then main's for this export only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { stepPercent, stepText, type PdfExportStep } from '../../../renderer/export/export-progress';
import {
  askWhereToSave,
  exportAgencyPacket,
  exportCustomerStatement,
  sendPdfToMain,
  type SendPdf,
} from '../../../renderer/export/pdf-export';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import type { CallDeskBridge } from '../../../shared/ipc/contract';
import type { ExportPdfResult } from '../../../shared/ipc/files-contract';
import { at, customerInput, dropDb, freshDb, invoiceInput } from '../data/fixtures';

const now = at('2026-11-23T16:00:00.000Z');
const saved: ExportPdfResult = { saved: true, path: '/out/packet.pdf', fileName: 'packet.pdf', pages: 4, attachments: [] };

/** Main as the window sees it: two documents added, reported as main does. */
const mainWithTwoDocuments: SendPdf = async (_input, onStep) => {
  onStep?.({ stage: 'printing', done: 0, total: 0 });
  for (const done of [0, 1, 2]) onStep?.({ stage: 'adding-documents', done, total: 2 });
  onStep?.({ stage: 'saving', done: 0, total: 0 });
  return saved;
};

describe('an account PDF reports its stages', () => {
  let db: CallDeskDb;
  let customerId: string;
  beforeEach(async () => {
    db = freshDb();
    customerId = (await createCustomer(db, customerInput({ legalName: 'Acme Hardware Ltd', accountNumber: 'AC-1001' }))).id;
    await saveInvoice(db, customerId, invoiceInput({ number: 'INV-00123', dueDate: '2026-06-30', amountMinor: 1_250_00 }));
  });
  afterEach(() => dropDb(db));

  it("runs from the window's own stages through main's, the bar only ever moving forward", async () => {
    const steps: PdfExportStep[] = [];
    await exportAgencyPacket(db, customerId, {
      destination: askWhereToSave,
      now,
      send: mainWithTwoDocuments,
      onStep: (step) => steps.push(step),
    });
    expect(steps.map((step) => [step.stage, step.done, step.total])).toEqual([
      ['reading', 0, 0],
      ['building', 0, 0],
      ['choosing-file', 0, 0],
      ['printing', 0, 0],
      ['adding-documents', 0, 2],
      ['adding-documents', 1, 2],
      ['adding-documents', 2, 2],
      ['saving', 0, 0],
    ]);
    const percents = steps.map(stepPercent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBeLessThan(100); // full only when saved, and then the bar is gone
    expect(stepText(steps[5]!)).toBe('Adding the attached documents: 1 of 2');
  });

  it('does not wait on a save dialog when the file goes into a chosen folder', async () => {
    const stages: string[] = [];
    await exportCustomerStatement(db, customerId, {
      destination: (fileName) => ({ kind: 'folder', folderId: 'f1', fileName }),
      now,
      send: async () => saved,
      onStep: (step) => stages.push(step.stage),
    });
    expect(stages).toEqual(['reading', 'building']);
  });
});

describe('sendPdfToMain', () => {
  const listeners = new Map<string, (payload: unknown) => void>();
  afterEach(() => {
    delete window.callDesk;
    listeners.clear();
  });

  it("asks main for progress under a fresh id, passes on this export's steps only, and stops listening after", async () => {
    let sentId: string | undefined;
    const invoke = vi.fn<CallDeskBridge['invoke']>(async (_channel, input) => {
      sentId = (input as { progressId?: string }).progressId;
      const emit = listeners.get('export:progress');
      if (!emit) return { ok: true, value: saved };
      emit({ progressId: 'another-export', stage: 'saving', done: 0, total: 0 });
      emit({ progressId: sentId, stage: 'printing', done: 0, total: 0 });
      emit({ progressId: sentId, stage: 'adding-documents', done: 5, total: 2 }); // malformed: dropped
      return { ok: true, value: saved };
    });
    window.callDesk = {
      invoke,
      on: (event, listener) => {
        listeners.set(event, listener);
        return () => listeners.delete(event);
      },
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const steps: PdfExportStep[] = [];
    const input = {
      document: { html: '<p>x</p>', headerTemplate: '', footerTemplate: '', paper: 'Letter' as const, title: 'x' },
      destination: askWhereToSave('x.pdf'),
    };

    expect(await sendPdfToMain(input, (step) => steps.push(step))).toEqual(saved);
    expect(sentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(steps).toEqual([{ stage: 'printing', done: 0, total: 0 }]);
    expect(listeners.has('export:progress')).toBe(false);

    // Without a listener nothing is asked for.
    await sendPdfToMain(input);
    expect(invoke.mock.calls[1]![1]).not.toHaveProperty('progressId');
    warn.mockRestore();
  });
});
