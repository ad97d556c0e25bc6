// CSV exports of accounts and invoices: one row per customer and currency with what they owe
// in it, and one row per invoice. Pure: they take whole tables (as read from the database or a backup) and group
// them in one pass, so exporting 10k customers with 100k invoices stays linear.
import { agingBucketFor, agingBucketLabels, daysPastDue, isOutstanding } from '../aging/aging';
import { callResultLabels } from '../calls/schema';
import { joinTags } from '../customers/tags';
import type { CalendarDate } from '../dates/calendar';
import type { Invoice } from '../invoices/schema';
import type { AccountTables } from './account-file';
import { groupByCustomer } from '../common/group-by';
import { figuresByCurrency, latestPayment } from './account-figures';
import { toCsv, type CsvColumn, type CsvRow } from './csv';
import { addressLines, customerKindLabels, customerStatusLabels, invoiceStatusLabels } from './record-labels';

const money = { currencyKey: 'currency' } as const;

const customerColumns: CsvColumn[] = [
  { key: 'accountNumber', header: 'Account number' },
  { key: 'legalName', header: 'Legal name' },
  { key: 'tradingName', header: 'Trading name' },
  { key: 'kind', header: 'Kind' },
  { key: 'status', header: 'Status' },
  { key: 'timeZone', header: 'Time zone' },
  { key: 'terms', header: 'Payment terms' },
  { key: 'tags', header: 'Tags' },
  { key: 'address', header: 'Billing address' },
  { key: 'contact', header: 'Main contact' },
  { key: 'contactRole', header: 'Contact role' },
  { key: 'phone', header: 'Phone' },
  { key: 'email', header: 'Email' },
  { key: 'authoriser', header: 'Authorises payment' },
  { key: 'openInvoices', header: 'Open invoices' },
  { key: 'currency', header: 'Currency' },
  { key: 'balance', header: 'Balance owed', money },
  { key: 'pastDue', header: 'Past due', money },
  { key: 'oldestDue', header: 'Oldest due date' },
  { key: 'daysPastDue', header: 'Days past due' },
  { key: 'lastPaymentOn', header: 'Last payment date' },
  { key: 'lastPaymentAmount', header: 'Last payment amount', money },
  { key: 'calls', header: 'Calls' },
  { key: 'lastCallAt', header: 'Last call (UTC)' },
  { key: 'lastCallResult', header: 'Last call result' },
];

/**
 * One row per customer and currency its invoices are in (void ones aside), largest balance
 * first, so no figure adds amounts in different currencies: "Currency" says which one the
 * row's amounts (balance, past due, last payment) are in, and the open invoices, oldest due date
 * and days past due count that currency's invoices only. A customer with no invoices gets one
 * row of zeros in the office currency (`opts.currency`). The customer's own columns (name,
 * contact, calls) repeat on each of its rows.
 */
export function customersCsv(
  tables: Pick<AccountTables, 'customers' | 'contacts' | 'invoices' | 'payments' | 'calls'>,
  opts: { today: CalendarDate; currency: string },
): string {
  const contacts = groupByCustomer(tables.contacts);
  const invoices = groupByCustomer(tables.invoices);
  const payments = groupByCustomer(tables.payments);
  const calls = groupByCustomer(tables.calls);
  const rows: CsvRow[] = tables.customers.flatMap((c) => {
    const people = contacts.get(c.id) ?? [];
    const authoriser = people.find((p) => p.authorisesPayment) ?? null;
    const main = authoriser ?? people[0] ?? null;
    const mine = invoices.get(c.id) ?? [];
    const paid = payments.get(c.id) ?? [];
    const closedCalls = (calls.get(c.id) ?? []).filter((call) => call.status === 'closed');
    const lastCall = closedCalls.reduce<(typeof closedCalls)[number] | null>(
      (a, b) => (a === null || b.startedAt > a.startedAt ? b : a),
      null,
    );
    const address = c.addresses.find((a) => a.label === 'billing') ?? c.addresses[0];
    const customer = {
      accountNumber: c.accountNumber,
      legalName: c.legalName,
      tradingName: c.tradingName,
      kind: customerKindLabels[c.kind],
      status: customerStatusLabels[c.status],
      timeZone: c.timeZone,
      terms: c.defaultTerms,
      tags: joinTags(c.tags),
      address: address ? addressLines(address).join(', ') : '',
      contact: main?.name ?? '',
      contactRole: main?.role ?? '',
      phone: main?.phones[0]?.number ?? '',
      email: main?.emails[0] ?? '',
      authoriser: authoriser?.name ?? '',
    };
    const activity = {
      calls: closedCalls.length,
      lastCallAt: lastCall ? lastCall.startedAt : null,
      lastCallResult: lastCall?.result ? callResultLabels[lastCall.result] : '',
    };
    return figuresByCurrency(mine, opts.today, opts.currency).map(({ currency, aging }) => {
      let oldestDue: string | null = null;
      for (const i of mine)
        if (i.currency === currency && isOutstanding(i) && (oldestDue === null || i.dueDate < oldestDue)) oldestDue = i.dueDate;
      const lastPayment = latestPayment(paid.filter((p) => p.currency === currency));
      return {
        ...customer,
        openInvoices: aging.openInvoiceCount,
        currency,
        balance: aging.totalDueMinor,
        pastDue: aging.pastDueMinor,
        oldestDue,
        daysPastDue: aging.oldestDaysPastDue,
        lastPaymentOn: lastPayment?.receivedOn ?? null,
        lastPaymentAmount: lastPayment?.amountMinor ?? null,
        ...activity,
      };
    });
  });
  return toCsv(rows, customerColumns);
}

