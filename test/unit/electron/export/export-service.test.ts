import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { createExportService, type ExportPdfRequest } from '../../../../electron/services/export/export-service';
import { createPacketAssemblyRunner, packetMemoryLimitMb } from '../../../../electron/services/export/packet-assembly-runner';
import { createFilesService } from '../../../../electron/services/files/files-service';
import type { IsolatedJobLauncher } from '../../../../electron/services/isolated-job';
import { pngBomb } from '../../../fixtures/images/crafted-images';
import { createFakeClock } from '../../../host/fake-clock';
import { createScriptedDialogs } from '../../../host/scripted-dialogs';
import { solidPng, textPdf } from '../../export-assembly/fixtures';
import { createFakePdfRenderer } from '../files/fake-pdf-renderer';
import { createMemoryFileSystem } from '../files/memory-file-system';
import { createInProcessPacketJobs } from './in-process-packet-jobs';

function setup({ pages = 2 } = {}) {
  const fs = createMemoryFileSystem();
  const dialogs = createScriptedDialogs();
  const renderer = createFakePdfRenderer({ pages });
  const files = createFilesService({ fs, dialogs, revealer: { showItemInFolder: () => {} } });
  const jobs = createInProcessPacketJobs();
  const assembler = createPacketAssemblyRunner({ launcher: jobs, clock: createFakeClock({ start: '2026-03-02T15:00:00Z' }) });
  const service = createExportService({ files, renderer, assembler, now: () => new Date('2026-03-02T15:00:00Z') });
  return { fs, dialogs, renderer, files, service, jobs };
}

const document: ExportPdfRequest['document'] = {
  html: '<!DOCTYPE html><html><head><title>Harbor Point Marine</title></head><body>INV-7</body></html>',
  headerTemplate: '<div>Northwind Bookkeeping</div>',
  footerTemplate: '<div>Page <span class="pageNumber"></span></div>',
  paper: 'Letter',
  title: 'Harbor Point Marine: account file',
  author: 'Northwind Bookkeeping',
};

