import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { backupMimeType, type BackupInput } from '../../../shared/backup/backup-format';
import { decodeBackup } from '../../../shared/backup/decode-backup';
import { encodeBackup } from '../../../shared/backup/encode-backup';

const options = { maxSchemaVersion: 2 };

function sampleInput(overrides: Partial<BackupInput> = {}): BackupInput {
  return {
    schemaVersion: 2,
    createdAt: '2026-11-22T15:30:00.000Z',
    app: { version: '0.1.0' },
    tables: {
      customers: [{ id: 'c1', legalName: 'Northwind Traders', openBalanceMinor: 250_00, searchKeys: ['northwind'], demo: false }],
      invoices: [
        { id: 'i1', customerId: 'c1', number: 'INV-7', balanceMinor: 200_00, sentOn: null },
        { id: 'i2', customerId: 'c1', number: 'INV-8', balanceMinor: 50_00, sentOn: '2024-01-02' },
      ],
      meta: [],
    },
    documents: [
      { id: 'd1', name: 'Proof of delivery.pdf', mime: 'application/pdf', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 1, 2, 3]) },
    ],
    ...overrides,
  };
}

/** Re-zips the entries of a backup after `change`, keeping the order (mimetype first). */
function rezip(bytes: Uint8Array, change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  change(entries);
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { level: 0 }]])));
}

async function refusal(bytes: Uint8Array) {
  const result = await decodeBackup(bytes, options);
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

describe('encodeBackup / decodeBackup', () => {
  it('round-trips tables and documents exactly, with a summary', async () => {
    const input = sampleInput();
    const result = await decodeBackup(await encodeBackup(input), options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup).toMatchObject({
      format: 'call-desk-backup',
      formatVersion: 1,
      schemaVersion: 2,
      createdAt: input.createdAt,
      app: { version: '0.1.0' },
    });
    expect(result.backup.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(result.backup.tables).toEqual(input.tables);
    expect(result.backup.documents).toEqual(input.documents);
    expect(result.summary).toEqual({
      createdAt: input.createdAt,
      appVersion: '0.1.0',
      schemaVersion: 2,
      counts: { customers: 1, invoices: 2, meta: 0 },
      documents: [{ id: 'd1', name: 'Proof of delivery.pdf', mime: 'application/pdf', size: 7 }],
    });
  });

  it('is a zip whose first entry is our mime type, stored, so the file is recognisable from its start', async () => {
    const bytes = await encodeBackup(sampleInput());
    const text = new TextDecoder().decode(bytes.subarray(0, 100));
    expect(text.startsWith('PK')).toBe(true);
    expect(text).toContain(`mimetype${backupMimeType}`);
    expect(Object.keys(unzipSync(bytes))).toEqual(
      expect.arrayContaining(['manifest.json', 'tables/invoices.json', 'documents/0001-Proof_of_delivery.pdf']),
    );
  });

  it('refuses table names that could escape the tables folder', async () => {
    await expect(encodeBackup(sampleInput({ tables: { '../x': [] } }))).rejects.toThrow('is not a table name');
  });

  it.each([1, 10, 100, 1000])('refuses a file cut off after %i bytes from the end as truncated', async (cut) => {
    const bytes = await encodeBackup(sampleInput());
    const result = await refusal(bytes.subarray(0, bytes.length - cut));
    expect(result.reason).toBe('truncated');
    expect(result.message).toMatch(/incomplete/);
  });

  it('refuses a file cut off in its first bytes, and an empty file, as truncated', async () => {
    const bytes = await encodeBackup(sampleInput());
    expect((await refusal(bytes.subarray(0, 20))).reason).toBe('truncated');
    expect((await refusal(new Uint8Array())).reason).toBe('truncated');
  });

  it('refuses foreign files: a PNG, random JSON, some other zip', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
    const json = new TextEncoder().encode(JSON.stringify({ format: 'call-desk-backup', tables: {} }));
    const otherZip = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') });
    for (const bytes of [png, json, otherZip]) {
      const result = await refusal(bytes);
      expect(result.reason).toBe('not-a-backup');
      expect(result.message).toBe(
        'This file is not a Call Desk backup. Choose a file saved with “Back up now” or one of the automatic backups.',
      );
    }
  });

  it('refuses a backup from a newer format or a newer database schema, naming the app version', async () => {
    const newerSchema = await refusal(await encodeBackup(sampleInput({ schemaVersion: 3, app: { version: '2.0.0' } })));
    expect(newerSchema).toEqual({
      ok: false,
      reason: 'newer-version',
      message: 'This backup was made by a newer version of Call Desk (2.0.0). Update Call Desk, then restore it.',
    });
    const newerFormat = rezip(await encodeBackup(sampleInput()), (entries) => {
      const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Record<string, unknown>;
      // A future format may change anything but these fields.
      entries['manifest.json'] = new TextEncoder().encode(
        JSON.stringify({ format: 'call-desk-backup', formatVersion: 2, schemaVersion: manifest.schemaVersion, parts: 'elsewhere' }),
      );
    });
    expect((await refusal(newerFormat)).reason).toBe('newer-version');
  });

  it('refuses a backup whose table, document or manifest was changed after it was made', async () => {
    const bytes = await encodeBackup(sampleInput());
    const table = rezip(bytes, (e) => {
      e['tables/invoices.json'] = new TextEncoder().encode('[{"id":"i1"},{"id":"i2"}]');
    });
    const document = rezip(bytes, (e) => {
      e['documents/0001-Proof_of_delivery.pdf'] = new Uint8Array([0x25, 0x50, 0x44, 0x46, 9, 9, 9]);
    });
    const manifest = rezip(bytes, (e) => {
      e['manifest.json'] = new TextEncoder().encode(new TextDecoder().decode(e['manifest.json']).replace('"rows": 2', '"rows": 3'));
    });
    for (const tampered of [table, document, manifest]) {
      const result = await refusal(tampered);
      expect(result.reason).toBe('checksum');
      expect(result.message).toMatch(/damaged since it was made/);
    }
  });

  it('refuses a backup with a missing part or unreadable manifest as corrupt', async () => {
    const bytes = await encodeBackup(sampleInput());
    const missingTable = rezip(bytes, (e) => delete e['tables/customers.json']);
    const badManifest = rezip(bytes, (e) => {
      e['manifest.json'] = new TextEncoder().encode('{"format": "call-desk-backup", ');
    });
    const noManifest = rezip(bytes, (e) => delete e['manifest.json']);
    for (const broken of [missingTable, badManifest, noManifest]) expect((await refusal(broken)).reason).toBe('corrupt');
  });

  it('refuses a flipped byte inside the data', async () => {
    const bytes = await encodeBackup(sampleInput());
    const flipped = bytes.slice();
    const at = new TextDecoder('latin1').decode(bytes).indexOf('%PDF');
    flipped[at + 5] = flipped[at + 5]! ^ 0xff;
    expect(['checksum', 'corrupt']).toContain((await refusal(flipped)).reason);
  });
});
