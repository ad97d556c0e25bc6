// Hands phone numbers and e-mail drafts to the operating system through main.
import { mailtoUrl, type EmailDraft } from '../../shared/links/mailto';
import { telUrlOf, type StoredPhone } from '../../shared/phone/phone';

export { mailtoUrl, type EmailDraft };
import { invoke } from './bridge';

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
  const url =
    typeof mailto === 'string' && mailto.trim().toLowerCase().startsWith('mailto:')
      ? mailto.trim()
      : mailtoUrl(typeof mailto === 'string' ? { to: mailto } : mailto);
  await invoke('shell:open-external', { url });
}
