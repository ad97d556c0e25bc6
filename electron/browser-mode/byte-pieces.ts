// Bytes on their way between a page and main outside Electron, held under one-shot ids: a page
// uploads a request's bytes before it sends the request, which names them by id; main keeps a
// reply's bytes until the page fetches them (bytes-endpoint.ts, bytes-tag.ts, page-bridge.ts).
//
// Nothing piles up: a piece is handed out once and forgotten; one left unclaimed (a page that
// went away between its upload and its request, or before fetching a reply) is dropped after a
// minute; and past a total size the oldest pieces go first, so a page that only uploads cannot
// fill main's memory.
import { randomBytes } from 'node:crypto';

export interface BytePieces {
  /** Keeps `bytes` (not copied: the caller lets go of them) and returns their id: 32 random hex digits. */
  put(bytes: Uint8Array): string;
  /** The bytes under `id`, forgotten as they are handed out; null for an unknown, taken or expired id. */
  take(id: string): Uint8Array | null;
  /** Pieces held now. */
  size(): number;
  /** Drops pieces unclaimed for longer than the time limit (also run by a timer while any are held). */
  dropExpired(): void;
  /** Drops everything (the server is stopping). */
  clear(): void;
}

/** The two directions, kept apart: an upload's id cannot fetch anything, nor a reply's id feed a request. */
export interface BytePieceStores {
  /** Bytes of requests, uploaded by pages, taken when their request arrives. */
  fromPage: BytePieces;
  /** Bytes of replies, made by main, taken when the page fetches them. */
  toPage: BytePieces;
}

export interface BytePiecesOptions {
  /** How long a piece waits to be claimed. */
  maxAgeMs?: number;
  /** Past this many bytes held, the oldest pieces are dropped. */
  maxHeldBytes?: number;
  now?: () => number;
  newId?: () => string;
}

/** Far longer than an upload waits for its request, or a reply for the page's fetch. */
export const pieceMaxAgeMs = 60_000;

/** As much as one invoke body could carry before bytes crossed raw (invoke-endpoint.ts's maxInvokeBytes). */
export const maxHeldPieceBytes = 512 * 1024 * 1024;

export const pieceIdPattern = /^[0-9a-f]{32}$/;

export function createBytePieces({
  maxAgeMs = pieceMaxAgeMs,
  maxHeldBytes = maxHeldPieceBytes,
  now = () => performance.now(),
  newId = () => randomBytes(16).toString('hex'),
}: BytePiecesOptions = {}): BytePieces {
  // Insertion order is age order: the first entry is the oldest.
  const pieces = new Map<string, { bytes: Uint8Array; at: number }>();
  let held = 0;
  let timer: ReturnType<typeof setInterval> | null = null;

  const forget = (id: string) => {
    const piece = pieces.get(id);
    if (!piece) return null;
    pieces.delete(id);
    held -= piece.bytes.byteLength;
    if (pieces.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
    return piece.bytes;
  };
  const dropExpired = () => {
    const oldestKept = now() - maxAgeMs;
    for (const [id, piece] of pieces) {
      if (piece.at > oldestKept) break;
      forget(id);
    }
  };

  return {
    put(bytes) {
      dropExpired();
      for (const [id] of pieces) {
        if (held + bytes.byteLength <= maxHeldBytes) break;
        forget(id);
      }
      const id = newId();
      pieces.set(id, { bytes, at: now() });
      held += bytes.byteLength;
      // unref: a piece nobody claims must not keep Node running.
      timer ??= setInterval(dropExpired, maxAgeMs).unref();
      return id;
    },
    take(id) {
      dropExpired();
      return forget(id);
    },
    size: () => pieces.size,
    dropExpired,
    clear() {
      for (const [id] of pieces) forget(id);
    },
  };
}

export function createBytePieceStores(options: BytePiecesOptions = {}): BytePieceStores {
  return { fromPage: createBytePieces(options), toPage: createBytePieces(options) };
}
