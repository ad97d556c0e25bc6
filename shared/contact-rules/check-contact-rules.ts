// Contact rules: plain data in, a verdict out. Which calls would break a rule right now — a
// do-not-call or cease-contact flag, the customer's calling hours, too many attempts in a week,
// or a call too soon after a conversation (the US Regulation F presumptions). The renderer asks
// before dialling and the Today list ranks accounts by the same verdict.
import { callingWindowNow, clockLabel, localMinutes, windowMinutes } from './calling-window';
import { agoText, inAbout } from './waiting-time';

export { callingWindowNow } from './calling-window';

export interface ContactRuleSettings {
  /** Rules on for consumer accounts (default true) and commercial ones (default false). */
  consumer: boolean;
  commercial: boolean;
  /** The calling window in the customer's own time zone, 24-hour 'HH:MM' (default 08:00–21:00). */
  callingHoursStart: string;
  callingHoursEnd: string;
}
export interface ContactRuleParty {
  doNotCall?: boolean;
  ceaseContact?: boolean;
}
export interface ContactRuleAccount extends ContactRuleParty {
  kind: 'commercial' | 'consumer';
  timeZone: string;
}
/** One past call attempt on the account: when it started (UTC ISO) and whether someone was reached. */
export interface ContactAttempt {
  at: string;
  reached: boolean;
}
export type ContactRuleName = 'do-not-call' | 'cease-contact' | 'calling-hours' | 'seven-in-seven' | 'after-conversation';
export interface ContactRuleBreach {
  rule: ContactRuleName;
  /** A plain sentence for the user, e.g. "It is 7:40 in the customer's time zone; calls are allowed from 8:00 to 21:00." */
  message: string;
  /** Short form for lists, e.g. "call after 8:00 their time", "7 attempts in the last 7 days". */
  short: string;
  /** When the rule stops blocking (UTC ISO), where that is known (hours, 7-in-7, after-conversation); null for flags. */
  until: string | null;
}
export interface ContactRuleVerdict {
  /** Whether the rules are switched on for this account's kind (flags always apply). */
  applies: boolean;
  breaches: ContactRuleBreach[];
}

export const defaultContactRuleSettings: ContactRuleSettings = {
  consumer: true,
  commercial: false,
  callingHoursStart: '08:00',
  callingHoursEnd: '21:00',
};

/** Regulation F counts attempts and conversations over seven consecutive days. */
export const ruleWindowDays = 7;
/** At most this many attempts in the rolling window; the next one is a breach. */
export const maxAttemptsInWindow = 7;

const dayMs = 86_400_000;
const windowMs = ruleWindowDays * dayMs;

/** A short name for each rule, for the override note and lists. */
export const contactRuleLabels: Record<ContactRuleName, string> = {
  'do-not-call': 'Do not call',
  'cease-contact': 'Cease contact',
  'calling-hours': 'Calling hours',
  'seven-in-seven': '7 calls in 7 days',
  'after-conversation': '7 days after a conversation',
};

function flagBreaches(account: ContactRuleParty, contact: ContactRuleParty | null | undefined): ContactRuleBreach[] {
  const breaches: ContactRuleBreach[] = [];
  const cease = [account.ceaseContact && 'the account', contact?.ceaseContact && 'this contact'].filter(Boolean);
  if (cease.length > 0) {
    breaches.push({
      rule: 'cease-contact',
      message: `Cease contact is set on ${cease.join(' and on ')}: the customer asked us to stop contacting them.`,
      short: 'asked us to stop contacting them',
      until: null,
    });
  }
  const dnc = [account.doNotCall && 'the account', contact?.doNotCall && 'this contact'].filter(Boolean);
  if (dnc.length > 0) {
    breaches.push({
      rule: 'do-not-call',
      message: `Do not call is set on ${dnc.join(' and on ')}.`,
      short: 'do not call',
      until: null,
    });
  }
  return breaches;
}

