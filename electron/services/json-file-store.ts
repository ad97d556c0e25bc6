// Port: small JSON documents kept in the data folder (window state, settings mirrors, ...).

export interface JsonFileStore {
  /** The parsed document, or undefined when the file does not exist. Throws when unreadable. */
  read(fileName: string): Promise<unknown>;
  /** Replaces the document atomically: readers see the old one or the new one, never a mix. */
  write(fileName: string, value: unknown): Promise<void>;
  /**
   * Moves a damaged document out of the way under a name of its own (kept for support, never
   * read again); resolves with that name, or null when there was nothing to move.
   */
  keepAside(fileName: string): Promise<string | null>;
}
