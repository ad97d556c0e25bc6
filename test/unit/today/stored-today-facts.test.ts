// Today's facts stored for the office day: a window just opened ranks from them while they are
// what the digest would give, and works them out again the moment they are not.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateCustomer } from '../../../renderer/customers/customer-repository';
import { openCallDeskDb, type CallDeskDb, type CustomerRow } from '../../../renderer/data/db';
import { completeSetup } from '../../../renderer/demo/first-run';
import { readTodayFacts, type TodayFacts } from '../../../renderer/today/today-facts';
import { forgetHeldTodayFacts, storeTodayFactsNow } from '../../../renderer/today/today-facts-store';
import { builtAppVersion } from '../../../renderer/platform/app-version';
import { digestRevisionsKey, type DigestRevisions } from '../../../shared/account-digest/model';
import type { Settings } from '../../../shared/settings/schema';
import { packTodayFacts, unpackTodayFacts } from '../../../shared/today/packed-facts';
import {
  storedTodayFactsFormat,
  todayFactsKey,
  todayFactsStampKey,
  type StoredTodayFacts,
  type TodayFactsStamp,
} from '../../../shared/today/stored-facts';
import { dropDb, freshDb } from '../data/fixtures';
import { customerInputOf, later, now, office } from '../account-digest/demo-office';

// Chicago: 10:00 the day after `now`.
const nextDay = new Date('2026-06-18T15:00:00.000Z');

/** What only the stored facts say: every name marked, under the same stamp. */
const marked = 'stored: ';

