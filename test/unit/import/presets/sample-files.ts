// Reads the sample exports under test/fixtures/import as bytes, and one row of them as cells,
// without the import's own reader (so recognition is tested on its own). E2E specs can use
// sampleBytes and xlsxFromCsvSample to hand the same files to the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

// From the module's own URL (not __dirname), so Playwright specs (ES modules) can use it too.
const fixturesDir = fileURLToPath(new URL('../../../fixtures/import', import.meta.url));

export function sampleBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(fixturesDir, path)));
}

/** The cells of the 1-based row `rowNumber` of a delimited sample. */
export function sampleRow(path: string, rowNumber: number, options: { encoding?: string; delimiter?: string } = {}): string[] {
  const text = new TextDecoder(options.encoding ?? 'utf-8').decode(sampleBytes(path)).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { delimiter: options.delimiter ?? ',', skipEmptyLines: false });
  const row = parsed.data[rowNumber - 1];
  if (!row) throw new Error(`${path} has no row ${rowNumber}`);
  return row;
}
