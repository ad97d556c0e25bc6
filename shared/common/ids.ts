/** A new random identifier for any stored record. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
