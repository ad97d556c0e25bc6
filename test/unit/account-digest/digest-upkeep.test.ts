// The account digest kept up by the writes themselves: each write marks the customers it touched,
// the next read refreshes only those, and the result is what a digest built from scratch says.
import { afterEach, describe, expect, it } from 'vitest';
import { closeCall, startCall } from '../../../renderer/calls/call-repository';
import { updateCustomer } from '../../../renderer/customers/customer-repository';
import { readChangeStamp } from '../../../renderer/data/change-stamp';
import type { CallDeskDb, CustomerRow } from '../../../renderer/data/db';
import { completeSetup } from '../../../renderer/demo/first-run';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { recordPayment } from '../../../renderer/payments/payment-repository';
import { readTodayFacts, type TodayFacts } from '../../../renderer/today/today-facts';
import { storeTodayFactsNow } from '../../../renderer/today/today-facts-store';
import { todayFactsKey, todayFactsStampKey } from '../../../shared/today/stored-facts';
import {
  digestDirtyKey,
  digestFormat,
  digestRevisionsKey,
  digestShardCount,
  type AccountDigestShard,
  type DigestDirtyList,
} from '../../../shared/account-digest/model';
import { openCallDeskDb } from '../../../renderer/data/db';
import { unpackEntries } from '../../../shared/account-digest/packed';
import { dropDb, freshDb, invoiceInput } from '../data/fixtures';
import { customerInputOf, later, now, office } from './demo-office';

function byId(facts: TodayFacts) {
  return [...facts.accounts].sort((a, b) => (a.customerId < b.customerId ? -1 : 1));
}

async function fromScratch(db: CallDeskDb, at: Date): Promise<TodayFacts> {
  await db.digests.clear();
  return readTodayFacts(db, at, office);
}

async function storedShards(db: CallDeskDb): Promise<AccountDigestShard[]> {
  return (await db.digests.toArray()).filter((row): row is AccountDigestShard => 'shard' in row);
}

async function dirtyIds(db: CallDeskDb): Promise<DigestDirtyList | undefined> {
  return (await db.digests.get(digestDirtyKey)) as DigestDirtyList | undefined;
}

describe('the account digest', () => {
  let db: CallDeskDb;
  afterEach(() => dropDb(db));

  it('refreshes the customers each write touched and then agrees with a digest built from scratch', async () => {
    db = freshDb();
    await completeSetup(db, { settings: office, startWith: 'demo' }, now);
    await readTodayFacts(db, now, office);
    expect(await dirtyIds(db)).toBeUndefined();

    const owing = (await db.customers.toArray())
      .filter((c) => c.openBalanceMinor > 0)
      .sort((a, b) => a.legalName.localeCompare(b.legalName));
    const [paying, invoiced, disputing, flagged] = owing as [CustomerRow, CustomerRow, CustomerRow, CustomerRow];
    const openOf = (id: string) =>
      db.invoices
        .where('customerId')
        .equals(id)
        .filter((i) => i.status === 'open' && i.balanceMinor > 0)
        .toArray();

    const [paid] = await openOf(paying.id);
    await recordPayment(
      db,
      paying.id,
      {
        receivedOn: '2026-06-17',
        amountMinor: 1_00,
        currency: paid!.currency,
        method: 'card',
        reference: 'T-1',
        allocations: [{ invoiceId: paid!.id, amountMinor: 1_00 }],
      },
      { now },
    );
    await saveInvoice(
      db,
      invoiced.id,
      invoiceInput({ number: 'INV-DIGEST', issueDate: '2026-04-01', dueDate: '2026-05-01', amountMinor: 123_45 }),
      undefined,
      { now },
    );
    const [disputed] = await openOf(disputing.id);
    const call = await startCall(db, {
      customerId: disputing.id,
      contactId: null,
      phoneNumber: null,
      dialled: false,
      scriptId: 'collection-call',
      now,
    });
    await closeCall(
      db,
      call.id,
      {
        result: 'dispute',
        contactDetailsConfirmed: false,
        note: '',
        stepsCovered: [],
        branchesTaken: [],
        promise: null,
        followUp: null,
        dispute: { invoiceId: disputed!.id, reason: 'quality', details: 'Says the work was not finished.' },
      },
      now,
    );
    await updateCustomer(db, flagged.id, { ...customerInputOf(flagged), doNotCall: true, tags: ['Anna'] }, { now });

    expect(new Set((await dirtyIds(db))?.customerIds)).toEqual(new Set([paying.id, invoiced.id, disputing.id, flagged.id]));
    const stamp = await readChangeStamp(db);
    const kept = await readTodayFacts(db, later, office);
    expect(await dirtyIds(db)).toBeUndefined();
    // Refreshing the digest is not a change to the user's data.
    expect(await readChangeStamp(db)).toBe(stamp);

    const account = (id: string) => kept.accounts.find((a) => a.customerId === id)!;
    expect(account(invoiced.id).oldestPastDueDate! <= '2026-05-01').toBe(true);
    expect(account(disputing.id).disputedPastDue.length).toBe(1);
    expect(account(disputing.id).recentAttempts).toContainEqual(expect.objectContaining({ at: now.toISOString(), reached: true }));
    expect(account(flagged.id)).toMatchObject({ doNotCall: true, tags: ['Anna'] });

    const scratch = await fromScratch(db, later);
    expect(byId(kept)).toEqual(byId(scratch));
    const promiseIds = (facts: TodayFacts) => facts.promises.map((p) => p.id).sort();
    expect(promiseIds(kept)).toEqual(promiseIds(scratch));
    expect(kept.promises.length).toBeGreaterThan(0);
  });

  it('rebuilds whole after a table is cleared, and when the clock reads earlier than the digest', async () => {
    db = freshDb();
    await completeSetup(db, { settings: office, startWith: 'demo' }, now);
    const first = await readTodayFacts(db, now, office);
    await db.disputes.clear();
    expect((await dirtyIds(db))?.all).toBe(true);
    const afterClear = await readTodayFacts(db, now, office);
    expect(afterClear.accounts.some((a) => a.accountDisputeOpen || a.disputedPastDue.length > 0)).toBe(false);
    expect(first.accounts.some((a) => a.accountDisputeOpen || a.disputedPastDue.length > 0)).toBe(true);

    // The clock set back an hour: entries worked out "later" may lack calls that count then.
    const earlier = new Date(now.getTime() - 3_600_000);
    const atEarlier = await readTodayFacts(db, earlier, office);
    const shards = await storedShards(db);
    expect(shards).toHaveLength(digestShardCount);
    expect(shards.every((shard) => shard.latestComputedAt <= earlier.toISOString())).toBe(true);
    expect(byId(atEarlier)).toEqual(byId(await fromScratch(db, earlier)));
  });

  it('drops the entry of a customer whose records are deleted', async () => {
    db = freshDb();
    await completeSetup(db, { settings: office, startWith: 'demo' }, now);
    const before = await readTodayFacts(db, now, office);
    const gone = before.accounts[0]!.customerId;
    await db.transaction('rw', [db.customers, db.invoices], async () => {
      await db.invoices.where('customerId').equals(gone).delete();
      await db.customers.delete(gone);
    });
    const after = await readTodayFacts(db, later, office);
    expect(after.accounts.map((a) => a.customerId)).not.toContain(gone);
    expect(after.accounts).toHaveLength(before.accounts.length - 1);
  });
});

