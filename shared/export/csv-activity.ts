// CSV exports of the collection work itself: every call (with its amendments) and every
// promise to pay. Times are given in UTC and in the customer's own time, because calling-hours
// questions are about the customer's clock.
import { scriptLookupOf } from '../scripts/library/script-lookup';
import type { StoredScript } from '../scripts/library/script-schema';
import { callResultLabels } from '../calls/schema';
import { minorToInput } from '../money/money';
import { promiseMethodLabels } from '../promises/schema';
import type { AccountTables } from './account-file';
import { correctionsByCall, branchTitles, stepsCoveredText } from './packet-sections/call-log';
import { toCsv, type CsvColumn, type CsvRow } from './csv';
import { promiseStatusLabels } from './record-labels';

const localFormatters = new Map<string, Intl.DateTimeFormat>();

/** 'YYYY-MM-DD' and 'HH:MM' of an instant on the wall clock of a zone. */
export function localDateTime(iso: string, timeZone: string): { date: string; time: string } {
  let f = localFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    localFormatters.set(timeZone, f);
  }
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return { date: '', time: '' };
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(ms)) parts[p.type] = p.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

const callColumns: CsvColumn[] = [
  { key: 'startedAt', header: 'Started (UTC)' },
  { key: 'localDate', header: 'Customer local date' },
  { key: 'localTime', header: 'Customer local time' },
  { key: 'timeZone', header: 'Time zone' },
  { key: 'customer', header: 'Customer' },
  { key: 'accountNumber', header: 'Account number' },
  { key: 'contact', header: 'Contact' },
  { key: 'number', header: 'Number' },
  { key: 'how', header: 'Dialled or logged' },
  { key: 'duration', header: 'Duration (seconds)' },
  { key: 'result', header: 'Result' },
  { key: 'paths', header: 'Problem paths' },
  { key: 'steps', header: 'Script steps covered' },
  { key: 'confirmed', header: 'Contact details confirmed' },
  { key: 'note', header: 'Note' },
  { key: 'amendments', header: 'Amendments' },
];

/**
 * Every call, oldest first, with any corrections in the Amendments column ("date: text"); problem
 * paths and steps named by the script version each call used (`scriptVersions`: the stored ones).
 */
export function callsCsv(
  tables: Pick<AccountTables, 'customers' | 'contacts' | 'calls' | 'notes'> & { scriptVersions?: readonly StoredScript[] },
): string {
  const scripts = scriptLookupOf(tables.scriptVersions ?? []);
  const customers = new Map(tables.customers.map((c) => [c.id, c]));
  const contacts = new Map(tables.contacts.map((c) => [c.id, c]));
  const amendments = correctionsByCall(tables.notes);
  const calls = [...tables.calls].sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0));
  const rows: CsvRow[] = calls.map((call) => {
    const customer = customers.get(call.customerId);
    const timeZone = customer?.timeZone ?? 'UTC';
    const local = localDateTime(call.startedAt, timeZone);
    return {
      startedAt: call.startedAt,
      localDate: local.date,
      localTime: local.time,
      timeZone,
      customer: customer?.legalName ?? '',
      accountNumber: customer?.accountNumber ?? '',
      contact: call.contactId ? (contacts.get(call.contactId)?.name ?? '') : '',
      number: call.phoneNumber,
      how: call.dialled ? 'Dialled' : 'Logged',
      duration: call.durationSeconds,
      result: call.result ? callResultLabels[call.result] : 'Still open',
      paths: branchTitles(call, scripts).join('; '),
      steps: stepsCoveredText(call, scripts),
      confirmed: call.contactDetailsConfirmed ? 'Yes' : 'No',
      note: call.note,
      amendments: (amendments.get(call.id) ?? []).map((n) => `${localDateTime(n.createdAt, timeZone).date}: ${n.text}`).join('\n'),
    };
  });
  return toCsv(rows, callColumns);
}

const promiseColumns: CsvColumn[] = [
  { key: 'madeOn', header: 'Made on' },
  { key: 'customer', header: 'Customer' },
  { key: 'accountNumber', header: 'Account number' },
  { key: 'contact', header: 'Promised by' },
  { key: 'currency', header: 'Currency' },
  { key: 'amount', header: 'Amount', money: { currencyKey: 'currency' } },
  { key: 'promisedDate', header: 'Promised date' },
  { key: 'method', header: 'Method' },
  { key: 'status', header: 'Status' },
  { key: 'invoices', header: 'Invoices' },
  { key: 'instalments', header: 'Instalments' },
];

/** Every promise to pay, oldest first; an instalment plan as "date amount; date amount". */
export function promisesCsv(tables: Pick<AccountTables, 'customers' | 'contacts' | 'promises' | 'invoices'>): string {
  const customers = new Map(tables.customers.map((c) => [c.id, c]));
  const contacts = new Map(tables.contacts.map((c) => [c.id, c]));
  const invoiceNumbers = new Map(tables.invoices.map((i) => [i.id, i.number]));
  const promises = [...tables.promises].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const rows: CsvRow[] = promises.map((p) => {
    const customer = customers.get(p.customerId);
    return {
      madeOn: localDateTime(p.createdAt, customer?.timeZone ?? 'UTC').date,
      customer: customer?.legalName ?? '',
      accountNumber: customer?.accountNumber ?? '',
      contact: p.contactId ? (contacts.get(p.contactId)?.name ?? '') : '',
      currency: p.currency,
      amount: p.amountMinor,
      promisedDate: p.promisedDate,
      method: promiseMethodLabels[p.method],
      status: promiseStatusLabels[p.status],
      invoices: p.invoiceIds
        .map((id) => invoiceNumbers.get(id) ?? '')
        .filter(Boolean)
        .join('; '),
      instalments: p.instalments.map((i) => `${i.dueDate} ${minorToInput(i.amountMinor, p.currency)}`).join('; '),
    };
  });
  return toCsv(rows, promiseColumns);
}
