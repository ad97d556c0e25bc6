// Files saved for the user in browser mode, each under a random id the page fetches it by (with
// the run's key, like every API request). Only files a save "dialog" placed are ever listed.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { DownloadSource } from './browser-server';

export interface DownloadOffers extends DownloadSource {
  /** Lists a saved file for download; the page is told the id and name. */
  offer(filePath: string): { id: string; fileName: string };
}

export function createDownloadOffers(newId: () => string = () => randomBytes(16).toString('hex')): DownloadOffers {
  const offered = new Map<string, string>();
  return {
    offer(filePath) {
      const id = newId();
      offered.set(id, filePath);
      return { id, fileName: path.basename(filePath) };
    },
    find(id) {
      const filePath = offered.get(id);
      return filePath === undefined ? null : { path: filePath, fileName: path.basename(filePath) };
    },
  };
}
