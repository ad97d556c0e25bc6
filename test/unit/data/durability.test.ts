import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetPersistentStorageAnswer, requestPersistentStorage } from '../../../renderer/data/persistent-storage';
import type { CallDeskDb } from '../../../renderer/data/db';
import { useFreshDb } from './fixtures';

describe('writes reach the disk before they count as done', () => {
  let db: CallDeskDb;
  useFreshDb((fresh) => (db = fresh));

  it('every read-write transaction asks for strict durability (closing a call, a payment, a restore)', async () => {
    const durability = await db.transaction(
      'rw',
      [db.calls, db.payments],
      () => (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans.durability,
    );
    expect(durability).toBe('strict');
  });
});

describe('persistent storage', () => {
  afterEach(() => forgetPersistentStorageAnswer());

  it('asks once, and not at all when the storage is already persistent', async () => {
    let asked = 0;
    const storage = { persisted: async () => false, persist: async () => ((asked += 1), true) };
    expect(await requestPersistentStorage(storage)).toBe('persistent');
    expect(await requestPersistentStorage(storage)).toBe('persistent');
    expect(asked).toBe(1);
    forgetPersistentStorageAnswer();
    expect(await requestPersistentStorage({ persisted: async () => true, persist: async () => ((asked += 1), true) })).toBe('persistent');
    expect(asked).toBe(1);
  });

  it('reports a refusal, a missing API and a failure as such', async () => {
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe('best-effort');
    forgetPersistentStorageAnswer();
    expect(await requestPersistentStorage({})).toBe('unknown');
    forgetPersistentStorageAnswer();
    expect(await requestPersistentStorage({ persisted: () => Promise.reject(new Error('no')), persist: async () => true })).toBe('unknown');
  });
});
