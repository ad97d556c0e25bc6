// The promise confirmation's mail link and timeline note. Its text is written from the e-mail
// templates (test/unit/email/confirmation-from-template.test.ts).
import { describe, expect, it } from 'vitest';
import { externalUrlSchema } from '../../../shared/ipc/contract';
import { confirmationMailto, fitConfirmationEmail, maxMailtoLength, shortenedNotice } from '../../../shared/promises/confirmation-mailto';
import { confirmationNoteText, readConfirmationNote } from '../../../shared/promises/confirmation-note';

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

describe('confirmationMailto', () => {
  it('encodes subject and body per RFC 6068 with CRLF line breaks, and round-trips', () => {
    const email = {
      to: 'dana@harbor.example',
      subject: 'Payment arrangement: $1,250.00 by March 5, 2026',
      body: 'Dear Dana Whitfield,\nÉté & co? 100% sure #1 + ✓ 😀\r\nBye',
    };
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
