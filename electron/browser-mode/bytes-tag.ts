// Main's side of the bytes transport outside Electron (page-bridge.ts is the page's): every
// Uint8Array crosses as `{ [bytesTag]: base64 }`, because HTTP bodies and Playwright bindings
// carry JSON where Electron's structured clone keeps bytes as bytes.
import { bytesTag } from './page-bridge';

export { bytesTag };

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

/** Tagged base64 → a Uint8Array of its own (not a Buffer). */
export function untagBytes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(untagBytes);
  if (!isPlainObject(value)) return value;
  const tagged = value[bytesTag];
  if (typeof tagged === 'string' && Object.keys(value).length === 1) return new Uint8Array(Buffer.from(tagged, 'base64'));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, untagBytes(item)]));
}
