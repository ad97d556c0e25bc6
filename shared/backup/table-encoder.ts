// One table of a backup, encoded as its rows arrive: the JSON text of the whole list (exactly
// JSON.stringify of all the rows, in the order given, less what a backup leaves out), its
// SHA-256, and the zip entry's deflated bytes with their CRC. Rows can be added a page at a time,
// so a reader that gets a table in several requests (the import's read of 100,000 invoices)
// encodes each page while the database fetches the next, instead of after the whole read.
// backup-writer.ts puts the result in the file.
import { ZipDeflate } from 'fflate';
import type { PackedRows } from '../common/column-pack';
import { joinBytes } from '../common/join-bytes';
import { utf8Bytes } from '../common/utf8-bytes';
import { sha256Hex } from './sha256';

// Level 1 deflate: table JSON still shrinks several-fold, at a fraction of level 6's time, which
// matters because a backup of the whole database is made every day.
export const tableLevel = 1;

/**
 * What a backup leaves out of a table's rows: what the database works out again whenever such a
 * row is written, a restore's included. An invoice's search keys come from its number and
 * customer (renderer/data/invoice-search-keys.ts); they are about a quarter of an invoice's text.
 */
const backupRowOf: Readonly<Record<string, (row: unknown) => unknown>> = {
  invoices: (row) => {
    if (typeof row !== 'object' || row === null || !('customerSearchKeys' in row)) return row;
    const { customerSearchKeys: _derived, ...invoice } = row;
    return invoice;
  },
};

/** A table's rows as its backup holds them. */
export function rowsForBackup(name: string, rows: readonly unknown[]): readonly unknown[] {
  const rowOf = backupRowOf[name];
  return rowOf ? rows.map(rowOf) : rows;
}

/** A table ready for the zip: what the manifest says of it and the entry's bytes. */
export interface EncodedTable {
  readonly kind: 'encoded-table';
  name: string;
  rows: number;
  /** Of the JSON text's UTF-8 bytes, as the manifest records it. */
  sha256: string;
  /** The zip entry: deflated bytes in order, the CRC-32 and length of the text, and the deflate level's flag bits. */
  entry: { deflated: Uint8Array<ArrayBuffer>[]; crc: number; size: number; flag: number };
}

export function isEncodedTable(value: unknown): value is EncodedTable {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'encoded-table';
}

/** A table's text deflated as the zip entry needs it, and its SHA-256 as the manifest records it. */
export interface DeflatedText {
  deflated: Uint8Array<ArrayBuffer>[];
  crc: number;
  size: number;
  flag: number;
  sha256: string;
}

/** Encodes (UTF-8), deflates and hashes a table's text as its pieces come. */
export interface TextDeflater {
  push(text: string, final: boolean): void;
  /**
   * Where the deflater can make a page's text itself (the deflate worker): the page as packed rows
   * (shared/common/column-pack.ts), which cross to it for a fraction of what writing their JSON
   * here costs. Its text is pageText(table, the rows unpacked, first).
   */
  pushPacked?(table: string, packed: PackedRows, first: boolean): void;
  done(): Promise<DeflatedText>;
}

/**
 * A page's share of its table's text: "[a,b" for the first page, then ",c,d", and so on, so that
 * with the closing "]" the pages make exactly the text of one list of all the rows.
 */
export function pageText(table: string, rows: readonly unknown[], first: boolean): string {
  const json = JSON.stringify(rowsForBackup(table, rows));
  return (first ? '[' : ',') + json.slice(1, -1);
}

/**
 * A text's pieces as UTF-8, in order, finished by its last: kept until its SHA-256 is asked for,
 * since Web Crypto hashes one buffer, not a stream. Shared by the deflaters.
 */
export function keptText() {
  const pieces: Uint8Array<ArrayBuffer>[] = [];
  let final = false;
  return {
    /** The piece's bytes, kept; pieces after the last are refused. */
    take(piece: string, last: boolean): Uint8Array<ArrayBuffer> {
      if (final) throw new Error('This text was already finished.');
      final = last;
      const bytes = utf8Bytes(piece);
      pieces.push(bytes);
      return bytes;
    },
    /** The whole text's SHA-256 once its last piece is in; the kept bytes are then let go. */
    async sha256(): Promise<string> {
      if (!final) throw new Error('This text is not finished yet.');
      const hash = await sha256Hex(pieces.length === 1 ? pieces[0]! : joinBytes(pieces));
      pieces.length = 0;
      return hash;
    },
  };
}

/** Deflates on this thread. */
export function deflaterHere(): TextDeflater {
  // The deflate and the CRC of a ZipDeflate entry, used on its own: its output is kept here and
  // handed to the zip later as an entry of our own (backup-writer.ts).
  const deflate = new ZipDeflate('table', { level: tableLevel });
  const deflated: Uint8Array<ArrayBuffer>[] = [];
  let failure: Error | null = null;
  deflate.ondata = (error, chunk) => {
    if (error) failure ??= error;
    else if (chunk.length > 0) deflated.push(chunk);
  };
  const text = keptText();
  return {
    push(piece, last) {
      deflate.push(text.take(piece, last), last);
      if (failure) throw failure;
    },
    async done() {
      const sha256 = await text.sha256();
      return { deflated, crc: deflate.crc, size: deflate.size, flag: deflate.flag ?? 0, sha256 };
    },
  };
}

/** Takes a table's rows in order, in as many calls as they come, then gives the encoded table. */
export interface TableEncoder {
  add(rows: readonly unknown[]): void;
  /** `rows` as `packed` holds them: the deflater makes their text where it can (TextDeflater.pushPacked). */
  addPacked(rows: readonly unknown[], packed: PackedRows): void;
  finish(): Promise<EncodedTable>;
}

export function createTableEncoder(name: string, deflater: TextDeflater = deflaterHere()): TableEncoder {
  let rows = 0;
  let finished = false;
  /** Hands on one page's rows (their text, or the packed rows where the deflater takes them). */
  const addPage = (page: readonly unknown[], packed: PackedRows | null) => {
    if (finished) throw new Error(`Table ${name} was already finished.`);
    if (page.length === 0) return;
    if (packed && deflater.pushPacked) deflater.pushPacked(name, packed, rows === 0);
    else deflater.push(pageText(name, page, rows === 0), false);
    rows += page.length;
  };
  return {
    add: (page) => addPage(page, null),
    addPacked: (page, packed) => addPage(page, packed),
    async finish() {
      if (finished) throw new Error(`Table ${name} was already finished.`);
      finished = true;
      deflater.push(rows === 0 ? '[]' : ']', true);
      const { sha256, ...entry } = await deflater.done();
      return { kind: 'encoded-table', name, rows, sha256, entry };
    },
  };
}

/** Every row at once: the encoder for a table read whole. */
export async function encodeTable(name: string, rows: readonly unknown[]): Promise<EncodedTable> {
  const encoder = createTableEncoder(name);
  encoder.add(rows);
  return encoder.finish();
}
