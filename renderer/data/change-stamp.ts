// A stamp that changes with every write to the database: a middleware puts a new random value in
// `meta` after each mutation, inside the writing transaction. Something read in one transaction
// (a backup's snapshot, say) is still exactly the database as long as the stamp it read is the
// stamp now. That is how a safety copy made while the user reads an import's preview is known
// to be current when the import is applied; a copy whose stamp differs is made again.
//
// Every read-write transaction therefore also holds `meta`, so write transactions take turns:
// they already do wherever their tables overlap, and every one is short but an import's apply.
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { newId } from '../../shared/common/ids';
import type { CallDeskDb } from './db';
import { unsavedTables } from './schema-versions';

export const changeStampKey = 'change-stamp';
const metaTable = 'meta';

export const changeStampMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'change-stamp',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope = mode === 'readwrite' && !stores.includes(metaTable) ? [...stores, metaTable] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name): DBCoreTable {
        const table = down.table(name);
        // Derived data (the account digest) and working space (a restore's staged documents) are
        // not the user's data: writing them changes nothing.
        if (unsavedTables.has(name)) return table;
        return {
          ...table,
          // Chained with then(), not await: Dexie's promises keep the transaction alive across
          // the two requests, where a native await can let it commit in between.
          mutate: (req) =>
            table.mutate(req).then((result) =>
              down
                .table(metaTable)
                .mutate({ type: 'put', trans: req.trans, values: [{ key: changeStampKey, value: newId() }] })
                .then(() => result),
            ),
        };
      },
    };
  },
};

/** A snapshot's stamp, from its `meta` rows (null before anything was ever written). */
export function changeStampOf(metaRows: readonly unknown[]): string | null {
  for (const row of metaRows) {
    const { key, value } = row as { key?: unknown; value?: unknown };
    if (key === changeStampKey && typeof value === 'string') return value;
  }
  return null;
}

/** The rows a backup keeps: the stamp describes this database's last write, not the user's data. */
export function withoutChangeStamp<T>(metaRows: readonly T[]): T[] {
  return metaRows.filter((row) => (row as { key?: unknown }).key !== changeStampKey);
}

/** The stamp now (inside a transaction that holds `meta`, the stamp as of that transaction). */
export async function readChangeStamp(db: CallDeskDb): Promise<string | null> {
  const row = await db.meta.get(changeStampKey);
  return typeof row?.value === 'string' ? row.value : null;
}
