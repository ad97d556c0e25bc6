// Whether the office may e-mail an account about what it owes. Two things stop it: the customer
// asked us to stop contacting them, or the account is placed with a collection agency, which
// now does the collecting (two collectors writing to one debtor contradict each other and break
// the placement). Both are refused outright rather than confirmed: the way back is on the
// customer file (clear the flag, recall the account), as it is for calls.
import type { CurrentPlacement } from '../placements/schema';
import { emailsPausedText } from '../placements/placement-text';

export interface EmailStanding {
  ceaseContact?: boolean | undefined;
  placement?: Pick<CurrentPlacement, 'agencyName'> | null | undefined;
}

export const ceaseContactEmailRefusal = 'This customer asked us to stop contacting them, so no email can be sent to this account.';

/** Why the office may not e-mail this account, in a sentence; null when it may. */
export function officeEmailRefusal(account: EmailStanding): string | null {
  if (account.ceaseContact === true) return ceaseContactEmailRefusal;
  if (account.placement) return emailsPausedText(account.placement);
  return null;
}
