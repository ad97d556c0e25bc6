// Main's file channels through window.callDesk in the test host: real printing (page.pdf), real
// files in temp folders, dialogs answered by the test, bytes that arrive as Uint8Arrays, and
// backups that cross in pieces.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { encodeBackup } from '../../shared/backup/encode-backup';
import { backupFileName } from '../../shared/backup/backup-schedule';
import { printDocument, printHeaderFooter } from '../../shared/export/print-document';
import { backupChunkBytes } from '../host/host-main';
import { expect, test } from './fixtures';
import { waitForAutomaticBackup } from './support/backup-steps';
import { waitForMain } from './support/main-state';
import { pdfText as readPdfText } from '../support/pdf-reading';

let outDir: string;
test.beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'call-desk-e2e-out-'));
});
test.afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

const pdfText = (file: string) => readPdfText(file);

async function attachmentPdf(text: string): Promise<number[]> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText(text, { x: 60, y: 700, size: 14, font });
  return [...(await doc.save())];
}

const packetDocument = () => ({
  html: printDocument({
    title: 'Harbor Point Marine: account file',
    locale: 'en-US',
    paper: 'Letter',
    body: '<h1>Harbor Point Marine</h1><p>Invoice INV-20417 is 94 days past due.</p>',
  }),
  ...printHeaderFooter({ headerLeft: 'Northwind Bookkeeping', headerRight: 'Account file', footerLeft: 'Generated 2 March 2026' }),
  paper: 'Letter' as const,
  title: 'Harbor Point Marine: account file',
  author: 'Northwind Bookkeeping',
});

