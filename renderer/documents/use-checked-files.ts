// Reads the chosen files and checks each one (type by its bytes, size, name) as soon as they
// are chosen, so the attach dialog can say what will and will not be attached before anything
// is written. A file refused before reading (too large, wrong kind) is never loaded.
import { useEffect, useState } from 'react';
import { checkDocumentFile, refusalBeforeReading } from '../../shared/documents/file-check';
import type { DocumentMime } from '../../shared/documents/schema';

export type CheckedFile =
  | { status: 'checking'; file: File }
  | { status: 'accepted'; file: File; mime: DocumentMime; bytes: Uint8Array }
  | { status: 'refused'; file: File; reason: string };

async function checkFile(file: File): Promise<CheckedFile> {
  const chosen = { name: file.name, type: file.type, size: file.size };
  const early = refusalBeforeReading(chosen);
  if (early) return { status: 'refused', file, reason: early };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return {
      status: 'refused',
      file,
      reason: `${file.name} could not be read. If it is a folder, open it and choose the files inside; if it is on a network drive, copy it to this computer first.`,
    };
  }
  const check = checkDocumentFile({ ...chosen, size: bytes.byteLength }, bytes);
  return check.ok ? { status: 'accepted', file, mime: check.mime, bytes } : { status: 'refused', file, reason: check.reason };
}

/** The files in the order chosen, each checking, accepted (with its bytes) or refused. */
export function useCheckedFiles(files: readonly File[]): CheckedFile[] {
  const [checked, setChecked] = useState<CheckedFile[]>(() => files.map((file) => ({ status: 'checking', file })));

  useEffect(() => {
    let current = true;
    setChecked(files.map((file) => ({ status: 'checking', file })));
    files.forEach((file, index) => {
      void checkFile(file).then((result) => {
        if (current) setChecked((list) => list.map((entry, i) => (i === index ? result : entry)));
      });
    });
    return () => {
      current = false;
    };
  }, [files]);

  return checked;
}