describe('export service: PDF', () => {
  it('renders nothing and writes nothing when the save dialog is cancelled', async () => {
    const { dialogs, renderer, fs, service, jobs } = setup();
    dialogs.queueSavePath(null);
    const result = await service.exportPdf({
      document,
      attachments: [],
      destination: { kind: 'ask', suggestedName: 'Harbor Point Marine.pdf' },
    });
    expect(result).toEqual({ saved: false });
    expect(renderer.requests).toEqual([]);
    expect(jobs.started).toBe(0);
    expect(fs.writes).toEqual([]);
    expect(dialogs.asked).toEqual([{ kind: 'save', title: 'Save as PDF', defaultName: 'Harbor Point Marine.pdf' }]);
  });

  it('prints the document, appends attachments, reports each one, and writes the file atomically', async () => {
    const { dialogs, renderer, fs, service } = setup({ pages: 2 });
    dialogs.queueSavePath('/home/ana/Packets/Harbor Point Marine.pdf');
    const result = await service.exportPdf({
      document,
      attachments: [
        { name: 'signed agreement.pdf', mime: 'application/pdf', bytes: await textPdf([['Agreement'], ['Signatures']]) },
        { name: 'delivery.png', mime: 'image/png', bytes: solidPng(40, 30, [20, 90, 200]) },
        {
          name: 'notes.docx',
          mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          bytes: new Uint8Array([0x50, 0x4b, 3, 4]),
        },
      ],
      destination: { kind: 'ask', suggestedName: 'Harbor Point Marine.pdf' },
    });

    expect(renderer.requests).toEqual([
      { html: document.html, headerTemplate: document.headerTemplate, footerTemplate: document.footerTemplate, paper: 'Letter' },
    ]);
    expect(result).toEqual({
      saved: true,
      path: '/home/ana/Packets/Harbor Point Marine.pdf',
      fileName: 'Harbor Point Marine.pdf',
      // 2 printed + 2 appended + 1 image page + 1 page saying the .docx could not be included.
      pages: 6,
      attachments: [
        { name: 'signed agreement.pdf', included: true, pages: 2 },
        { name: 'delivery.png', included: true, pages: 1 },
        { name: 'notes.docx', included: false, pages: 1, reason: expect.stringContaining('cannot be placed in a PDF') },
      ],
    });
    expect(fs.writes).toEqual(['/home/ana/Packets/Harbor Point Marine.pdf']);
    const saved = await PDFDocument.load(fs.stored.get('/home/ana/Packets/Harbor Point Marine.pdf')!, { updateMetadata: false });
    expect(saved.getPageCount()).toBe(6);
    expect(saved.getTitle()).toBe('Harbor Point Marine: account file');
    expect(saved.getAuthor()).toBe('Northwind Bookkeeping');
    expect(saved.getCreationDate()?.toISOString()).toBe('2026-03-02T15:00:00.000Z');
  });

  it('never places a picture over the pixel budget, whatever the window sent: a page says why instead', async () => {
    const { dialogs, fs, service, jobs } = setup({ pages: 1 });
    dialogs.queueSavePath('/home/ana/Packets/Harbor Point Marine.pdf');
    const result = await service.exportPdf({
      document,
      attachments: [
        { name: 'site-photo.png', mime: 'image/png', bytes: pngBomb() },
        { name: 'delivery.png', mime: 'image/png', bytes: solidPng(40, 30, [20, 90, 200]) },
      ],
      destination: { kind: 'ask', suggestedName: 'Harbor Point Marine.pdf' },
    });
    expect(result).toMatchObject({
      saved: true,
      pages: 3,
      attachments: [
        {
          name: 'site-photo.png',
          included: false,
          pages: 1,
          reason: 'This picture is 16,000 × 16,000 pixels (256 megapixels), more than the 40 megapixels Call Desk places in a PDF.',
        },
        { name: 'delivery.png', included: true, pages: 1 },
      ],
    });
    expect(fs.writes).toEqual(['/home/ana/Packets/Harbor Point Marine.pdf']);
    // Put together in a job with the memory cap, never in main itself.
    expect(jobs.memoryLimits).toEqual([packetMemoryLimitMb]);
  });

  it('writes nothing when the job building the PDF fails, and says why', async () => {
    const fs = createMemoryFileSystem();
    const dialogs = createScriptedDialogs();
    const files = createFilesService({ fs, dialogs, revealer: { showItemInFolder: () => {} } });
    const crashing: IsolatedJobLauncher = {
      start: ({ onEnd }) => ({ send: () => setImmediate(() => onEnd({ kind: 'crashed', detail: 'killed by the OS' })), stop: () => {} }),
    };
    const assembler = createPacketAssemblyRunner({ launcher: crashing, clock: createFakeClock() });
    const service = createExportService({ files, renderer: createFakePdfRenderer({ pages: 1 }), assembler });
    dialogs.queueSavePath('/home/ana/Packets/a.pdf');
    await expect(service.exportPdf({ document, attachments: [], destination: { kind: 'ask', suggestedName: 'a.pdf' } })).rejects.toThrow(
      'Building the PDF stopped unexpectedly, and nothing was saved.',
    );
    expect(fs.writes).toEqual([]);
  });

  it('writes nothing when printing fails, and says why', async () => {
    const { dialogs, renderer, fs, service } = setup();
    vi.spyOn(renderer, 'render').mockRejectedValueOnce(new Error('The print engine stopped.'));
    dialogs.queueSavePath('/home/ana/Packets/a.pdf');
    await expect(service.exportPdf({ document, attachments: [], destination: { kind: 'ask', suggestedName: 'a.pdf' } })).rejects.toThrow(
      'The print engine stopped.',
    );
    expect(fs.writes).toEqual([]);
  });

  it('writes one packet per account into a chosen folder, never over an earlier one', async () => {
    const { dialogs, files, fs, service } = setup({ pages: 1 });
    dialogs.queueFolder('/home/ana/Packets');
    const { folder } = await files.chooseFolder('agency-packets');
    const destination = {
      kind: 'folder' as const,
      folderId: folder!.id,
      fileName: 'Harbor Point Marine.pdf',
      ifExists: 'keep-both' as const,
    };
    const first = await service.exportPdf({ document, attachments: [], destination });
    const second = await service.exportPdf({ document, attachments: [], destination });
    expect([first, second].map((r) => r.saved && r.fileName)).toEqual(['Harbor Point Marine.pdf', 'Harbor Point Marine (2).pdf']);
    expect(fs.names('/home/ana/Packets')).toEqual(['Harbor Point Marine (2).pdf', 'Harbor Point Marine.pdf']);
  });
});

