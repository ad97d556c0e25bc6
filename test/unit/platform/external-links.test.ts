import { afterEach, describe, expect, it, vi } from 'vitest';
import { IpcCallError } from '../../../renderer/platform/bridge';
import { compose, dial, mailtoUrl, telUrl } from '../../../renderer/platform/external-links';
import { installFakeBridge } from './fake-bridge';

afterEach(() => vi.unstubAllGlobals());

describe('telUrl', () => {
  it('dials the E.164 stored when the number was saved, whatever the text says today', () => {
    expect(telUrl({ number: '(415) 555-0134', e164: '+14155550134' })).toBe('tel:+14155550134');
    // The text alone would read as British now; the stored form wins.
    expect(telUrl({ number: '020 7946 0958', e164: '+442079460958' })).toBe('tel:+442079460958');
  });

  it.each([
    ['0800 12+34', 'tel:08001234'],
    ['555 1234 ext 9', 'tel:55512349'],
  ])('falls back to the digits of %s, which never parsed', (number, url) => {
    expect(telUrl({ number, e164: null })).toBe(url);
  });

  it.each(['', '   ', '+1', 'call me', '++'])('refuses %j', (number) => {
    expect(() => telUrl({ number, e164: null })).toThrow('is not a phone number');
  });
});

describe('mailtoUrl', () => {
  it('encodes subject and body', () => {
    expect(mailtoUrl({ to: 'ap@acme.example', subject: 'Invoice 42 & 43', body: 'Thanks,\nAna' })).toBe(
      'mailto:ap@acme.example?subject=Invoice%2042%20%26%2043&body=Thanks%2C%0AAna',
    );
    expect(mailtoUrl({ to: ' ap@acme.example ' })).toBe('mailto:ap@acme.example');
  });

  it.each(['not an address', 'a@b?cc=evil@x', '', 'ap@acme.example,boss@acme.example'])('refuses %j', (to) => {
    expect(() => mailtoUrl({ to })).toThrow('is not an e-mail address');
  });
});

describe('dial and compose', () => {
  it('dial hands a tel: URL to main', async () => {
    const bridge = installFakeBridge();
    bridge.reply({ ok: true, value: { opened: true } });
    await dial({ number: '+1 (555) 123-4567', e164: '+15551234567' });
    expect(bridge.calls).toEqual([{ channel: 'shell:open-external', input: { url: 'tel:+15551234567' } }]);
  });

  it('compose accepts a mailto: URL, an address or a draft', async () => {
    const bridge = installFakeBridge();
    bridge.reply({ ok: true, value: { opened: true } });
    await compose('mailto:ap@acme.example?subject=Hi');
    await compose('ap@acme.example');
    await compose({ to: 'ap@acme.example', subject: 'Promise of 12 May' });
    expect(bridge.calls.map((call) => call.input)).toEqual([
      { url: 'mailto:ap@acme.example?subject=Hi' },
      { url: 'mailto:ap@acme.example' },
      { url: 'mailto:ap@acme.example?subject=Promise%20of%2012%20May' },
    ]);
  });

  it('does not call main with a bad number, and passes main’s refusal on', async () => {
    const bridge = installFakeBridge();
    await expect(dial({ number: 'n/a', e164: null })).rejects.toThrow('is not a phone number');
    expect(bridge.calls).toEqual([]);
    bridge.reply({ ok: false, error: { code: 'failed', message: 'No softphone is installed.' } });
    await expect(dial({ number: '555 1234', e164: null })).rejects.toBeInstanceOf(IpcCallError);
  });
});
