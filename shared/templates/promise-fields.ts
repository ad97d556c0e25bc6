// Merge fields about the latest promise that a confirmation needs beyond {promise.terms}: how
// they will pay, the invoices it covers, the day it is paid in full and each instalment on a line.
// They are what the older confirmation e-mail's placeholders printed ({method}, {invoiceNumbers},
// {date}, {instalmentPlan}), so wording written with those keeps its meaning.
import type { AccountFacts } from '../scripts/account-facts';
import type { FilledText } from '../scripts/model';
import { figure, joinAsList, prompt, text } from '../scripts/wording';
import { instalmentLines } from '../promises/plan-wording';
import { promiseMethodLabels, promiseMethodSchema } from '../promises/schema';
import type { MergeFieldDefinition } from './merge-field-catalog';

const noPromise = 'The account has no promise to pay yet.';

function methodWords(method: string | undefined): string | null {
  const parsed = promiseMethodSchema.safeParse(method);
  if (!parsed.success) return null;
  const label = promiseMethodLabels[parsed.data];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

const coveredNumbers = ({ ctx }: AccountFacts): string[] => (ctx.lastPromise?.invoiceNumbers ?? []).filter((n) => n.trim() !== '');

function coveredInvoices(facts: AccountFacts): FilledText {
  const numbers = coveredNumbers(facts);
  if (numbers.length === 0) return [text('the invoices on the account')];
  return [text(numbers.length === 1 ? 'invoice ' : 'invoices '), ...joinAsList(numbers.map((n) => [figure(n)]))];
}

function paidInFullOn(facts: AccountFacts): FilledText {
  const last = facts.ctx.lastPromise;
  if (!last) return [text('an agreed date')];
  return facts.date(last.instalments?.at(-1)?.dueDate ?? last.promisedDate);
}

// A single payment has no instalments: the field prints nothing, so a sentence never repeats it.
function instalmentsOneLineEach({ ctx, locale }: AccountFacts): FilledText {
  const last = ctx.lastPromise;
  if (!last) return [prompt('no promise on file yet')];
  const lines = instalmentLines({ currency: last.currency ?? ctx.totals.currency, instalments: last.instalments ?? [] }, { locale });
  return lines.length > 0 ? [figure(lines.join('\n'))] : [];
}

export const promiseFields: readonly MergeFieldDefinition[] = [
  {
    name: 'promise.method',
    label: 'How they will pay',
    description: 'The payment method of the latest promise, e.g. bank transfer',
    aliases: [],
    resolve: (facts) => {
      const words = methodWords(facts.ctx.lastPromise?.method);
      return words ? [figure(words)] : [prompt('ask how they will pay')];
    },
    known: (facts) => methodWords(facts.ctx.lastPromise?.method) !== null,
    whenMissing: noPromise,
  },
  {
    name: 'promise.invoices',
    label: 'Invoices promised',
    description: 'The invoices the latest promise covers, e.g. invoices 1042 and 1043',
    aliases: [],
    resolve: coveredInvoices,
    known: (facts) => coveredNumbers(facts).length > 0,
    whenMissing: 'No invoice on file is covered by the latest promise: check the promise and the open invoices.',
  },
  {
    name: 'promise.lastDate',
    label: 'Paid in full by',
    description: 'The day the latest promise is paid in full: its date, or the date of a plan’s last instalment',
    aliases: [],
    resolve: paidInFullOn,
    known: (facts) => !!facts.ctx.lastPromise,
    whenMissing: noPromise,
  },
  {
    name: 'promise.instalments',
    label: 'Instalments, one a line',
    description: 'Each instalment of a plan on a line of its own; nothing for a single payment',
    aliases: [],
    resolve: instalmentsOneLineEach,
    known: (facts) => !!facts.ctx.lastPromise,
    whenMissing: noPromise,
  },
];
