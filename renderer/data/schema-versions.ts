// The store definitions of every schema version, kept in code for as long as a database of that
// version may exist on a user's machine (and so tests can create a genuine old database).
// Booleans are not valid IndexedDB keys: no boolean field is ever indexed.

/** Version 1: plain tables, no customer summary. */
export const v1Stores = {
  customers: 'id, legalName',
  contacts: 'id, customerId',
  invoices: 'id, customerId, number, dueDate, status',
  payments: 'id, customerId',
  calls: 'id, customerId, status',
  notes: 'id, customerId, correctsCallId',
  noteDrafts: 'callId, customerId',
  promises: 'id, customerId, promisedDate, status',
  disputes: 'id, customerId, invoiceId, status',
  followUps: 'id, customerId, dueAt, status',
  settings: 'key',
  meta: 'key',
} as const;

/**
 * Version 2: customers carry a denormalised summary (search keys, open balance, oldest open due
 * date, primary phone, last call) so the list and search never scan invoices, and calls are
 * indexed by customer and start time so a file's timeline is one ordered range read (the
 * compound index also answers plain `where('customerId')` queries).
 * [openBalanceMinor+legalName] orders the customers with nothing open by name at the end of the
 * "oldest past due" list (their oldestOpenDueDate is null, so that index does not hold them).
 */
export const v2Stores = {
  ...v1Stores,
  customers: 'id, *searchKeys, legalName, openBalanceMinor, oldestOpenDueDate, [openBalanceMinor+legalName]',
  calls: 'id, [customerId+startedAt], status',
} as const;

/**
 * Version 3: attached documents (metadata in `documents`, bytes in `documentFiles`, so a file's
 * list never loads the files) and agency placements. Only new tables: nothing to upgrade.
 */
export const v3Stores = {
  ...v2Stores,
  documents: 'id, customerId, invoiceId',
  documentFiles: 'id',
  placements: 'id, customerId',
} as const;

/**
 * Version 4: customers gain a `nameWords` index (the words of their names, so a search can
 * forgive a one-letter slip by comparing with a small key range). The upgrade
 * (migrations.ts, upgradeToV4) stores the E.164 form of every phone number that lacks one and
 * recomputes the customer summaries (phone keys from those E.164 forms, digits-only invoice
 * number keys, name words).
 */
export const v4Stores = {
  ...v3Stores,
  customers: 'id, *searchKeys, *nameWords, legalName, openBalanceMinor, oldestOpenDueDate, [openBalanceMinor+legalName]',
} as const;

/**
 * Version 5: imports from the books. `imports` is the import history (each row holds what undo
 * needs); `bookChanges` is one timeline entry per account an import changed. Customers and
 * invoices gain an optional `books` identity and invoices a 'closed-in-books' status; matching
 * reads a source's customers and invoices once, so neither needs an index. Customer summaries
 * gain `openBalances` (what is owed, one total per currency) and `openBalanceMinor` becomes the
 * largest of them rather than a sum across currencies; the upgrade (migrations.ts,
 * upgradeSummariesToV5) recomputes every summary.
 */
export const v5Stores = {
  ...v4Stores,
  imports: 'id, startedAt',
  bookChanges: 'id, customerId, importId',
} as const;

/**
 * Version 6: the account digest (`digests`, see shared/account-digest), derived data that is
 * rebuilt whenever it is missing and never backed up; payments indexed by the day received
 * (the dashboard's "collected this week / month") and by customer and day (the payments a
 * promise can count: its customer's, from the day it was made),
 * promises by when they were made (its "promises made in the last 30 / 90 days"), and customers
 * by their tags (the tags the customer form suggests). New indexes only: IndexedDB fills them.
 */
export const v6Stores = {
  ...v5Stores,
  customers: 'id, *searchKeys, *nameWords, *tags, legalName, openBalanceMinor, oldestOpenDueDate, [openBalanceMinor+legalName]',
  payments: 'id, customerId, receivedOn, [customerId+receivedOn]',
  promises: 'id, customerId, promisedDate, status, createdAt',
  digests: 'key',
} as const;

/**
 * Version 7: `restoreStaging`, where a restore puts the documents of the backup it is checking,
 * one at a time as they are read from the file, so the restore's one transaction moves them into
 * `documentFiles` without the whole backup ever being in memory. Only a new table.
 */
export const v7Stores = {
  ...v6Stores,
  restoreStaging: 'id',
} as const;

/**
 * Version 8: `scriptVersions`, the office's own call scripts version by version, and each built-in
 * script's wording as a call first used it, so a closed call always shows the words that were on
 * screen; and `recordingTakes`, the pieces of a recording written as it records (working space:
 * a take is moved into `documents` when it stops, so a crash while recording loses at most a
 * second). Only new tables.
 */
export const v8Stores = {
  ...v7Stores,
  scriptVersions: 'id, scriptId',
  recordingTakes: 'id, takeId, callId',
} as const;

/**
 * Version 9: invoices are indexed by the keys their customer is found by under each invoice's
 * number (`*customerSearchKeys`, set on every write by invoice-search-keys.ts), and customers' own
 * `searchKeys` no longer hold invoice numbers. A re-import rewrites thousands of customer rows with
 * new balances; each rewrite stored every key again, about a dozen of them invoice numbers that
 * had not changed. The upgrade (migrations.ts, upgradeToV9) gives every invoice its keys and
 * recomputes every customer's summary.
 */
export const v9Stores = {
  ...v8Stores,
  invoices: 'id, customerId, number, dueDate, status, *customerSearchKeys',
} as const;

/**
 * Version 10: `invoicePacks`, every invoice again, a few hundred to a record, for the reads that
 * need all of them (an import's plan and its safety copy): IndexedDB's cost is mostly per record,
 * so 100,000 invoices read as 256 packs take about a third of the time. Derived, so only a new
 * table: it starts with no packs, which readers take as "read the invoices table" (invoice-packs.ts).
 */
export const v10Stores = {
  ...v9Stores,
  invoicePacks: 'key',
} as const;

/** Tables that hold only what can be worked out again from the others: never backed up. */
export const derivedTables: ReadonlySet<string> = new Set(['digests', 'invoicePacks']);

/** Working space, not the user's data: never backed up, and writing it is not a change (change-stamp.ts). */
export const scratchTables: ReadonlySet<string> = new Set(['restoreStaging', 'recordingTakes']);

/** What a backup leaves out. */
export const unsavedTables: ReadonlySet<string> = new Set([...derivedTables, ...scratchTables]);

export const latestSchemaVersion = 10;

/** The one row of the settings table. */
export const settingsKey = 'app';
