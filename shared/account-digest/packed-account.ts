// Who an account is, packed the same way in a digest shard (packed.ts) and in Today's stored facts
// (shared/today/packed-facts.ts): its id, name, kind, zone, agency and flags, in that order.
import type { CustomerKind } from '../customers/schema';
import type { AccountDigestEntry } from './model';
import type { PackReader, PackWriter } from './pack-codec';

export type PackedAccountHead = Pick<
  AccountDigestEntry,
  'customerId' | 'name' | 'kind' | 'timeZone' | 'placedWith' | 'doNotCall' | 'ceaseContact' | 'accountDisputeOpen'
>;

// Flags packed into one number.
const doNotCallFlag = 1;
const ceaseContactFlag = 2;
const accountDisputeFlag = 4;

/** Today's facts leave the two contact flags out when they are not set. */
type AccountHeadIn = Omit<PackedAccountHead, 'doNotCall' | 'ceaseContact'> & { doNotCall?: boolean; ceaseContact?: boolean };

export function writeAccountHead(out: PackWriter, account: AccountHeadIn): void {
  out.text(account.customerId);
  out.text(account.name);
  out.text(account.kind);
  out.text(account.timeZone);
  out.text(account.placedWith);
  out.int(
    (account.doNotCall ? doNotCallFlag : 0) |
      (account.ceaseContact ? ceaseContactFlag : 0) |
      (account.accountDisputeOpen ? accountDisputeFlag : 0),
  );
}

export function readAccountHead(from: PackReader): PackedAccountHead {
  const customerId = from.text();
  const name = from.text();
  const kind = from.text() as CustomerKind;
  const timeZone = from.text();
  const placedWith = from.maybeText();
  const flags = from.int();
  return {
    customerId,
    name,
    kind,
    timeZone,
    placedWith,
    doNotCall: (flags & doNotCallFlag) !== 0,
    ceaseContact: (flags & ceaseContactFlag) !== 0,
    accountDisputeOpen: (flags & accountDisputeFlag) !== 0,
  };
}
