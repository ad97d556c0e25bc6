// A snapshot from an older schema version is brought up to date by the real migrations: it is
// loaded into a scratch database declared at its own version, which is then opened as the
// current CallDeskDb (running every upgrade in between, exactly as an installed database would)
// and read back. The user's database is not touched until the upgraded rows are restored.
import Dexie from 'dexie';
import { openCallDeskDb } from '../data/db';
import {
  latestSchemaVersion,
  scratchTables,
  v1Stores,
  v2Stores,
  v3Stores,
  v4Stores,
  v5Stores,
  v6Stores,
  v7Stores,
  v8Stores,
  v9Stores,
  v10Stores,
} from '../data/schema-versions';
import { RestoreRefusedError, restoreWriteFailed } from './restore-errors';

/**
 * Every schema version's store definitions. A new schema version must be added here too (a
 * unit test checks that the latest one is), or its backups could not be restored after the
 * next upgrade.
 */
export const storesBySchemaVersion: Readonly<Record<number, Readonly<Record<string, string>>>> = {
  1: v1Stores,
  2: v2Stores,
  3: v3Stores,
  4: v4Stores,
  5: v5Stores,
  6: v6Stores,
  7: v7Stores,
  8: v8Stores,
  9: v9Stores,
  10: v10Stores,
};

/** Every table of the upgraded scratch database but working space (always empty there, and never restored). */
async function readAllTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const tables = db.tables.filter((table) => !scratchTables.has(table.name));
  return db.transaction('r', tables, async () => {
    const rows = await Promise.all(tables.map((table) => table.toArray()));
    return Object.fromEntries(tables.map((table, i) => [table.name, rows[i] ?? []]));
  });
}

export async function upgradeSnapshot(tables: Record<string, unknown[]>, fromVersion: number): Promise<Record<string, unknown[]>> {
  const stores = storesBySchemaVersion[fromVersion];
  if (!stores || fromVersion >= latestSchemaVersion) {
    throw new RestoreRefusedError(
      `This backup's database version (${fromVersion}) cannot be upgraded by this version of Call Desk; nothing was restored.`,
    );
  }
  const unknown = Object.keys(tables).filter((name) => !Object.hasOwn(stores, name));
  if (unknown.length > 0) {
    throw new RestoreRefusedError(`This backup holds data its own version does not define (${unknown.join(', ')}); nothing was restored.`);
  }

  const name = `call-desk-restore-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const scratch = new Dexie(name);
  scratch.version(fromVersion).stores(stores);
  try {
    try {
      await scratch.transaction('rw', scratch.tables, async () => {
        for (const table of scratch.tables) {
          const rows = tables[table.name];
          if (rows && rows.length > 0) await table.bulkAdd(rows);
        }
      });
    } catch (error) {
      throw restoreWriteFailed(error, 'Some records in this backup could not be read back; nothing was restored.');
    }
    scratch.close();
    const upgraded = openCallDeskDb(name);
    try {
      try {
        await upgraded.open();
      } catch (error) {
        throw restoreWriteFailed(error, `This backup could not be upgraded from database version ${fromVersion}; nothing was restored.`);
      }
      return await readAllTables(upgraded);
    } finally {
      upgraded.close();
    }
  } finally {
    scratch.close();
    await Dexie.delete(name);
  }
}
