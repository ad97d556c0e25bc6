// A one-shot hand-over from the call workspace to the customer file: "this call just ended with
// a promise, offer to confirm it by email". Kept in sessionStorage (this window only) so it
// survives the route change but never follows the user to another day or window.

const key = (customerId: string) => `call-desk:offer-confirmation:${customerId}`;

/** Called when a call closes with a promise; the file then offers to email a confirmation. */
export function offerConfirmation(customerId: string, callId: string): void {
  try {
    sessionStorage.setItem(key(customerId), callId);
  } catch {
    // Storage refused (private mode, quota): the offer is a convenience, the promise is saved.
  }
}

/** The call whose promise is waiting to be confirmed, if any (does not consume it). */
export function pendingConfirmationOffer(customerId: string): string | null {
  try {
    return sessionStorage.getItem(key(customerId));
  } catch {
    return null;
  }
}

export function clearConfirmationOffer(customerId: string): void {
  try {
    sessionStorage.removeItem(key(customerId));
  } catch {
    // Nothing stored, nothing to clear.
  }
}
