// The end-of-call form: what the user types (money as text, dates and times as form strings)
// and the schema that turns it into a CallOutcome, with every problem reported on its field.
import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar';
import { disputeReasonSchema } from '../disputes/schema';
import { parseMoneyInput } from '../money/money';
import { checkPromise } from '../promises/promise-rules';
import { promiseMethodSchema } from '../promises/schema';
import { callResultSchema } from './schema';
import type { CallOutcome } from './outcome';

export interface OutcomeFormValues {
  result: z.infer<typeof callResultSchema> | '';
  contactDetailsConfirmed: boolean;
  promise: {
    amount: string;
    date: string;
    method: z.infer<typeof promiseMethodSchema>;
    invoiceIds: string[];
    usePlan: boolean;
    instalments: { dueDate: string; amount: string }[];
  };
  dispute: { invoiceId: string; reason: z.infer<typeof disputeReasonSchema> | ''; details: string };
  followUp: { wanted: boolean; kind: 'callback' | 'task'; date: string; time: string; note: string };
}

export interface OutcomeContext {
  today: string;
  now: Date;
  currency: string;
  locale: string;
  /** The office's zone: proposed follow-up times are office wall-clock times. */
  timeZone: string;
  openInvoices: { id: string; balanceMinor: number }[];
  /** Turns a date and a wall-clock time in the office's zone into a UTC instant. */
  toInstant(date: string, time: string): string | null;
}

/** The outcome without what the workspace adds itself (note, script progress). */
export type OutcomeFromForm = Omit<CallOutcome, 'note' | 'stepsCovered' | 'branchesTaken'>;

export function emptyOutcomeForm(today: string): OutcomeFormValues {
  return {
    result: '',
    contactDetailsConfirmed: false,
    promise: { amount: '', date: today, method: 'bank-transfer', invoiceIds: [], usePlan: false, instalments: [] },
    dispute: { invoiceId: '', reason: '', details: '' },
    followUp: { wanted: false, kind: 'callback', date: today, time: '10:00', note: '' },
  };
}

export function makeOutcomeSchema(ctx: OutcomeContext) {
  const values = z.object({
    result: z.union([callResultSchema, z.literal('')]),
    contactDetailsConfirmed: z.boolean(),
    promise: z.object({
      amount: z.string(),
      date: z.string(),
      method: promiseMethodSchema,
      invoiceIds: z.array(z.string()),
      usePlan: z.boolean(),
      instalments: z.array(z.object({ dueDate: z.string(), amount: z.string() })),
    }),
    dispute: z.object({ invoiceId: z.string(), reason: z.union([disputeReasonSchema, z.literal('')]), details: z.string() }),
    followUp: z.object({
      wanted: z.boolean(),
      kind: z.enum(['callback', 'task']),
      date: z.string(),
      time: z.string(),
      note: z.string().max(500, 'Keep the follow-up note under 500 characters.'),
    }),
  });

  return values.transform((v, zctx): OutcomeFromForm => {
    const issue = (path: (string | number)[], message: string) => zctx.addIssue({ code: 'custom', path, message });
    if (v.result === '') {
      issue(['result'], 'Choose how the call ended.');
      return z.NEVER;
    }
    let promise: OutcomeFromForm['promise'] = null;
    if (v.result === 'promise-to-pay') promise = readPromise(v.promise, ctx, issue);
    let dispute: OutcomeFromForm['dispute'] = null;
    if (v.result === 'dispute') {
      if (v.dispute.reason === '') issue(['dispute', 'reason'], 'Choose what the dispute is about.');
      if (v.dispute.details.trim() === '') issue(['dispute', 'details'], 'Write down what the customer said.');
      if (v.dispute.reason !== '') {
        dispute = { invoiceId: v.dispute.invoiceId || null, reason: v.dispute.reason, details: v.dispute.details.trim() };
      }
    }
    let followUp: OutcomeFromForm['followUp'] = null;
    const followUpNeeded = v.result === 'callback-requested';
    if (followUpNeeded && !v.followUp.wanted) issue(['followUp', 'wanted'], 'A callback was requested: set when to call back.');
    if (v.followUp.wanted) {
      const dueAt =
        isCalendarDate(v.followUp.date) && /^\d{2}:\d{2}$/.test(v.followUp.time) ? ctx.toInstant(v.followUp.date, v.followUp.time) : null;
      if (!dueAt) issue(['followUp', 'date'], 'Enter the follow-up date and time.');
      else if (Date.parse(dueAt) < ctx.now.getTime() - 60_000) issue(['followUp', 'date'], 'The follow-up time is in the past.');
      else followUp = { kind: v.followUp.kind, dueAt, note: v.followUp.note.trim() };
    }
    return { result: v.result, contactDetailsConfirmed: v.contactDetailsConfirmed, promise, dispute, followUp };
  });
}

function readPromise(
  p: OutcomeFormValues['promise'],
  ctx: OutcomeContext,
  issue: (path: (string | number)[], message: string) => void,
): OutcomeFromForm['promise'] {
  const amountMinor = parseMoneyInput(p.amount, ctx.currency);
  if (amountMinor === null) issue(['promise', 'amount'], 'Enter the promised amount, e.g. 1250.00.');
  const chosen = ctx.openInvoices.filter((i) => p.invoiceIds.includes(i.id));
  const maxAmountMinor = (chosen.length > 0 ? chosen : ctx.openInvoices).reduce((sum, i) => sum + i.balanceMinor, 0);
  const instalments = p.usePlan
    ? p.instalments.map((i, index) => {
        const minor = parseMoneyInput(i.amount, ctx.currency);
        if (minor === null) issue(['promise', 'instalments', index, 'amount'], 'Enter an amount, e.g. 500.00.');
        if (!isCalendarDate(i.dueDate)) issue(['promise', 'instalments', index, 'dueDate'], 'Enter a date.');
        return { dueDate: i.dueDate, amountMinor: minor ?? 0 };
      })
    : [];
  if (!p.usePlan && !isCalendarDate(p.date)) issue(['promise', 'date'], 'Enter the date payment is promised for.');
  if (amountMinor === null) return null;
  const promisedDate = p.usePlan ? (instalments[0]?.dueDate ?? '') : p.date;
  const problems = checkPromise(
    { amountMinor, promisedDate, instalments },
    { today: ctx.today, maxAmountMinor, currency: ctx.currency, locale: ctx.locale },
  );
  for (const problem of problems) {
    // Map the rule's paths onto the form's field names.
    const [head, index, field] = problem.path;
    if (head === 'amountMinor') issue(['promise', 'amount'], problem.message);
    else if (head === 'promisedDate') issue(['promise', 'date'], problem.message);
    else if (head === 'instalments' && typeof index === 'number') {
      issue(['promise', 'instalments', index, field === 'amountMinor' ? 'amount' : 'dueDate'], problem.message);
    } else issue(['promise', 'instalments'], problem.message);
  }
  if (problems.length > 0) return null;
  return { amountMinor, currency: ctx.currency, promisedDate, method: p.method, invoiceIds: p.invoiceIds, instalments };
}
