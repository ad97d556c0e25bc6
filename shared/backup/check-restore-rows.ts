// Checks a backup's rows before a restore replaces anything: every row against its table's
// schema (restore-row-schemas.ts), then every link between rows (an invoice's customer, a note
// draft's call). The result says what is wrong, row by row, and what a restore of the rest
// would store: the good rows, without the bad ones and without the rows that belong to a row
// left out (an invoice whose customer is left out would point at nothing).
import { restoreRowLinks, restoreRowSchemas, type RowLink } from './restore-row-schemas';

export interface RowProblem {
  table: string;
  /** The row's place in its table, counting from 1. */
  rowNumber: number;
  /** The row's id (or key), when it has one. */
  id: string | null;
  /** What a person calls the row (a customer's name, an invoice's number), when it says. */
  name: string | null;
  reason: string;
}

export interface RestoreRowCheck {
  /** Rows that are wrong themselves, and rows pointing at a row that is not in the backup. */
  problems: RowProblem[];
  /** Rows left out only because a row they belong to is left out. */
  dependents: RowProblem[];
  /** Every table without the problem rows and their dependents: what "restore the rest" stores. */
  kept: Record<string, unknown[]>;
}

const tableLabels: Record<string, string> = {
  customers: 'Customers',
  contacts: 'Contacts',
  invoices: 'Invoices',
  payments: 'Payments',
  calls: 'Calls',
  notes: 'Notes',
  noteDrafts: 'Note drafts',
  promises: 'Promises',
  disputes: 'Disputes',
  followUps: 'Follow-ups',
  settings: 'Settings',
  meta: 'App records',
  documents: 'Documents',
  placements: 'Agency placements',
  imports: 'Import history',
  bookChanges: 'Import timeline entries',
  scriptVersions: 'Call scripts',
};

export function tableLabel(table: string): string {
  return tableLabels[table] ?? table;
}

function keyOf(row: unknown): string | null {
  if (row === null || typeof row !== 'object') return null;
  const record = row as Record<string, unknown>;
  const key = record.id ?? record.key ?? record.callId;
  return typeof key === 'string' ? key : null;
}

/** The field that names a row of each table where one does: how the row is known outside the app. */
const namingFields: Readonly<Record<string, string>> = {
  customers: 'legalName',
  contacts: 'name',
  invoices: 'number',
  documents: 'fileName',
};

/** A customer's or contact's name, an invoice's number, a document's file name. */
function nameOf(table: string, row: unknown): string | null {
  if (row === null || typeof row !== 'object') return null;
  const field = namingFields[table];
  const name = field ? (row as Record<string, unknown>)[field] : null;
  return typeof name === 'string' && name.trim() !== '' ? name : null;
}

/** The first thing wrong with a row, in words: the field and what the schema says. */
function schemaReason(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  if (!issue) return 'It is not a valid record.';
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}

function linkTarget(row: unknown, link: RowLink): string | null {
  const value = (row as Record<string, unknown>)[link.field];
  return typeof value === 'string' ? value : null;
}

export function checkRestoreRows(tables: Readonly<Record<string, readonly unknown[]>>): RestoreRowCheck {
  const problems: RowProblem[] = [];
  const dropped = new Map<string, Set<number>>(Object.keys(tables).map((name) => [name, new Set<number>()]));
  const drop = (table: string, index: number) => dropped.get(table)?.add(index);

  for (const [table, rows] of Object.entries(tables)) {
    const schema = restoreRowSchemas[table];
    rows.forEach((row, index) => {
      if (!schema) return;
      const result = schema.safeParse(row);
      if (result.success) return;
      problems.push({ table, rowNumber: index + 1, id: keyOf(row), name: nameOf(table, row), reason: schemaReason(result.error.issues) });
      drop(table, index);
    });
  }

  // Links: to a row missing from the backup is a problem; to a row left out, a dependent. Left
  // out rows can leave out more (a contact's calls, then their drafts): repeat until nothing moves.
  const dependents: RowProblem[] = [];
  const allKeys = new Map(
    Object.entries(tables).map(([name, rows]) => [name, new Set(rows.map(keyOf).filter((k): k is string => k !== null))]),
  );
  const namesByKey = new Map(
    Object.entries(tables).map(([table, rows]) => [
      table,
      new Map(rows.flatMap((row) => (keyOf(row) !== null && nameOf(table, row) !== null ? [[keyOf(row)!, nameOf(table, row)!]] : []))),
    ]),
  );
  for (let changed = true; changed;) {
    changed = false;
    const keptKeys = new Map(
      Object.entries(tables).map(([name, rows]) => [
        name,
        new Set(rows.flatMap((row, i) => (dropped.get(name)?.has(i) ? [] : [keyOf(row)])).filter((k): k is string => k !== null)),
      ]),
    );
    for (const link of restoreRowLinks) {
      const rows = tables[link.table] ?? [];
      rows.forEach((row, index) => {
        if (dropped.get(link.table)?.has(index)) return;
        const target = linkTarget(row, link);
        if (target === null || keptKeys.get(link.to)?.has(target)) return;
        const missing = !allKeys.get(link.to)?.has(target);
        const targetName = namesByKey.get(link.to)?.get(target);
        const reason = missing
          ? `${link.field}: points at ${link.label} ${target}, which is not in the backup.`
          : `It belongs to ${link.label} ${targetName ?? target}, which is left out.`;
        (missing ? problems : dependents).push({
          table: link.table,
          rowNumber: index + 1,
          id: keyOf(row),
          name: nameOf(link.table, row),
          reason,
        });
        drop(link.table, index);
        changed = true;
      });
    }
  }

  const kept = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.filter((_, i) => !dropped.get(name)?.has(i))]));
  return { problems, dependents, kept };
}
