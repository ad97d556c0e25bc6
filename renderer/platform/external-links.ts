// Hands phone numbers and e-mail drafts to the operating system through main.
import { invoke } from './bridge';

/**
 * A tel: URL for a number as people type it ("+1 (555) 123-4567" → "tel:+15551234567").
 * Keeps digits, and a + only at the very start; throws when fewer than 3 digits remain.
 */
export function telUrl(phoneNumber: string): string {
  const trimmed = phoneNumber.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 3) throw new Error(`"${phoneNumber}" is not a phone number that can be dialled.`);
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

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

/** Opens the softphone with this number. */
export async function dial(phoneNumber: string): Promise<void> {
  await invoke('shell:open-external', { url: telUrl(phoneNumber) });
}

/** Opens the mail client: pass a ready mailto: URL, a bare address, or a draft. */
export async function compose(mailto: string | EmailDraft): Promise<void> {
  const url = typeof mailto === 'string' && mailto.trim().toLowerCase().startsWith('mailto:')
    ? mailto.trim()
    : mailtoUrl(typeof mailto === 'string' ? { to: mailto } : mailto);
  await invoke('shell:open-external', { url });
}