test.describe('main file channels in the test host', () => {
  test('export:pdf prints the HTML, appends a PDF attachment and saves where the dialog said', async ({ app, host }) => {
    const page = await app.launch();
    const target = path.join(outDir, 'Harbor Point Marine.pdf');
    host.dialogs.queueSavePath(target);
    const attachment = await attachmentPdf('Signed delivery receipt 5521');

    const result = await page.evaluate(
      ([document, bytes]) =>
        window.callDesk!.invoke('export:pdf', {
          document,
          attachments: [{ name: 'receipt.pdf', mime: 'application/pdf', bytes: new Uint8Array(bytes) }],
          destination: { kind: 'ask', suggestedName: 'Harbor Point Marine.pdf' },
        }),
      [packetDocument(), attachment] as const,
    );

    expect(result).toEqual({
      ok: true,
      value: {
        saved: true,
        path: target,
        fileName: 'Harbor Point Marine.pdf',
        pages: 2,
        attachments: [{ name: 'receipt.pdf', included: true, pages: 1 }],
      },
    });
    expect(host.dialogs.asked).toEqual([{ kind: 'save', title: 'Save as PDF', defaultName: 'Harbor Point Marine.pdf' }]);
    const bytes = await readFile(target);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(target);
    expect(text).toContain('INV-20417');
    expect(text).toContain('Northwind Bookkeeping');
    // Chromium numbers the pages it printed; the attachment is appended after printing.
    expect(text).toMatch(/Page 1 of 1/);
    expect(text).toContain('Signed delivery receipt 5521');
  });

  test('a cancelled save dialog writes nothing and prints nothing', async ({ app, host }) => {
    const page = await app.launch();
    let printPagesOpened = 0;
    page.context().on('page', () => (printPagesOpened += 1));
    host.dialogs.queueSavePath(null);
    const result = await page.evaluate(
      (document) => window.callDesk!.invoke('export:pdf', { document, destination: { kind: 'ask', suggestedName: 'Packet.pdf' } }),
      packetDocument(),
    );
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(printPagesOpened).toBe(0);
    expect(await readdir(outDir)).toEqual([]);
  });

  test('CSV files go into a chosen folder, keeping both on a name clash; only those can be shown', async ({ app, host }) => {
    const page = await app.launch();
    host.dialogs.queueFolder(outDir);
    const chosen = await page.evaluate(() => window.callDesk!.invoke('files:choose-folder', { purpose: 'csv-export' }));
    expect(chosen).toMatchObject({ ok: true, value: { folder: { path: outDir } } });
    if (!chosen.ok) return;
    const folderId = (chosen.value as { folder: { id: string } }).folder.id;

    const write = (content: string) =>
      page.evaluate(
        ([id, text]) =>
          window.callDesk!.invoke('export:text-file', {
            content: text,
            fileType: { name: 'CSV file', extensions: ['csv'] },
            destination: { kind: 'folder', folderId: id, fileName: 'customers.csv' },
          }),
        [folderId, content] as const,
      );
    const csv = '\uFEFFName,Balance\r\nHarbor Point Marine,1200.00\r\n';
    const first = await write(csv);
    const second = await write(csv);
    expect(first).toMatchObject({ ok: true, value: { saved: true, fileName: 'customers.csv' } });
    expect(second).toMatchObject({ ok: true, value: { saved: true, fileName: 'customers (2).csv' } });
    expect((await readdir(outDir)).sort()).toEqual(['customers (2).csv', 'customers.csv']);
    // One byte order mark, as the renderer wrote it.
    expect([...(await readFile(path.join(outDir, 'customers.csv'))).subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x4e]);

    const shown = await page.evaluate(
      (file) => window.callDesk!.invoke('files:show-in-folder', { path: file }),
      path.join(outDir, 'customers.csv'),
    );
    const refused = await page.evaluate(() => window.callDesk!.invoke('files:show-in-folder', { path: '/etc/passwd' }));
    expect(shown).toEqual({ ok: true, value: { shown: true } });
    expect(refused).toEqual({ ok: true, value: { shown: false } });
    expect(host.shownInFolder).toEqual([path.join(outDir, 'customers.csv')]);

    const stale = await page.evaluate(() =>
      window.callDesk!.invoke('export:text-file', {
        content: 'x',
        fileType: { name: 'CSV file', extensions: ['csv'] },
        destination: { kind: 'folder', folderId: 'not-granted', fileName: 'x.csv' },
      }),
    );
    expect(stale).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringContaining('Choose the folder again') } });
  });

  test('a backup crosses in pieces both ways: automatic write, status, open by name', async ({ app, host }) => {
    const page = await app.launch();
    const backup = await backupWithDocument(3 * backupChunkBytes);
    // The app's own backup of the day first; a day later the next is due, and this test writes it.
    const appsOwn = (await readdir(await waitForAutomaticBackup(host)))[0]!;
    host.clock.set(host.clock.now().getTime() + 24 * 3_600_000);

    const written = await page.evaluate(sendInPieces, { target: { kind: 'automatic' }, bytes: [...backup] });
    const name = backupFileName(host.clock.now());
    expect(written.pieces).toBe(4);
    expect(written.finished).toEqual({ ok: true, value: { target: 'automatic', result: { written: true, name, removed: [] } } });
    expect(new Uint8Array(await readFile(path.join(host.dataDir, 'backups', name)))).toEqual(backup);

    const again = await page.evaluate(sendInPieces, { target: { kind: 'automatic' }, bytes: [...backup] });
    expect(again).toEqual({ begun: { ok: true, value: { started: false, reason: 'not-due' } }, pieces: 0, finished: null });

    const status = await page.evaluate(() => window.callDesk!.invoke('backup:status'));
    expect(status).toEqual({
      ok: true,
      value: {
        due: false,
        folder: path.join(host.dataDir, 'backups'),
        automatic: [
          { name, createdAt: expect.any(String), size: backup.length, kind: 'daily' },
          { name: appsOwn, createdAt: expect.any(String), size: expect.any(Number), kind: 'daily' },
        ],
      },
    });

    const opened = await page.evaluate(readInPieces, { source: 'automatic', name });
    expect(opened).toEqual({
      fileName: name,
      pieces: 4,
      allBytes: true,
      bytes: [...backup],
      closed: { ok: true, value: { closed: true } },
    });
    expect((await readdir(path.join(host.dataDir, 'backups'))).sort()).toEqual([appsOwn, name].sort());
  });

  test('"Back up now" saves where the dialog said, and "Restore" opens that file again', async ({ app, host }) => {
    const page = await app.launch();
    const backup = await backupWithDocument(100);
    const target = path.join(outDir, 'office.cdbackup');
    host.dialogs.queueSavePath(target);
    host.dialogs.queueOpenPath(target);
    const saved = await page.evaluate(sendInPieces, {
      target: { kind: 'save-as', suggestedName: 'Call Desk backup 2026-03-02.cdbackup' },
      bytes: [...backup],
    });
    expect(saved.finished).toEqual({ ok: true, value: { target: 'save-as', saved: true, path: target, fileName: 'office.cdbackup' } });
    const opened = await page.evaluate(readInPieces, { source: 'ask' });
    expect(opened).toMatchObject({ fileName: 'office.cdbackup', bytes: [...backup] });
    expect(host.dialogs.asked).toEqual([
      { kind: 'save', title: 'Back up Call Desk', defaultName: 'Call Desk backup 2026-03-02.cdbackup' },
      { kind: 'open', title: 'Restore from backup' },
    ]);
    expect(await readdir(outDir)).toEqual(['office.cdbackup']);
  });

  test('refuses to keep bytes that are not a Call Desk backup, and to open a file that is not one', async ({ app, host }) => {
    const page = await app.launch();
    const folder = await waitForAutomaticBackup(host);
    const appsOwn = await readdir(folder);
    host.dialogs.queueSavePath(path.join(outDir, 'office.cdbackup'));
    const foreign = [...new TextEncoder().encode('%PDF-1.7 not a backup')];
    const results = [
      await page.evaluate(sendInPieces, { target: { kind: 'safety-copy', reason: 'restore' }, bytes: foreign }),
      await page.evaluate(sendInPieces, { target: { kind: 'save-as', suggestedName: 'office.cdbackup' }, bytes: foreign }),
    ];
    for (const result of results) {
      expect(result.refused).toMatchObject({
        ok: false,
        error: { code: 'failed', message: expect.stringContaining('not a complete Call Desk backup') },
      });
    }
    expect(await readdir(outDir)).toEqual([]);
    expect(await readdir(folder)).toEqual(appsOwn);

    const notes = path.join(outDir, 'notes.cdbackup');
    await writeFile(notes, 'Call Wexford on Monday about WX-1.\n');
    host.dialogs.queueOpenPath(notes);
    expect(await page.evaluate(() => window.callDesk!.invoke('backup:read-open', { source: 'ask' }))).toEqual({
      ok: true,
      value: {
        opened: false,
        fileName: 'notes.cdbackup',
        message: 'This file is not a Call Desk backup. Choose a file saved with “Back up now” or one of the automatic backups.',
      },
    });
  });

  test("a page that reloads mid-way leaves no part of its backup behind, and its transfer can't be finished", async ({ app, host }) => {
    const page = await app.launch();
    const backup = await backupWithDocument(3 * backupChunkBytes);
    // The app's own backup of the day is written, so after the reload the app sends none.
    const folder = await waitForAutomaticBackup(host);
    const appsOwn = await readdir(folder);
    const writeId = await page.evaluate(
      async (bytes) => {
        const begun = await window.callDesk!.invoke('backup:write-begin', {
          target: { kind: 'safety-copy', reason: 'restore' },
        });
        if (!begun.ok) throw new Error(begun.error.message);
        const { writeId: id, chunkBytes } = begun.value as { writeId: string; chunkBytes: number };
        await window.callDesk!.invoke('backup:write-chunk', { writeId: id, index: 0, bytes: new Uint8Array(bytes.slice(0, chunkBytes)) });
        return id;
      },
      [...backup],
    );
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);

    await page.reload();
    await expect.poll(() => readdir(folder), waitForMain).toEqual(appsOwn);
    const finished = await page.evaluate((id) => window.callDesk!.invoke('backup:write-finish', { writeId: id, size: 1 }), writeId);
    expect(finished).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Call Desk stopped waiting for this backup file') },
    });
  });
});

