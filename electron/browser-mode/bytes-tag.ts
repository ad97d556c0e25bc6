// Main's side of the bytes transport outside Electron (page-bridge.ts is the page's). HTTP
// bodies and Playwright bindings carry JSON, where Electron's structured clone keeps bytes as
// bytes, so every Uint8Array crosses as one of:
// - `{ [bytesRefTag]: id }`: the bytes crossed on their own as a raw HTTP body and wait under
//   that one-shot id (byte-pieces.ts) — requests' and replies' bytes, in both transports;
// - `{ [bytesTag]: base64 }`: inside the JSON — main's events, and any page without raw bytes.
import type { BytePieces } from './byte-pieces';
import { bytesRefTag, bytesTag, maxTaggedNesting } from './page-bridge';

export { bytesRefTag, bytesTag };

/** A request nested deeper than any the contract describes: refused before it is walked further. */
export class TooDeeplyNestedError extends Error {
  override name = 'TooDeeplyNestedError';
  constructor() {
    super(`Call Desk did not understand this request: it is nested more than ${maxTaggedNesting} levels deep.`);
  }
}

/** A request naming bytes main does not hold (taken already, dropped unclaimed, or never uploaded). */
export class MissingBytesError extends Error {
  override name = 'MissingBytesError';
  constructor() {
    super(
      'Call Desk did not understand this request: the bytes it names are no longer waiting (each upload serves one request, within a minute).',
    );
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function onlyKey(value: Record<string, unknown>, key: string): unknown {
  return Object.keys(value).length === 1 ? value[key] : undefined;
}

/** Uint8Array (Buffer included) → a reference to it kept in `toPage`, or tagged base64 without one. */
export function tagBytes(value: unknown, toPage?: Pick<BytePieces, 'put'>): unknown {
  if (value instanceof Uint8Array) {
    if (toPage) return { [bytesRefTag]: toPage.put(value) };
    return { [bytesTag]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  }
  if (Array.isArray(value)) return value.map((item) => tagBytes(item, toPage));
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tagBytes(item, toPage)]));
  return value;
}

/**
 * Tagged base64, and references to bytes taken from `fromPage` → Uint8Arrays (a base64 one of
 * its own, not a Buffer). Throws TooDeeplyNestedError past maxTaggedNesting levels (the page's
 * side never sends such a request), rather than overflowing the stack on a page's 10,000, and
 * MissingBytesError for a reference `fromPage` does not hold (or any reference without it).
 */
export function untagBytes(value: unknown, fromPage?: Pick<BytePieces, 'take'>, depth = 0): unknown {
  if (!Array.isArray(value) && !isPlainObject(value)) return value;
  if (depth >= maxTaggedNesting) throw new TooDeeplyNestedError();
  if (Array.isArray(value)) return value.map((item) => untagBytes(item, fromPage, depth + 1));
  const tagged = onlyKey(value, bytesTag);
  if (typeof tagged === 'string') return new Uint8Array(Buffer.from(tagged, 'base64'));
  const ref = onlyKey(value, bytesRefTag);
  if (typeof ref === 'string') {
    const bytes = fromPage?.take(ref) ?? null;
    if (bytes === null) throw new MissingBytesError();
    return bytes;
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, untagBytes(item, fromPage, depth + 1)]));
}
