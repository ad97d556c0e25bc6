// Every merge field, in the picker's order: what it is called and means, how it is filled, and
// whether the account has it. The call-script placeholders' resolvers are reused as they are
// (one implementation: shared/scripts/placeholders.ts), and their names stay accepted as aliases.
import type { AccountFacts } from '../scripts/account-facts';
import type { FilledText } from '../scripts/model';
import { placeholderResolvers, type PlaceholderName } from '../scripts/placeholders';
import { distinct } from '../scripts/wording';
import { extraFieldResolvers as extra, hasCalendarDate, nextStepDateKnown } from './field-resolvers';
import { promiseFields } from './promise-fields';

export interface MergeFieldDefinition {
  /** The dotted name written in templates, e.g. 'account.pastDue'. */
  name: string;
  /** Short, for the picker: "Past due". */
  label: string;
  /** One line for the picker: what the field prints. */
  description: string;
  /** Older names that mean the same field: the call-script placeholders, e.g. ['pastDue']. */
  aliases: readonly PlaceholderName[];
  resolve(facts: AccountFacts): FilledText;
  /** Whether the account has this value: a letter or an e-mail is refused until it does. */
  known(facts: AccountFacts): boolean;
  /** What the user can do when it is missing, in a sentence. */
  whenMissing: string;
}

/** A field that was a call-script placeholder: its old name is an alias and its resolver is the same. */
const placeholder = (alias: PlaceholderName) => ({ aliases: [alias], resolve: placeholderResolvers[alias] });
const newField = (resolve: (facts: AccountFacts) => FilledText) => ({ aliases: [], resolve });

const always = () => true;
const filled = (value: string | null | undefined) => !!value?.trim();
const anyInvoiceHas = (facts: AccountFacts, pick: (invoice: AccountFacts['invoices'][number]) => string) =>
  distinct(facts.invoices.map(pick)).length > 0;
const checkAmounts = 'Check the amounts on the account.';
const noInvoices = 'The account has no open invoices.';
const noPromise = 'The account has no promise to pay yet.';
const chooseContact = 'Choose the contact it is for.';

