// Resolvers for the merge fields that have no call-script placeholder of their own. The rest are
// the script placeholders' resolvers (shared/scripts/placeholders.ts), reused as they are.
import { isCalendarDate } from '../dates/calendar';
import type { AccountFacts } from '../scripts/account-facts';
import type { FilledText } from '../scripts/model';
import { placeholderResolvers } from '../scripts/placeholders';
import { figure, prompt, text } from '../scripts/wording';

/** Words that come before a name but are not one: "Dr. Lena Ortiz" has no first name we can use alone. */
const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev', 'fr']);

/**
 * The name to greet someone by, from the full name as written in the contact: the first word
 * ("Marco" from "Marco Diaz"), the word after the comma in "Diaz, Marco", or the whole name when
 * the first word is a title or an initial ("Dr. Ortiz", "J. Diaz"), so nobody is greeted as "Dr"
 * or by their surname alone.
 */
export function firstNameOf(fullName: string): string {
  const name = fullName.trim().replace(/\s+/g, ' ');
  const comma = name.indexOf(',');
  const given = comma > 0 ? name.slice(comma + 1).trim() : name;
  const first = given.split(' ')[0] ?? '';
  const bare = first.replace(/\.$/, '').toLowerCase();
  if (!first || titles.has(bare) || /^\p{L}\.?$/u.test(first)) return comma > 0 ? `${given} ${name.slice(0, comma)}`.trim() : name;
  return first;
}

export const extraFieldResolvers = {
  // Without a contact the script says "Hello there", as for the full name.
  contactFirstName: (facts: AccountFacts): FilledText =>
    facts.contact ? [figure(firstNameOf(facts.contact.name))] : placeholderResolvers.contactName(facts),
  // The name that owes the money, for letters: the legal name, else the trading name.
  customerLegalName: ({ ctx }: AccountFacts): FilledText => {
    const name = ctx.customer.legalName.trim() || ctx.customer.tradingName.trim();
    return name ? [figure(name)] : [text('your company')];
  },
  today: (facts: AccountFacts): FilledText => facts.date(facts.ctx.today),
  // Only ever what the user wrote: without it a script asks the caller, and writing is refused.
  nextStepAction: ({ ctx }: AccountFacts): FilledText =>
    ctx.nextStep?.action.trim() ? [figure(ctx.nextStep.action.trim())] : [prompt('the step your business has decided')],
  nextStepDate: (facts: AccountFacts): FilledText =>
    facts.ctx.nextStep?.date ? facts.date(facts.ctx.nextStep.date) : [prompt('the last day to settle')],
};

/** The last day to settle counts only when it is a real day after today: a notice never names a past one. */
export const nextStepDateKnown = ({ ctx }: AccountFacts): boolean =>
  hasCalendarDate(ctx.nextStep?.date) && hasCalendarDate(ctx.today) && (ctx.nextStep?.date ?? '') > ctx.today;

export const hasCalendarDate = (value: string | null | undefined): boolean => !!value && isCalendarDate(value);
