// The real services behind the real router, with fake ports: what main answers end to end.
import { describe, expect, it, vi } from 'vitest';
import { createMainHandlers } from '../../../electron/ipc/main-handlers';
import { createIpcRouter } from '../../../electron/ipc/router';
import { createMainServices } from '../../../electron/services/main-services';
import { encodeBackup } from '../../../shared/backup/encode-backup';
import { fakeMainPorts } from './fake-main-ports';

const backupsFolder = '/Users/ana/Library/Application Support/Call Desk/backups';

function mainWithFakes(options: { backupChunkBytes?: number } = {}) {
  const ports = fakeMainPorts(options);
  const services = createMainServices(ports);
  return { opened: ports.opened, ports, router: createIpcRouter(createMainHandlers(services)) };
}

describe('main IPC handlers', () => {
  it('answers app:get-info from the runtime', async () => {
    const { router } = mainWithFakes();
    expect(await router.handle('app:get-info', undefined)).toEqual({
      ok: true,
      value: {
        name: 'Call Desk',
        version: '0.1.0',
        platform: 'darwin',
        dataDirectory: '/Users/ana/Library/Application Support/Call Desk',
        electronVersion: null,
        browserMode: null,
      },
    });
  });

  it('opens a tel: link through the opener', async () => {
    const { router, opened } = mainWithFakes();
    expect(await router.handle('shell:open-external', { url: 'tel:+15551234567' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(opened).toEqual(['tel:+15551234567']);
  });

  it('never reaches the opener with a web link', async () => {
    const { router, opened } = mainWithFakes();
    const result = await router.handle('shell:open-external', { url: 'https://example.com' });
    expect(result.ok).toBe(false);
    expect(opened).toEqual([]);
  });

  it('refuses a folder export whose file name reaches outside the folder, before any dialog or print', async () => {
    const { router, ports } = mainWithFakes();
    const result = await router.handle('export:pdf', {
      document: { html: '<p>x</p>', headerTemplate: '', footerTemplate: '', paper: 'Letter', title: 'x' },
      destination: { kind: 'folder', folderId: 'any', fileName: '../x.pdf' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'destination.fileName' }] } });
    expect(ports.dialogs.asked).toEqual([]);
    expect(ports.pdfRenderer.requests).toEqual([]);
  });

  it('writes only text file types through export:text-file', async () => {
    const { router, ports } = mainWithFakes();
    const result = await router.handle('export:text-file', {
      content: '@echo off',
      fileType: { name: 'Script', extensions: ['bat'] },
      destination: { kind: 'ask', suggestedName: 'run.bat' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(ports.dialogs.asked).toEqual([]);
  });

  it('prints into a folder the user chose and reports the packet', async () => {
    const { router, ports } = mainWithFakes();
    ports.dialogs.queueFolder('/Users/ana/Packets');
    const chosen = await router.handle('files:choose-folder', { purpose: 'agency-packets' });
    expect(chosen).toMatchObject({ ok: true, value: { folder: { path: '/Users/ana/Packets' } } });
    const folderId = chosen.ok ? (chosen.value as { folder: { id: string } }).folder.id : '';
    const result = await router.handle('export:pdf', {
      document: { html: '<title>Harbor Point</title>', headerTemplate: '', footerTemplate: '', paper: 'A4', title: 'Harbor Point' },
      attachments: [{ name: 'scan.gif', mime: 'image/gif', bytes: new Uint8Array([0x47, 0x49, 0x46]) }],
      destination: { kind: 'folder', folderId, fileName: 'Harbor Point.pdf' },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        saved: true,
        path: '/Users/ana/Packets/Harbor Point.pdf',
        fileName: 'Harbor Point.pdf',
        pages: 2,
        attachments: [{ name: 'scan.gif', included: false, pages: 1, reason: expect.any(String) }],
      },
    });
    expect(ports.fileSystem.names('/Users/ana/Packets')).toEqual(['Harbor Point.pdf']);
  });

  it('keeps automatic backups in the data folder', async () => {
    const { router } = mainWithFakes();
    expect(await router.handle('backup:status', undefined)).toEqual({
      ok: true,
      value: { due: true, automatic: [], folder: '/Users/ana/Library/Application Support/Call Desk/backups' },
    });
  });

  it('takes a safety copy in pieces, named by what it is made before, from the window that began it', async () => {
    const { router, ports } = mainWithFakes({ backupChunkBytes: 100 });
    const bytes = await encodeBackup({
      schemaVersion: 3,
      tables: { customers: [{ id: 'c1', legalName: 'Harbor Point' }] },
      createdAt: '2026-11-02T09:00:00.000Z',
      app: { version: '0.1.0' },
      documents: [],
    });
    const begun = await router.handle('backup:write-begin', { target: { kind: 'safety-copy', reason: 'import' } }, undefined, 'window-1');
    expect(begun).toEqual({ ok: true, value: { started: true, writeId: expect.stringMatching(/^[0-9a-f]{32}$/), chunkBytes: 100 } });
    if (!begun.ok) return;
    const { writeId } = begun.value as { writeId: string };
    // Another window naming the id is told it is not open; the write is untouched.
    expect(
      await router.handle('backup:write-chunk', { writeId, index: 0, bytes: bytes.slice(0, 100) }, undefined, 'window-2'),
    ).toMatchObject({
      ok: false,
      error: { code: 'failed', message: expect.stringContaining('Call Desk stopped waiting for this backup file') },
    });
    for (let index = 0; index * 100 < bytes.length; index += 1) {
      expect(
        await router.handle(
          'backup:write-chunk',
          { writeId, index, bytes: bytes.slice(index * 100, (index + 1) * 100) },
          undefined,
          'window-1',
        ),
      ).toMatchObject({ ok: true });
    }
    expect(await router.handle('backup:write-finish', { writeId, size: bytes.length }, undefined, 'window-1')).toEqual({
      ok: true,
      value: { target: 'safety-copy', name: expect.stringMatching(/^before-import-.+\.cdbackup$/) },
    });
    expect(ports.fileSystem.names(backupsFolder)).toEqual([expect.stringMatching(/^before-import-.+\.cdbackup$/)]);
  });

  it('refuses transfer requests the contract does not allow, naming the field', async () => {
    const { router } = mainWithFakes();
    const writeId = 'a'.repeat(32);
    const refusals = [
      await router.handle('backup:write-begin', { target: { kind: 'safety-copy', reason: 'export' } }),
      await router.handle('backup:write-finish', { writeId, size: 2 ** 32 }),
      await router.handle('backup:write-chunk', { writeId: '../../etc/passwd', index: 0, bytes: new Uint8Array(1) }),
      await router.handle('backup:write-chunk', { writeId, index: -1, bytes: new Uint8Array(1) }),
      await router.handle('backup:write-chunk', { writeId, index: 0, bytes: new Uint8Array(8 * 1024 * 1024 + 1) }),
      await router.handle('backup:write-chunk', { writeId, index: 0, bytes: new Uint8Array() }),
      await router.handle('backup:read-open', { source: 'automatic', name: '../settings.json' }),
      await router.handle('backup:read-chunk', { readId: writeId, offset: 0, length: 8 * 1024 * 1024 + 1 }),
    ];
    expect(refusals.map((result) => (result.ok ? 'accepted' : result.error.issues?.[0]?.path))).toEqual([
      'target.reason',
      'size',
      'writeId',
      'index',
      'bytes',
      'bytes',
      'name',
      'length',
    ]);
  });

  it("reports an export's progress, named by its id, to the window that asked", async () => {
    const { router, ports } = mainWithFakes();
    ports.dialogs.queueSavePath('/Users/ana/Statements/Harbor Point.pdf');
    const events: [string, unknown][] = [];
    const result = await router.handle(
      'export:pdf',
      {
        document: { html: '<title>Harbor Point</title>', headerTemplate: '', footerTemplate: '', paper: 'Letter', title: 'Harbor Point' },
        attachments: [{ name: 'scan.gif', mime: 'image/gif', bytes: new Uint8Array([0x47, 0x49, 0x46]) }],
        destination: { kind: 'ask', suggestedName: 'Harbor Point.pdf' },
        progressId: 'statement-7',
      },
      (event, payload) => events.push([event, payload]),
    );
    expect(result).toMatchObject({ ok: true, value: { saved: true } });
    expect(events).toEqual([
      ['export:progress', { progressId: 'statement-7', stage: 'printing', done: 0, total: 0 }],
      ['export:progress', { progressId: 'statement-7', stage: 'adding-documents', done: 0, total: 1 }],
      ['export:progress', { progressId: 'statement-7', stage: 'adding-documents', done: 1, total: 1 }],
      ['export:progress', { progressId: 'statement-7', stage: 'saving', done: 0, total: 0 }],
    ]);
  });

  it('sends no progress for an export that did not ask for it', async () => {
    const { router, ports } = mainWithFakes();
    ports.dialogs.queueSavePath('/Users/ana/Statements/Harbor Point.pdf');
    const sender = vi.fn();
    const result = await router.handle(
      'export:pdf',
      {
        document: { html: '<p>x</p>', headerTemplate: '', footerTemplate: '', paper: 'Letter', title: 'x' },
        destination: { kind: 'ask', suggestedName: 'x.pdf' },
      },
      sender,
    );
    expect(result).toMatchObject({ ok: true, value: { saved: true } });
    expect(sender).not.toHaveBeenCalled();
  });
});
