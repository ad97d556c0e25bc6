// A table encoded page by page is the same entry as the table encoded whole, and a backup given
// encoded tables is the same file, byte for byte, as one given the rows.
import { unzipSync, Zip, type ZipInputFile } from 'fflate';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../shared/backup/decode-backup';
import { gatherBackup } from '../../../shared/backup/encode-backup';
import { sha256Hex } from '../../../shared/backup/sha256';
import { createTableEncoder, encodeTable } from '../../../shared/backup/table-encoder';
import { packRows } from '../../../shared/common/column-pack';
import { joinBytes } from '../../../shared/common/join-bytes';

const rows = Array.from({ length: 250 }, (_, i) => ({
  id: `inv-${String(i).padStart(4, '0')}`,
  number: `INV-${1000 + i}`,
  customer: i % 7 === 0 ? 'Café Zoë — 請求 📞' : 'Orchard Bakery',
  balanceMinor: i * 1_234,
  sentOn: i % 3 === 0 ? null : '2026-11-02',
}));

/**
 * The text in a one-entry zip made around the deflated bytes, read back by fflate; its length and
 * CRC-32 are checked here against the text itself (fflate does not check them).
 */
function inflated(deflated: readonly Uint8Array<ArrayBuffer>[], size: number, crc: number, flag: number): string {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  const entry: ZipInputFile = { filename: 't.json', size, crc, compression: 8, flag };
  zip.add(entry);
  if (deflated.length === 0) entry.ondata!(null, new Uint8Array(0), true);
  deflated.forEach((piece, index) => entry.ondata!(null, piece, index === deflated.length - 1));
  zip.end();
  const text = unzipSync(joinBytes(out))['t.json']!;
  expect(text.length).toBe(size);
  expect(crc >>> 0).toBe(crc32(text));
  return new TextDecoder().decode(text);
}

describe('encoding a table for a backup', () => {
  it('gives the text of one JSON list, whatever pages the rows came in', async () => {
    const whole = await encodeTable('invoices', rows);
    const encoder = createTableEncoder('invoices');
    for (const [from, to] of [
      [0, 1],
      [1, 1],
      [1, 90],
      [90, 91],
      [91, 250],
    ] as const)
      encoder.add(rows.slice(from, to));
    const paged = await encoder.finish();
    const text = JSON.stringify(rows);
    for (const table of [whole, paged]) {
      expect(table.rows).toBe(250);
      expect(table.sha256).toBe(await sha256Hex(new TextEncoder().encode(text)));
      expect(table.entry.size).toBe(new TextEncoder().encode(text).length);
      expect(inflated(table.entry.deflated, table.entry.size, table.entry.crc, table.entry.flag)).toBe(text);
    }
    expect(paged.entry.crc).toBe(whole.entry.crc);
  });

  it("leaves the invoices' search keys out, whole or paged, and leaves the rows given as they were", async () => {
    const keyed = rows.map((row) => ({ ...row, customerSearchKeys: [`${row.number.toLowerCase()}\u0000c1`] }));
    const whole = await encodeTable('invoices', keyed);
    const encoder = createTableEncoder('invoices');
    encoder.add(keyed.slice(0, 100));
    encoder.add(keyed.slice(100));
    const paged = await encoder.finish();
    const text = JSON.stringify(rows);
    for (const table of [whole, paged]) {
      expect(table.sha256).toBe(await sha256Hex(new TextEncoder().encode(text)));
      expect(inflated(table.entry.deflated, table.entry.size, table.entry.crc, table.entry.flag)).toBe(text);
    }
    expect(keyed.every((row) => row.customerSearchKeys.length === 1)).toBe(true);
    // Another table keeps a field of that name: only the invoices' keys are worked out again.
    const other = await encodeTable('notes', [{ id: 'n1', customerSearchKeys: ['kept'] }]);
    expect(inflated(other.entry.deflated, other.entry.size, other.entry.crc, other.entry.flag)).toBe(
      '[{"id":"n1","customerSearchKeys":["kept"]}]',
    );
  });

  it('writes packed rows itself where its deflater does not take them', async () => {
    const encoder = createTableEncoder('invoices');
    encoder.addPacked(rows.slice(0, 100), packRows(rows.slice(0, 100)));
    encoder.addPacked([], packRows([]));
    encoder.addPacked(rows.slice(100), packRows(rows.slice(100)));
    // The same text (its hash, CRC and length); deflated in other pieces, so other bytes.
    const paged = await encoder.finish();
    const whole = await encodeTable('invoices', rows);
    expect(paged).toMatchObject({ rows: whole.rows, sha256: whole.sha256 });
    expect(paged.entry).toMatchObject({ crc: whole.entry.crc, size: whole.entry.size });
  });

  it('encodes an empty table as an empty list', async () => {
    const empty = await createTableEncoder('payments').finish();
    expect(empty.rows).toBe(0);
    expect(inflated(empty.entry.deflated, empty.entry.size, empty.entry.crc, empty.entry.flag)).toBe('[]');
  });

  it('takes no rows once finished', async () => {
    const encoder = createTableEncoder('invoices');
    encoder.add(rows.slice(0, 2));
    await encoder.finish();
    expect(() => encoder.add(rows.slice(2, 3))).toThrow('Table invoices was already finished.');
  });
});

describe('a backup given encoded tables', () => {
  const source = (tables: Record<string, unknown>) => ({
    schemaVersion: 8,
    createdAt: '2026-11-22T15:30:00.000Z',
    app: { version: '0.1.0' },
    tables: tables as never,
    documents: [],
  });

  it('is the same file as one given the rows when encoded whole, and reads back to the same rows when paged', async () => {
    const customers = [{ id: 'c1', legalName: 'Northwind Traders' }];
    const fromRows = await gatherBackup(source({ customers, invoices: rows, payments: [] }));
    const wholeEncoded = await gatherBackup(
      source({ customers: await encodeTable('customers', customers), invoices: await encodeTable('invoices', rows), payments: [] }),
    );
    expect(Buffer.from(wholeEncoded.bytes).equals(Buffer.from(fromRows.bytes))).toBe(true);

    // Deflated in pieces the entry's bytes differ, never what they hold.
    const encoder = createTableEncoder('invoices');
    encoder.add(rows.slice(0, 100));
    encoder.add(rows.slice(100));
    const paged = await gatherBackup(source({ customers, invoices: await encoder.finish(), payments: [] }));
    expect(paged.summary).toEqual(fromRows.summary);
    const decoded = await decodeBackup(paged.bytes, { maxSchemaVersion: 8 });
    if (!decoded.ok) throw new Error(decoded.message);
    const plain = await decodeBackup(fromRows.bytes, { maxSchemaVersion: 8 });
    if (!plain.ok) throw new Error(plain.message);
    expect(decoded.backup.tables).toEqual({ customers, invoices: rows, payments: [] });
    expect(decoded.backup.checksum).toBe(plain.backup.checksum);
  });

  it('refuses a table given another table’s encoding', async () => {
    await expect(gatherBackup(source({ invoices: await encodeTable('customers', []) }))).rejects.toThrow(
      'Table invoices was given the encoding of table customers.',
    );
  });
});
