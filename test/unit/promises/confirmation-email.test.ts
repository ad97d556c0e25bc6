import { describe, expect, it } from 'vitest';
import { externalUrlSchema } from '../../../shared/ipc/contract';
import {
  confirmationMailto,
  confirmationPlaceholders,
  fillConfirmationEmail,
  fitConfirmationEmail,
  invoiceList,
  maxMailtoLength,
  unknownPlaceholders,
  type ConfirmationEmailInput,
} from '../../../shared/promises/confirmation-email';
import { shortenedNotice } from '../../../shared/promises/confirmation-mailto';
import { confirmationNoteText, readConfirmationNote } from '../../../shared/promises/confirmation-note';
import { defaultSettings } from '../../../shared/settings/schema';

const settings = {
  locale: 'en-US',
  companyName: 'Brightside Plumbing',
  companyAddress: '1 Main St\nOakland CA 94607',
  paymentDetails: 'First Bay Bank\nAccount 0012345678, routing 121000358',
  remitToAddress: '',
  callerName: 'Sam Ortiz',
  callbackNumber: '(415) 555-0100',
  defaultCountry: 'US',
};

function input(overrides: Partial<ConfirmationEmailInput> = {}): ConfirmationEmailInput {
  return {
    subjectTemplate: defaultSettings.confirmationSubject,
    bodyTemplate: defaultSettings.confirmationBody,
    promise: { amountMinor: 1_250_00, currency: 'USD', promisedDate: '2026-03-05', method: 'bank-transfer', instalments: [] },
    contact: { name: 'Dana Whitfield', emails: ['dana@harbor.example', 'ap@harbor.example'] },
    customerName: 'Harbor Point Dental Group',
    invoiceNumbers: ['10042', '10043'],
    settings,
    ...overrides,
  };
}

/** What a mail client reads back out of the link. */
function decode(url: string): { to: string; subject: string; body: string } {
  const match = /^mailto:([^?]*)\?(.*)$/.exec(url);
  if (!match) throw new Error(`Not a mailto with a query: ${url}`);
  const params = Object.fromEntries((match[2] ?? '').split('&').map((pair) => pair.split('=') as [string, string]));
  return {
    to: decodeURIComponent(match[1] ?? ''),
    subject: decodeURIComponent(params.subject ?? ''),
    body: decodeURIComponent(params.body ?? ''),
  };
}

