import { describe, expect, it } from 'vitest';
import { createLargeDataSet } from '../../../shared/demo/large-data';
import { brokenReferences, duplicateIds, inconsistentBalances, schemaFailures } from './data-set-checks';

const today = '2025-03-12';
const now = new Date('2025-03-12T17:30:00.000Z');

describe('createLargeDataSet', () => {
  const small = createLargeDataSet({ customers: 300, invoices: 3_000, calls: 1_500, heavyCustomerCalls: 400, today, now });
  const data = small.dataSet;

  it('has exactly the sizes asked for, with unique invoice numbers', () => {
    expect(data.customers).toHaveLength(300);
    expect(data.invoices).toHaveLength(3_000);
    expect(data.calls).toHaveLength(1_500);
    expect(new Set(data.invoices.map((i) => i.number)).size).toBe(3_000);
  });

  it('produces records that pass their schemas, with valid references and consistent balances', () => {
    expect(schemaFailures(data)).toEqual([]);
    expect(brokenReferences(data)).toEqual([]);
    expect(duplicateIds(data)).toEqual([]);
    expect(inconsistentBalances(data)).toEqual([]);
    expect(data.customers.every((c) => !c.demo)).toBe(true);
  });

  it('gives the heavy customer its closed calls, each with a note', () => {
    const heavyCalls = data.calls.filter((c) => c.customerId === small.heavyCustomerId);
    expect(heavyCalls.length).toBeGreaterThanOrEqual(400);
    expect(heavyCalls.every((c) => c.status === 'closed' && c.note.length > 0)).toBe(true);
    expect(data.customers.some((c) => c.id === small.heavyCustomerId)).toBe(true);
  });

  it('keeps every call in the past', () => {
    const nowIso = now.toISOString();
    expect(data.calls.filter((c) => (c.endedAt ?? c.startedAt) > nowIso)).toEqual([]);
  });

  it('varies names and is deterministic for a seed', () => {
    expect(new Set(data.customers.map((c) => c.legalName)).size).toBeGreaterThan(280);
    expect(new Set(data.customers.map((c) => c.kind)).size).toBe(2);
    const again = createLargeDataSet({ customers: 300, invoices: 3_000, calls: 1_500, heavyCustomerCalls: 400, today, now });
    expect(again).toEqual(small);
    const other = createLargeDataSet({ customers: 300, invoices: 3_000, calls: 1_500, today, now, seed: 2 });
    expect(other.dataSet.customers[5]?.legalName).not.toBe(data.customers[5]?.legalName);
  });

  it('caps the heavy customer at the total number of calls', () => {
    const tiny = createLargeDataSet({ customers: 5, invoices: 10, calls: 20, today, now });
    expect(tiny.dataSet.calls).toHaveLength(20);
    expect(tiny.dataSet.calls.every((c) => c.customerId === tiny.heavyCustomerId)).toBe(true);
  });

  // Not a timing test (speed is for `npm run bench`); the generous timeout only catches O(n^2).
  it('builds the benchmark size with exact counts and unique numbers', { timeout: 60_000 }, () => {
    const big = createLargeDataSet({ customers: 10_000, invoices: 100_000, calls: 50_000, today, now });
    expect(big.dataSet.customers).toHaveLength(10_000);
    expect(big.dataSet.invoices).toHaveLength(100_000);
    expect(big.dataSet.calls).toHaveLength(50_000);
    expect(new Set(big.dataSet.invoices.map((i) => i.number)).size).toBe(100_000);
    expect(big.dataSet.calls.filter((c) => c.customerId === big.heavyCustomerId).length).toBeGreaterThanOrEqual(1_000);
    expect(new Set(big.dataSet.customers.map((c) => c.legalName)).size).toBeGreaterThan(9_000);
  });
});
