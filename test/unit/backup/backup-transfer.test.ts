// The page's side of backup files crossing IPC in pieces (renderer/backup/backup-transfer.ts),
// against main's real router and services with small pieces: every message is bounded, each piece
// crosses as just its own bytes, a file comes back whole, a refusal is a sentence, and a write
// that fails half-way leaves nothing behind in main.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMainHandlers } from '../../../electron/ipc/main-handlers';
import { createIpcRouter } from '../../../electron/ipc/router';
import { createMainServices } from '../../../electron/services/main-services';
import {
  bytesProducer,
  openBackupFile,
  saveBackupAs,
  writeAutomaticBackup,
  writeSafetyCopyFile,
} from '../../../renderer/backup/backup-transfer';
import { encodeBackup } from '../../../shared/backup/encode-backup';
import type { CallDeskBridge, IpcResult } from '../../../shared/ipc/contract';
import { fakeMainPorts } from '../electron/fake-main-ports';

const chunkBytes = 100;
const backupsFolder = '/Users/ana/Library/Application Support/Call Desk/backups';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function backupBytes(): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await encodeBackup({
    schemaVersion: 3,
    tables: { customers: [{ id: 'c1', legalName: 'Harbor Point Dental Group' }] },
    createdAt: '2026-03-02T09:00:00.000Z',
    app: { version: '0.1.0' },
    documents: [
      { id: 'd1', name: 'proof.pdf', mime: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7 proof of delivery '.repeat(30)) },
    ],
  });
  return new Uint8Array(bytes);
}

interface Sent {
  channel: string;
  input: unknown;
  /** For a piece: the size of the memory that crossed with it (its whole buffer). */
  crossed?: number;
}

/** window.callDesk wired to main's router as one window; each message is cloned as IPC clones it. */
function connectToMain(options: { failAt?: (sent: Sent) => boolean } = {}) {
  const ports = fakeMainPorts({ backupChunkBytes: chunkBytes });
  const services = createMainServices(ports);
  const router = createIpcRouter(createMainHandlers(services));
  const sent: Sent[] = [];
  const bridge: CallDeskBridge = {
    async invoke(channel, input) {
      const bytes = (input as { bytes?: Uint8Array } | undefined)?.bytes;
      const message: Sent = { channel, input, ...(bytes ? { crossed: bytes.buffer.byteLength } : {}) };
      sent.push(message);
      if (options.failAt?.(message))
        return { ok: false, error: { code: 'failed', message: 'The window lost its connection.' } } satisfies IpcResult;
      return structuredClone(await router.handle(channel, structuredClone(input), undefined, 'window-1'));
    },
    on: () => () => {},
  };
  vi.stubGlobal('window', { callDesk: bridge });
  return { ports, services, sent };
}

const channelsOf = (sent: Sent[]) => sent.map((message) => message.channel);

