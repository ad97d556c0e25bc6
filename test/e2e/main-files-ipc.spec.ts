// Main's file channels through window.callDesk in the test host: real printing (page.pdf), real
// files in temp folders, dialogs answered by the test, and bytes that arrive as Uint8Arrays.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { encodeBackup } from '../../shared/backup/encode-backup';
import { backupFileName } from '../../shared/backup/backup-schedule';
import { printDocument, printHeaderFooter } from '../../shared/export/print-document';
import { expect, test } from './fixtures';

let outDir: string;
test.beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'call-desk-e2e-out-'));
});
test.afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

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
    const text = pdfText(target);
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
      (document) =>
        window.callDesk!.invoke('export:pdf', { document, destination: { kind: 'ask', suggestedName: 'Packet.pdf' } }),
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

    const shown = await page.evaluate((file) => window.callDesk!.invoke('files:show-in-folder', { path: file }), path.join(outDir, 'customers.csv'));
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

  test('backup bytes cross as Uint8Array both ways: automatic write, status, open by name', async ({ app, host }) => {
    const page = await app.launch();
    const backup = await encodeBackup({
      schemaVersion: 3,
      tables: { customers: [{ id: 'c1', legalName: 'Harbor Point Marine' }] },
      createdAt: '2026-03-02T15:00:00.000Z',
      app: { version: '0.1.0' },
      documents: [],
    });

    const written = await page.evaluate(
      (bytes) => window.callDesk!.invoke('backup:write-automatic', { bytes: new Uint8Array(bytes) }),
      [...backup],
    );
    const name = backupFileName(host.clock.now());
    expect(written).toEqual({ ok: true, value: { written: true, name, removed: [] } });
    expect(new Uint8Array(await readFile(path.join(host.dataDir, 'backups', name)))).toEqual(backup);

    const again = await page.evaluate(
      (bytes) => window.callDesk!.invoke('backup:write-automatic', { bytes: new Uint8Array(bytes) }),
      [...backup],
    );
    expect(again).toEqual({ ok: true, value: { written: false, reason: 'not-due' } });

    const status = await page.evaluate(() => window.callDesk!.invoke('backup:status'));
    expect(status).toEqual({
      ok: true,
      value: { due: false, folder: path.join(host.dataDir, 'backups'), automatic: [{ name, createdAt: expect.any(String), size: backup.length, kind: 'daily' }] },
    });

    const opened = await page.evaluate(async (fileName) => {
      const result = await window.callDesk!.invoke('backup:open', { source: 'automatic', name: fileName });
      if (!result.ok) return { error: result.error.message };
      const value = result.value as { fileName: string; bytes: unknown };
      return { fileName: value.fileName, isBytes: value.bytes instanceof Uint8Array, bytes: [...(value.bytes as Uint8Array)] };
    }, name);
    expect(opened).toEqual({ fileName: name, isBytes: true, bytes: [...backup] });
  });

  test('"Back up now" saves where the dialog said, and "Restore" opens that file again', async ({ app, host }) => {
    const page = await app.launch();
    const backup = await encodeBackup({
      schemaVersion: 3,
      tables: { customers: [{ id: 'c1', legalName: 'Harbor Point Marine' }] },
      createdAt: '2026-03-02T15:00:00.000Z',
      app: { version: '0.1.0' },
      documents: [],
    });
    const target = path.join(outDir, 'office.cdbackup');
    host.dialogs.queueSavePath(target);
    host.dialogs.queueOpenPath(target);
    const outcome = await page.evaluate(async (bytes) => {
      const saved = await window.callDesk!.invoke('backup:save-as', { bytes: new Uint8Array(bytes), suggestedName: 'Call Desk backup 2026-03-02.cdbackup' });
      const opened = await window.callDesk!.invoke('backup:open', { source: 'ask' });
      const value = opened.ok ? (opened.value as { fileName: string; bytes: Uint8Array }) : null;
      return { saved, fileName: value?.fileName, bytes: value ? [...value.bytes] : null };
    }, [...backup]);
    expect(outcome).toEqual({
      saved: { ok: true, value: { saved: true, path: target, fileName: 'office.cdbackup' } },
      fileName: 'office.cdbackup',
      bytes: [...backup],
    });
    expect(host.dialogs.asked).toEqual([
      { kind: 'save', title: 'Back up Call Desk', defaultName: 'Call Desk backup 2026-03-02.cdbackup' },
      { kind: 'open', title: 'Restore from backup' },
    ]);
  });

  test('refuses to keep bytes that are not a Call Desk backup', async ({ app, host }) => {
    const page = await app.launch();
    host.dialogs.queueSavePath(path.join(outDir, 'office.cdbackup'));
    const results = await page.evaluate(async () => {
      const foreign = new TextEncoder().encode('%PDF-1.7 not a backup');
      return [
        await window.callDesk!.invoke('backup:write-automatic', { bytes: foreign }),
        await window.callDesk!.invoke('backup:save-as', { bytes: foreign, suggestedName: 'office.cdbackup' }),
      ];
    });
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringContaining('not a complete Call Desk backup') } });
    }
    expect(await readdir(outDir)).toEqual([]);
    expect(host.dialogs.asked).toEqual([]);
  });
});
