// Lines several stage scripts say the same way: the greeting, the ways to pay and the thanks.
// Kept in one place so a correction reaches every script (and bumps each one's version).
import type { TemplateLine } from '../model';

export const greetingLines: TemplateLine[] = [
  { text: 'Hello {contactName}, this is {callerName} from {companyName}.', when: 'contact-known' },
  { text: 'Hello, this is {callerName} from {companyName}.', when: 'contact-unknown' },
  { text: 'May I speak with {customerName}, please?', when: 'contact-unknown', only: 'consumer' },
];

export const waysToPayLines: TemplateLine[] = [
  { text: 'I can take a card payment over the phone with you now.' },
  { text: 'You can also pay {howToPay}.', when: 'how-to-pay-known' },
];

export const thanksLines: TemplateLine[] = [
  { text: 'Thank you for your time, {contactName}.', when: 'contact-known' },
  { text: 'Thank you for your time.', when: 'contact-unknown' },
];