describe('a digest of another format', () => {
  let db: CallDeskDb;
  afterEach(() => dropDb(db));

  /**
   * Demo data, its facts, and the digest's stored shards once built. No Today facts are left
   * stored for the day, so the next read goes to the digest (while they hold, it would not).
   */
  async function built() {
    db = freshDb();
    await completeSetup(db, { settings: office, startWith: 'demo' }, now);
    const facts = await readTodayFacts(db, now, office);
    await storeTodayFactsNow(db);
    await db.digests.bulkDelete([todayFactsStampKey, todayFactsKey]);
    return { facts, shards: await storedShards(db) };
  }

  /** The database opened again, as a later start of the app: nothing is held in memory. */
  async function afterRestart(check: (restarted: CallDeskDb) => Promise<void>) {
    const restarted = openCallDeskDb(db.name);
    try {
      await check(restarted);
    } finally {
      restarted.close();
    }
  }

  it('is rebuilt rather than read', async () => {
    const { facts, shards } = await built();
    await db.digests.bulkPut(shards.map((shard) => ({ ...shard, format: shard.format - 1, strings: [], numbers: new Uint8Array() })));
    await afterRestart(async (restarted) => {
      expect(byId(await readTodayFacts(restarted, now, office))).toEqual(byId(facts));
      const rebuilt = await storedShards(restarted);
      expect(rebuilt.every((shard) => shard.format === digestFormat)).toBe(true);
      expect(rebuilt.flatMap((shard) => unpackEntries(shard))).toHaveLength(facts.accounts.length);
    });
  });

  it('of more shards leaves none of them behind once rebuilt', async () => {
    const { facts, shards } = await built();
    // As an earlier layout kept it: shards numbered past today's count, and their revisions.
    const oldCount = digestShardCount * 4;
    await db.digests.bulkPut([
      ...Array.from({ length: oldCount }, (_, shard) => ({
        ...shards[0]!,
        key: `account-digest:${shard}`,
        shard,
        format: digestFormat - 1,
      })),
      { key: digestRevisionsKey, revisions: Array.from({ length: oldCount }, (_, shard) => `old-${shard}`) },
    ]);
    await afterRestart(async (restarted) => {
      expect(byId(await readTodayFacts(restarted, now, office))).toEqual(byId(facts));
      expect((await storedShards(restarted)).map((shard) => shard.key).sort()).toEqual(
        Array.from({ length: digestShardCount }, (_, shard) => `account-digest:${shard}`).sort(),
      );
      // The shards and their revisions (beside any Today facts stored since); the dirty list was
      // cleared with the rebuild.
      const keys = await restarted.digests.toCollection().primaryKeys();
      expect(keys.filter((key) => key !== todayFactsStampKey && key !== todayFactsKey)).toHaveLength(digestShardCount + 1);
    });
  });

  it('that no longer unpacks is rebuilt rather than stop Today', async () => {
    const { facts, shards } = await built();
    const damaged = shards[0]!;
    // Cut short, as a shard damaged on disk or written by a faulty version would be.
    await db.digests.put({ ...damaged, numbers: damaged.numbers.slice(0, 5) });
    await afterRestart(async (restarted) => {
      expect(byId(await readTodayFacts(restarted, now, office))).toEqual(byId(facts));
      const repaired = (await storedShards(restarted)).find((shard) => shard.key === damaged.key)!;
      expect(() => unpackEntries(repaired)).not.toThrow();
    });
  });
});
