// Chromium may clear a site's IndexedDB when the disk runs low unless the storage is marked
// persistent. Call Desk asks once at start; the answer is shown in Settings → Backups, because
// when the system can clear the data, the automatic backups are what keep it safe.

export type StorageProtection = 'persistent' | 'best-effort' | 'unknown';

interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

let asked: Promise<StorageProtection> | null = null;

async function ask(storage: StorageManagerLike | undefined): Promise<StorageProtection> {
  if (!storage?.persist || !storage.persisted) return 'unknown';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

/** Asks the browser, once per run, to keep Call Desk's storage even when space runs low. */
export function requestPersistentStorage(
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
): Promise<StorageProtection> {
  asked ??= ask(storage);
  return asked;
}

/** Test seam: forget the answer so the next call asks again. */
export function forgetPersistentStorageAnswer(): void {
  asked = null;
}
