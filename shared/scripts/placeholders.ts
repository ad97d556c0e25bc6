// Every {placeholder} a script template may use, and how each is filled from the account.
// A missing value falls back to wording the caller can still say ('text') or to an aside
// telling them what to find out ('prompt'); never a raw {name}, "undefined" or "NaN".
import { promiseTermsText, upcomingInstalmentIndex } from '../promises/plan-wording';
import { daysPastDue } from '../aging/aging';
import { balancesByCurrency, describeInvoiceList, severalCurrencies, type AccountFacts } from './account-facts';
import type { FilledText } from './model';
import { distinct, figure, joinAsList, plural, prompt, text } from './wording';

type Resolver = (facts: AccountFacts) => FilledText;

const spoken = (value: string, fallback: FilledText, kind: 'text' | 'figure' = 'figure'): FilledText =>
  value.trim() ? [{ kind, value: value.trim() }] : fallback;

const listOf = (values: string[], fallback: FilledText): FilledText =>
  values.length ? joinAsList(values.map((value) => [figure(value)])) : fallback;

export const placeholderResolvers = {
  // Our own name and company are set once in Settings; if they are not, the caller says them.
  callerName: ({ ctx }) => spoken(ctx.callerName, [prompt('say your name')], 'text'),
  companyName: ({ ctx }) => spoken(ctx.companyName, [prompt('say your company name')], 'text'),
  callbackNumber: ({ ctx }) => spoken(ctx.callbackNumber, [text('the number on our invoices')]),
  howToPay: ({ ctx }) => spoken(ctx.howToPay ?? '', [prompt('say how they can pay us: add the bank details in Settings')]),
  customerName: ({ ctx }) => spoken(ctx.customer.tradingName || ctx.customer.legalName, [text('your company')]),
  contactName: ({ contact }) => (contact ? [figure(contact.name)] : [text('there')]),
  authoriserName: (facts) =>
    facts.authoriser
      ? [figure(facts.authoriser.name)]
      : [text('the person who approves payments'), prompt('ask who that is and how to reach them')],
  // An account in several currencies hears each currency's amount, never one sum of them.
  totalDue: (facts) => (severalCurrencies(facts) ? balancesByCurrency(facts, facts.invoices) : facts.money(facts.ctx.totals.totalDueMinor)),
  pastDue: (facts) =>
    severalCurrencies(facts)
      ? balancesByCurrency(
          facts,
          facts.invoices.filter((i) => daysPastDue(i.dueDate, facts.ctx.today) > 0),
        )
      : facts.money(facts.ctx.totals.pastDueMinor),
  oldestDaysPastDue: ({ ctx }) => {
    const days = ctx.totals.oldestDaysPastDue;
    return Number.isFinite(days) ? [figure(plural(Math.max(0, Math.round(days)), 'day', 'days'))] : [prompt('check the aging')];
  },
  invoiceCount: ({ invoices }) => [figure(plural(invoices.length, 'invoice', 'invoices'))],
  invoiceList: describeInvoiceList,
  oldestInvoiceNumber: ({ oldest }) => (oldest ? [figure(oldest.number)] : [text('our invoice')]),
  oldestAmount: (facts) => (facts.oldest ? facts.money(facts.oldest.balanceMinor, facts.oldest.currency) : facts.money(0)),
  oldestDueDate: (facts) => (facts.oldest ? facts.date(facts.oldest.dueDate) : [text('the due date')]),
  oldestSentOn: (facts) => (facts.oldest?.sentOn ? facts.date(facts.oldest.sentOn) : [text('when it was issued')]),
  delivered: ({ invoices }) =>
    listOf(distinct(invoices.map((invoice) => invoice.delivered)), [
      text('the goods and services on our invoices'),
      prompt('name them: see the invoices'),
    ]),
  terms: ({ invoices }) => listOf(distinct(invoices.map((invoice) => invoice.terms)), [text('our agreed')]),
  poNumbers: ({ invoices }) =>
    listOf(distinct(invoices.map((invoice) => invoice.poNumber)), [text('no purchase order number'), prompt('ask if they need one')]),
  billingAddress: ({ ctx }) =>
    spoken(ctx.addresses[0] ?? '', [text('the right address for invoices'), prompt('ask for their billing address')]),
  billingEmail: ({ ctx }) =>
    spoken(ctx.billingEmail ?? '', [text('the right email for invoices'), prompt('ask which email address invoices should go to')]),
  lastPromiseAmount: (facts) =>
    facts.ctx.lastPromise ? facts.money(facts.ctx.lastPromise.amountMinor, facts.ctx.lastPromise.currency) : [text('a payment')],
  lastPromiseDate: (facts) => (facts.ctx.lastPromise ? facts.date(facts.ctx.lastPromise.promisedDate) : [text('an agreed date')]),
  // The promise as the timeline and the email put it: "$900.00 in 3 instalments, next $300.00 on …".
  lastPromiseTerms: ({ ctx }) => {
    const last = ctx.lastPromise;
    if (!last) return [text('a payment by an agreed date')];
    const instalments = last.instalments ?? [];
    const terms = { ...last, currency: last.currency ?? ctx.totals.currency, instalments };
    return [figure(promiseTermsText(terms, upcomingInstalmentIndex(instalments, ctx.today), { locale: ctx.locale }))];
  },
} satisfies Record<string, Resolver>;

export type PlaceholderName = keyof typeof placeholderResolvers;

export const placeholderNames = Object.keys(placeholderResolvers) as PlaceholderName[];

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(placeholderResolvers, name);
}

/** Placeholder names used in a template string, in order, repeats included. */
export function placeholdersIn(template: string): string[] {
  return Array.from(template.matchAll(/\{([^{}]*)\}/g), (m) => m[1] ?? '');
}
