import { describe, expect, it } from 'vitest';
import { createDemoData } from '../../../shared/demo/demo-data';
import { customersCsv, invoicesCsv } from '../../../shared/export/csv-accounts';
import { callsCsv, promisesCsv } from '../../../shared/export/csv-activity';
import { toCsv, utf8Bom } from '../../../shared/export/csv';
import { scriptById } from '../../../shared/scripts';
import { duplicateScript } from '../../../shared/scripts/library/duplicate-script';
import { scriptVersionKey, storedScriptSchema } from '../../../shared/scripts/library/script-schema';
import { generatedAt, harborPointFile, today } from './harbor-point.fixture';

/** Splits a CSV body into records and fields (RFC 4180), for checking what Excel would read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += 1;
    } else field += ch;
  }
  return rows;
}

const body = (csv: string) => parseCsv(csv.slice(utf8Bom.length));

describe('toCsv', () => {
  const columns = [
    { key: 'a', header: 'A' },
    { key: 'b', header: 'B, with comma' },
  ];

  it('starts with a BOM, ends every line with CRLF and quotes only what needs it', () => {
    const csv = toCsv(
      [
        { a: 'plain', b: 'has, comma' },
        { a: 'say "hi"', b: 'two\nlines' },
        { a: null, b: 42 },
      ],
      columns,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFA,"B, with comma"\r\nplain,"has, comma"\r\n"say ""hi""","two\nlines"\r\n,42\r\n');
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('defuses formulas but leaves plain numbers alone', () => {
    const rows = ['=SUM(A1:A9)', '+1 415 555 0134', '-cmd', '@import', '\tTab', '\rCR', '-12.50', '+3', '1e5', 'A=B'].map((a) => ({
      a,
      b: null,
    }));
    const cells = body(toCsv(rows, columns))
      .slice(1)
      .map((r) => r[0]);
    expect(cells).toEqual(["'=SUM(A1:A9)", "'+1 415 555 0134", "'-cmd", "'@import", "'\tTab", "'\rCR", '-12.50', '+3', '1e5', 'A=B']);
    // A formula that also needs quoting is both defused and quoted.
    expect(toCsv([{ a: '=HYPERLINK("http://x","y")', b: null }], columns)).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('writes money columns as plain decimals in the currency of the row', () => {
    const csv = toCsv(
      [
        { amount: 123456, currency: 'USD' },
        { amount: -5, currency: 'USD' },
        { amount: 1500, currency: 'JPY' },
        { amount: null, currency: 'USD' },
      ],
      [
        { key: 'amount', header: 'Amount', money: { currencyKey: 'currency' } },
        { key: 'currency', header: 'Currency' },
      ],
    );
    expect(
      body(csv)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['1234.56', '-0.05', '1500', '']);
    expect(toCsv([{ x: 99 }], [{ key: 'x', header: 'X', money: { currency: 'EUR' } }])).toContain('\r\n0.99\r\n');
  });

  it('prints non-finite numbers and missing keys as empty cells', () => {
    expect(toCsv([{ a: Number.NaN }], columns)).toBe('\uFEFFA,"B, with comma"\r\n,\r\n');
  });
});

describe('CSV exports', () => {
  const file = harborPointFile();
  const tables = { ...file, customers: [file.customer] };

  it('customers: one row per customer with what is owed, in decimals', () => {
    const rows = body(customersCsv(tables, { today, currency: 'USD' }));
    const header = rows[0] ?? [];
    const row = rows[1] ?? [];
    const get = (name: string) => row[header.indexOf(name)];
    expect(rows.length).toBe(2);
    expect(get('Legal name')).toBe('Harbor Point Dental Group');
    expect(get('Balance owed')).toBe('4027.15');
    expect(get('Past due')).toBe('3702.15');
    expect(get('Oldest due date')).toBe('2024-12-29');
    expect(get('Days past due')).toBe('73');
    expect(get('Authorises payment')).toBe('Marcus Lee');
    expect(get('Last payment amount')).toBe('800.00');
    expect(get('Tags')).toBe('');
  });

  it('customers: the tags in one column, joined by semicolons', () => {
    const rows = body(
      customersCsv({ ...tables, customers: [{ ...file.customer, tags: ['Anna', 'Key accounts'] }] }, { today, currency: 'USD' }),
    );
    const header = rows[0] ?? [];
    expect(rows[1]?.[header.indexOf('Tags')]).toBe('Anna; Key accounts');
    expect(header.indexOf('Tags')).toBe(header.indexOf('Payment terms') + 1);
  });

  it('invoices: every invoice with amount, paid and balance', () => {
    const rows = body(invoicesCsv(tables, { today }));
    expect(rows.length).toBe(file.invoices.length + 1);
    const header = rows[0] ?? [];
    const pump = rows.find((r) => r[0] === 'INV-10253') ?? [];
    expect(pump[header.indexOf('Amount')]).toBe('2486.40');
    expect(pump[header.indexOf('Paid')]).toBe('800.00');
    expect(pump[header.indexOf('Balance')]).toBe('1686.40');
    expect(pump[header.indexOf('Aging')]).toBe('61–90 days');
  });

  it('calls: oldest first, customer local time, amendments alongside', () => {
    const rows = body(callsCsv(tables));
    const header = rows[0] ?? [];
    expect(rows.length).toBe(file.calls.length + 1);
    const first = rows[1] ?? [];
    expect(first[header.indexOf('Customer local date')]).toBe('2025-01-31');
    expect(first[header.indexOf('Customer local time')]).toBe('10:20');
    expect(first[header.indexOf('Problem paths')]).toBe('Wrong person');
    expect(first[header.indexOf('Amendments')]).toContain('2025-02-03: Correction: the direct line');
    const notes = rows.slice(1).map((r) => r[header.indexOf('Note')]);
    for (const call of file.calls) expect(notes).toContain(call.note);
  });

  it('calls made with an office script: its problem path titles and step count, as the version the call used', () => {
    const first = [...file.calls].sort((a, b) => a.startedAt.localeCompare(b.startedAt))[0]!;
    const source = scriptById(first.scriptId)!;
    const v1 = duplicateScript(source, 'custom-ours', []);
    v1.branches = v1.branches.map((b) => (first.branchesTaken.includes(b.id) ? { ...b, title: 'Not the one who pays' } : b));
    v1.steps = v1.steps.slice(0, 3);
    const v2 = { ...structuredClone(v1), version: 2, branches: v1.branches.map((b) => ({ ...b, title: 'Renamed later' })) };
    const stored = [v1, v2].map((template) =>
      storedScriptSchema.parse({
        id: scriptVersionKey(template.id, template.version),
        scriptId: template.id,
        version: template.version,
        origin: 'custom',
        template,
        basedOn: null,
        proposedInstead: null,
        archived: false,
        savedAt: '2025-01-01T00:00:00.000Z',
      }),
    );
    const calls = tables.calls.map((c) => (c.id === first.id ? { ...c, scriptId: 'custom-ours', scriptVersion: 1 } : c));
    const rows = body(callsCsv({ ...tables, calls, scriptVersions: stored }));
    const header = rows[0] ?? [];
    expect(rows[1]![header.indexOf('Problem paths')]).toBe('Not the one who pays');
    const covered = first.stepsCovered.filter((id) => v1.steps.some((s) => s.id === id)).length;
    expect(rows[1]![header.indexOf('Script steps covered')]).toBe(`${covered} of 3`);
  });

  it('promises: status, method and the instalment plan', () => {
    const rows = body(promisesCsv(tables));
    const header = rows[0] ?? [];
    const broken = rows.find((r) => r[header.indexOf('Status')] === 'Broken') ?? [];
    expect(broken[header.indexOf('Amount')]).toBe('1150.00');
    expect(broken[header.indexOf('Instalments')]).toBe('2025-02-21 575.00; 2025-03-07 575.00');
    expect(broken[header.indexOf('Invoices')]).toBe('INV-10263');
  });

  it('handles the whole demo workspace', () => {
    const demo = createDemoData({ today, now: generatedAt });
    expect(body(customersCsv(demo, { today, currency: 'USD' })).length).toBe(demo.customers.length + 1);
    expect(body(invoicesCsv(demo, { today })).length).toBe(demo.invoices.length + 1);
    expect(body(callsCsv(demo)).length).toBe(demo.calls.length + 1);
    expect(body(promisesCsv(demo)).length).toBe(demo.promises.length + 1);
  });
});
