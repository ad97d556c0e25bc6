// Applies a confirmed import plan: every write in one transaction (new customers, contacts and
// invoices; the books' new figures; a payment for each balance the books show paid; invoices
// closed in the books; credits; summaries; promise statuses; a timeline entry per account; the
// history row with what undo needs). Any problem aborts the transaction: nothing is written.
import Dexie from 'dexie';
import { groupBy } from '../../shared/common/group-by';
import { newId as randomId } from '../../shared/common/ids';
import type { Contact } from '../../shared/contacts/schema';
import type { Customer } from '../../shared/customers/schema';
import { todayIn } from '../../shared/dates/calendar';
import type { ImportCounts, ImportRecord, ImportUndoRecord } from '../../shared/import/import-history';
import type { ImportPlan, PlanWrites } from '../../shared/import/model';
import { bookChangesFor } from '../../shared/import/reconcile/book-changes';
import { creditsOf } from '../../shared/import/reconcile/plan-import';
import { usableContact } from '../../shared/import/reconcile/normalise';
import {
  ImportDataError,
  newContactRow,
  newCustomerRow,
  newInvoiceRow,
  seenInBooksPayment,
  updatedInvoiceRow,
  type RowContext,
} from '../../shared/import/reconcile/stored-rows';
import type { Invoice } from '../../shared/invoices/schema';
import type { Payment } from '../../shared/payments/schema';
import { summarizeCustomer, toCustomerRow } from '../data/customer-summary';
import { readChangeStamp } from '../data/change-stamp';
import type { CallDeskDb, CustomerRow } from '../data/db';
import { getSettings } from '../settings/settings-repository';
import { applyContactDetails } from './apply-contact-details';
import { importTables, refreshPromisesAfterImport } from './import-tables';
import { SafetyCopyFailedError, SafetyCopyOutdatedError, StalePlanError } from './stale-plan-error';
import type { StoredRowsAt } from './stored-for-plan';
import { rowsSourceFor } from './stored-rows-source';

export { ImportDataError, SafetyCopyOutdatedError, StalePlanError };

export interface ApplyImportOptions {
  fileName: string;
  presetName: string;
  /** ContactDifference ids the user chose to take from the file. */
  takeFromFile: readonly string[];
  now: Date;
  /**
   * The change stamp the safety copy was read at: unless the database still has it, nothing is
   * written (SafetyCopyOutdatedError) and the copy is made again. Absent: not checked.
   */
  expectChangeStamp?: string | null;
  newId?: () => string;
  /** Called after each chunk of rows is written, with the share of the rows written so far. */
  onProgress?: (fraction: number) => void;
  /** The rows the plan was made against: used instead of reading them again while the database still has their stamp. */
  known?: StoredRowsAt;
  /**
   * An `alongside` apply's safety copy: called once the change stamp shows the copy is current (so
   * only a current copy is ever handed over to be saved), with the transaction open. Its promise is
   * awaited once everything is written, before the commit; a rejection aborts: nothing is written.
   */
  saveSafetyCopy?: () => Promise<void>;
}

/** How long a finished import waits, uncommitted, for its safety copy to be saved. */
export const safetyCopyWaitMs = 15 * 60_000;

const emptyWrites: PlanWrites = {
  customerIdentities: [],
  invoiceIdentities: [],
  creditsClearedFor: [],
  detailsAdded: [],
  differenceValues: {},
};

/**
 * Rows handed to IndexedDB a few thousand at a time, each chunk awaited: every row is copied as
 * it is queued, so 100,000 at once held the thread for seconds (the import worker's now, the
 * window's before), and progress can be told between chunks. Still the one transaction.
 */
const writeChunkSize = 2_000;

async function inChunks<T>(
  rows: readonly T[],
  write: (chunk: T[]) => Promise<unknown>,
  written: (count: number) => void = () => {},
): Promise<void> {
  for (let at = 0; at < rows.length; at += writeChunkSize) {
    const chunk = rows.slice(at, at + writeChunkSize);
    await write(chunk);
    written(chunk.length);
  }
}

