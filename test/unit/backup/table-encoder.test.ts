// A table encoded page by page is the same entry as the table encoded whole, and a backup given
// encoded tables is the same file, byte for byte, as one given the rows.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../shared/backup/decode-backup';
import { gatherBackup } from '../../../shared/backup/encode-backup';
import { sha256Hex } from '../../../shared/backup/sha256';
import { createTableEncoder, encodeTable } from '../../../shared/backup/table-encoder';

const rows = Array.from({ length: 250 }, (_, i) => ({
  id: `inv-${String(i).padStart(4, '0')}`,
  number: `INV-${1000 + i}`,
  customer: i % 7 === 0 ? 'Café Zoë — 請求 📞' : 'Orchard Bakery',
  balanceMinor: i * 1_234,
  sentOn: i % 3 === 0 ? null : '2026-11-02',
}));

function inflated(deflated: readonly Uint8Array[], size: number, crc: number, flag: number): string {
  // A one-entry zip around the deflated bytes, read back with fflate: checks the CRC and length too.
  const name = new TextEncoder().encode('t.json');
  const data = Buffer.concat(deflated.map((piece) => Buffer.from(piece)));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(flag << 1, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(flag << 1, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(name.length, 28);
  const centralAt = 30 + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(centralAt, 16);
  const zip = Buffer.concat([local, name, data, central, name, end]);
  return new TextDecoder().decode(unzipSync(new Uint8Array(zip))['t.json']);
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
