// What the files, export and backup services need from the platform. Electron adapters live in
// electron/adapters; the e2e test host answers dialogs from a queue; unit tests use fakes.

/** One entry of a dialog's file-type list, as Electron takes it ('*' = all files). */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** The OS file dialogs. Each resolves to the chosen path, or null when the user cancels. */
export interface Dialogs {
  chooseSavePath(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseFolder(options: { title: string }): Promise<string | null>;
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
}

export interface FileEntry {
  name: string;
  size: number;
}

/** The local file system, by full path. */
export interface FileSystem {
  /**
   * Writes through a temporary file in the same folder that is flushed and renamed over the
   * target (creating the folder), so a failed write leaves the old file or none, never a partial one.
   */
  writeAtomic(path: string, data: Uint8Array | string): Promise<void>;
  /** A whole file. Rejects when it cannot be read (missing, no permission, a folder, ...). */
  read(path: string): Promise<Uint8Array<ArrayBuffer>>;
  /** A file's size in bytes, without reading it. Rejects like read() when it cannot be looked at. */
  size(path: string): Promise<number>;
  /** True when anything (file or folder) has this path. */
  exists(path: string): Promise<boolean>;
  /** The plain files in a folder; empty when the folder does not exist. */
  list(folder: string): Promise<FileEntry[]>;
  /** Deletes a file; one that is already gone is fine. */
  remove(path: string): Promise<void>;
}

/** Shows a file selected in the OS file manager (Finder, Explorer). */
export interface FolderRevealer {
  showItemInFolder(path: string): void;
}
