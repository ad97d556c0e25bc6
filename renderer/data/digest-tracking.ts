// Keeps the account digest honest (shared/account-digest): every write to a table the digest is
// worked out from marks the customers it touched, in the writing transaction itself, so no write
// path can forget to. The Today screen and the dashboard then refresh only those entries.
//
// A write that cannot cheaply say whose records it touched (a table cleared, a batch of thousands)
// marks everything, and the next reader rebuilds the digest whole.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { digestDirtyKey, digestDirtyLimit, type DigestDirtyList } from '../../shared/account-digest/model';

export const digestTable = 'digests';

/** The tables an entry is worked out from, and how a row names its customer. */
const customerIdOf: Readonly<Record<string, (row: { id?: unknown; customerId?: unknown }) => unknown>> = {
  customers: (row) => row.id,
  invoices: (row) => row.customerId,
  disputes: (row) => row.customerId,
  promises: (row) => row.customerId,
  payments: (row) => row.customerId,
  calls: (row) => row.customerId,
};

type Touched = { all: true } | { all: false; ids: Set<string> };

function collect(rows: readonly unknown[], idOf: (row: { id?: unknown; customerId?: unknown }) => unknown, into: Set<string>): void {
  for (const row of rows) {
    if (row === undefined || row === null) continue;
    const id = idOf(row as { id?: unknown; customerId?: unknown });
    if (typeof id === 'string') into.add(id);
  }
}

/** Whose records a mutation touches: the rows written and, for replaced or deleted rows, the rows as they were. */
function touchedBy(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  idOf: (row: { id?: unknown; customerId?: unknown }) => unknown,
): Promise<Touched> {
  if (req.type === 'deleteRange') return Promise.resolve({ all: true });
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((value) => table.schema.primaryKey.extractKey?.(value)));
  if (keys.length > digestDirtyLimit) return Promise.resolve({ all: true });
  const ids = new Set<string>();
  if (req.type !== 'delete') collect(req.values, idOf, ids);
  // An added row replaces nothing; a customer's own key is its id, so nothing more to read.
  if (req.type === 'add' || table.name === 'customers') {
    if (req.type === 'delete') for (const key of keys) if (typeof key === 'string') ids.add(key);
    return Promise.resolve({ all: false, ids });
  }
  const known = keys.filter((key) => key !== undefined);
  if (known.length === 0) return Promise.resolve({ all: false, ids });
  return table.getMany({ trans: req.trans, keys: known }).then((before) => {
    collect(before, idOf, ids);
    return { all: false, ids } as Touched;
  });
}

/**
 * Whether the transaction can hold the mark: a schema upgrade from before version 6 writes
 * customers before the digest table exists (and the digest, being empty then, is built whole).
 */
function holdsDigest(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as { objectStoreNames?: DOMStringList }).objectStoreNames;
  return names === undefined || names.contains(digestTable);
}

function markDirty(down: DBCore, trans: DBCoreTransaction, touched: Touched): Promise<void> {
  if ((!touched.all && touched.ids.size === 0) || !holdsDigest(trans)) return Promise.resolve();
  const digests = down.table(digestTable);
  return digests.get({ trans, key: digestDirtyKey }).then((stored: DigestDirtyList | undefined) => {
    if (stored?.all) return undefined;
    const ids = new Set(stored?.customerIds ?? []);
    if (!touched.all) for (const id of touched.ids) ids.add(id);
    const all = touched.all || ids.size > digestDirtyLimit;
    const next: DigestDirtyList = { key: digestDirtyKey, all, customerIds: all ? [] : [...ids] };
    return digests.mutate({ type: 'put', trans, values: [next] }).then(() => undefined);
  });
}

export const digestTrackingMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'digest-tracking',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const tracks = mode === 'readwrite' && !stores.includes(digestTable) && stores.some((name) => Object.hasOwn(customerIdOf, name));
        return down.transaction(tracks ? [...stores, digestTable] : stores, mode, options);
      },
      table(name): DBCoreTable {
        const table = down.table(name);
        const idOf = customerIdOf[name];
        if (!idOf) return table;
        return {
          ...table,
          // Chained with then(), not await, like the change stamp: the transaction must not commit
          // between the write and its mark.
          mutate: (req) =>
            touchedBy(table, req, idOf).then((touched) =>
              table.mutate(req).then((result) => markDirty(down, req.trans, touched).then(() => result)),
            ),
        };
      },
    };
  },
};
