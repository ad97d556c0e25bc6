// How a shard of digest entries is stored, with no object per entry. Every string the entries
// hold goes once into a string list; every other field is a number in one byte array
// (pack-codec.ts). IndexedDB reads a byte array back as one block, where 10,000 entries stored as
// objects (or as arrays of arrays) cost its deserializer a new object or array per due date,
// promise and call. Due dates, currencies and zones repeat across a shard's accounts and are
// stored once each.
import type { CallResult } from '../calls/schema';
import type { AccountDigestEntry, DigestAttempt, DigestDue, DigestPromiseRef } from './model';
import { PackReader, PackWriter, type PackedDigestEntries } from './pack-codec';
import { readAccountHead, writeAccountHead } from './packed-account';
import { readPayment, readPromise, writePayment, writePromise } from './packed-rows';

export type { PackedDigestEntries } from './pack-codec';

function writeEntry(out: PackWriter, entry: AccountDigestEntry): void {
  writeAccountHead(out, entry);
  out.list(entry.tags, (tag) => out.text(tag));
  out.list(entry.openBalances, (balance) => {
    out.text(balance.currency);
    out.amount(balance.amountMinor);
  });
  out.list(entry.dues, (due) => {
    out.text(due.dueDate);
    out.text(due.currency);
    out.int(due.invoiceCount);
    out.flag(due.disputed);
    out.amount(due.amountMinor);
  });
  out.text(entry.lastContactAt);
  out.int(entry.brokenPromises);
  out.list(entry.livePromises, (promise) => {
    out.text(promise.id);
    out.flag(promise.open);
    out.text(promise.firstStepDate);
    out.text(promise.lastStepDate);
  });
  out.list(entry.attempts, (attempt) => {
    out.text(attempt.at);
    out.flag(attempt.reached);
    out.text(attempt.result);
  });
  out.list(entry.promises, (promise) => writePromise(out, promise));
  out.list(entry.payments, (payment) => writePayment(out, payment));
  out.text(entry.computedAt);
}

function readEntry(from: PackReader): AccountDigestEntry {
  const head = readAccountHead(from);
  const tags = from.list(() => from.text());
  const openBalances = from.list(() => ({ currency: from.text(), amountMinor: from.amount() }));
  const dues = from.list((): DigestDue => {
    const dueDate = from.text();
    const currency = from.text();
    const invoiceCount = from.int();
    const disputed = from.flag();
    return { dueDate, currency, amountMinor: from.amount(), invoiceCount, disputed };
  });
  const lastContactAt = from.maybeText();
  const brokenPromises = from.int();
  const livePromises = from.list((): DigestPromiseRef => {
    const id = from.text();
    const open = from.flag();
    return { id, open, firstStepDate: from.text(), lastStepDate: from.text() };
  });
  const attempts = from.list((): DigestAttempt => {
    const at = from.text();
    const reached = from.flag();
    return { at, result: from.maybeText() as CallResult | null, reached };
  });
  const promises = from.list(() => readPromise(from));
  const payments = from.list(() => readPayment(from));
  return {
    ...head,
    tags,
    openBalances,
    dues,
    lastContactAt,
    brokenPromises,
    livePromises,
    attempts,
    promises,
    payments,
    computedAt: from.text(),
  };
}

export function packEntries(entries: readonly AccountDigestEntry[]): PackedDigestEntries {
  const out = new PackWriter();
  for (const entry of entries) writeEntry(out, entry);
  return out.packed();
}

/** The entries again, in the order they were packed. Throws on data that does not add up. */
export function unpackEntries(packed: PackedDigestEntries): AccountDigestEntry[] {
  const from = new PackReader(packed);
  const entries: AccountDigestEntry[] = [];
  while (!from.atEnd) entries.push(readEntry(from));
  return entries;
}
