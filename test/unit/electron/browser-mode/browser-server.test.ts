import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { withBridgeScript } from '../../../../electron/browser-mode/browser-server';
import { refusalOf } from '../../../../electron/browser-mode/request-guards';
import { contentSecurityPolicy } from '../../../../shared/security/csp';
import { ask, serve, type Served } from './server-helpers';

let served: Served | null = null;
afterEach(async () => {
  await served?.stop();
  served = null;
});

const refusedAsOtherPage = 'Call Desk does not answer requests from other pages.';
const refusedWithoutKey = 'This page does not have the key of the running Call Desk. Open the address Call Desk printed when it started.';

describe('refusalOf', () => {
  const expected = { origin: 'http://127.0.0.1:28571', token: 'k'.repeat(64) };
  const right = { host: '127.0.0.1:28571', origin: undefined, token: 'k'.repeat(64) };

  it('lets the page through with the exact host, its own origin (or none) and the key', () => {
    expect(refusalOf(right, expected, true)).toBeNull();
    expect(refusalOf({ ...right, origin: 'http://127.0.0.1:28571' }, expected, true)).toBeNull();
  });

  it.each([
    ['a rebinding DNS name', 'attacker.example:28571'],
    ['localhost', 'localhost:28571'],
    ['another port', '127.0.0.1:9999'],
    ['no host at all', undefined],
  ])('refuses %s as Host', (_what, host) => {
    expect(refusalOf({ ...right, host }, expected, false)).toBe('Call Desk answers only at http://127.0.0.1:28571.');
  });

  it.each([['https://attacker.example'], ['null'], ['http://127.0.0.1:9999'], ['http://localhost:28571']])(
    'refuses the origin %s',
    (origin) => {
      expect(refusalOf({ ...right, origin }, expected, false)).toBe(refusedAsOtherPage);
    },
  );

  it('refuses a missing, wrong or partial key where one is needed, and a server without one', () => {
    expect(refusalOf({ ...right, token: undefined }, expected, true)).toBe(refusedWithoutKey);
    expect(refusalOf({ ...right, token: 'x'.repeat(64) }, expected, true)).toBe(refusedWithoutKey);
    expect(refusalOf({ ...right, token: 'k'.repeat(63) }, expected, true)).toBe(refusedWithoutKey);
    expect(refusalOf(right, { ...expected, token: null }, true)).toBe(refusedWithoutKey);
    expect(refusalOf({ ...right, token: undefined }, expected, false)).toBeNull();
  });
});

describe('the browser-mode server', () => {
  it("serves the renderer with the app's CSP and its bridge script ahead of the app's scripts", async () => {
    served = await serve();
    const page = await ask(served, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
    expect(page.text).toContain(
      '<script src="/__call-desk/bridge.js"></script>\n    <script type="module" src="./assets/app-abcdefgh.js">',
    );

    const bridge = await ask(served, '/__call-desk/bridge.js');
    expect(bridge.status).toBe(200);
    expect(bridge.text).toBe('window.bridged = true;');
    expect(bridge.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('serves the renderer untouched and no API when started without one (the e2e test host)', async () => {
    served = await serve({ withApi: false });
    expect((await ask(served, '/index.html')).text).not.toContain('bridge.js');
    expect((await ask(served, '/__call-desk/bridge.js')).status).toBe(404);
    // No key opens an API that is not there.
    expect((await ask(served, '/__call-desk/invoke', { method: 'POST', headers: { 'x-call-desk-key': served.key } })).status).toBe(403);
  });

  it('refuses every request whose Host is not exactly its own, files included', async () => {
    served = await serve();
    for (const host of ['localhost', `localhost:${served.server.port}`, `attacker.example:${served.server.port}`]) {
      const answer = await ask(served, '/index.html', { headers: { host } });
      expect(answer.status).toBe(403);
      expect(answer.text).toBe(`Call Desk answers only at ${served.server.origin}.`);
    }
  });

  it('refuses requests from another origin, even with the key', async () => {
    served = await serve();
    const answer = await ask(served, '/__call-desk/invoke', {
      method: 'POST',
      headers: { origin: 'https://attacker.example', 'x-call-desk-key': served.key },
      body: JSON.stringify({ channel: 'app:get-info' }),
    });
    expect(answer.status).toBe(403);
    expect(answer.text).toBe(refusedAsOtherPage);
  });

  it.each([
    ['POST', '/__call-desk/invoke'],
    ['GET', '/__call-desk/events'],
    ['GET', '/__call-desk/download/any'],
    ['POST', '/__call-desk/chosen-file/any'],
    ['POST', '/__call-desk/notification-click/any'],
  ])('answers %s %s only with the key', async (method, pathname) => {
    served = await serve();
    for (const headers of [{}, { 'x-call-desk-key': 'b'.repeat(64) }] as Record<string, string>[]) {
      const answer = await ask(served, pathname, { method, headers });
      expect(answer.status).toBe(403);
      expect(answer.text).toBe(refusedWithoutKey);
    }
  });

  it('never serves a file outside the renderer folder', async () => {
    served = await serve();
    for (const pathname of ['/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/%00index.html']) {
      const answer = await ask(served, pathname);
      expect(answer.text).not.toContain('not for pages');
      expect(answer.status === 403 || answer.status === 404 || answer.text.includes('<title>Call Desk</title>')).toBe(true);
    }
    // A raw ".." the client did not normalise away.
    const raw = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: served!.server.port,
          path: '/assets/../../secret.txt',
          headers: { host: `127.0.0.1:${served!.server.port}` },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(raw.text).not.toContain('not for pages');
    expect((await ask(served, '/assets/..%2f..%2fsecret.txt')).status).toBe(403);
  });

  it('puts the bridge before the first script, or at the end of the head when there is none', () => {
    expect(withBridgeScript('<head><script src="a.js"></script></head>')).toBe(
      '<head><script src="/__call-desk/bridge.js"></script>\n    <script src="a.js"></script></head>',
    );
    expect(withBridgeScript('<head><title>x</title></head>')).toBe(
      '<head><title>x</title><script src="/__call-desk/bridge.js"></script>\n</head>',
    );
  });
});
