// Hands phone numbers and e-mail drafts to the operating system through main.
import { telUrl as telUrlFor } from '../../shared/phone/phone';
import { invoke } from './bridge';

export interface EmailDraft {
  to: string;
  subject?: string;
  body?: string;
}

const plainAddress = /^[^\s@?&#,;<>"]+@[^\s@?&#,;<>"]+$/;

/** A mailto: URL; subject and body are percent-encoded (spaces as %20, which mail clients expect). */
export function mailtoUrl({ to, subject, body }: EmailDraft): string {
  const address = to.trim();
  if (!plainAddress.test(address)) throw new Error(`"${to}" is not an e-mail address.`);
  const query = [
    subject ? `subject=${encodeURIComponent(subject)}` : '',
    body ? `body=${encodeURIComponent(body)}` : '',
  ].filter(Boolean);
  return `mailto:${address}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/**
 * A tel: URL for a number as people type it: E.164 when it parses for the default country
 * ("(415) 555-0134" → "tel:+14155550134"), otherwise its digits; throws for fewer than 3 digits.
 */
export function telUrl(phoneNumber: string, defaultCountry = 'US'): string {
  const url = telUrlFor(phoneNumber, defaultCountry);
  if (!url) throw new Error(`"${phoneNumber}" is not a phone number that can be dialled.`);
  return url;
}

/** Opens the softphone with this number. */
export async function dial(phoneNumber: string, defaultCountry = 'US'): Promise<void> {
  await invoke('shell:open-external', { url: telUrl(phoneNumber, defaultCountry) });
}

/** Opens the mail client: pass a ready mailto: URL, a bare address, or a draft. */
export async function compose(mailto: string | EmailDraft): Promise<void> {
  const url = typeof mailto === 'string' && mailto.trim().toLowerCase().startsWith('mailto:')
    ? mailto.trim()
    : mailtoUrl(typeof mailto === 'string' ? { to: mailto } : mailto);
  await invoke('shell:open-external', { url });
}
