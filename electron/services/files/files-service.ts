// Where main writes files for the user. The renderer never names a path: a save dialog asks, or
// a folder the user chose this session is named by an opaque id. Every file written here is
// remembered, so "Show in folder" works for those and nothing else.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { FolderPurpose } from '../../../shared/ipc/files-contract';
import type { Dialogs, FileFilter, FileSystem, FolderRevealer } from './file-ports';
import { freeFileName, withExtension } from './free-file-name';

/** A destination as the contract parsed it (ifExists defaulted). */
export type ParsedDestination =
  { kind: 'ask'; suggestedName: string } | { kind: 'folder'; folderId: string; fileName: string; ifExists: 'keep-both' | 'replace' };

export interface SaveRequest {
  destination: ParsedDestination;
  /** The save dialog's title (when it asks). */
  dialogTitle: string;
  /** The file's type: the dialog's filter, and the extension a name gets when it has none of these. */
  fileType: FileFilter;
  /**
   * Makes the content, once the destination is known: a cancelled dialog costs no rendering.
   * `extra` is handed back with the result (pages of a PDF, attachment outcomes, ...).
   */
  produce(): Promise<{ data: Uint8Array | string; extra?: Record<string, unknown> }>;
  /** Reads the file back after writing and requires exactly these bytes (backups). */
  verify?: boolean;
}

export type SaveResult<Extra> = { saved: true; path: string; fileName: string } & Extra;

/** Where a file will go, settled before it is made. */
export interface FilePlace {
  /** The folder it goes into (a temporary file written beside it can be renamed over it). */
  folder: string;
  /** Its full path, named just before writing, so files made one after another never pick the same name. */
  finalPath(): Promise<string>;
}

export interface FilesServiceDeps {
  dialogs: Dialogs;
  fs: FileSystem;
  revealer: FolderRevealer;
  /** Opaque folder ids; random UUIDs by default. */
  newId?: () => string;
}

export interface FilesService {
  chooseFolder(purpose: FolderPurpose): Promise<{ folder: { id: string; path: string } | null }>;
  /** Resolves to null when the user cancelled the save dialog (nothing was produced). */
  save<Extra extends Record<string, unknown>>(request: SaveRequest): Promise<SaveResult<Extra> | null>;
  /**
   * Settles where a file goes (asking with the save dialog, or in a chosen folder) without writing
   * it, for a file written in pieces (a backup); null when the user cancelled.
   */
  place(request: Pick<SaveRequest, 'destination' | 'dialogTitle' | 'fileType'>): Promise<FilePlace | null>;
  /** A file main wrote itself (a backup), so "Show in folder" works for it too. */
  remember(filePath: string): void;
  showInFolder(filePath: string): { shown: boolean };
}

/** The written file does not read back as the bytes that were written. */
export class WriteVerificationError extends Error {
  override name = 'WriteVerificationError';
}

export function doesNotReadBackMessage(target: string): string {
  return `The file written to ${target} did not read back correctly, so it was removed. Check the disk and try again, or choose another place.`;
}

const folderTitles: Record<FolderPurpose, string> = {
  'agency-packets': 'Choose a folder for the agency packets',
  statements: 'Choose a folder for the statements',
  'csv-export': 'Choose a folder for the CSV files',
};

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function bytesOf(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? new TextEncoder().encode(data) : data;
}

export function createFilesService({ dialogs, fs, revealer, newId = randomUUID }: FilesServiceDeps): FilesService {
  /** Folders the user chose this session, by the id the renderer names them with. */
  const grantedFolders = new Map<string, string>();
  const savedFiles = new Set<string>();

  async function writeVerified(target: string, data: Uint8Array | string): Promise<void> {
    await fs.writeAtomic(target, data);
    let written: Uint8Array | null = null;
    try {
      written = await fs.read(target);
    } catch {
      // Reported below as not reading back.
    }
    if (written && sameBytes(written, bytesOf(data))) return;
    // A file that does not read back would pass for a good one; better none at all.
    await fs.remove(target).catch(() => {});
    throw new WriteVerificationError(doesNotReadBackMessage(target));
  }

  async function write(target: string, data: Uint8Array | string, verify = false): Promise<void> {
    if (verify) await writeVerified(target, data);
    else await fs.writeAtomic(target, data);
    savedFiles.add(target);
  }

  /** The folder's full path, or an error the user can act on. */
  function grantedFolder(folderId: string): string {
    const folder = grantedFolders.get(folderId);
    if (folder === undefined) {
      throw new Error('Call Desk no longer has permission to write to that folder. Choose the folder again.');
    }
    return folder;
  }

  /** Named just before writing, so files produced one after another never pick the same name. */
  async function pathInFolder(destination: Extract<ParsedDestination, { kind: 'folder' }>, fileType: FileFilter): Promise<string> {
    const folder = grantedFolder(destination.folderId);
    const fileName = withExtension(destination.fileName, fileType.extensions);
    if (destination.ifExists === 'replace') return path.join(folder, fileName);
    return path.join(folder, await freeFileName(fileName, (candidate) => fs.exists(path.join(folder, candidate))));
  }

  /**
   * Settles where the file goes before anything is produced (a cancelled dialog or a stale folder
   * id costs no rendering); null when the user cancelled.
   */
  async function placement({
    destination,
    fileType,
    dialogTitle,
  }: Pick<SaveRequest, 'destination' | 'dialogTitle' | 'fileType'>): Promise<FilePlace | null> {
    if (destination.kind === 'folder') {
      return { folder: grantedFolder(destination.folderId), finalPath: () => pathInFolder(destination, fileType) };
    }
    const chosen = await dialogs.chooseSavePath({
      title: dialogTitle,
      defaultName: withExtension(destination.suggestedName, fileType.extensions),
      filters: [fileType],
    });
    if (chosen === null) return null;
    // Some dialogs (Linux) do not add the filter's extension to a typed name. The dialog asked
    // about replacing the name as typed, not the one with the extension added, so a file already
    // there under that name is kept and the new one takes a free name beside it.
    const fileName = withExtension(path.basename(chosen), fileType.extensions);
    const folder = path.dirname(chosen);
    if (fileName === path.basename(chosen)) return { folder, finalPath: async () => chosen };
    return {
      folder,
      finalPath: async () => path.join(folder, await freeFileName(fileName, (candidate) => fs.exists(path.join(folder, candidate)))),
    };
  }

  return {
    async chooseFolder(purpose) {
      const chosen = await dialogs.chooseFolder({ title: folderTitles[purpose] });
      if (chosen === null) return { folder: null };
      const id = newId();
      grantedFolders.set(id, chosen);
      return { folder: { id, path: chosen } };
    },

    async save<Extra extends Record<string, unknown>>(request: SaveRequest): Promise<SaveResult<Extra> | null> {
      const place = await placement(request);
      if (place === null) return null;
      const { data, extra } = await request.produce();
      const finalPath = await place.finalPath();

      await write(finalPath, data, request.verify);
      return { saved: true, path: finalPath, fileName: path.basename(finalPath), ...(extra as Extra) };
    },

    place: placement,

    remember(filePath) {
      savedFiles.add(filePath);
    },

    showInFolder(filePath) {
      if (!savedFiles.has(filePath)) return { shown: false };
      revealer.showItemInFolder(filePath);
      return { shown: true };
    },
  };
}
