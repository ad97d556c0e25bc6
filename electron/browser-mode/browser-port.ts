// Browser mode keeps one port for good: the page's origin includes it, and the browser keeps the
// app's IndexedDB (every record) per origin, so another port would open on an empty database.
// The first run takes a fixed port outside the ranges systems hand out for outgoing connections
// (or, if that is taken, any free one) and writes it down in the data folder.
import type { JsonFileStore } from '../services/json-file-store';

export const browserModeFile = 'browser-mode.json';
export const firstChoicePort = 28_571;

export async function savedPort(store: JsonFileStore): Promise<number | null> {
  let saved: unknown;
  try {
    saved = await store.read(browserModeFile);
  } catch {
    return null;
  }
  const port = (saved as { port?: unknown } | undefined)?.port;
  return typeof port === 'number' && Number.isInteger(port) && port > 0 && port < 65_536 ? port : null;
}

export function savePort(store: JsonFileStore, port: number): Promise<void> {
  return store.write(browserModeFile, { port });
}

export function isPortTaken(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
}