describe('backup files between the page and main', () => {
  it('sends a safety copy in pieces no larger than main asked for, each crossing as just its own bytes', async () => {
    const { ports, sent } = connectToMain();
    const bytes = await backupBytes();
    expect(bytes.length).toBeGreaterThan(5 * chunkBytes);
    const { name } = await writeSafetyCopyFile(bytesProducer(bytes), 'restore');
    expect(name).toMatch(/^before-restore-.+\.cdbackup$/);
    expect(ports.fileSystem.stored.get(`${backupsFolder}/${name}`)).toEqual(bytes);
    const pieces = sent.filter((message) => message.channel === 'backup:write-chunk');
    expect(pieces).toHaveLength(Math.ceil(bytes.length / chunkBytes));
    // A view of the whole file would take the whole file across with every piece.
    for (const piece of pieces) expect(piece.crossed).toBeLessThanOrEqual(chunkBytes);
    expect(channelsOf(sent)).toEqual(['backup:write-begin', ...pieces.map(() => 'backup:write-chunk'), 'backup:write-finish']);
  });

  it('writes the automatic backup once a day, and "Back up now" where the user says', async () => {
    const { ports } = connectToMain();
    const bytes = await backupBytes();
    expect(await writeAutomaticBackup(bytesProducer(bytes))).toMatchObject({ written: true, name: 'call-desk-2026-03-02T1500Z.cdbackup' });
    // Not due: main takes no piece, so nothing is even made.
    const unmade = vi.fn(bytesProducer(bytes));
    expect(await writeAutomaticBackup(unmade)).toEqual({ written: false, reason: 'not-due' });
    expect(unmade).not.toHaveBeenCalled();
    ports.dialogs.queueSavePath('/Users/ana/Desktop/office.cdbackup');
    expect(await saveBackupAs(bytesProducer(bytes), 'Call Desk backup 2026-03-02.cdbackup')).toEqual({
      saved: true,
      path: '/Users/ana/Desktop/office.cdbackup',
      fileName: 'office.cdbackup',
      made: { size: bytes.length },
    });
    expect(ports.fileSystem.stored.get('/Users/ana/Desktop/office.cdbackup')).toEqual(bytes);
    ports.dialogs.queueSavePath(null);
    expect(await saveBackupAs(bytesProducer(bytes), 'Call Desk backup 2026-03-02.cdbackup')).toEqual({ saved: false });
  });

  it('aborts a write that fails half-way, so main keeps no part of it', async () => {
    const { ports, services, sent } = connectToMain({
      failAt: (message) => message.channel === 'backup:write-chunk' && (message.input as { index: number }).index === 3,
    });
    await expect(writeSafetyCopyFile(bytesProducer(await backupBytes()), 'import')).rejects.toThrow('The window lost its connection.');
    expect(channelsOf(sent).slice(-2)).toEqual(['backup:write-chunk', 'backup:write-abort']);
    expect(ports.fileSystem.names(backupsFolder)).toEqual([]);
    expect(services.backups.openTransfers()).toBe(0);
  });

  it('reads ranges of a backup in the pieces main allows, and lets main close it', async () => {
    const { ports, services, sent } = connectToMain();
    const bytes = await backupBytes();
    const { name } = await writeSafetyCopyFile(bytesProducer(bytes), 'restore');
    sent.length = 0;
    const opened = await openBackupFile({ source: 'automatic', name });
    if (!opened.opened) throw new Error('not opened');
    expect(opened).toMatchObject({ fileName: name, file: { size: bytes.length } });
    expect(await opened.file.read(0, bytes.length)).toEqual(bytes);
    expect(await opened.file.read(250, 30)).toEqual(bytes.slice(250, 280));
    await opened.close();
    expect(channelsOf(sent)).toEqual([
      'backup:read-open',
      ...Array.from({ length: Math.ceil(bytes.length / chunkBytes) + 1 }, () => 'backup:read-chunk'),
      'backup:read-close',
    ]);
    expect(ports.fileSystem.openFiles()).toBe(0);
    expect(services.backups.openTransfers()).toBe(0);
  });

  it("hands on main's refusal of a chosen file, and a cancelled dialog, reading nothing", async () => {
    const { ports, sent } = connectToMain();
    ports.fileSystem.stored.set(
      '/Users/ana/Desktop/holiday photo.cdbackup',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    ports.dialogs.queueOpenPath('/Users/ana/Desktop/holiday photo.cdbackup');
    expect(await openBackupFile({ source: 'ask' })).toEqual({
      opened: false,
      fileName: 'holiday photo.cdbackup',
      message: 'This file is not a Call Desk backup. Choose a file saved with “Back up now” or one of the automatic backups.',
    });
    ports.dialogs.queueOpenPath(null);
    expect(await openBackupFile({ source: 'ask' })).toEqual({ opened: false });
    expect(channelsOf(sent)).toEqual(['backup:read-open', 'backup:read-open']);
  });
});