const invoiceColumns: CsvColumn[] = [
  { key: 'number', header: 'Invoice number' },
  { key: 'customer', header: 'Customer' },
  { key: 'accountNumber', header: 'Account number' },
  { key: 'issueDate', header: 'Issued' },
  { key: 'sentOn', header: 'Sent' },
  { key: 'dueDate', header: 'Due' },
  { key: 'terms', header: 'Terms' },
  { key: 'poNumber', header: 'PO number' },
  { key: 'delivered', header: 'What was delivered' },
  { key: 'currency', header: 'Currency' },
  { key: 'amount', header: 'Amount', money },
  { key: 'paid', header: 'Paid', money },
  { key: 'balance', header: 'Balance', money },
  { key: 'status', header: 'Status' },
  { key: 'daysPastDue', header: 'Days past due' },
  { key: 'aging', header: 'Aging' },
];

export function invoicesCsv(tables: Pick<AccountTables, 'customers' | 'invoices'>, opts: { today: CalendarDate }): string {
  const customers = new Map(tables.customers.map((c) => [c.id, c]));
  // Customers by name, then each customer's invoices oldest due first. Names are ranked once,
  // so sorting 100k invoices compares numbers, not strings in the locale.
  const rank = new Map(
    [...tables.customers].sort((a, b) => a.legalName.localeCompare(b.legalName) || (a.id < b.id ? -1 : 1)).map((c, index) => [c.id, index]),
  );
  const rankOf = (i: Invoice) => rank.get(i.customerId) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...tables.invoices].sort(
    (a, b) =>
      rankOf(a) - rankOf(b) ||
      (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number < b.number ? -1 : a.number > b.number ? 1 : 0),
  );
  const rows: CsvRow[] = sorted.map((i) => {
    const customer = customers.get(i.customerId);
    const outstanding = isOutstanding(i);
    const days = outstanding ? Math.max(0, daysPastDue(i.dueDate, opts.today)) : null;
    return {
      number: i.number,
      customer: customer?.legalName ?? '',
      accountNumber: customer?.accountNumber ?? '',
      issueDate: i.issueDate,
      sentOn: i.sentOn,
      dueDate: i.dueDate,
      terms: i.terms,
      poNumber: i.poNumber,
      delivered: i.delivered,
      currency: i.currency,
      amount: i.amountMinor,
      // Closed in the books: what was paid or written off there is not known here.
      paid: i.status === 'void' || i.status === 'closed-in-books' ? null : i.amountMinor - i.balanceMinor,
      balance: i.status === 'void' || i.status === 'closed-in-books' ? null : i.balanceMinor,
      status: invoiceStatusLabels[i.status],
      daysPastDue: days,
      aging: outstanding ? agingBucketLabels[agingBucketFor(days ?? 0)] : '',
    };
  });
  return toCsv(rows, invoiceColumns);
}
