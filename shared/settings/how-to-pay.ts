// Where and how customers pay us, from the company details in Settings: read by the statement,
// the call script and the promise confirmation email, so all three say the same thing.
import type { Settings } from './schema';

type PaySettings = Pick<Settings, 'companyName' | 'companyAddress' | 'paymentDetails' | 'remitToAddress'>;

/** A multi-line field as its non-blank lines. */
export function textLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Bank or transfer details, one line each; empty when none were given. */
export function paymentDetailLines(settings: PaySettings): string[] {
  return textLines(settings.paymentDetails);
}

/** The postal address for payments: the remit-to address, else the company address. */
export function remitToLines(settings: PaySettings): string[] {
  const remit = textLines(settings.remitToAddress);
  return remit.length ? remit : textLines(settings.companyAddress);
}

/** One paragraph for an email or a script line; empty when Settings say nothing about paying. */
export function howToPayText(settings: PaySettings): string {
  const bank = paymentDetailLines(settings);
  const post = remitToLines(settings);
  const parts = [
    bank.length ? `by bank transfer to ${bank.join(', ')}` : '',
    post.length ? `by cheque to ${[settings.companyName.trim(), ...post].filter(Boolean).join(', ')}` : '',
  ].filter(Boolean);
  return parts.join(', or ');
}

/** The company details a document sent out in our name cannot do without, by label. */
export function missingSenderDetails(settings: Pick<Settings, 'companyName' | 'companyAddress' | 'callerName'>): string[] {
  return [
    settings.companyName.trim() ? '' : 'company name',
    settings.companyAddress.trim() ? '' : 'company address',
    settings.callerName.trim() ? '' : 'your name',
  ].filter(Boolean);
}
