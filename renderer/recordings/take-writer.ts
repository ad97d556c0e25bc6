// Writes a take's pieces to the database as the recorder hands them over, one after another in
// order (each write awaited before the next), so what is stored is always the take's start
// without a gap. A refused write (a full disk) is said once and ends the writing: a later piece
// stored after a missing one could not be played, and the take goes on in memory anyway.

export interface TakeWriter {
  /** Queues the next piece. */
  add(piece: Blob): void;
  /** Resolves when every piece added so far is written, or given up on; never rejects. */
  settled(): Promise<void>;
}

export function createTakeWriter(
  store: (bytes: Uint8Array, seq: number) => Promise<void>,
  onRefused: (error: unknown) => void,
): TakeWriter {
  let next = 0;
  let refused = false;
  let queue = Promise.resolve();
  return {
    add(piece) {
      const seq = next;
      next += 1;
      queue = queue.then(async () => {
        if (refused) return;
        try {
          await store(new Uint8Array(await piece.arrayBuffer()), seq);
        } catch (error) {
          refused = true;
          onRefused(error);
        }
      });
    },
    settled: () => queue,
  };
}