describe("Today's stored facts", () => {
  let db: CallDeskDb;
  afterEach(() => dropDb(db));

  async function stamp(of: CallDeskDb = db): Promise<TodayFactsStamp | undefined> {
    return (await of.digests.get(todayFactsStampKey)) as TodayFactsStamp | undefined;
  }

  /** The demo's facts read once and stored, as a moment after Today opened. */
  async function storedDemo(): Promise<TodayFacts> {
    db = freshDb();
    await completeSetup(db, { settings: office, startWith: 'demo' }, now);
    const facts = await readTodayFacts(db, now, office);
    await storeTodayFactsNow(db);
    return facts;
  }

  /** Marks every stored name, so a read that used the store says so. */
  async function markStoredNames(): Promise<void> {
    const row = (await db.digests.get(todayFactsKey)) as StoredTodayFacts;
    const body = unpackTodayFacts(row);
    const renamed = { ...body, accounts: body.accounts.map((a) => ({ ...a, name: `${marked}${a.name}` })) };
    await db.digests.put({ key: todayFactsKey, id: row.id, ...packTodayFacts(renamed) });
  }

  /** The database opened again, as a later start of the app: nothing is held in memory. */
  async function afterRestart<T>(read: (restarted: CallDeskDb) => Promise<T>): Promise<T> {
    const restarted = openCallDeskDb(db.name);
    try {
      return await read(restarted);
    } finally {
      restarted.close();
    }
  }

  function usedStore(facts: TodayFacts): boolean {
    return facts.accounts.length > 0 && facts.accounts.every((a) => a.name.startsWith(marked));
  }

  it('are stored a moment after they were worked out, and a window just opened reads them', async () => {
    db = freshDb();
    await completeSetup(db, { settings: office, startWith: 'demo' }, now);
    const facts = await readTodayFacts(db, now, office);
    // Not while Today waits for its queue: a moment later.
    expect(await stamp()).toBeUndefined();
    await vi.waitFor(async () => expect(await stamp()).toBeDefined(), { timeout: 15_000, interval: 50 });
    expect(await stamp()).toMatchObject({
      format: storedTodayFactsFormat(builtAppVersion),
      officeToday: '2026-06-17',
      settingsKey: 'America/Chicago|2',
      computedAt: now.toISOString(),
    });

    expect(byId(await afterRestart((restarted) => readTodayFacts(restarted, later, office)))).toEqual(byId(facts));
    await markStoredNames();
    expect(usedStore(await afterRestart((restarted) => readTodayFacts(restarted, later, office)))).toBe(true);
  });

  it('are held by the window that read them until the digest changes', async () => {
    await storedDemo();
    const again = await readTodayFacts(db, later, office);
    expect((await readTodayFacts(db, later, office)).accounts).toBe(again.accounts);

    const customer = (await db.customers.toArray())[0] as CustomerRow;
    await updateCustomer(db, customer.id, { ...customerInputOf(customer), legalName: 'Renamed Ltd' }, { now: later });
    const afterWrite = await readTodayFacts(db, later, office);
    expect(afterWrite.accounts).not.toBe(again.accounts);
    expect(afterWrite.accounts.find((a) => a.customerId === customer.id)?.name).toBe('Renamed Ltd');
  });

  it('are worked out again after a write, in the window that wrote and in the next', async () => {
    await storedDemo();
    await markStoredNames();
    const customer = (await db.customers.toArray())[0] as CustomerRow;
    await updateCustomer(db, customer.id, { ...customerInputOf(customer), legalName: 'Renamed Ltd' }, { now: later });

    // Marked but not yet refreshed, then refreshed and stored again.
    const unrefreshed = await afterRestart((restarted) => readTodayFacts(restarted, later, office));
    expect(usedStore(unrefreshed)).toBe(false);
    expect(unrefreshed.accounts.find((a) => a.customerId === customer.id)?.name).toBe('Renamed Ltd');
    const before = await stamp();
    const written = await readTodayFacts(db, later, office);
    await storeTodayFactsNow(db);
    const after = await stamp();
    expect(after?.id).not.toBe(before?.id);
    expect(after?.revisions).toEqual(((await db.digests.get(digestRevisionsKey)) as DigestRevisions).revisions);
    expect(byId(await afterRestart((restarted) => readTodayFacts(restarted, later, office)))).toEqual(byId(written));
    await markStoredNames();
    expect(usedStore(await afterRestart((restarted) => readTodayFacts(restarted, later, office)))).toBe(true);
  });

  it('are not used on another office day, with other settings, on a clock set back, or in another format', async () => {
    const facts = await storedDemo();
    await markStoredNames();
    const readAt = (at: Date, settings: Settings = office) => afterRestart((restarted) => readTodayFacts(restarted, at, settings));
    expect(usedStore(await readAt(later))).toBe(true);

    expect(usedStore(await readAt(nextDay))).toBe(false);
    expect(usedStore(await readAt(later, { ...office, promiseGraceDays: office.promiseGraceDays + 1 }))).toBe(false);
    expect(usedStore(await readAt(later, { ...office, officeTimeZone: 'America/Denver' }))).toBe(false);
    const stored = await stamp();
    await db.digests.put({ ...stored!, format: storedTodayFactsFormat('0.0.1') });
    expect(usedStore(await readAt(later))).toBe(false);
    await db.digests.put(stored!);
    expect(usedStore(await readAt(later))).toBe(true);

    // Last: a clock set back before the digest's entries rebuilds it, and the store goes with it.
    const setBack = await readAt(new Date(now.getTime() - 60_000));
    expect(usedStore(setBack)).toBe(false);
    expect(setBack.accounts.map((a) => a.name).sort()).toEqual(facts.accounts.map((a) => a.name).sort());
  });

  it('that are damaged or belong to another write are worked out again, and stored anew', async () => {
    const facts = await storedDemo();
    await markStoredNames();
    const row = (await db.digests.get(todayFactsKey)) as StoredTodayFacts;
    const firstStamp = await stamp();

    await db.digests.put({ ...row, id: 'another write' });
    expect(usedStore(await afterRestart((restarted) => readTodayFacts(restarted, later, office)))).toBe(false);

    await db.digests.bulkPut([firstStamp!, { ...row, numbers: row.numbers.slice(0, 40) }]);
    // As a window just opened: the stamp that led nowhere is dropped, the facts worked out are stored.
    forgetHeldTodayFacts(db);
    expect(byId(await readTodayFacts(db, later, office))).toEqual(byId(facts));
    expect(await stamp()).toBeUndefined();
    await storeTodayFactsNow(db);
    expect((await stamp())?.id).not.toBe(firstStamp?.id);
    expect(byId(await afterRestart((restarted) => readTodayFacts(restarted, later, office)))).toEqual(byId(facts));
  });

  it('are not stored when the digest moved on before the store ran', async () => {
    db = freshDb();
    await completeSetup(db, { settings: office, startWith: 'demo' }, now);
    await readTodayFacts(db, now, office);
    const customer = (await db.customers.toArray())[0] as CustomerRow;
    await updateCustomer(db, customer.id, { ...customerInputOf(customer), legalName: 'Renamed Ltd' }, { now: later });
    await storeTodayFactsNow(db);
    expect(await stamp()).toBeUndefined();
  });

  it('are not stored once another window has refreshed the digest past them', async () => {
    db = freshDb();
    await completeSetup(db, { settings: office, startWith: 'demo' }, now);
    await readTodayFacts(db, now, office);
    const customer = (await db.customers.toArray())[0] as CustomerRow;
    await updateCustomer(db, customer.id, { ...customerInputOf(customer), legalName: 'Renamed Ltd' }, { now: later });
    // The other window refreshes the digest (new revisions, nothing marked) and closes before its own store.
    await afterRestart((restarted) => readTodayFacts(restarted, later, office));
    await storeTodayFactsNow(db);
    expect(await stamp()).toBeUndefined();
  });
});

/** The facts in one order, whichever path gave them (a rebuild lists accounts as it built them). */
function byId(facts: TodayFacts) {
  const order = <T extends { customerId: string; id?: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => ((a.id ?? a.customerId) < (b.id ?? b.customerId) ? -1 : 1));
  return { accounts: order(facts.accounts), promises: order(facts.promises), followUps: order(facts.followUps) };
}
