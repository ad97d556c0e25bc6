// How the rest of the app asks the Import screen to start: Ctrl+I and the menu ask for main's
// file dialog, a file dropped on the window hands over that file. The request waits here until
// the screen (shown by the same action) takes it.
export type ImportRequest = { kind: 'dialog' } | { kind: 'file'; file: File };

let pending: ImportRequest | null = null;
const listeners = new Set<() => void>();

export function requestImport(request: ImportRequest): void {
  pending = request;
  for (const listener of listeners) listener();
}

export function takeImportRequest(): ImportRequest | null {
  const request = pending;
  pending = null;
  return request;
}

/** Called when a request arrives (the screen may already be showing). */
export function onImportRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
