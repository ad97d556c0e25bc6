import { describe, expect, it } from 'vitest';
import { exportSnapshot, exportStampedSnapshot, restoreSnapshot } from '../../../renderer/backup/snapshot';
import { changeStampKey, readChangeStamp } from '../../../renderer/data/change-stamp';
import type { CallDeskDb } from '../../../renderer/data/db';
import { latestSchemaVersion } from '../../../renderer/data/schema-versions';
import { useFreshDb } from './fixtures';

describe('the change stamp', () => {
  let db: CallDeskDb;
  useFreshDb((fresh) => (db = fresh));

  it('is new after every write, in any table, and unchanged by reads', async () => {
    expect(await readChangeStamp(db)).toBeNull();
    await db.settings.put({ key: 'x', value: {} as never });
    const afterSettings = await readChangeStamp(db);
    expect(afterSettings).toEqual(expect.any(String));
    await db.customers.toArray();
    expect(await readChangeStamp(db)).toBe(afterSettings);
    await db.transaction('rw', db.notes, async () => {
      // A transaction that never named `meta` still stamps its write.
      await db.notes.bulkDelete(['nothing-here']);
    });
    expect(await readChangeStamp(db)).not.toBe(afterSettings);
  });

  it('is not undone by a write that fails: the transaction aborts as a whole', async () => {
    await db.meta.put({ key: 'a', value: 1 });
    const before = await readChangeStamp(db);
    await expect(
      db.transaction('rw', db.meta, async () => {
        await db.meta.put({ key: 'b', value: 2 });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await readChangeStamp(db)).toBe(before);
  });

  it('is read with a snapshot but never kept in it, so a backup holds only the data', async () => {
    await db.meta.put({ key: 'saved-mapping', value: 1 });
    const { tables, changeStamp } = await exportStampedSnapshot(db);
    expect(changeStamp).toBe(await readChangeStamp(db));
    expect(tables.meta).toEqual([{ key: 'saved-mapping', value: 1 }]);
    expect((await exportSnapshot(db)).meta).toEqual([{ key: 'saved-mapping', value: 1 }]);
  });

  it('a restored snapshot that carries a stamp row is restored without it, and gets a stamp of its own', async () => {
    const before = await readChangeStamp(db);
    await restoreSnapshot(
      db,
      {
        meta: [
          { key: changeStampKey, value: 'from-elsewhere' },
          { key: 'saved-mapping', value: 2 },
        ],
      },
      latestSchemaVersion,
    );
    const after = await readChangeStamp(db);
    expect(after).not.toBe('from-elsewhere');
    expect(after).not.toBe(before);
    expect((await exportSnapshot(db)).meta).toEqual([{ key: 'saved-mapping', value: 2 }]);
  });
});
