import { describe, expect, it } from 'vitest';
import { appEntryUrl, isAppUrl, isSameOrigin } from '../../../electron/security/app-origin';
import { isRemoteRequest, judgeNavigation, judgeWindowOpen } from '../../../electron/security/navigation-policy';
import { createExternalLinkService } from '../../../electron/services/external-links';

const links = createExternalLinkService({ open: async () => {} });
const rules = { isOwnUrl: isAppUrl, canHandOff: links.canOpen };

describe('app origin', () => {
  it('recognises only app://call-desk pages', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true);
    expect(isAppUrl('app://call-desk/customers/7?tab=calls')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://call-desk.evil.com/')).toBe(false);
    expect(isAppUrl('https://call-desk/')).toBe(false);
    expect(isAppUrl('file:///out/renderer/index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });

  it('compares http origins exactly, including the port', () => {
    expect(isSameOrigin('http://127.0.0.1:4173/index.html', 'http://127.0.0.1:4173')).toBe(true);
    expect(isSameOrigin('http://127.0.0.1:4174/index.html', 'http://127.0.0.1:4173')).toBe(false);
    expect(isSameOrigin('app://call-desk/', 'null')).toBe(false);
  });
});

describe('navigation policy', () => {
  it('lets the app move between its own pages', () => {
    expect(judgeNavigation('app://call-desk/index.html#/today', rules)).toEqual({ action: 'allow' });
  });

  it('hands tel: and mailto: to the OS instead of navigating', () => {
    expect(judgeNavigation('tel:+15551234567', rules)).toEqual({ action: 'hand-off', url: 'tel:+15551234567' });
    expect(judgeWindowOpen('mailto:ap@example.com', rules)).toEqual({ action: 'hand-off', url: 'mailto:ap@example.com' });
  });

  it.each(['https://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi'])('drops %s', (url) => {
    expect(judgeNavigation(url, rules)).toEqual({ action: 'deny' });
    expect(judgeWindowOpen(url, rules)).toEqual({ action: 'deny' });
  });

  it('never opens a second window, even for our own page', () => {
    expect(judgeWindowOpen(appEntryUrl, rules)).toEqual({ action: 'deny' });
  });

  it('treats network and file requests as remote', () => {
    for (const url of ['https://cdn.example.com/a.js', 'http://127.0.0.1/', 'wss://x/', 'file:///etc/hosts', '::bad']) {
      expect(isRemoteRequest(url)).toBe(true);
    }
    for (const url of [appEntryUrl, 'data:image/png;base64,AA==', 'blob:app://call-desk/1', 'devtools://devtools/x']) {
      expect(isRemoteRequest(url)).toBe(false);
    }
  });
});
