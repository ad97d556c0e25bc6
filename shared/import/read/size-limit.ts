import { ImportFileError } from '../model';

const megabyte = 1024 * 1024;

/** The largest file Call Desk reads: a 100,000-invoice export is far below it, and reading
 *  happens in memory in a worker, so a bound keeps a stray video or disk image from swamping it. */
export const importSizeLimitBytes = 200 * megabyte;

/** Refuses a file over the limit. Main can call this with the file's size before reading it. */
export function checkImportFileSize(byteLength: number): void {
  if (byteLength <= importSizeLimitBytes) return;
  // Rounded up, so a file just over the limit never reads as "200 MB".
  const sizeMb = Math.ceil(byteLength / megabyte);
  throw new ImportFileError(`This file is ${sizeMb} MB; Call Desk imports files up to ${importSizeLimitBytes / megabyte} MB.`, 'too-large');
}
