// The messages between the page and the backup worker, and the worker's work itself (kept here,
// apart from the worker's entry file, so tests can run it without a Worker).
//
// Encoding and decoding a backup hashes and zips every table and document: seconds of work on a
// large database, so it never runs on the UI thread. A backup of the app's database is read by
// the worker itself ('encode-database'), so its rows are neither read on nor copied from the page.
import type { BackupInput, BackupSummary, DecodeBackupResult } from '../../shared/backup/backup-format';
import { decodeBackup } from '../../shared/backup/decode-backup';
import { encodeBackup } from '../../shared/backup/encode-backup';
import { encodeDatabase, type BackupMeta } from './encode-database';
import { errorMessage } from '../../shared/common/error-message';

export type BackupWorkerRequest =
  | ({ kind: 'encode-database'; databaseName: string } & BackupMeta)
  | { kind: 'encode'; input: BackupInput }
  | { kind: 'decode'; bytes: Uint8Array; maxSchemaVersion: number };

export type BackupWorkerResponse =
  | { kind: 'encoded-database'; bytes: Uint8Array<ArrayBuffer>; summary: BackupSummary; changeStamp: string | null }
  | { kind: 'encoded'; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'decoded'; result: DecodeBackupResult }
  | { kind: 'failed'; message: string };

/** A message and the buffers to hand over with it (moved, not copied). */
export interface Outgoing<T> {
  message: T;
  transfer: ArrayBuffer[];
}

/** The distinct buffers behind some byte arrays (a buffer listed twice makes postMessage throw). */
export function buffersOf(arrays: readonly Uint8Array[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  return [...buffers];
}

/** The same bytes over a plain ArrayBuffer (what crosses IPC), copied only if they are not already. */
export function overArrayBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

export function encodeDatabaseRequest(databaseName: string, meta: BackupMeta): Outgoing<BackupWorkerRequest> {
  return { message: { kind: 'encode-database', databaseName, createdAt: meta.createdAt, appVersion: meta.appVersion }, transfer: [] };
}

export function encodeRequest(input: BackupInput): Outgoing<BackupWorkerRequest> {
  return { message: { kind: 'encode', input }, transfer: buffersOf(input.documents.map((d) => d.bytes)) };
}

export function decodeRequest(bytes: Uint8Array, maxSchemaVersion: number): Outgoing<BackupWorkerRequest> {
  return { message: { kind: 'decode', bytes, maxSchemaVersion }, transfer: buffersOf([bytes]) };
}

/** What the worker does with one request. Never throws: a failure is a 'failed' reply. */
export async function handleBackupRequest(request: BackupWorkerRequest): Promise<Outgoing<BackupWorkerResponse>> {
  try {
    if (request.kind === 'encode-database') {
      const { databaseName, createdAt, appVersion } = request;
      const encoded = await encodeDatabase(databaseName, { createdAt, appVersion });
      const bytes = overArrayBuffer(encoded.bytes);
      return {
        message: { kind: 'encoded-database', bytes, summary: encoded.summary, changeStamp: encoded.changeStamp },
        transfer: buffersOf([bytes]),
      };
    }
    if (request.kind === 'encode') {
      const bytes = overArrayBuffer(await encodeBackup(request.input));
      return { message: { kind: 'encoded', bytes }, transfer: buffersOf([bytes]) };
    }
    const result = await decodeBackup(request.bytes, { maxSchemaVersion: request.maxSchemaVersion });
    const documents = result.ok ? result.backup.documents.map((d) => d.bytes) : [];
    return { message: { kind: 'decoded', result }, transfer: buffersOf(documents) };
  } catch (error) {
    return { message: { kind: 'failed', message: errorMessage(error) }, transfer: [] };
  }
}
