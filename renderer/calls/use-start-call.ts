// Starting a call from the customer file: either dialling a contact's number (the tel: link goes
// to the OS softphone through main) or logging a call made some other way.
import { useState } from 'react';
import { navigate, routes } from '../app/router';
import type { Contact } from '../../shared/contacts/schema';
import type { StoredPhone } from '../../shared/phone/phone';
import { defaultScript } from '../../shared/scripts/default-script';
import { dial as dialNumber } from '../platform/external-links';
import { useStartCall } from './queries';

export function pickCallContact(contacts: readonly Contact[]): Contact | null {
  return contacts.find((c) => c.authorisesPayment) ?? contacts[0] ?? null;
}

/**
 * `blockedReason`: why no call may start on this account now (it is placed with an agency), or
 * null. A blocked call is refused before anything is dialled, with that reason as the error.
 */
export function useStartCallAction(customerId: string, blockedReason: string | null = null) {
  const startCall = useStartCall();
  const [error, setError] = useState<string | null>(null);
  const busy = startCall.isPending;

  async function begin(contact: Contact | null, phone: StoredPhone | null, dialled: boolean) {
    const call = await startCall.mutateAsync({
      customerId,
      contactId: contact?.id ?? null,
      phoneNumber: phone?.number ?? null,
      phoneE164: phone?.e164 ?? null,
      dialled,
      scriptId: defaultScript.id,
    });
    navigate(routes.call(customerId, call.id));
  }

  return {
    busy,
    error,
    /** Dials the number as stored (its E.164 read when it was saved, never re-read now). */
    async dial(contact: Contact, phone: StoredPhone) {
      if (busy) return;
      setError(blockedReason);
      if (blockedReason) return;
      let dialled = false;
      try {
        await dialNumber(phone);
        dialled = true;
      } catch (e) {
        setError(`Could not hand the number to your phone app (${e instanceof Error ? e.message : String(e)}). The call is open: dial ${phone.number} yourself.`);
      }
      try {
        await begin(contact, phone, dialled);
      } catch (e) {
        setError(`Could not start the call: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    async logCall(contacts: readonly Contact[]) {
      if (busy) return;
      setError(blockedReason);
      if (blockedReason) return;
      try {
        await begin(pickCallContact(contacts), null, false);
      } catch (e) {
        setError(`Could not start the call: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
  };
}
