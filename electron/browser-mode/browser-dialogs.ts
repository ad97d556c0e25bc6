// The file dialogs of Electron, as browser mode plays them with what a page can do:
// - save: the file goes into the data folder's exports folder under the suggested name (or a
//   free one beside it), and once main has written it the asking page is offered a download;
// - folder: the exports folder itself, so a batch of packets lands there together;
// - open: the asking page shows the browser's file picker and uploads the chosen file, which
//   main then reads from a temporary folder like any path (removed once main has answered).
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Dialogs, FileSystem } from '../services/files/file-ports';
import { freeFileName } from '../services/files/free-file-name';
import type { FilePickReceiver } from './browser-server';
import type { DownloadOffers } from './downloads';
import { currentPageRequest, onEveryReply } from './request-context';

/** Far above any backup or import (the import refuses over 200 MB itself), to bound the disk used. */
export const maxPickedFileBytes = 2 * 1024 * 1024 * 1024;

export interface BrowserDialogsDeps {
  exportsFolder: string;
  /** A private temporary folder for files the page uploads. */
  picksFolder: string;
  fs: Pick<FileSystem, 'exists'>;
  downloads: DownloadOffers;
  maxBytes?: number;
}

export interface BrowserDialogs extends Dialogs {
  picks: FilePickReceiver;
}

/** A name that is safe as one file in a folder, whatever the page sent. */
export function safePickedName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[<>:"|?*\p{Cc}]/gu, '_')
    .replace(/^[. ]+|[. ]+$/g, '')
    .slice(0, 200);
  return cleaned === '' ? 'chosen file' : cleaned;
}

interface WaitingPick {
  resolve(path: string | null): void;
  reject(error: Error): void;
}

export function createBrowserDialogs({
  exportsFolder,
  picksFolder,
  fs,
  downloads,
  maxBytes = maxPickedFileBytes,
}: BrowserDialogsDeps): BrowserDialogs {
  const waiting = new Map<string, WaitingPick>();
  /** Files chosen through the save dialog that have not been offered for download yet. */
  const awaitingWrite = new Set<string>();
  onEveryReply(async (request, result) => {
    if (!result.ok) return;
    for (const chosen of [...awaitingWrite]) {
      if (!(await fs.exists(chosen))) continue;
      awaitingWrite.delete(chosen);
      request.tell({ kind: 'download', ...downloads.offer(chosen) });
    }
  });

  const picks: FilePickReceiver = {
    async receive(id, fileName, body) {
      const pick = waiting.get(id);
      if (!pick) return 'unknown';
      waiting.delete(id);
      const folder = path.join(picksFolder, id);
      const file = path.join(folder, safePickedName(fileName));
      let size = 0;
      try {
        await mkdir(folder, { recursive: true });
        await pipeline(
          body,
          async function* limit(source: AsyncIterable<Uint8Array>) {
            for await (const chunk of source) {
              size += chunk.length;
              if (size > maxBytes) throw new RangeError('too large');
              yield chunk;
            }
          },
          createWriteStream(file),
        );
      } catch (error) {
        await rm(folder, { recursive: true, force: true });
        const tooLarge = error instanceof RangeError;
        pick.reject(
          new Error(
            tooLarge ? 'That file is too large for Call Desk to open.' : `The chosen file did not arrive in full: ${String(error)}`,
          ),
        );
        return tooLarge ? 'too-large' : 'failed';
      }
      pick.resolve(file);
      return 'stored';
    },
    cancel(id) {
      const pick = waiting.get(id);
      if (!pick) return false;
      waiting.delete(id);
      pick.resolve(null);
      return true;
    },
  };

  return {
    picks,

    async chooseSavePath({ defaultName }) {
      await mkdir(exportsFolder, { recursive: true });
      const name = await freeFileName(safePickedName(defaultName), (candidate) => fs.exists(path.join(exportsFolder, candidate)));
      const chosen = path.join(exportsFolder, name);
      // Offered to the page once main has written it and answered without an error: at the reply
      // of the request that asked, or of a later one (a backup is written over several requests).
      if (currentPageRequest() !== null) awaitingWrite.add(chosen);
      return chosen;
    },

    async chooseFolder() {
      await mkdir(exportsFolder, { recursive: true });
      return exportsFolder;
    },

    chooseOpenPath({ title, filters }) {
      const request = currentPageRequest();
      // Only a page can show a picker; outside a page's request there is nobody to ask.
      if (request === null) return Promise.resolve(null);
      const id = randomUUID();
      // A hint for the picker, which still offers "All files" as the dialog's own filter list does.
      const extensions = filters.flatMap((filter) => filter.extensions).filter((extension) => extension !== '*');
      return new Promise<string | null>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        request.abandoned.addEventListener('abort', () => picks.cancel(id), { once: true });
        request.tidyUp.push(() => rm(path.join(picksFolder, id), { recursive: true, force: true }));
        request.tell({ kind: 'choose-file', id, title, extensions });
      });
    },
  };
}
