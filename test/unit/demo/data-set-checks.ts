// Checks shared by the demo and large data set tests: schema validity, references and money.
import { isDeepStrictEqual } from 'node:util';
import { restoreRowSchemas } from '../../../shared/backup/restore-row-schemas';
import type { DataSet } from '../../../shared/demo/data-set';

// The tables a data set holds, checked with the schemas a restore checks them with.
const tables = ['customers', 'contacts', 'invoices', 'payments', 'calls', 'notes', 'promises', 'disputes', 'followUps'] as const;

/** Every record that fails its schema, with the first issue, e.g. "invoices[3]: dueDate ...". */
export function schemaFailures(data: DataSet): string[] {
  const failures: string[] = [];
  for (const table of tables) {
    const schema = restoreRowSchemas[table]!;
    data[table].forEach((record, i) => {
      const parsed = schema.safeParse(record);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        failures.push(`${table}[${i}]: ${issue?.path.join('.')} ${issue?.message}`);
      } else if (!isDeepStrictEqual(parsed.data, record)) {
        failures.push(`${table}[${i}]: parsing changed the record (missing default or untrimmed text)`);
      }
    });
  }
  return failures;
}

/** Every id reference that points at nothing (or at another customer's record). */
export function brokenReferences(data: DataSet): string[] {
  const broken: string[] = [];
  const customers = new Set(data.customers.map((c) => c.id));
  const owner = new Map<string, string>();
  for (const table of ['contacts', 'invoices', 'calls', 'promises', 'disputes', 'followUps'] as const) {
    for (const r of data[table]) owner.set(r.id, r.customerId);
  }
  const check = (what: string, id: string | null, customerId: string) => {
    if (id !== null && owner.get(id) !== customerId) broken.push(`${what} -> ${id}`);
  };
  for (const table of ['contacts', 'invoices', 'payments', 'calls', 'notes', 'promises', 'disputes', 'followUps'] as const) {
    for (const r of data[table]) if (!customers.has(r.customerId)) broken.push(`${table} ${r.id} -> customer ${r.customerId}`);
  }
  for (const p of data.payments) for (const a of p.allocations) check(`payment ${p.id} allocation`, a.invoiceId, p.customerId);
  for (const c of data.calls) {
    check(`call ${c.id} contact`, c.contactId, c.customerId);
    check(`call ${c.id} promise`, c.promiseId, c.customerId);
    check(`call ${c.id} dispute`, c.disputeId, c.customerId);
    check(`call ${c.id} follow-up`, c.followUpId, c.customerId);
  }
  for (const n of data.notes) check(`note ${n.id} call`, n.correctsCallId, n.customerId);
  for (const p of data.promises) {
    check(`promise ${p.id} call`, p.callId, p.customerId);
    check(`promise ${p.id} contact`, p.contactId, p.customerId);
    for (const id of p.invoiceIds) check(`promise ${p.id} invoice`, id, p.customerId);
  }
  for (const d of data.disputes) {
    check(`dispute ${d.id} call`, d.callId, d.customerId);
    check(`dispute ${d.id} invoice`, d.invoiceId, d.customerId);
  }
  for (const f of data.followUps) check(`follow-up ${f.id} call`, f.callId, f.customerId);
  return broken;
}

/** Invoices whose balance or status does not follow from the payments applied to them. */
export function inconsistentBalances(data: DataSet): string[] {
  const applied = new Map<string, number>();
  for (const p of data.payments) for (const a of p.allocations) applied.set(a.invoiceId, (applied.get(a.invoiceId) ?? 0) + a.amountMinor);
  return data.invoices
    .filter((i) => i.balanceMinor !== i.amountMinor - (applied.get(i.id) ?? 0) || (i.balanceMinor === 0) !== (i.status === 'paid'))
    .map((i) => `${i.number}: amount ${i.amountMinor}, applied ${applied.get(i.id) ?? 0}, balance ${i.balanceMinor}, ${i.status}`);
}

/** Ids used more than once anywhere in the data set. */
export function duplicateIds(data: DataSet): string[] {
  const seen = new Set<string>();
  const dupes: string[] = [];
  for (const table of tables) {
    for (const r of data[table]) {
      if (seen.has(r.id)) dupes.push(r.id);
      seen.add(r.id);
    }
  }
  return dupes;
}