const plan = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    dueDate: `2026-${String(3 + Math.floor(i / 28)).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    amountMinor: 100_00,
  }));

describe('fillConfirmationEmail', () => {
  it('fills every placeholder of the default template from the promise and the settings', () => {
    const email = fillConfirmationEmail(input());
    expect(email.to).toBe('dana@harbor.example');
    expect(email.subject).toBe('Payment arrangement: $1,250.00 by March 5, 2026');
    expect(email.body).toBe(
      [
        'Dear Dana Whitfield,',
        '',
        'Thank you for speaking with me today. As agreed, Harbor Point Dental Group will pay $1,250.00 by March 5, 2026 by bank transfer, covering invoices 10042 and 10043.',
        'If anything changes, please call me on (415) 555-0100 before that date.',
        'You can pay by bank transfer to First Bay Bank, Account 0012345678, routing 121000358, or by cheque to Brightside Plumbing, 1 Main St, Oakland CA 94607.',
        '',
        'Kind regards,',
        'Sam Ortiz',
        'Brightside Plumbing',
      ].join('\n'),
    );
    expect(email.unfilled).toEqual([]);
    expect(`${email.subject}${email.body}`).not.toMatch(/undefined|null|\{/);
  });

  it('knows every placeholder it lists', () => {
    const template = confirmationPlaceholders.map((p) => `{${p.name}}`).join('|');
    expect(unknownPlaceholders(template)).toEqual([]);
    const email = fillConfirmationEmail(input({ bodyTemplate: template, promise: { ...input().promise, instalments: plan(2) } }));
    expect(email.body).not.toMatch(/\{|undefined/);
  });

  it('writes one line per instalment and dates the promise by the last one', () => {
    const email = fillConfirmationEmail(
      input({
        promise: {
          ...input().promise,
          amountMinor: 900_00,
          promisedDate: '2026-03-05',
          instalments: [
            { dueDate: '2026-03-05', amountMinor: 400_00 },
            { dueDate: '2026-03-19', amountMinor: 500_00 },
          ],
        },
      }),
    );
    expect(email.body).toContain('will pay $900.00 by March 19, 2026');
    expect(email.body).toContain(
      'covering invoices 10042 and 10043.\nInstalment 1 of 2: $400.00 on March 5, 2026\nInstalment 2 of 2: $500.00 on March 19, 2026\nIf anything changes',
    );
    expect(email.planSummarised).toBe(false);
  });

  it('removes the plan line for a single payment but keeps an inline placeholder’s sentence', () => {
    const email = fillConfirmationEmail(input({ bodyTemplate: 'A\n  {instalmentPlan}  \nB\nPlan: {instalmentPlan}.' }));
    expect(email.body).toBe('A\nB\nPlan: .');
  });

  it('has no address without a contact email, and greets the customer without a contact', () => {
    expect(fillConfirmationEmail(input({ contact: { name: 'Dana Whitfield', emails: [] } })).to).toBeNull();
    const email = fillConfirmationEmail(input({ contact: null }));
    expect(email.to).toBeNull();
    expect(email.body).toMatch(/^Dear Harbor Point Dental Group,/);
  });

  it('leaves unknown placeholders and values not set yet visible, and says which', () => {
    const email = fillConfirmationEmail(
      input({ subjectTemplate: 'Re {accountNumber}: {amount}', settings: { ...settings, callbackNumber: '' } }),
    );
    expect(email.subject).toBe('Re {accountNumber}: $1,250.00');
    expect(email.body).toContain('please call me on {callbackNumber} before');
    expect(email.unfilled).toEqual(['accountNumber', 'callbackNumber']);
    expect(unknownPlaceholders('{amount} {Amount} {foo}')).toEqual(['Amount', 'foo']);
  });

  it('formats amounts and dates in the locale, and lists invoices in words', () => {
    const email = fillConfirmationEmail(
      input({ settings: { ...settings, locale: 'en-GB' }, promise: { ...input().promise, currency: 'EUR' } }),
    );
    expect(email.subject).toBe('Payment arrangement: €1,250.00 by 5 March 2026');
    expect(invoiceList([])).toBe('');
    expect(invoiceList(['7'])).toBe('invoice 7');
    expect(invoiceList(['7', '8', '9'])).toBe('invoices 7, 8 and 9');
  });

  it('folds a plan too long for a mail link into one line that says the details follow', () => {
    const email = fillConfirmationEmail(input({ promise: { ...input().promise, amountMinor: 60 * 100_00, instalments: plan(60) } }));
    expect(email.planSummarised).toBe(true);
    expect(email.body).toContain(
      '\n60 instalments, next $100.00 on March 1, 2026; the amount and date of each will follow in a separate email.',
    );
    expect(email.body).toContain('will follow in a separate email');
    expect(email.body).not.toContain('Instalment 1 of 60');
    expect(email.body).toMatch(/Sam Ortiz\nBrightside Plumbing$/);
    const url = confirmationMailto(email);
    expect(url.length).toBeLessThanOrEqual(maxMailtoLength);
    expect(decode(url).body).toBe(email.body.replace(/\n/g, '\r\n'));
  });
});

describe('confirmationMailto', () => {
  it('encodes subject and body per RFC 6068 with CRLF line breaks, and round-trips', () => {
    const email = fillConfirmationEmail(input({ bodyTemplate: 'Dear {contactName},\nÉté & co? 100% sure #1 + ✓ 😀\r\nBye' }));
    const url = confirmationMailto(email);
    expect(url).toMatch(/^mailto:dana@harbor\.example\?subject=[^&\s]+&body=[^&\s]+$/);
    expect(url).toContain('%0D%0A');
    expect(url).not.toMatch(/%0A(?<!%0D%0A)/);
    expect(url).toContain('Payment%20arrangement');
    const decoded = decode(url);
    expect(decoded).toEqual({
      to: 'dana@harbor.example',
      subject: email.subject,
      body: 'Dear Dana Whitfield,\r\nÉté & co? 100% sure #1 + ✓ 😀\r\nBye',
    });
    expect(externalUrlSchema.safeParse(url).success).toBe(true);
  });

  it('keeps @ in the address and encodes what would break the link', () => {
    const url = confirmationMailto({ to: ' a+b&c@x.example ', subject: 'S', body: 'B' });
    expect(url.startsWith('mailto:a%2Bb%26c@x.example?')).toBe(true);
    expect(decode(url).to).toBe('a+b&c@x.example');
  });

  it('refuses without an address, and with something that is not one', () => {
    expect(() => confirmationMailto({ to: null, subject: 'S', body: 'B' })).toThrow('There is no email address');
    expect(() => confirmationMailto({ to: '  ', subject: 'S', body: 'B' })).toThrow('There is no email address');
    expect(() => confirmationMailto({ to: 'dana at harbor', subject: 'S', body: 'B' })).toThrow('is not an email address');
  });

  it('shortens a long body under 2048 characters on whole lines, keeping the sign-off', () => {
    const paragraph = Array.from({ length: 80 }, (_, i) => `Line ${i + 1}: ünïcödé text that takes room in a link.`).join('\n');
    const email = {
      to: 'dana@harbor.example',
      subject: 'Payment arrangement',
      body: `Dear Dana,\n\n${paragraph}\n\nKind regards,\nSam Ortiz`,
    };
    const fitted = fitConfirmationEmail(email);
    expect(fitted.shortened).toBe(true);
    const url = confirmationMailto(email);
    expect(url.length).toBeLessThanOrEqual(maxMailtoLength);
    expect(url.length).toBeGreaterThan(maxMailtoLength - 200);
    expect(externalUrlSchema.safeParse(url).success).toBe(true);
    const body = decode(url).body;
    expect(body.startsWith('Dear Dana,\r\n\r\nLine 1: ')).toBe(true);
    expect(body).toContain(`\r\n\r\n${shortenedNotice}\r\n\r\nKind regards,\r\nSam Ortiz`);
    expect(body).toBe(fitted.body.replace(/\n/g, '\r\n'));
    expect(body).not.toContain('\uFFFD');
  });

  it('fits any text: one huge line, a huge subject, emoji and lone surrogates', () => {
    const huge = '😀 word '.repeat(3000);
    for (const email of [
      { to: 'dana@harbor.example', subject: 'S', body: huge },
      { to: 'dana@harbor.example', subject: huge, body: huge },
      { to: 'dana@harbor.example', subject: 'bad \uD800 half', body: `x\uDC00y\n${huge}` },
    ]) {
      const url = confirmationMailto(email);
      expect(url.length).toBeLessThanOrEqual(maxMailtoLength);
      expect(externalUrlSchema.safeParse(url).success).toBe(true);
      const decoded = decode(url); // throws on a split %-sequence or surrogate
      expect(decoded.body.length).toBeGreaterThan(100);
    }
  });

  it('leaves an email that fits untouched', () => {
    const email = { to: 'dana@harbor.example', subject: 'Hello', body: 'One\nTwo' };
    expect(fitConfirmationEmail(email)).toEqual({ ...email, shortened: false });
  });
});

describe('confirmation note', () => {
  it('writes the recipient, subject and text, and reads them back', () => {
    const text = confirmationNoteText({ to: 'dana@harbor.example', subject: 'Payment\narrangement', body: 'Dear Dana,\r\n\r\nThanks\n' });
    expect(text).toBe('To: dana@harbor.example\nSubject: Payment arrangement\n\nDear Dana,\n\nThanks');
    expect(readConfirmationNote(text)).toEqual({ to: 'dana@harbor.example', subject: 'Payment arrangement', body: 'Dear Dana,\n\nThanks' });
    expect(readConfirmationNote('A free note')).toBeNull();
  });
});
