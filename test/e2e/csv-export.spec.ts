// CSV export (issue 4, point 8): four files in a folder the user chooses, each opening cleanly in
// Excel (UTF-8 byte-order mark, CRLF lines, quoted fields) with one row per record.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { dumpDatabase } from './support/database-dump';

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('The file does not end with a line break.');
  return rows;
}

test('exports customers, invoices, calls and promises as CSV files that open cleanly in Excel', async ({ app, host }, testInfo) => {
  const page = await app.launch();
  await expect(page.getByRole('listbox', { name: 'Customers' }).getByRole('option').first()).toBeVisible();
  const stored = await dumpDatabase(page);

  await page.getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Export data' });
  const folder = testInfo.outputPath('exports');
  await mkdir(folder, { recursive: true });
  host.dialogs.queueFolder(folder);
  await section.getByRole('button', { name: 'Export CSV files…' }).click();

  const summary = section.getByRole('status').filter({ hasText: 'Exported 4 files to' });
  await expect(summary).toContainText(folder);
  const expected = {
    'customers.csv': { rows: stored.customers!.length, header: 'Account number,Legal name,Trading name', noun: 'customers' },
    'invoices.csv': { rows: stored.invoices!.length, header: 'Invoice number,Customer,Account number', noun: 'invoices' },
    'calls.csv': { rows: stored.calls!.length, header: 'Started (UTC),Customer local date,Customer local time', noun: 'calls' },
    'promises.csv': { rows: stored.promises!.length, header: 'Made on,Customer,Account number', noun: 'promises to pay' },
  };
  for (const [name, { rows, noun }] of Object.entries(expected)) await expect(summary).toContainText(`${name}: ${rows} ${noun}`);
  await expect(summary.getByRole('button', { name: 'Show in folder' })).toBeVisible();
  expect(host.dialogs.asked.at(-1)).toMatchObject({ kind: 'folder' });
  await section.screenshot({ path: testInfo.outputPath('export-section.png') });

  expect((await readdir(folder)).sort()).toEqual(Object.keys(expected).sort());
  for (const [name, { rows, header }] of Object.entries(expected)) {
    const bytes = await readFile(`${folder}/${name}`);
    expect([...bytes.subarray(0, 3)], `${name} starts with the UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parseCsv(bytes.toString('utf8').slice(1));
    expect(parsed[0]!.join(','), name).toContain(header);
    expect(parsed.length - 1, `${name}: one row per record`).toBe(rows);
    expect(rows).toBeGreaterThan(0);
    expect(new Set(parsed.map((row) => row.length)).size, `${name}: every row has every column`).toBe(1);
  }
  const invoiceNumbers = parseCsv((await readFile(`${folder}/invoices.csv`, 'utf8')).slice(1))
    .slice(1)
    .map((row) => row[0]);
  expect(invoiceNumbers.sort()).toEqual((stored.invoices as { number: string }[]).map((i) => i.number).sort());
});
