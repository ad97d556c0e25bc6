// The takes this window is still responsible for: recording, being kept, or refused by the
// database and waiting in memory for "Try again". Their stored pieces are not an interrupted
// recording, so the call does not offer them back. After a reload the set is empty: every
// take still stored then was interrupted.
const live = new Set<string>();
const listeners = new Set<() => void>();

export const liveTakes = {
  has: (takeId: string): boolean => live.has(takeId),
  add(takeId: string): void {
    live.add(takeId);
  },
  /** The window lets the take go (kept, discarded, or left in storage for the call to offer back). */
  delete(takeId: string): void {
    if (live.delete(takeId)) listeners.forEach((listener) => listener());
  },
  snapshot: (): ReadonlySet<string> => new Set(live),
  /** Told when a take is let go, so a call can look for one to offer back. */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export type LiveTakes = Pick<typeof liveTakes, 'add' | 'delete'>;