describe('export service: progress', () => {
  it('reports each stage as the work reaches it, the documents one by one, and nothing while the dialog is open', async () => {
    const { dialogs, renderer, fs, service } = setup({ pages: 2 });
    const steps: { stage: string; done: number; total: number; printed: number; written: number; asked: number }[] = [];
    dialogs.queueSavePath('/home/ana/Packets/Harbor Point Marine.pdf');
    await service.exportPdf(
      {
        document,
        attachments: [
          { name: 'signed agreement.pdf', mime: 'application/pdf', bytes: await textPdf([['Agreement']]) },
          { name: 'delivery.png', mime: 'image/png', bytes: solidPng(40, 30, [20, 90, 200]) },
        ],
        destination: { kind: 'ask', suggestedName: 'Harbor Point Marine.pdf' },
      },
      (step) => steps.push({ ...step, printed: renderer.requests.length, written: fs.writes.length, asked: dialogs.asked.length }),
    );
    expect(steps).toEqual([
      // The user has chosen the file; the document is about to be printed.
      { stage: 'printing', done: 0, total: 0, printed: 0, written: 0, asked: 1 },
      { stage: 'adding-documents', done: 0, total: 2, printed: 1, written: 0, asked: 1 },
      { stage: 'adding-documents', done: 1, total: 2, printed: 1, written: 0, asked: 1 },
      { stage: 'adding-documents', done: 2, total: 2, printed: 1, written: 0, asked: 1 },
      { stage: 'saving', done: 0, total: 0, printed: 1, written: 0, asked: 1 },
    ]);
    expect(fs.writes).toHaveLength(1);
  });

  it('skips the documents stage for a statement, and reports nothing when the user cancels the dialog', async () => {
    const { dialogs, service } = setup();
    const stages: string[] = [];
    dialogs.queueSavePath('/home/ana/Statements/Harbor Point Marine.pdf');
    await service.exportPdf({ document, attachments: [], destination: { kind: 'ask', suggestedName: 'Harbor Point Marine.pdf' } }, (step) =>
      stages.push(step.stage),
    );
    expect(stages).toEqual(['printing', 'saving']);

    stages.length = 0;
    dialogs.queueSavePath(null);
    await service.exportPdf({ document, attachments: [], destination: { kind: 'ask', suggestedName: 'Harbor Point Marine.pdf' } }, (step) =>
      stages.push(step.stage),
    );
    expect(stages).toEqual([]);
  });
});

describe('export service: text files', () => {
  it('writes the content exactly as given, one byte order mark and all', async () => {
    const { dialogs, fs, service } = setup();
    dialogs.queueSavePath('/home/ana/Desktop/customers.csv');
    const content = '\uFEFFName,Balance\r\nHarbor Point Marine,1200.00\r\n';
    const result = await service.exportTextFile({
      content,
      fileType: { name: 'CSV file', extensions: ['csv'] },
      destination: { kind: 'ask', suggestedName: 'customers.csv' },
    });
    expect(result).toEqual({ saved: true, path: '/home/ana/Desktop/customers.csv', fileName: 'customers.csv' });
    expect(dialogs.asked).toEqual([{ kind: 'save', title: 'Save CSV file', defaultName: 'customers.csv' }]);
    const bytes = fs.stored.get('/home/ana/Desktop/customers.csv')!;
    expect([...bytes.subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x4e]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(content);
  });

  it('answers not saved on cancel', async () => {
    const { dialogs, fs, service } = setup();
    dialogs.queueSavePath(null);
    expect(
      await service.exportTextFile({
        content: 'x',
        fileType: { name: 'CSV file', extensions: ['csv'] },
        destination: { kind: 'ask', suggestedName: 'a.csv' },
      }),
    ).toEqual({ saved: false });
    expect(fs.writes).toEqual([]);
  });
});
