// Rows packed column by column (shared/common/column-pack.ts), as the invoice packs store them.
import { describe, expect, it } from 'vitest';
import { packRows, unpackRows } from '../../../shared/common/column-pack';

const roundTrip = (rows: object[]) => unpackRows<object>(structuredClone(packRows(rows)));

describe('rows packed column by column', () => {
  it('give back every row exactly, through a structured clone', () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({
      id: `inv-${i}`,
      currency: i % 7 === 0 ? 'CAD' : 'USD',
      amountMinor: i * 100,
      sentOn: i % 3 === 0 ? null : '2026-11-01',
      paid: i % 2 === 0,
      books: i % 5 === 0 ? null : { source: 'quickbooks-online', customerKey: `c${i % 10}`, job: '' },
    }));
    expect(roundTrip(rows)).toEqual(rows);
  });

  it('keep a lacking field lacking, undefined undefined, and -0 and NaN as they were', () => {
    const rows: Record<string, unknown>[] = [
      { a: 1, b: 'x' },
      { b: 'x', c: undefined },
      { a: 1, b: 'x', d: -0 },
      { a: NaN, b: 'x', d: 0 },
      { a: 1, b: 'x', d: 0 },
      { a: 1, b: 'x', d: 0, c: 'late' },
    ];
    const back = roundTrip(rows) as Record<string, unknown>[];
    expect(back).toEqual(rows);
    expect(back.map((row) => Object.keys(row))).toEqual(rows.map((row) => Object.keys(row)));
    expect(Object.is(back[2]!.d, -0)).toBe(true);
    expect(Object.is(back[3]!.d, 0)).toBe(true);
    expect(back[3]!.a).toBeNaN();
    expect(Object.hasOwn(back[1]!, 'c')).toBe(true);
    expect(Object.hasOwn(back[0]!, 'c')).toBe(false);
  });

  it('keep repeated values once, and lists and objects as they are', () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ status: i % 2 ? 'open' : 'paid', tags: [`t${i}`], id: `id-${i}` }));
    const packed = packRows(rows);
    const status = packed.columns.find((c) => c.field === 'status')!;
    expect('distinct' in status && status.distinct).toEqual(['paid', 'open']);
    expect('values' in packed.columns.find((c) => c.field === 'id')!).toBe(true);
    expect(roundTrip(rows)).toEqual(rows);
  });

  it('give each row back its own fields in its own order', () => {
    const rows = [
      { id: 'a', status: 'open', amount: 1 },
      { status: 'open', id: 'b', amount: 2 },
      { amount: 3, id: 'c' },
    ];
    const back = roundTrip(rows);
    expect(back.map((row) => Object.keys(row))).toEqual(rows.map((row) => Object.keys(row)));
    expect(JSON.stringify(back)).toBe(JSON.stringify(rows));
  });

  it('packs nothing as nothing', () => {
    expect(roundTrip([])).toEqual([]);
  });

  it('a field seen only in late rows is absent from the early ones (70,000 rows: wider codes)', () => {
    const rows = Array.from({ length: 70_000 }, (_, i) => (i < 69_990 ? { k: i % 3 } : { k: i % 3, late: 'yes' }));
    const back = roundTrip(rows) as Record<string, unknown>[];
    expect(back).toEqual(rows);
    expect(Object.hasOwn(back[0]!, 'late')).toBe(false);
  });
});
