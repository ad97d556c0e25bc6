// The contact rules as Today applies them. The rules module decides every breach for the kinds of
// account the rules are switched on for; Today also keeps the calling window for the others
// (usually commercial accounts), because a list of whom to call now should not offer a business
// at 3 a.m. their time, even where no law forbids the call.
import { callingHoursReader, callingWindowNow, checkContactRules, type ContactRuleSettings } from '../contact-rules/check-contact-rules';
import type { TodayRuleBreach } from './exclusions';
import type { TodayAccountFacts } from './facts';

type CallingWindow = ReturnType<typeof callingWindowNow>;

/** Per-zone answers shared by the accounts checked at one instant. */
interface ZoneAnswers {
  callingHours: ReturnType<typeof callingHoursReader>;
  callingWindow(timeZone: string): CallingWindow;
}

function zoneAnswers(now: Date, settings: ContactRuleSettings): ZoneAnswers {
  const windows = new Map<string, CallingWindow>();
  return {
    callingHours: callingHoursReader(now, settings),
    callingWindow(timeZone) {
      let window = windows.get(timeZone);
      if (!window) {
        window = callingWindowNow(timeZone, now, settings);
        windows.set(timeZone, window);
      }
      return window;
    },
  };
}

export function todayRuleBreaches(
  account: TodayAccountFacts,
  now: Date,
  settings: ContactRuleSettings,
  zones: ZoneAnswers = zoneAnswers(now, settings),
): TodayRuleBreach[] {
  const verdict = checkContactRules({
    account: { kind: account.kind, timeZone: account.timeZone, doNotCall: account.doNotCall, ceaseContact: account.ceaseContact },
    attempts: account.recentAttempts,
    now,
    settings,
    callingHours: zones.callingHours,
  });
  if (verdict.applies) return verdict.breaches;
  const window = zones.callingWindow(account.timeZone);
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

/**
 * todayRuleBreaches for many accounts at the same instant. Most accounts carry no flag and no
 * call this week, and then the verdict depends only on their kind and time zone: it is worked
 * out once per pair instead of once per account.
 */
export function todayRulesChecker(now: Date, settings: ContactRuleSettings): (account: TodayAccountFacts) => TodayRuleBreach[] {
  // By kind, then zone (no key string built per account).
  const byKindAndZone = new Map<string, Map<string, TodayRuleBreach[]>>();
  // Accounts with a flag or a recent call are checked one by one, but still share what their zone says.
  const zones = zoneAnswers(now, settings);
  return (account) => {
    if (account.doNotCall || account.ceaseContact || account.recentAttempts.length > 0)
      return todayRuleBreaches(account, now, settings, zones);
    let byZone = byKindAndZone.get(account.kind);
    if (!byZone) {
      byZone = new Map();
      byKindAndZone.set(account.kind, byZone);
    }
    let breaches = byZone.get(account.timeZone);
    if (!breaches) {
      breaches = todayRuleBreaches(account, now, settings, zones);
      byZone.set(account.timeZone, breaches);
    }
    return breaches;
  };
}
