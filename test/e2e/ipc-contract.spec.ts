// The IPC boundary as the renderer sees it: window.callDesk refuses what the contract
// refuses, with main's own words, and valid hand-offs reach main's opener.
import { contentSecurityPolicy } from '../../shared/security/csp';
import { expect, test } from './fixtures';

test.describe('IPC contract through window.callDesk', () => {
  test('refuses a web link with a message about tel:/mailto:', async ({ app }) => {
    const page = await app.launch();
    const result = await page.evaluate(() => window.callDesk!.invoke('shell:open-external', { url: 'https://example.com' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (result.ok) return;
    expect(result.error.message).toContain('tel:');
    expect(result.error.message).toContain('mailto:');
    expect(result.error.issues).toEqual([{ path: 'url', message: 'Only tel: and mailto: links can be opened.' }]);
  });

  test('refuses a malformed input', async ({ app }) => {
    const page = await app.launch();
    const result = await page.evaluate(() => window.callDesk!.invoke('shell:open-external', { nope: 1 }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/shell:open-external/);
    expect(result.error.issues?.length).toBeGreaterThan(0);
  });

  test('refuses a PDF export whose file name would leave the chosen folder, asking and writing nothing', async ({ app, host }) => {
    const page = await app.launch();
    const result = await page.evaluate(() =>
      window.callDesk!.invoke('export:pdf', {
        document: { html: '<p>Harbor Point</p>', headerTemplate: '', footerTemplate: '', paper: 'Letter', title: 'Harbor Point' },
        attachments: [],
        destination: { kind: 'folder', folderId: 'any', fileName: '../x.pdf' },
      }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (result.ok) return;
    expect(result.error.message).toContain('export:pdf');
    expect(result.error.issues).toEqual([
      { path: 'destination.fileName', message: 'A file name cannot contain folders or characters Windows and macOS forbid.' },
    ]);
    expect(host.dialogs.asked).toEqual([]);
  });

  test('rejects a channel that is not in the contract', async ({ app }) => {
    const page = await app.launch();
    const outcome = await page.evaluate(() =>
      window.callDesk!.invoke('fs:read-file', { path: '/etc/passwd' }).then(
        (value) => ({ settled: 'resolved', value }),
        (error: unknown) => ({ settled: 'rejected', message: error instanceof Error ? error.message : String(error) }),
      ),
    );
    expect(outcome).toEqual({ settled: 'rejected', message: 'Call Desk has no channel named "fs:read-file".' });
  });

  test('answers app:get-info from main', async ({ app }) => {
    const page = await app.launch();
    const result = await page.evaluate(() => window.callDesk!.invoke('app:get-info'));
    expect(result).toMatchObject({ ok: true, value: { name: 'Call Desk', version: expect.any(String) } });
    if (!result.ok) return;
    const info = result.value as { electronVersion: string | null };
    expect(info.electronVersion === null).toBe(app.runtime === 'chromium');
  });

  test('hands a valid tel: link to the OS opener', async ({ app, host }) => {
    const page = await app.launch();
    const result = await page.evaluate(() => window.callDesk!.invoke('shell:open-external', { url: 'tel:+15551234567' }));
    expect(result).toEqual({ ok: true, value: { opened: true } });
    expect(host.openedUrls).toEqual(['tel:+15551234567']);
  });

  test('keeps the bridge, the origin and the data across a real browser restart', async ({ app, host }) => {
    const first = await app.launch();
    const origin = await first.evaluate(() => location.origin);
    await first.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('e2e-restart-probe', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('kv');
          open.onsuccess = () => {
            const tx = open.result.transaction('kv', 'readwrite');
            tx.objectStore('kv').put('still here', 'marker');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );

    const second = await app.restart();
    expect(await second.evaluate(() => location.origin)).toBe(origin);
    const marker = await second.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('e2e-restart-probe', 1);
          open.onsuccess = () => {
            const get = open.result.transaction('kv').objectStore('kv').get('marker');
            get.onsuccess = () => resolve(get.result);
            get.onerror = () => reject(get.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(marker).toBe('still here');
    await second.evaluate(() => window.callDesk!.invoke('shell:open-external', { url: 'mailto:ap@example.com' }));
    expect(host.openedUrls).toEqual(['mailto:ap@example.com']);
  });

  test('delivers main events to renderer listeners, and only known ones', async ({ app }) => {
    const page = await app.launch();
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      window.callDesk!.on('menu:command', (payload) => seen.push(payload));
    });
    await app.emit('menu:command', 'find-customer');
    await expect.poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toContain('find-customer');
    const refusal = await page.evaluate(() => {
      try {
        window.callDesk!.on('fs:changed', () => {});
        return 'subscribed';
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(refusal).toBe('Call Desk has no event named "fs:changed".');
  });
});

test.describe('renderer security baseline', () => {
  test('serves the renderer with the app CSP, which blocks injected inline scripts', async ({ app }) => {
    const page = await app.launch();
    const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    expect(csp).toBe(contentSecurityPolicy);

    const ranInline = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ranInline).toBe(false);
  });

  test('the built renderer starts under that CSP without script errors or violations', async ({ app }) => {
    const page = await app.launch();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    await page.reload();
    await expect(page.locator('#root')).not.toBeEmpty();
    expect(problems).toEqual([]);
  });
});
