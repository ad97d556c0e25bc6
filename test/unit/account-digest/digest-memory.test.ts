// The unpacked shards a window keeps between reads: used again only while nobody rewrote them,
// whichever window (or restore) did the writing.
import { afterEach, describe, expect, it } from 'vitest';
import { currentDigest, digestTables } from '../../../renderer/account-digest/current-digest';
import { updateCustomer } from '../../../renderer/customers/customer-repository';
import { openCallDeskDb, type CallDeskDb, type CustomerRow } from '../../../renderer/data/db';
import { completeSetup } from '../../../renderer/demo/first-run';
import { computerSettings } from '../../../renderer/settings/computer-defaults';
import { digestShardOf, type AccountDigestEntry } from '../../../shared/account-digest/model';
import type { Settings } from '../../../shared/settings/schema';
import { dropDb, freshDb } from '../data/fixtures';

const now = new Date('2026-06-17T21:45:00.000Z');
const office: Settings = {
  ...computerSettings({ timeZone: 'America/Chicago', locales: ['en-US'] }),
  companyName: 'Bayline',
  currency: 'USD',
};

function digestOf(db: CallDeskDb, at = now): Promise<AccountDigestEntry[]> {
  return db.transaction('rw', digestTables(db), () => currentDigest(db, at));
}

function asInput(row: CustomerRow, legalName: string) {
  const { kind, tradingName, accountNumber, timeZone, status, defaultTerms, addresses, notes } = row;
  return { kind, legalName, tradingName, accountNumber, timeZone, status, defaultTerms, addresses, notes };
}

function entryOf(entries: readonly AccountDigestEntry[], id: string): AccountDigestEntry | undefined {
  return entries.find((e) => e.customerId === id);
}

describe("a window's copy of the digest", () => {
  let db: CallDeskDb;
  const others: CallDeskDb[] = [];
  afterEach(async () => {
    for (const other of others.splice(0)) other.close();
    await dropDb(db);
  });

  it('is used again while nothing changed, and only the changed shard is replaced after a write', async () => {
    db = freshDb();
    await completeSetup(db, { settings: office, startWith: 'demo' }, now);
    const first = await digestOf(db);
    const again = await digestOf(db);
    expect(again).toHaveLength(first.length);
    // The very same entries: nothing was read or unpacked again.
    for (const entry of again) expect(entryOf(first, entry.customerId)).toBe(entry);

    const customer = (await db.customers.toArray())[0]!;
    await updateCustomer(db, customer.id, asInput(customer, 'Renamed Holdings'), { now });
    const after = await digestOf(db);
    expect(entryOf(after, customer.id)?.name).toBe('Renamed Holdings');
    const shard = digestShardOf(customer.id);
    for (const entry of after) {
      if (digestShardOf(entry.customerId) !== shard) expect(entryOf(first, entry.customerId)).toBe(entry);
    }
  });

  it('is not used once another window rewrote the shard', async () => {
    db = freshDb();
    await completeSetup(db, { settings: office, startWith: 'demo' }, now);
    await digestOf(db);
    const other = openCallDeskDb(db.name);
    others.push(other);
    const customer = (await other.customers.toArray())[0]!;
    await updateCustomer(other, customer.id, asInput(customer, 'Changed Elsewhere'), { now });
    // The other window reads first, which refreshes the entry and clears the marks.
    expect(entryOf(await digestOf(other), customer.id)?.name).toBe('Changed Elsewhere');
    expect(entryOf(await digestOf(db), customer.id)?.name).toBe('Changed Elsewhere');
  });

  it('is dropped when the digest was cleared elsewhere (a restore), and the digest is built again', async () => {
    db = freshDb();
    await completeSetup(db, { settings: office, startWith: 'demo' }, now);
    const before = await digestOf(db);
    const other = openCallDeskDb(db.name);
    others.push(other);
    const customer = (await other.customers.toArray())[0]!;
    await other.transaction('rw', [other.customers, other.digests], async () => {
      await other.customers.update(customer.id, { legalName: 'Restored Name' });
      await other.digests.clear();
    });
    const after = await digestOf(db);
    expect(after).toHaveLength(before.length);
    expect(entryOf(after, customer.id)?.name).toBe('Restored Name');
  });
});
