// Hands phone numbers and e-mail drafts to the operating system through main.
import { telUrlOf, type StoredPhone } from '../../shared/phone/phone';
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
 * The tel: URL for a stored number: its stored E.164 ("tel:+14155550134"), whatever the default
 * country is today; its digits when it never parsed; throws for fewer than 3 digits.
 */
export function telUrl(phone: StoredPhone): string {
  const url = telUrlOf(phone);
  if (!url) throw new Error(`"${phone.number}" is not a phone number that can be dialled.`);
  return url;
}

/** Opens the softphone with this stored number. */
export async function dial(phone: StoredPhone): Promise<void> {
  await invoke('shell:open-external', { url: telUrl(phone) });
}

/** Opens the mail client: pass a ready mailto: URL, a bare address, or a draft. */
export async function compose(mailto: string | EmailDraft): Promise<void> {
  const url = typeof mailto === 'string' && mailto.trim().toLowerCase().startsWith('mailto:')
    ? mailto.trim()
    : mailtoUrl(typeof mailto === 'string' ? { to: mailto } : mailto);
  await invoke('shell:open-external', { url });
}
