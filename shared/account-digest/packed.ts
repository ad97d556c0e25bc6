// How a shard of digest entries is stored, with no object per entry. Every string the entries
// hold goes once into a string list; every other field is a number in one Int32Array (string
// positions, counts, flags) or, for amounts, one Float64Array. IndexedDB reads a typed array back
// as one block of bytes, where 10,000 entries stored as objects (or as arrays of arrays) cost its
// deserializer a new object or array per due date, promise and call. Due dates, currencies and
// zones repeat across a shard's accounts and are stored once each.
import type { CallResult } from '../calls/schema';
import type { CustomerKind } from '../customers/schema';
import type { AccountDigestEntry, DigestAttempt, DigestDue, DigestPromiseRef } from './model';

/** A shard's entries as stored. */
export interface PackedDigestEntries {
  strings: string[];
  ints: Int32Array;
  amounts: Float64Array;
}

// Flags packed into one number.
const doNotCallFlag = 1;
const ceaseContactFlag = 2;
const accountDisputeFlag = 4;

/** Where a missing string (null) is pointed at. */
const noString = -1;

export function packEntries(entries: readonly AccountDigestEntry[]): PackedDigestEntries {
  const strings: string[] = [];
  const positions = new Map<string, number>();
  const ints: number[] = [];
  const amounts: number[] = [];
  const text = (value: string | null) => {
    if (value === null) return ints.push(noString);
    let at = positions.get(value);
    if (at === undefined) {
      at = strings.length;
      strings.push(value);
      positions.set(value, at);
    }
    return ints.push(at);
  };
  for (const entry of entries) {
    text(entry.customerId);
    text(entry.name);
    text(entry.kind);
    text(entry.timeZone);
    text(entry.placedWith);
    ints.push(
      (entry.doNotCall ? doNotCallFlag : 0) |
        (entry.ceaseContact ? ceaseContactFlag : 0) |
        (entry.accountDisputeOpen ? accountDisputeFlag : 0),
    );
    ints.push(entry.tags.length);
    for (const tag of entry.tags) text(tag);
    ints.push(entry.openBalances.length);
    for (const balance of entry.openBalances) {
      text(balance.currency);
      amounts.push(balance.amountMinor);
    }
    ints.push(entry.dues.length);
    for (const due of entry.dues) {
      text(due.dueDate);
      text(due.currency);
      ints.push(due.invoiceCount, due.disputed ? 1 : 0);
      amounts.push(due.amountMinor);
    }
    text(entry.lastContactAt);
    ints.push(entry.brokenPromises);
    ints.push(entry.livePromises.length);
    for (const promise of entry.livePromises) {
      text(promise.id);
      ints.push(promise.open ? 1 : 0);
      text(promise.firstStepDate);
      text(promise.lastStepDate);
    }
    ints.push(entry.attempts.length);
    for (const attempt of entry.attempts) {
      text(attempt.at);
      ints.push(attempt.reached ? 1 : 0);
      text(attempt.result);
    }
    ints.push(entry.promiseRows.length);
    for (const row of entry.promiseRows) text(row);
    ints.push(entry.paymentRows.length);
    for (const row of entry.paymentRows) text(row);
    text(entry.computedAt);
  }
  return { strings, ints: Int32Array.from(ints), amounts: Float64Array.from(amounts) };
}

/** The entries again, in the order they were packed. Throws on data that does not add up. */
export function unpackEntries({ strings, ints, amounts }: PackedDigestEntries): AccountDigestEntry[] {
  let i = 0;
  let a = 0;
  const int = () => {
    if (i >= ints.length) throw new Error('A digest shard ends in the middle of an entry.');
    return ints[i++]!;
  };
  const maybeText = () => {
    const at = int();
    return at === noString ? null : (strings[at] ?? null);
  };
  const text = () => maybeText() ?? '';
  const amount = () => amounts[a++] ?? 0;
  const entries: AccountDigestEntry[] = [];
  while (i < ints.length) {
    const customerId = text();
    const name = text();
    const kind = text() as CustomerKind;
    const timeZone = text();
    const placedWith = maybeText();
    const flags = int();
    const tags: string[] = [];
    for (let n = int(); n > 0; n -= 1) tags.push(text());
    const openBalances = [];
    for (let n = int(); n > 0; n -= 1) openBalances.push({ currency: text(), amountMinor: amount() });
    const dues: DigestDue[] = [];
    for (let n = int(); n > 0; n -= 1) {
      const dueDate = text();
      const currency = text();
      const invoiceCount = int();
      dues.push({ dueDate, currency, amountMinor: amount(), invoiceCount, disputed: int() === 1 });
    }
    const lastContactAt = maybeText();
    const brokenPromises = int();
    const livePromises: DigestPromiseRef[] = [];
    for (let n = int(); n > 0; n -= 1) livePromises.push({ id: text(), open: int() === 1, firstStepDate: text(), lastStepDate: text() });
    const attempts: DigestAttempt[] = [];
    for (let n = int(); n > 0; n -= 1) {
      const at = text();
      const reached = int() === 1;
      attempts.push({ at, result: maybeText() as CallResult | null, reached });
    }
    const promiseRows: string[] = [];
    for (let n = int(); n > 0; n -= 1) promiseRows.push(text());
    const paymentRows: string[] = [];
    for (let n = int(); n > 0; n -= 1) paymentRows.push(text());
    entries.push({
      customerId,
      name,
      kind,
      timeZone,
      placedWith,
      doNotCall: (flags & doNotCallFlag) !== 0,
      ceaseContact: (flags & ceaseContactFlag) !== 0,
      tags,
      openBalances,
      dues,
      accountDisputeOpen: (flags & accountDisputeFlag) !== 0,
      lastContactAt,
      brokenPromises,
      livePromises,
      attempts,
      promiseRows,
      paymentRows,
      computedAt: text(),
    });
  }
  if (a !== amounts.length) throw new Error('A digest shard holds amounts no entry points at.');
  return entries;
}
