// Main's side of the bytes transport outside Electron (page-bridge.ts is the page's): every
// Uint8Array crosses as `{ [bytesTag]: base64 }`, because HTTP bodies and Playwright bindings
// carry JSON where Electron's structured clone keeps bytes as bytes.
import { bytesTag, maxTaggedNesting } from './page-bridge';

export { bytesTag };

/** A request nested deeper than any the contract describes: refused before it is walked further. */
export class TooDeeplyNestedError extends Error {
  override name = 'TooDeeplyNestedError';
  constructor() {
    super(`Call Desk did not understand this request: it is nested more than ${maxTaggedNesting} levels deep.`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Uint8Array (Buffer included) → tagged base64. */
export function tagBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [bytesTag]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (Array.isArray(value)) return value.map(tagBytes);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tagBytes(item)]));
  return value;
}

/**
 * Tagged base64 → a Uint8Array of its own (not a Buffer). Throws TooDeeplyNestedError past
 * maxTaggedNesting levels (the page's side never sends such a request), rather than overflowing
 * the stack on a page's 10,000.
 */
export function untagBytes(value: unknown, depth = 0): unknown {
  if (!Array.isArray(value) && !isPlainObject(value)) return value;
  if (depth >= maxTaggedNesting) throw new TooDeeplyNestedError();
  if (Array.isArray(value)) return value.map((item) => untagBytes(item, depth + 1));
  const tagged = value[bytesTag];
  if (typeof tagged === 'string' && Object.keys(value).length === 1) return new Uint8Array(Buffer.from(tagged, 'base64'));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, untagBytes(item, depth + 1)]));
}
