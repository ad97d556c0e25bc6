import { describe, expect, it } from 'vitest';
import { createExternalLinkService, type ExternalOpener } from '../../../electron/services/external-links';

function recordingOpener(): ExternalOpener & { opened: string[] } {
  const opened: string[] = [];
  return { opened, open: async (url) => void opened.push(url) };
}

describe('createExternalLinkService', () => {
  it.each(['tel:+15551234567', 'tel:555-1234', 'mailto:ap@example.com', 'mailto:ap@example.com?subject=Invoice%2042'])(
    'opens %s',
    async (url) => {
      const opener = recordingOpener();
      await expect(createExternalLinkService(opener).open(url)).resolves.toEqual({ opened: true });
      expect(opener.opened).toEqual([url]);
    },
  );

  it.each([
    'https://example.com',
    'http://127.0.0.1/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'tel:',
    'mailto:',
    'smb://server/share',
    'not a url',
  ])('refuses %s without touching the opener', async (url) => {
    const opener = recordingOpener();
    const service = createExternalLinkService(opener);
    expect(service.canOpen(url)).toBe(false);
    await expect(service.open(url)).rejects.toThrow('Only tel: and mailto: links can be opened.');
    expect(opener.opened).toEqual([]);
  });

  it.each([
    ['MAILTO:ap@example.com?subject=Invoice%2042', 'mailto:ap@example.com?subject=Invoice%2042'],
    ['mailto:ap@example.com?cc=boss@example.com&subject=Hi&bcc=spy@example.com', 'mailto:ap@example.com?subject=Hi'],
    ['mailto:ap@example.com?attach=C:%5CWindows%5Cwin.ini&body=Thanks', 'mailto:ap@example.com?body=Thanks'],
    [
      'mailto:ap@example.com?subject=One&subject=Two&body=Paid%20in%20full%20%2B%20interest',
      'mailto:ap@example.com?subject=One&body=Paid%20in%20full%20%2B%20interest',
    ],
    ['mailto:Accounts%20Payable%20%3Cap@example.com%3E', null],
    ['mailto:ap@example.com%0D%0ABcc:spy@example.com', null],
    ['mailto:ap@example.com,spy@example.com', null],
  ])('hands on %s rebuilt from its address, subject and body only', async (url, expected) => {
    const opener = recordingOpener();
    const service = createExternalLinkService(opener);
    if (expected === null) {
      await expect(service.open(url)).rejects.toThrow('Only tel: and mailto: links can be opened.');
      expect(opener.opened).toEqual([]);
    } else {
      await service.open(url);
      expect(opener.opened).toEqual([expected]);
    }
  });

  it('passes the trimmed URL to the opener', async () => {
    const opener = recordingOpener();
    await createExternalLinkService(opener).open('  tel:+4420 7946 0958 ');
    expect(opener.opened).toEqual(['tel:+4420 7946 0958']);
  });

  it('lets an opener failure reach the caller', async () => {
    const service = createExternalLinkService({
      open: async () => {
        throw new Error('No application can open tel: links.');
      },
    });
    await expect(service.open('tel:123')).rejects.toThrow('No application can open tel: links.');
  });
});
