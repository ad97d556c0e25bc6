// The contact rules for one account as the customer file knows it: its flags, its calls and the
// office's settings, checked at the moment the user dials (not when the screen was drawn).
import { reachedResults, type Call } from '../../shared/calls/schema';
import {
  checkContactRules,
  type ContactRuleAccount,
  type ContactRuleBreach,
  type ContactRuleParty,
  type ContactRuleSettings,
} from '../../shared/contact-rules/check-contact-rules';
import { attemptsOf } from '../../shared/contact-rules/override';

export type ContactRuleCheck = (contact: ContactRuleParty | null) => ContactRuleBreach[];

export function contactRuleCheckFor(
  account: ContactRuleAccount,
  calls: readonly Pick<Call, 'startedAt' | 'result'>[],
  settings: ContactRuleSettings,
): ContactRuleCheck {
  return (contact) =>
    checkContactRules({ account, contact, attempts: attemptsOf(calls, reachedResults), now: new Date(), settings }).breaches;
}
