// Runs a sample through the whole import reading: bytes → Grid → ReportTable → preset → ParsedBook.
import { basename } from 'node:path';
import { interpretTable } from '../../../../shared/import/interpret/interpret-table';
import { findReportTable } from '../../../../shared/import/layout/find-report-table';
import type {
  BookCustomer,
  BookInvoice,
  DateOrder,
  Grid,
  ImportPreset,
  InterpretResult,
  ParsedBook,
  ReadOptions,
  ReportTable,
} from '../../../../shared/import/model';
import { presetHeaderNames, presetInterpretOptions, recognisePreset } from '../../../../shared/import/presets';
import { readImportFile } from '../../../../shared/import/read/read-import-file';
import { sampleBytes } from './sample-files';

export interface SampleRun {
  grid: Grid;
  table: ReportTable;
  preset: ImportPreset;
  result: InterpretResult;
}

export interface SampleOptions {
  defaultCurrency?: string;
  today?: string;
  /** What the user answered when asked the date order. */
  dateOrder?: DateOrder;
  read?: ReadOptions;
}

export function runBytes(bytes: Uint8Array, fileName: string, options: SampleOptions = {}): SampleRun {
  const grid = readImportFile(bytes, fileName, options.read);
  const table = findReportTable(grid, presetHeaderNames);
  const found = recognisePreset(table.headers);
  if (!found) throw new Error(`${fileName}: no preset recognised in ${JSON.stringify(table.headers)}`);
  const interpretOptions = presetInterpretOptions(found.preset, table.headers, {
    defaultCurrency: options.defaultCurrency ?? 'USD',
    today: options.today ?? '2026-12-01',
  });
  if (options.dateOrder) interpretOptions.dateOrder = options.dateOrder;
  return { grid, table, preset: found.preset, result: interpretTable(table, interpretOptions) };
}

export function runSample(path: string, options: SampleOptions = {}): SampleRun {
  return runBytes(sampleBytes(path), basename(path), options);
}

/** The book of a sample that must read without questions. */
export function bookOf(path: string, options: SampleOptions = {}): ParsedBook {
  const { result } = runSample(path, options);
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.questions)}`);
  return result.book;
}

export function customerNamed(book: ParsedBook, name: string): BookCustomer {
  const customer = book.customers.find((c) => c.name === name);
  if (!customer) throw new Error(`No customer “${name}” in ${book.customers.map((c) => c.name).join(', ')}`);
  return customer;
}

export function invoiceNumbered(book: ParsedBook, number: string): BookInvoice {
  const invoice = book.invoices.find((i) => i.number === number);
  if (!invoice) throw new Error(`No invoice ${number}`);
  return invoice;
}

/** Open invoices less credits, per customer name (what the report's customer totals say). */
export function balancesByCustomer(book: ParsedBook): Record<string, number> {
  const nameOf = new Map(book.customers.map((c) => [c.key, c.name]));
  const sums: Record<string, number> = {};
  for (const invoice of book.invoices) {
    const name = nameOf.get(invoice.customerKey) ?? '?';
    sums[name] = (sums[name] ?? 0) + invoice.balanceMinor;
  }
  for (const credit of book.credits) {
    const name = nameOf.get(credit.customerKey) ?? '?';
    sums[name] = (sums[name] ?? 0) - credit.amountMinor;
  }
  return sums;
}
