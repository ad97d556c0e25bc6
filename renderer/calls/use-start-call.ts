// Starting a call from the customer file: either dialling a contact's number (the tel: link goes
// to the OS softphone through main) or logging a call made some other way. A call against the
// contact rules waits for the user's reason (see `pendingOverride`) before anything happens.
import { useState } from 'react';
import { navigate, routes } from '../shell/router';
import type { Contact } from '../../shared/contacts/schema';
import type { ContactRuleBreach } from '../../shared/contact-rules/check-contact-rules';
import { overrideFor, type ContactRuleOverride } from '../../shared/contact-rules/override';
import type { StoredPhone } from '../../shared/phone/phone';
import { defaultScript } from '../../shared/scripts/default-script';
import type { ContactRuleCheck } from '../contact-rules/contact-rule-check';
import { useRecordContactRuleOverride } from '../contact-rules/queries';
import { dial as dialNumber } from '../platform/external-links';
import { useStartCall } from './queries';
import { errorMessage } from '../../shared/common/error-message';

export function pickCallContact(contacts: readonly Contact[]): Contact | null {
  return contacts.find((c) => c.authorisesPayment) ?? contacts[0] ?? null;
}

/** A call held back by the contact rules until the user gives a reason or cancels. */
export interface PendingOverride {
  contact: Contact | null;
  /** The number to dial; null when the call is logged without dialling. */
  phone: StoredPhone | null;
  breaches: ContactRuleBreach[];
}

/**
 * `blockedReason`: why no call may start on this account now (it is placed with an agency), or
 * null. A blocked call is refused before anything is dialled, with that reason as the error.
 * `checkRules`: the contact rules for this account, asked at the moment of the call.
 * `scriptId`: the script the call opens with (the caller can switch in the call).
 */
export function useStartCallAction(
  customerId: string,
  blockedReason: string | null = null,
  checkRules: ContactRuleCheck | null = null,
  /** The script the call opens with: the one proposed for the account. */
  scriptId: string = defaultScript.id,
) {
  const startCall = useStartCall();
  const recordOverride = useRecordContactRuleOverride();
  const [error, setError] = useState<string | null>(null);
  const [pendingOverride, setPendingOverride] = useState<PendingOverride | null>(null);
  const busy = startCall.isPending || recordOverride.isPending;

  async function begin(contact: Contact | null, phone: StoredPhone | null, dialled: boolean, override: ContactRuleOverride | null = null) {
    const call = await startCall.mutateAsync({
      customerId,
      contactId: contact?.id ?? null,
      phoneNumber: phone?.number ?? null,
      phoneE164: phone?.e164 ?? null,
      dialled,
      scriptId,
      override,
    });
    navigate(routes.call(customerId, call.id));
  }

  async function dialNow(contact: Contact, phone: StoredPhone, override: ContactRuleOverride | null) {
    // The reason is on the timeline before the number leaves the app.
    if (override) {
      try {
        await recordOverride.mutateAsync({ customerId, override });
      } catch (e) {
        setError(`Nothing was dialled: the reason could not be saved (${errorMessage(e)}).`);
        return;
      }
    }
    let dialled = false;
    try {
      await dialNumber(phone);
      dialled = true;
    } catch (e) {
      setError(`Could not hand the number to your phone app (${errorMessage(e)}). The call is open: dial ${phone.number} yourself.`);
    }
    try {
      await begin(contact, phone, dialled);
    } catch (e) {
      setError(`Could not start the call: ${errorMessage(e)}`);
    }
  }

  async function logNow(contact: Contact | null, override: ContactRuleOverride | null) {
    try {
      // The override and the call are written together.
      await begin(contact, null, false, override);
    } catch (e) {
      setError(`Could not start the call: ${errorMessage(e)}`);
    }
  }

  /** True when the rules hold the call back for a reason (the dialog then asks for it). */
  function heldByRules(contact: Contact | null, phone: StoredPhone | null): boolean {
    const breaches = checkRules?.(contact) ?? [];
    if (breaches.length === 0) return false;
    setPendingOverride({ contact, phone, breaches });
    return true;
  }

  return {
    busy,
    error,
    pendingOverride,
    /** Dials the number as stored (its E.164 read when it was saved, never re-read now). */
    async dial(contact: Contact, phone: StoredPhone) {
      if (busy) return;
      setError(blockedReason);
      if (blockedReason || heldByRules(contact, phone)) return;
      await dialNow(contact, phone, null);
    },
    async logCall(contacts: readonly Contact[]) {
      if (busy) return;
      setError(blockedReason);
      if (blockedReason) return;
      const contact = pickCallContact(contacts);
      if (heldByRules(contact, null)) return;
      await logNow(contact, null);
    },
    /** Calls anyway, recording the reason and the rules broken on the timeline. */
    async callAnyway(reason: string) {
      const pending = pendingOverride;
      if (!pending || busy) return;
      setPendingOverride(null);
      let override: ContactRuleOverride;
      try {
        override = overrideFor(pending.breaches, reason);
      } catch {
        setError('Give a reason for calling anyway.');
        return;
      }
      if (pending.phone && pending.contact) await dialNow(pending.contact, pending.phone, override);
      else await logNow(pending.contact, override);
    },
    /** Leaves everything as it was. */
    cancelOverride() {
      setPendingOverride(null);
    },
  };
}
