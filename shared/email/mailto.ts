// Any e-mail as a mailto: link, with the rules the promise confirmation already follows (one
// implementation: shared/promises/confirmation-mailto.ts): CRLF line breaks, percent-encoded
// UTF-8, and subject and body cut on whole lines and words to main's 2048-character limit,
// keeping the sign-off and saying the details will follow.
import { confirmationMailto, fitConfirmationEmail, type FittedConfirmationEmail } from '../promises/confirmation-mailto';

export { maxMailtoLength, shortenedNotice } from '../promises/confirmation-mailto';

export interface EmailToSend {
  to: string;
  subject: string;
  body: string;
}

/** The e-mail as it goes into the link; `shortened` when it had to be cut to fit. */
export type FittedEmail = FittedConfirmationEmail;

/** Throws only when the address alone leaves no room for a message. */
export function fitEmailToLink(email: EmailToSend): FittedEmail {
  return fitConfirmationEmail(email);
}

/** The mailto: link main is asked to open; throws for an address that is not one. */
export function mailtoLink(email: EmailToSend): string {
  return confirmationMailto(email);
}