/** What an apply did, for what comes after its commit (the invoice packs, apply-stored-plan.ts). */
export interface AppliedOutcome {
  record: ImportRecord;
  /** Whether the plan's own rows (`known`) were what was stored when the apply began. */
  knownWereStored: boolean;
  /** Every invoice row the apply wrote, new or changed, as written. */
  writtenInvoices: Invoice[];
  /** The database's change stamp as the apply left it. */
  changeStampAfter: string | null;
}

export function applyImport(db: CallDeskDb, plan: ImportPlan, opts: ApplyImportOptions): Promise<ImportRecord> {
  return applyImportFully(db, plan, opts).then((outcome) => outcome.record);
}

export function applyImportFully(db: CallDeskDb, plan: ImportPlan, opts: ApplyImportOptions): Promise<AppliedOutcome> {
  const newId = opts.newId ?? randomId;
  const now = opts.now.toISOString();
  const importId = newId();
  const writes = plan.writes ?? emptyWrites;
  const taken = plan.contactDifferences.filter((d) => opts.takeFromFile.includes(d.id));

  return db.transaction('rw', importTables(db), async () => {
    const stampNow = await readChangeStamp(db);
    if (opts.expectChangeStamp !== undefined && stampNow !== opts.expectChangeStamp) {
      throw new SafetyCopyOutdatedError('Your data changed after the safety copy was made; the copy is made again before importing.');
    }
    const copySaved = opts.saveSafetyCopy?.();
    const settings = await getSettings(db);
    const storedRows = rowsSourceFor(db, stampNow, opts.known);
    const ctx: RowContext = { source: plan.source, now, officeTimeZone: settings.officeTimeZone, defaultCountry: settings.defaultCountry };
    const undo: ImportUndoRecord = {
      created: { customers: [], contacts: [], invoices: [], payments: [], promises: [], followUps: [] },
      before: { customers: [], contacts: [], invoices: [], payments: [], promises: [], followUps: [] },
    };

    // New customers, their contacts and invoices, made from the book's values.
    const creditsBy = groupBy(plan.credits, (c) => c.customerId);
    const newInvoicesBy = groupBy(plan.newInvoices, (i) => i.customerId);
    const newCustomers: Customer[] = [];
    const newContacts: Contact[] = [];
    for (const { id, book } of plan.newCustomers) {
      const credits = creditsOf(
        plan.source,
        (creditsBy.get(id) ?? []).map((c) => c.credit),
      );
      const customer = newCustomerRow(id, book, credits, newInvoicesBy.get(id)?.[0]?.book.terms ?? '', ctx);
      newCustomers.push(customer);
      const country = customer.addresses[0]?.country ?? ctx.defaultCountry;
      book.contacts.forEach((contact, order) => {
        const usable = usableContact(contact);
        if (usable) newContacts.push(newContactRow(newId(), id, customer.legalName, usable, order, ctx, country));
      });
    }
    const newInvoices = plan.newInvoices.map((p) => newInvoiceRow(p.id, p.customerId, p.book, ctx));

    // Stored rows the plan changes, read once and checked against what the preview showed.
    const changes = [...plan.changedInvoices, ...plan.reopenedInvoices];
    const invoiceIds = [
      ...new Set([
        ...changes.map((c) => c.invoiceId),
        ...plan.closedInvoices.map((c) => c.invoiceId),
        ...writes.invoiceIdentities.map((i) => i.invoiceId),
      ]),
    ];
    const storedInvoices = new Map<string, Invoice>();
    for (const invoice of await storedRows.invoices(invoiceIds)) {
      if (!invoice)
        throw new StalePlanError('An invoice in this import was removed since the preview; nothing was imported. Open the file again.');
      storedInvoices.set(invoice.id, invoice);
    }
    const updatedInvoices = new Map<string, Invoice>();
    const payments: Payment[] = [];
    const receivedOn = todayIn(settings.officeTimeZone, opts.now);
    for (const change of changes) {
      const stored = storedInvoices.get(change.invoiceId)!;
      const b = change.before;
      if (
        stored.amountMinor !== b.amountMinor ||
        stored.balanceMinor !== b.balanceMinor ||
        stored.issueDate !== b.issueDate ||
        stored.dueDate !== b.dueDate ||
        stored.status !== b.status
      ) {
        throw new StalePlanError(`Invoice ${stored.number} changed since the preview; nothing was imported. Open the file again.`);
      }
      updatedInvoices.set(stored.id, updatedInvoiceRow(stored, change.after, change.currency, now));
      if (change.impliedPaymentMinor > 0) {
        payments.push(seenInBooksPayment(newId(), importId, stored, change.impliedPaymentMinor, receivedOn, opts.fileName, now));
      }
    }
    for (const closed of plan.closedInvoices) {
      const stored = storedInvoices.get(closed.invoiceId)!;
      if (stored.status !== 'open' || stored.balanceMinor !== closed.balanceMinor) {
        throw new StalePlanError(`Invoice ${stored.number} changed since the preview; nothing was imported. Open the file again.`);
      }
      updatedInvoices.set(stored.id, { ...stored, status: 'closed-in-books', updatedAt: now });
    }
    for (const identity of writes.invoiceIdentities) {
      const row = updatedInvoices.get(identity.invoiceId) ?? storedInvoices.get(identity.invoiceId)!;
      updatedInvoices.set(row.id, {
        ...row,
        books: { source: plan.source, customerKey: identity.customerKey, job: identity.job },
        updatedAt: now,
      });
    }

    // Stored customers the plan touches.
    const newIds = new Set(newCustomers.map((c) => c.id));
    const touchedIds = [
      ...new Set([
        ...plan.changedCustomerIds,
        ...writes.customerIdentities.map((c) => c.customerId),
        ...writes.creditsClearedFor,
        ...taken.map((d) => d.customerId),
        ...[...updatedInvoices.values()].map((i) => i.customerId),
      ]),
    ].filter((id) => !newIds.has(id));
    const storedCustomers = new Map<string, CustomerRow>();
    for (const customer of await storedRows.customers(touchedIds)) {
      if (!customer)
        throw new StalePlanError('A customer in this import was removed since the preview; nothing was imported. Open the file again.');
      storedCustomers.set(customer.id, customer);
    }
    const customers = new Map<string, Customer>([...storedCustomers].map(([id, row]) => [id, { ...row }]));
    const edit = (id: string, change: (c: Customer) => Customer) => {
      const current = customers.get(id);
      if (!current) return;
      customers.set(id, { ...change(current), updatedAt: now });
    };
    for (const { customerId, customerKey } of writes.customerIdentities)
      edit(customerId, (c) => ({ ...c, books: { source: plan.source, customerKey } }));
    const creditCounts = new Map<string, number>();
    for (const [customerId, list] of creditsBy) {
      creditCounts.set(customerId, list.length);
      const credits = creditsOf(
        plan.source,
        list.map((c) => c.credit),
      );
      edit(customerId, (c) => ({
        ...c,
        accountCredits: [...(c.accountCredits ?? []).filter((x) => x.source !== plan.source), ...credits],
      }));
    }
    for (const customerId of writes.creditsClearedFor) {
      creditCounts.set(customerId, 0);
      edit(customerId, (c) => ({ ...c, accountCredits: (c.accountCredits ?? []).filter((x) => x.source !== plan.source) }));
    }

    // Contact details: added where Call Desk has none, taken from the file where the user chose so.
    const details = await applyContactDetails(db, { writes, taken, customers, ctx, newId, edit });
    newContacts.push(...details.created);

    // Summaries of every touched stored customer, from its invoices and contacts with the changes laid over.
    const summaryIds = [...customers.keys()];
    const [invoicesOf, contactsOf] = await Promise.all([storedRows.invoicesOf(summaryIds), storedRows.contactsOf(summaryIds)]);
    const allInvoices = groupBy([...invoicesOf.map((i) => updatedInvoices.get(i.id) ?? i), ...newInvoices], (i) => i.customerId);
    const allContacts = groupBy([...contactsOf.map((c) => details.updated.get(c.id) ?? c), ...newContacts], (c) => c.customerId);
    const summarized = (customer: Customer, lastCallAt: string | null) =>
      toCustomerRow(
        customer,
        summarizeCustomer(customer, allContacts.get(customer.id) ?? [], allInvoices.get(customer.id) ?? [], lastCallAt),
      );
    const newRows = newCustomers.map((c) => summarized(c, null));
    const updatedRows = [...customers.values()].map((c) => summarized(c, storedCustomers.get(c.id)!.lastCallAt));

    // Writes (and the before-images undo puts back).
    undo.created.customers = newRows.map((c) => c.id);
    undo.created.contacts = newContacts.map((c) => c.id);
    undo.created.invoices = newInvoices.map((i) => i.id);
    undo.created.payments = payments.map((p) => p.id);
    undo.before.customers = updatedRows.map((c) => storedCustomers.get(c.id)!);
    undo.before.invoices = [...updatedInvoices.keys()].map((id) => storedInvoices.get(id)!);
    undo.before.contacts = details.before;
    // The bar follows the rows written; the timeline entries (about one per changed account) come last.
    const toWrite =
      newRows.length +
      updatedRows.length +
      newContacts.length +
      details.updated.size +
      newInvoices.length +
      updatedInvoices.size +
      payments.length +
      plan.changedCustomerIds.length;
    let writtenRows = 0;
    const written = (count: number) => {
      writtenRows += count;
      opts.onProgress?.(Math.min(1, writtenRows / Math.max(1, toWrite)));
    };
    try {
      await Promise.all([
        inChunks(newRows, (rows) => db.customers.bulkAdd(rows), written),
        inChunks(updatedRows, (rows) => db.customers.bulkPut(rows), written),
        inChunks(newContacts, (rows) => db.contacts.bulkAdd(rows), written),
        inChunks([...details.updated.values()], (rows) => db.contacts.bulkPut(rows), written),
        inChunks(newInvoices, (rows) => db.invoices.bulkAdd(rows), written),
        inChunks([...updatedInvoices.values()], (rows) => db.invoices.bulkPut(rows), written),
        inChunks(payments, (rows) => db.payments.bulkAdd(rows), written),
      ]);
    } catch (error) {
      if (error instanceof Error && error.name === 'BulkError')
        throw new StalePlanError('Some of these records are already stored; nothing was imported. Open the file again.', { cause: error });
      throw error;
    }

    // Payments seen in the books count toward promises exactly as typed ones.
    const promises = await refreshPromisesAfterImport(db, [...new Set(payments.map((p) => p.customerId))], opts.now, settings);
    undo.before.promises = promises.before;
    undo.created.followUps = promises.createdFollowUps;

    const bookChanges = bookChangesFor(plan, {
      importId,
      at: now,
      fileName: opts.fileName,
      detailsUpdated: details.customerIds,
      credits: creditCounts,
      newId,
    });
    await inChunks(bookChanges, (rows) => db.bookChanges.bulkAdd(rows), written);
    const counts: ImportCounts = {
      newCustomers: plan.newCustomers.length,
      newInvoices: plan.newInvoices.length,
      changedInvoices: plan.changedInvoices.length,
      closedInvoices: plan.closedInvoices.length,
      reopenedInvoices: plan.reopenedInvoices.length,
      unchanged: plan.unchangedCount,
      paymentsSeen: payments.length,
      credits: plan.credits.length,
      skipped: plan.skipped.length,
    };
    const record: ImportRecord = {
      id: importId,
      startedAt: now,
      fileName: opts.fileName,
      presetName: opts.presetName,
      source: plan.source,
      scope: plan.scope,
      counts,
      undo,
    };
    await db.imports.add(record);
    const changeStampAfter = await readChangeStamp(db);
    // Dexie keeps the transaction alive while it waits (IndexedDB would commit it when idle).
    if (copySaved) {
      await Dexie.waitFor(copySaved, safetyCopyWaitMs).catch((error: unknown) => {
        if (error instanceof Error && error.name === 'TimeoutError')
          throw new SafetyCopyFailedError(`Saving the copy took longer than ${safetyCopyWaitMs / 60_000} minutes.`, { cause: error });
        throw error;
      });
    }
    return {
      record,
      knownWereStored: opts.known !== undefined && opts.known.changeStamp === stampNow,
      writtenInvoices: [...newInvoices, ...updatedInvoices.values()],
      changeStampAfter,
    };
  });
}
