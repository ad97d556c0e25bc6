// The account figures a script reads out, computed once per fill from the ScriptContext.
// Formatting never throws: a bad currency, locale or amount becomes a prompt to check the file,
// because a caller mid-call must never see "NaN" or a crashed panel.
import { daysPastDue } from '../aging/aging';
import { formatCalendarDate, isCalendarDate } from '../dates/calendar';
import { totalsByCurrency } from '../money/currency-totals';
import { formatMoney } from '../money/money';
import type { FilledText, ScriptContext, ScriptInvoice, ScriptPerson } from './model';
import { figure, joinAsList, lateness, prompt, text } from './wording';

/** Invoices named one by one in {invoiceList}; the rest are summed in one phrase. */
export const invoiceListLimit = 4;

export interface AccountFacts {
  ctx: ScriptContext;
  locale: string;
  /** Open invoices, oldest due date first. */
  invoices: ScriptInvoice[];
  oldest: ScriptInvoice | undefined;
  contact: ScriptPerson | null;
  authoriser: ScriptPerson | null;
  money(minor: number, currency?: string): FilledText;
  date(value: string | null | undefined): FilledText;
}

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

function namedPerson(person: ScriptPerson | null | undefined): ScriptPerson | null {
  return person && person.name.trim() ? { name: person.name.trim(), role: person.role.trim() } : null;
}

export function deriveFacts(ctx: ScriptContext): AccountFacts {
  const locale = safeLocale(ctx.locale);
  const invoices = ctx.invoices
    .filter((invoice) => invoice.balanceMinor > 0)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number.localeCompare(b.number)));
  return {
    ctx,
    locale,
    invoices,
    oldest: invoices[0],
    contact: namedPerson(ctx.contact),
    authoriser: namedPerson(ctx.authoriser),
    money(minor, currency = ctx.totals.currency) {
      if (!Number.isFinite(minor)) return [prompt('check the amount on the account')];
      try {
        return [figure(formatMoney(minor, currency, locale))];
      } catch {
        return [prompt('check the amount on the account')];
      }
    },
    date(value) {
      if (!value || !isCalendarDate(value)) return [prompt('check the date on the account')];
      return [figure(formatCalendarDate(value, locale))];
    },
  };
}

/** Whether the open invoices are in more than one currency (their totals are then never one figure). */
export function severalCurrencies(facts: AccountFacts): boolean {
  return facts.invoices.some((i) => i.currency !== facts.invoices[0]?.currency);
}

/** The invoices' balances one amount per currency, "$1,200.00 and CA$300.00": never added across currencies. */
export function balancesByCurrency(facts: AccountFacts, invoices: readonly ScriptInvoice[]): FilledText {
  const totals = totalsByCurrency(
    invoices,
    (i) => i.currency,
    (i) => i.balanceMinor,
  );
  if (totals.length === 0) return facts.money(0);
  return joinAsList(totals.map((t) => facts.money(t.amountMinor, t.currency)));
}

/** True when the contact on the line is the person who approves payment. */
export function contactIsAuthoriser(facts: AccountFacts): boolean {
  return !!facts.contact && !!facts.authoriser && facts.contact.name.toLowerCase() === facts.authoriser.name.toLowerCase();
}

/** "invoice INV-1042 for $1,250.00, due 3 Oct 2026 (45 days past due)" */
export function describeInvoice(facts: AccountFacts, invoice: ScriptInvoice): FilledText {
  const out: FilledText = [text('invoice '), figure(invoice.number), text(' for ')];
  out.push(...facts.money(invoice.balanceMinor, invoice.currency));
  if (invoice.balanceMinor < invoice.amountMinor) {
    out.push(text(' still open of '), ...facts.money(invoice.amountMinor, invoice.currency));
  }
  out.push(text(', due '), ...facts.date(invoice.dueDate));
  if (isCalendarDate(invoice.dueDate) && isCalendarDate(facts.ctx.today)) {
    out.push(text(' ('), figure(lateness(daysPastDue(invoice.dueDate, facts.ctx.today))), text(')'));
  }
  return out;
}

export function describeInvoiceList(facts: AccountFacts): FilledText {
  const { invoices } = facts;
  if (invoices.length === 0) return [prompt('no open invoices on file: check the account before calling')];
  const named = invoices.slice(0, invoiceListLimit).map((invoice) => describeInvoice(facts, invoice));
  const rest = invoices.slice(invoiceListLimit);
  if (rest.length > 0) {
    const restTotal = rest.reduce((sum, invoice) => sum + invoice.balanceMinor, 0);
    named.push([
      figure(`${rest.length} more`),
      text(rest.length === 1 ? ' invoice for ' : ' invoices totalling '),
      ...(severalCurrencies(facts) ? balancesByCurrency(facts, rest) : facts.money(restTotal)),
    ]);
  }
  // Semicolons read better than commas between items that contain commas themselves.
  return named.length > 2 ? joinAsList(named, '; ', '; and ') : joinAsList(named);
}