/** A backup holding one document of `size` bytes that do not compress: the file is about that long. */
async function backupWithDocument(size: number): Promise<Uint8Array> {
  const document = new Uint8Array(size).map((_, i) => (i * 7919 + (i >> 3)) & 0xff);
  return encodeBackup({
    schemaVersion: 3,
    tables: { customers: [{ id: 'c1', legalName: 'Harbor Point Marine' }], documents: [{ id: 'd1', customerId: 'c1' }] },
    createdAt: '2026-03-02T15:00:00.000Z',
    app: { version: '0.1.0' },
    documents: [{ id: 'd1', name: 'scan.pdf', mime: 'application/pdf', bytes: document }],
  });
}

type TransferResult = { ok: boolean; value?: unknown; error?: { message: string } };

/** In the page: sends a whole file in the pieces main asks for, as renderer/backup/backup-transfer.ts does. */
async function sendInPieces({ target, bytes }: { target: unknown; bytes: number[] }) {
  const begun = (await window.callDesk!.invoke('backup:write-begin', { target })) as TransferResult;
  const value = begun.value as { started?: boolean; writeId: string; chunkBytes: number } | undefined;
  if (!begun.ok || !value?.started) return { begun, pieces: 0, finished: null };
  let pieces = 0;
  for (let at = 0; at < bytes.length; at += value.chunkBytes) {
    const sent = await window.callDesk!.invoke('backup:write-chunk', {
      writeId: value.writeId,
      index: pieces,
      bytes: new Uint8Array(bytes.slice(at, at + value.chunkBytes)),
    });
    pieces += 1;
    if (!sent.ok) return { begun, pieces, refused: sent, finished: null };
  }
  return { begun, pieces, finished: await window.callDesk!.invoke('backup:write-finish', { writeId: value.writeId, size: bytes.length }) };
}

/** In the page: opens a backup, reads all of it in main's pieces and closes it. */
async function readInPieces(source: unknown) {
  const opened = await window.callDesk!.invoke('backup:read-open', source);
  if (!opened.ok) return { error: opened.error.message };
  const value = opened.value as { opened: boolean; readId: string; fileName: string; size: number; chunkBytes: number };
  if (!value.opened) return { refused: value };
  const bytes: number[] = [];
  let pieces = 0;
  let allBytes = true;
  for (let offset = 0; offset < value.size; offset += value.chunkBytes) {
    const piece = await window.callDesk!.invoke('backup:read-chunk', {
      readId: value.readId,
      offset,
      length: Math.min(value.chunkBytes, value.size - offset),
    });
    if (!piece.ok) return { error: piece.error.message };
    const got = (piece.value as { bytes: unknown }).bytes;
    allBytes &&= got instanceof Uint8Array;
    bytes.push(...(got as Uint8Array));
    pieces += 1;
  }
  const closed = await window.callDesk!.invoke('backup:read-close', { readId: value.readId });
  return { fileName: value.fileName, pieces, allBytes, bytes, closed };
}
