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

/** A new file written piece by piece (a backup arriving over IPC). */
export interface FileWriter {
  /** Appends all of `bytes`. */
  write(bytes: Uint8Array): Promise<void>;
  /** Flushes what was written to the disk. */
  sync(): Promise<void>;
  /** Lets the file go; closing twice is fine. */
  close(): Promise<void>;
}

/** A file open for reading in pieces. It stays the same file even if another one takes its name meanwhile. */
export interface FileReader {
  /** In bytes, when it was opened. */
  readonly size: number;
  /** Up to `length` bytes from `offset`: fewer only where the file ends. */
  read(offset: number, length: number): Promise<Uint8Array<ArrayBuffer>>;
  /** Lets the file go; closing twice is fine. */
  close(): Promise<void>;
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
  /** Creates a file that must not exist yet (and its folder), to be written in pieces. */
  createNew(path: string): Promise<FileWriter>;
  /** Opens a file to be read in pieces. Rejects like read() when it cannot be. */
  openToRead(path: string): Promise<FileReader>;
  /** Gives a file another name in the same folder, replacing a file of that name (atomic). */
  rename(from: string, to: string): Promise<void>;
}

/** Shows a file selected in the OS file manager (Finder, Explorer). */
export interface FolderRevealer {
  showItemInFolder(path: string): void;
}