function callingHoursBreach(timeZone: string, now: Date, settings: ContactRuleSettings): ContactRuleBreach | null {
  const window = callingWindowNow(timeZone, now, settings);
  if (window.open || !window.opensAt) return null;
  const { start, end } = windowMinutes(settings);
  const local = localMinutes(timeZone, now);
  return {
    rule: 'calling-hours',
    message: `It is ${clockLabel(local.minutes)} in the customer's time zone (${timeZone}); calls are allowed from ${clockLabel(start)} to ${clockLabel(end)} their time.`,
    short: `call after ${window.opensAtLabel} their time`,
    until: window.opensAt,
  };
}

/**
 * callingHoursBreach for many accounts at the same instant: the answer depends only on the time
 * zone, and reading a zone's wall clock is the slow part of ranking thousands of accounts.
 */
export function callingHoursReader(now: Date, settings: ContactRuleSettings): (timeZone: string) => ContactRuleBreach | null {
  const byZone = new Map<string, ContactRuleBreach | null>();
  return (timeZone) => {
    if (!byZone.has(timeZone)) byZone.set(timeZone, callingHoursBreach(timeZone, now, settings));
    return byZone.get(timeZone) ?? null;
  };
}

/** Attempts that started within the last seven days up to now, oldest first. */
function recentAttempts(attempts: readonly ContactAttempt[], nowMs: number): { ms: number; reached: boolean }[] {
  return attempts
    .map((a) => ({ ms: Date.parse(a.at), reached: a.reached }))
    .filter((a) => Number.isFinite(a.ms) && a.ms <= nowMs && a.ms > nowMs - windowMs)
    .sort((a, b) => a.ms - b.ms);
}

function sevenInSevenBreach(recent: { ms: number }[], nowMs: number): ContactRuleBreach | null {
  if (recent.length < maxAttemptsInWindow) return null;
  // Another call is allowed once enough of the oldest attempts have left the seven days that
  // fewer than seven remain.
  const freeingMs = (recent[recent.length - maxAttemptsInWindow]?.ms ?? nowMs) + windowMs;
  return {
    rule: 'seven-in-seven',
    message: `${recent.length} call attempts were made on this account in the last ${ruleWindowDays} days. Under the US Regulation F presumption, more than ${maxAttemptsInWindow} attempts in ${ruleWindowDays} days may be harassment; the next attempt is allowed ${inAbout(freeingMs - nowMs)}.`,
    short: `${recent.length} attempts in the last ${ruleWindowDays} days`,
    until: new Date(freeingMs).toISOString(),
  };
}

function afterConversationBreach(recent: { ms: number; reached: boolean }[], nowMs: number): ContactRuleBreach | null {
  const lastReached = recent.filter((a) => a.reached).at(-1);
  if (!lastReached) return null;
  const untilMs = lastReached.ms + windowMs;
  return {
    rule: 'after-conversation',
    message: `Someone on this account was spoken to ${agoText(nowMs - lastReached.ms)}. Under the US Regulation F presumption, no call is placed within ${ruleWindowDays} days after a conversation; the next call is allowed ${inAbout(untilMs - nowMs)}.`,
    short: `spoken to ${agoText(nowMs - lastReached.ms)}`,
    until: new Date(untilMs).toISOString(),
  };
}

/** Every rule a call to this account (and contact) would break at `now`. */
export function checkContactRules(input: {
  account: ContactRuleAccount;
  /** The contact about to be called, when known. */
  contact?: ContactRuleParty | null;
  /** The account's call attempts, any order; only the last 7 days matter. */
  attempts: readonly ContactAttempt[];
  now: Date;
  settings: ContactRuleSettings;
  /** The calling hours' verdict by zone, when many accounts are checked at once (callingHoursReader). */
  callingHours?: (timeZone: string) => ContactRuleBreach | null;
}): ContactRuleVerdict {
  const { account, contact, attempts, now, settings, callingHours } = input;
  const applies = account.kind === 'consumer' ? settings.consumer : settings.commercial;
  const breaches = flagBreaches(account, contact);
  if (applies) {
    const nowMs = now.getTime();
    const recent = recentAttempts(attempts, nowMs);
    for (const breach of [
      callingHours ? callingHours(account.timeZone) : callingHoursBreach(account.timeZone, now, settings),
      sevenInSevenBreach(recent, nowMs),
      afterConversationBreach(recent, nowMs),
    ]) {
      if (breach) breaches.push(breach);
    }
  }
  return { applies, breaches };
}
