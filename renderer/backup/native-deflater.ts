// A table's text deflated by the browser's own zlib (CompressionStream) rather than by fflate in
// JavaScript: for the import's safety copy (about 60 MB of JSON at 100,000 invoices) it took less
// than half the time, on a machine whose two cores the import keeps busy, and its output is
// smaller. A zip entry needs the raw deflate stream and the CRC-32 of the text; the "gzip" format
// gives both (its trailer holds the CRC), so its own header and trailer are taken off here.
import { keptText, type DeflatedText, type TextDeflater } from '../../shared/backup/table-encoder';
import { joinBytes } from '../../shared/common/join-bytes';

/** Whether this browser (or Node) deflates natively; otherwise the caller uses fflate. */
export function canDeflateNatively(): boolean {
  return typeof CompressionStream === 'function';
}

const gzipFlags = { headerCrc: 2, extra: 4, name: 8, comment: 16 } as const;

/** Where the deflate stream starts in a gzip member (RFC 1952, section 2.3). */
function gzipHeaderLength(bytes: Uint8Array): number {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) throw new Error('The compressor gave something other than gzip.');
  const flags = bytes[3]!;
  let at = 10;
  if (flags & gzipFlags.extra) at += 2 + (bytes[at]! | (bytes[at + 1]! << 8));
  const skipText = () => {
    while (bytes[at] !== 0) {
      if (at >= bytes.length) throw new Error('The compressor gave a gzip header without its end.');
      at += 1;
    }
    at += 1;
  };
  if (flags & gzipFlags.name) skipText();
  if (flags & gzipFlags.comment) skipText();
  if (flags & gzipFlags.headerCrc) at += 2;
  return at;
}

const readUint32 = (bytes: Uint8Array, at: number) =>
  (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;

export function nativeDeflater(): TextDeflater {
  const stream = new CompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const output = (async () => {
    const pieces: Uint8Array[] = [];
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return joinBytes(pieces);
      pieces.push(value);
    }
  })();
  output.catch(() => {}); // reported by done()
  const text = keptText();
  let size = 0;
  return {
    push(piece, last) {
      const bytes = text.take(piece, last);
      size += bytes.length;
      // Not awaited: the stream queues what it has not taken yet, and the text is all wanted anyway.
      writer.write(bytes).catch(() => {});
      if (last) writer.close().catch(() => {});
    },
    async done(): Promise<DeflatedText> {
      // First, so a text not finished is refused rather than waited for.
      const sha256 = await text.sha256();
      const gzip = await output;
      const start = gzipHeaderLength(gzip);
      const end = gzip.length - 8;
      if (end < start) throw new Error('The compressor gave too little.');
      // The trailer: the text's CRC-32, then its length modulo 2^32 (a check that nothing was lost).
      if (readUint32(gzip, end + 4) !== size % 2 ** 32) throw new Error('The compressor did not take the whole text.');
      // Flag 0: zip's "normal" compression option, zlib's default level, which CompressionStream
      // uses. The CRC as a signed 32-bit number, as fflate gives it.
      return { deflated: [gzip.slice(start, end)], crc: readUint32(gzip, end) | 0, size, flag: 0, sha256 };
    },
  };
}
