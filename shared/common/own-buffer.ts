// Bytes handed to another thread are moved, not copied, when they own their whole buffer; a view
// into a larger buffer would take all of it along (or, moved, leave its owner with nothing).

/** The same bytes over a buffer of their own: these themselves when they already are, else a copy. */
export function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}