export const mergeFieldCatalog: readonly MergeFieldDefinition[] = [
  {
    name: 'company.name',
    label: 'Company name',
    description: 'Your company’s name (Settings)',
    ...placeholder('companyName'),
    known: (f) => filled(f.ctx.companyName),
    whenMissing: 'Add your company name in Settings.',
  },
  {
    name: 'company.callbackNumber',
    label: 'Callback number',
    description: 'The number customers call you back on (Settings)',
    ...placeholder('callbackNumber'),
    known: (f) => filled(f.ctx.callbackNumber),
    whenMissing: 'Add your callback number in Settings.',
  },
  {
    name: 'company.howToPay',
    label: 'How to pay',
    description: 'Your bank details and remit-to address (Settings)',
    ...placeholder('howToPay'),
    known: (f) => filled(f.ctx.howToPay),
    whenMissing: 'Add your bank or payment details, or a remit-to address, in Settings.',
  },
  {
    name: 'caller.name',
    label: 'Your name',
    description: 'The name of whoever calls or signs (Settings)',
    ...placeholder('callerName'),
    known: (f) => filled(f.ctx.callerName),
    whenMissing: 'Add your name in Settings.',
  },
  {
    name: 'customer.name',
    label: 'Customer name',
    description: 'The name the customer trades under, else its legal name',
    ...placeholder('customerName'),
    known: (f) => filled(f.ctx.customer.tradingName) || filled(f.ctx.customer.legalName),
    whenMissing: 'Add the customer’s name to the customer file.',
  },
  {
    name: 'customer.legalName',
    label: 'Customer legal name',
    description: 'The customer’s legal name: the one that owes the money',
    ...newField(extra.customerLegalName),
    known: (f) => filled(f.ctx.customer.legalName) || filled(f.ctx.customer.tradingName),
    whenMissing: 'Add the customer’s legal name to the customer file.',
  },
  {
    name: 'contact.name',
    label: 'Contact name',
    description: 'The full name of the person you are calling or writing to',
    ...placeholder('contactName'),
    known: (f) => f.contact !== null,
    whenMissing: chooseContact,
  },
  {
    name: 'contact.firstName',
    label: 'Contact first name',
    description: 'The contact’s first name: Marco for Marco Diaz (the full name after a title, as in Dr. Ortiz)',
    ...newField(extra.contactFirstName),
    known: (f) => f.contact !== null,
    whenMissing: chooseContact,
  },
  {
    name: 'authoriser.name',
    label: 'Who approves payment',
    description: 'The contact marked as approving payments',
    ...placeholder('authoriserName'),
    known: (f) => f.authoriser !== null,
    whenMissing: 'Mark the contact who approves payment in the customer file.',
  },
  {
    name: 'account.totalDue',
    label: 'Total due',
    description: 'Everything still owed, past due or not (each currency on its own)',
    ...placeholder('totalDue'),
    known: always,
    whenMissing: checkAmounts,
  },
  {
    name: 'account.pastDue',
    label: 'Past due',
    description: 'What is owed on invoices past their due date',
    ...placeholder('pastDue'),
    known: always,
    whenMissing: checkAmounts,
  },
  {
    name: 'account.oldestDaysPastDue',
    label: 'Days past due',
    description: 'How late the oldest invoice is, e.g. 45 days',
    ...placeholder('oldestDaysPastDue'),
    known: (f) => Number.isFinite(f.ctx.totals.oldestDaysPastDue),
    whenMissing: 'Check the due dates of the invoices.',
  },
  {
    name: 'account.invoiceCount',
    label: 'Number of invoices',
    description: 'How many invoices are open, e.g. 3 invoices',
    ...placeholder('invoiceCount'),
    known: always,
    whenMissing: noInvoices,
  },
  {
    name: 'account.billingAddress',
    label: 'Billing address',
    description: 'The customer’s billing address',
    ...placeholder('billingAddress'),
    known: (f) => filled(f.ctx.addresses[0]),
    whenMissing: 'Add a billing address to the customer file.',
  },
  {
    name: 'account.billingEmail',
    label: 'Billing e-mail',
    description: 'Where invoices are e-mailed: the payment approver’s address, else the contact’s',
    ...placeholder('billingEmail'),
    known: (f) => filled(f.ctx.billingEmail),
    whenMissing: 'Add an e-mail address to the contact who approves payment.',
  },
  {
    name: 'invoices.list',
    label: 'Open invoices',
    description: 'Each open invoice with its amount, due date and lateness (four by name, the rest summed)',
    ...placeholder('invoiceList'),
    known: (f) => f.invoices.length > 0,
    whenMissing: noInvoices,
  },
  {
    name: 'invoices.oldest.number',
    label: 'Oldest invoice number',
    description: 'The number of the oldest open invoice',
    ...placeholder('oldestInvoiceNumber'),
    known: (f) => f.oldest !== undefined,
    whenMissing: noInvoices,
  },
  {
    name: 'invoices.oldest.amount',
    label: 'Oldest invoice amount',
    description: 'What is still open on the oldest invoice',
    ...placeholder('oldestAmount'),
    known: (f) => f.oldest !== undefined,
    whenMissing: noInvoices,
  },
  {
    name: 'invoices.oldest.dueDate',
    label: 'Oldest invoice due date',
    description: 'When the oldest open invoice was due',
    ...placeholder('oldestDueDate'),
    known: (f) => hasCalendarDate(f.oldest?.dueDate),
    whenMissing: noInvoices,
  },
  {
    name: 'invoices.oldest.sentOn',
    label: 'Oldest invoice sent on',
    description: 'When the oldest open invoice was sent',
    ...placeholder('oldestSentOn'),
    known: (f) => hasCalendarDate(f.oldest?.sentOn),
    whenMissing: 'The oldest open invoice has no date it was sent: add it in your books and import again.',
  },
  {
    name: 'invoices.delivered',
    label: 'What was delivered',
    description: 'The goods and services on the open invoices',
    ...placeholder('delivered'),
    known: (f) => anyInvoiceHas(f, (i) => i.delivered),
    whenMissing: 'The open invoices do not say what was delivered.',
  },
  {
    name: 'invoices.poNumbers',
    label: 'PO numbers',
    description: 'The customer’s purchase order numbers on the open invoices',
    ...placeholder('poNumbers'),
    known: (f) => anyInvoiceHas(f, (i) => i.poNumber),
    whenMissing: 'The open invoices have no purchase order numbers.',
  },
  {
    name: 'invoices.terms',
    label: 'Payment terms',
    description: 'The payment terms on the open invoices, e.g. Net 30',
    ...placeholder('terms'),
    known: (f) => anyInvoiceHas(f, (i) => i.terms),
    whenMissing: 'The open invoices have no payment terms.',
  },
  {
    name: 'promise.amount',
    label: 'Promised amount',
    description: 'The amount of the latest promise to pay',
    ...placeholder('lastPromiseAmount'),
    known: (f) => !!f.ctx.lastPromise,
    whenMissing: noPromise,
  },
  {
    name: 'promise.date',
    label: 'Promised date',
    description: 'The date of the latest promise (for a plan, its first instalment)',
    ...placeholder('lastPromiseDate'),
    known: (f) => hasCalendarDate(f.ctx.lastPromise?.promisedDate),
    whenMissing: noPromise,
  },
  {
    name: 'promise.terms',
    label: 'Promise in full',
    description: 'The latest promise in words, with its instalments',
    ...placeholder('lastPromiseTerms'),
    known: (f) => !!f.ctx.lastPromise,
    whenMissing: noPromise,
  },
  ...promiseFields,
  {
    name: 'nextStep.action',
    label: 'Decided next step',
    description: 'What your business has decided to do if the account stays unpaid, as written for this notice',
    ...newField(extra.nextStepAction),
    known: (f) => filled(f.ctx.nextStep?.action),
    whenMissing: 'Write the step your business has decided to take if the account stays unpaid.',
  },
  {
    name: 'nextStep.date',
    label: 'Last day to settle',
    description: 'The last day to pay, or agree a way to pay, before the decided step is taken',
    ...newField(extra.nextStepDate),
    known: nextStepDateKnown,
    whenMissing: 'Choose the last day to settle: a day after today.',
  },
  {
    name: 'today',
    label: 'Today’s date',
    description: 'Today’s date on the office calendar',
    ...newField(extra.today),
    known: (f) => hasCalendarDate(f.ctx.today),
    whenMissing: 'Check the computer’s date and the office time zone in Settings.',
  },
];
