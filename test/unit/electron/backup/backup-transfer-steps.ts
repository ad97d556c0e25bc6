// The steps the renderer takes over IPC (renderer/backup/backup-transfer.ts), taken directly on
// the backup service: a whole file sent or read in the pieces main asks for.
import type { BackupService } from '../../../../electron/services/backup/backup-service';
import type { BackupOpenInput, WriteAutomaticBackupResult } from '../../../../shared/ipc/backup-contract';
import { createFakeClock } from '../../../host/fake-clock';
import type { BackupReadOpenResult, BackupWriteFinishResult, BackupWriteTarget } from '../../../../shared/ipc/backup-transfer-contract';

export const testWindow = 'window-1';

export async function sendWhole(
  service: BackupService,
  target: BackupWriteTarget,
  bytes: Uint8Array,
  caller = testWindow,
): Promise<BackupWriteFinishResult | { started: false; reason: 'not-due' | 'cancelled' }> {
  const begun = await service.beginWrite({ target }, caller);
  if (!begun.started) return begun;
  for (let index = 0, at = 0; at < bytes.length; index += 1, at += begun.chunkBytes) {
    await service.writeChunk({ writeId: begun.writeId, index, bytes: bytes.slice(at, at + begun.chunkBytes) }, caller);
  }
  return service.finishWrite({ writeId: begun.writeId, size: bytes.length }, caller);
}

export async function writeAutomatic(service: BackupService, bytes: Uint8Array): Promise<WriteAutomaticBackupResult> {
  const sent = await sendWhole(service, { kind: 'automatic' }, bytes);
  if ('started' in sent) return { written: false, reason: 'not-due' };
  if (sent.target !== 'automatic') throw new Error(`Unexpected reply for ${sent.target}`);
  return sent.result;
}

export async function writeSafetyCopy(
  service: BackupService,
  bytes: Uint8Array,
  reason: 'restore' | 'import' = 'restore',
): Promise<{ name: string }> {
  const sent = await sendWhole(service, { kind: 'safety-copy', reason }, bytes);
  if ('started' in sent || sent.target !== 'safety-copy') throw new Error('Unexpected reply');
  return { name: sent.name };
}

export async function saveAs(service: BackupService, bytes: Uint8Array, suggestedName: string) {
  const sent = await sendWhole(service, { kind: 'save-as', suggestedName }, bytes);
  if ('started' in sent) return { saved: false as const };
  if (sent.target !== 'save-as') throw new Error('Unexpected reply');
  return { saved: true as const, path: sent.path, fileName: sent.fileName };
}

/** Opens and reads a whole file in main's pieces, then closes it. */
export async function openWhole(
  service: BackupService,
  input: BackupOpenInput,
  caller = testWindow,
): Promise<Exclude<BackupReadOpenResult, { opened: true }> | { opened: true; fileName: string; bytes: Uint8Array }> {
  const opened = await service.openRead(input, caller);
  if (!opened.opened) return opened;
  const bytes = new Uint8Array(opened.size);
  for (let offset = 0; offset < opened.size; offset += opened.chunkBytes) {
    const { bytes: piece } = await service.readChunk(
      { readId: opened.readId, offset, length: Math.min(opened.chunkBytes, opened.size - offset) },
      caller,
    );
    bytes.set(piece, offset);
  }
  await service.closeRead({ readId: opened.readId }, caller);
  return { opened: true, fileName: opened.fileName, bytes };
}

/** Main's clock for these tests: `time` jumps (no timer rings), `advance` moves on, ringing the idle timers on the way. */
export function backupTestClock(start: string) {
  const fake = createFakeClock({ start });
  return {
    get time(): Date {
      return fake.now();
    },
    set time(date: Date) {
      fake.set(date);
    },
    now: () => fake.now(),
    setTimer: fake.setTimer,
    advance: fake.advance,
    armedTimers: fake.armedTimers,
  };
}
