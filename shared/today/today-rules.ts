// The contact rules as Today applies them. The rules module decides every breach for the kinds of
// account the rules are switched on for; Today also keeps the calling window for the others
// (usually commercial accounts), because a list of whom to call now should not offer a business
// at 3 a.m. their time, even where no law forbids the call.
import { callingWindowNow, checkContactRules, type ContactRuleSettings } from '../contact-rules/check-contact-rules';
import type { TodayRuleBreach } from './exclusions';
import type { TodayAccountFacts } from './facts';

export function todayRuleBreaches(account: TodayAccountFacts, now: Date, settings: ContactRuleSettings): TodayRuleBreach[] {
  const verdict = checkContactRules({
    account: { kind: account.kind, timeZone: account.timeZone, doNotCall: account.doNotCall, ceaseContact: account.ceaseContact },
    attempts: account.recentAttempts,
    now,
    settings,
  });
  if (verdict.applies) return verdict.breaches;
  const window = callingWindowNow(account.timeZone, now, settings);
  if (window.open || window.opensAt === null) return verdict.breaches;
  return [
    ...verdict.breaches,
    {
      rule: 'calling-hours',
      message: `It is outside the calling hours in the customer's time zone (${account.timeZone}); Today offers the account again from ${window.opensAtLabel ?? ''} their time.`,
      short: `call after ${window.opensAtLabel ?? ''} their time`,
      until: window.opensAt,
    },
  ];
}
