// How a digest entry is stored: one array of plain values in a fixed order, with its lists
// (balances, dues, live promises, attempts) flattened into arrays of plain values too. Reading
// 10,000 entries stored as objects, each with a dozen small objects inside, cost IndexedDB's
// deserializer a new object per due date (about 240 ms on a two-core machine); the same facts
// as flat arrays read in about a quarter of that. In memory an entry is the plain object again.
import type { CallResult } from '../calls/schema';
import type { CustomerKind } from '../customers/schema';
import type { AccountDigestEntry, DigestAttempt, DigestDue, DigestPromiseRef } from './model';

/** An entry as stored (see the order in packEntry). */
export type PackedDigestEntry = readonly unknown[];

// Flags packed into one number.
const doNotCallFlag = 1;
const ceaseContactFlag = 2;
const accountDisputeFlag = 4;

const dueFields = 5;
const promiseFields = 4;
const attemptFields = 3;

export function packEntry(entry: AccountDigestEntry): PackedDigestEntry {
  const flags =
    (entry.doNotCall ? doNotCallFlag : 0) |
    (entry.ceaseContact ? ceaseContactFlag : 0) |
    (entry.accountDisputeOpen ? accountDisputeFlag : 0);
  const balances: unknown[] = [];
  for (const b of entry.openBalances) balances.push(b.currency, b.amountMinor);
  const dues: unknown[] = [];
  for (const d of entry.dues) dues.push(d.dueDate, d.currency, d.amountMinor, d.invoiceCount, d.disputed ? 1 : 0);
  const promises: unknown[] = [];
  for (const p of entry.livePromises) promises.push(p.id, p.open ? 1 : 0, p.firstStepDate, p.lastStepDate);
  const attempts: unknown[] = [];
  for (const a of entry.attempts) attempts.push(a.at, a.reached ? 1 : 0, a.result);
  return [
    entry.customerId,
    entry.name,
    entry.kind,
    entry.timeZone,
    entry.placedWith,
    flags,
    entry.tags,
    balances,
    dues,
    entry.lastContactAt,
    entry.brokenPromises,
    promises,
    attempts,
    entry.computedAt,
  ];
}

export function unpackEntry(packed: PackedDigestEntry): AccountDigestEntry {
  const flags = packed[5] as number;
  const balances = packed[7] as unknown[];
  const openBalances = [];
  for (let i = 0; i < balances.length; i += 2)
    openBalances.push({ currency: balances[i] as string, amountMinor: balances[i + 1] as number });
  const flatDues = packed[8] as unknown[];
  const dues: DigestDue[] = [];
  for (let i = 0; i < flatDues.length; i += dueFields) {
    dues.push({
      dueDate: flatDues[i] as string,
      currency: flatDues[i + 1] as string,
      amountMinor: flatDues[i + 2] as number,
      invoiceCount: flatDues[i + 3] as number,
      disputed: flatDues[i + 4] === 1,
    });
  }
  const flatPromises = packed[11] as unknown[];
  const livePromises: DigestPromiseRef[] = [];
  for (let i = 0; i < flatPromises.length; i += promiseFields) {
    livePromises.push({
      id: flatPromises[i] as string,
      open: flatPromises[i + 1] === 1,
      firstStepDate: flatPromises[i + 2] as string,
      lastStepDate: flatPromises[i + 3] as string,
    });
  }
  const flatAttempts = packed[12] as unknown[];
  const attempts: DigestAttempt[] = [];
  for (let i = 0; i < flatAttempts.length; i += attemptFields) {
    attempts.push({ at: flatAttempts[i] as string, result: flatAttempts[i + 2] as CallResult | null, reached: flatAttempts[i + 1] === 1 });
  }
  return {
    customerId: packed[0] as string,
    name: packed[1] as string,
    kind: packed[2] as CustomerKind,
    timeZone: packed[3] as string,
    placedWith: packed[4] as string | null,
    doNotCall: (flags & doNotCallFlag) !== 0,
    ceaseContact: (flags & ceaseContactFlag) !== 0,
    tags: packed[6] as string[],
    openBalances,
    dues,
    accountDisputeOpen: (flags & accountDisputeFlag) !== 0,
    lastContactAt: packed[9] as string | null,
    brokenPromises: packed[10] as number,
    livePromises,
    attempts,
    computedAt: packed[13] as string,
  };
}
