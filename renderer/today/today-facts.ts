// Gathers the Today queue's inputs from the database in one read transaction: the customer rows
// (which already carry their summaries), the past-due invoices, open disputes, live promises
// with their customers' payments, open follow-ups and the last week's calls of the accounts
// called in that week. Everything the queue ranks by is reduced here to the small per-account
// facts of shared/today/facts.ts, so this is the one module a packed summary would replace.
import Dexie from 'dexie';
import { reachedResults } from '../../shared/calls/schema';
import { todayIn } from '../../shared/dates/calendar';
import type { Invoice } from '../../shared/invoices/schema';
import { totalsByCurrency } from '../../shared/money/currency-totals';
import { promiseProgress } from '../../shared/promises/lifecycle';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { TodayAccountFacts, TodayAttempt, TodayFollowUp, TodayPromise } from '../../shared/today/facts';
import { customerDisplayName } from '../../shared/customers/schema';
import type { Settings } from '../../shared/settings/schema';
import type { CallDeskDb, CustomerRow } from '../data/db';
import { paymentsByCustomer } from '../promises/promise-repository';

export interface TodayFacts {
  accounts: TodayAccountFacts[];
  followUps: TodayFollowUp[];
  promises: TodayPromise[];
}

const weekMs = 7 * 86_400_000;

/** The do-not-call and cease-contact flags, on rows that have them (older rows do not). */
function contactFlags(row: CustomerRow): Pick<TodayAccountFacts, 'doNotCall' | 'ceaseContact'> {
  return { doNotCall: row.doNotCall === true, ceaseContact: row.ceaseContact === true };
}

interface PastDueOf {
  undisputed: Invoice[];
  disputed: Invoice[];
}

function pastDueByCustomer(invoices: readonly Invoice[], disputedInvoiceIds: ReadonlySet<string>): Map<string, PastDueOf> {
  const byCustomer = new Map<string, PastDueOf>();
  for (const invoice of invoices) {
    if (invoice.status !== 'open' || invoice.balanceMinor <= 0) continue;
    let entry = byCustomer.get(invoice.customerId);
    if (!entry) {
      entry = { undisputed: [], disputed: [] };
      byCustomer.set(invoice.customerId, entry);
    }
    (disputedInvoiceIds.has(invoice.id) ? entry.disputed : entry.undisputed).push(invoice);
  }
  return byCustomer;
}

function todayPromiseOf(promise: PaymentPromise, payments: Parameters<typeof promiseProgress>[0]['payments'], today: string, settings: Pick<Settings, 'promiseGraceDays' | 'officeTimeZone'>): TodayPromise | null {
  const progress = promiseProgress({ promise, payments, today, graceDays: settings.promiseGraceDays, timeZone: settings.officeTimeZone });
  if (progress.status !== 'open' && progress.status !== 'broken' && progress.status !== 'partially-kept') return null;
  const step = progress.status === 'open' ? progress.next : (progress.missedAt ?? progress.next);
  if (!step) return null;
  return {
    id: promise.id,
    customerId: promise.customerId,
    currency: promise.currency,
    method: promise.method,
    status: progress.status,
    instalment: { dueDate: step.dueDate, amountMinor: step.amountMinor, index: step.index, count: progress.instalments.length },
  };
}

export function readTodayFacts(db: CallDeskDb, now: Date, settings: Pick<Settings, 'promiseGraceDays' | 'officeTimeZone'>): Promise<TodayFacts> {
  const today = todayIn(settings.officeTimeZone, now);
  const weekAgo = new Date(now.getTime() - weekMs).toISOString();
  return db.transaction('r', [db.customers, db.invoices, db.disputes, db.promises, db.payments, db.followUps, db.calls], async () => {
    const [customers, pastDueInvoices, openDisputes, livePromises, openFollowUps] = await Promise.all([
      db.customers.toArray(),
      db.invoices.where('dueDate').below(today).toArray(),
      db.disputes.where('status').equals('open').toArray(),
      db.promises.where('status').anyOf('open', 'broken', 'partially-kept').toArray(),
      db.followUps.where('status').equals('open').toArray(),
    ]);
    const promisingCustomers = [...new Set(livePromises.map((p) => p.customerId))];
    const calledThisWeek = customers.filter((c) => c.lastCallAt !== null && c.lastCallAt > weekAgo);
    const [payments, recentCalls] = await Promise.all([
      db.payments.where('customerId').anyOf(promisingCustomers).toArray(),
      Promise.all(
        calledThisWeek.map((c) =>
          db.calls.where('[customerId+startedAt]').between([c.id, weekAgo], [c.id, Dexie.maxKey]).filter((call) => call.status === 'closed').toArray(),
        ),
      ),
    ]);

    const disputedInvoiceIds = new Set(openDisputes.flatMap((d) => (d.invoiceId ? [d.invoiceId] : [])));
    const accountDisputes = new Set(openDisputes.filter((d) => d.invoiceId === null).map((d) => d.customerId));
    const pastDue = pastDueByCustomer(pastDueInvoices, disputedInvoiceIds);
    const attempts = new Map<string, TodayAttempt[]>();
    for (const calls of recentCalls) {
      for (const call of calls) {
        const list = attempts.get(call.customerId) ?? [];
        list.push({ at: call.startedAt, reached: call.result !== null && reachedResults.has(call.result) });
        attempts.set(call.customerId, list);
      }
    }
    const broken = new Map<string, number>();
    for (const p of livePromises) if (p.status !== 'open') broken.set(p.customerId, (broken.get(p.customerId) ?? 0) + 1);

    const accounts = customers.map((row): TodayAccountFacts => {
      const due = pastDue.get(row.id);
      const undisputed = due?.undisputed ?? [];
      let oldestPastDueDate: string | null = null;
      for (const invoice of undisputed) if (oldestPastDueDate === null || invoice.dueDate < oldestPastDueDate) oldestPastDueDate = invoice.dueDate;
      return {
        customerId: row.id,
        name: customerDisplayName(row),
        kind: row.kind,
        timeZone: row.timeZone,
        placedWith: row.placement?.agencyName ?? null,
        ...contactFlags(row),
        tags: row.tags ?? [],
        openBalances: row.openBalances,
        pastDue: totalsByCurrency(undisputed, (i) => i.currency, (i) => i.balanceMinor),
        disputedPastDue: totalsByCurrency(due?.disputed ?? [], (i) => i.currency, (i) => i.balanceMinor),
        accountDisputeOpen: accountDisputes.has(row.id),
        oldestPastDueDate,
        lastContactAt: row.lastCallAt,
        recentAttempts: attempts.get(row.id) ?? [],
        brokenPromises: broken.get(row.id) ?? 0,
      };
    });

    const paymentsOf = paymentsByCustomer(payments);
    const promises = livePromises.flatMap((p) => {
      const fact = todayPromiseOf(p, paymentsOf.get(p.customerId) ?? [], today, settings);
      return fact ? [fact] : [];
    });
    const followUps = openFollowUps.map((f): TodayFollowUp => ({ id: f.id, customerId: f.customerId, kind: f.kind, dueAt: f.dueAt, note: f.note }));
    return { accounts, followUps, promises };
  });
}
