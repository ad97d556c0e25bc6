// Main's side of raw bytes outside Electron: the one-shot pieces (byte-pieces.ts) and the bytes
// door of the loopback server (bytes-endpoint.ts) behind browser mode's guards, served with the
// whole API (browser mode) or alone (the e2e test host).
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBytePieces, createBytePieceStores } from '../../../../electron/browser-mode/byte-pieces';
import { answerBytes } from '../../../../electron/browser-mode/bytes-endpoint';
import { maxBytesUpload } from '../../../../electron/browser-mode/page-bridge';
import { ask, serve, type Served } from './server-helpers';

let served: Served | null = null;
afterEach(async () => {
  vi.useRealTimers();
  await served?.stop();
  served = null;
});

const keyed = () => ({ 'x-call-desk-key': served!.key, origin: served!.server.origin });
const refusedWithoutKey = 'This page does not have the key of the running Call Desk. Open the address Call Desk printed when it started.';

describe('byte pieces', () => {
  it('hands each piece out once, under an unguessable id of its own', () => {
    const pieces = createBytePieces();
    const bytes = new Uint8Array([1, 2, 3]);
    const ids = [pieces.put(bytes), pieces.put(new Uint8Array(0))];
    expect(ids[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(ids[1]).toMatch(/^[0-9a-f]{32}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(pieces.take(ids[0]!)).toBe(bytes);
    expect(pieces.take(ids[0]!)).toBeNull();
    expect(pieces.take('0'.repeat(32))).toBeNull();
    expect(pieces.size()).toBe(1);
  });

  it('drops a piece left unclaimed past its time, on the next use or by its own timer', () => {
    vi.useFakeTimers();
    let now = 0;
    const pieces = createBytePieces({ maxAgeMs: 60_000, now: () => now });
    const early = pieces.put(new Uint8Array([1]));
    now = 30_000;
    const later = pieces.put(new Uint8Array([2]));
    now = 60_001;
    // A use drops what has expired before it answers.
    expect(pieces.take(early)).toBeNull();
    expect(pieces.size()).toBe(1);
    // Without any use, the timer drops the rest.
    now = 90_001;
    vi.advanceTimersByTime(60_000);
    expect(pieces.size()).toBe(0);
    expect(pieces.take(later)).toBeNull();
    // Nothing held, no timer left running.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('drops the oldest pieces once more bytes than its limit are held', () => {
    const pieces = createBytePieces({ maxHeldBytes: 10 });
    const first = pieces.put(new Uint8Array(4));
    const second = pieces.put(new Uint8Array(4));
    const third = pieces.put(new Uint8Array(4));
    expect(pieces.take(first)).toBeNull();
    expect(pieces.take(second)).toHaveLength(4);
    expect(pieces.take(third)).toHaveLength(4);
  });
});

describe('the bytes door', () => {
  it('takes an upload with the key and hands main a Uint8Array, which no download can reach', async () => {
    served = await serve();
    const upload = await ask(served, '/__call-desk/bytes/', { method: 'POST', headers: keyed(), body: Buffer.from([0, 1, 254, 255]) });
    expect(upload.status).toBe(200);
    expect(upload.text).toMatch(/^[0-9a-f]{32}$/);
    expect((await ask(served, `/__call-desk/bytes/${upload.text}`, { headers: keyed() })).status).toBe(404);
    const bytes = served.pieces.fromPage.take(upload.text);
    expect(bytes?.constructor).toBe(Uint8Array);
    expect([...bytes!]).toEqual([0, 1, 254, 255]);
  });

  it('hands a reply’s bytes to the page once, as a binary body', async () => {
    served = await serve();
    const id = served.pieces.toPage.put(new Uint8Array([9, 8, 7]));
    const first = await ask(served, `/__call-desk/bytes/${id}`, { headers: keyed() });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/octet-stream');
    expect(first.headers['cache-control']).toBe('no-store');
    expect([...first.body]).toEqual([9, 8, 7]);
    const again = await ask(served, `/__call-desk/bytes/${id}`, { headers: keyed() });
    expect(again.status).toBe(404);
    expect(again.text).toBe('These bytes are no longer waiting in Call Desk: each reply’s bytes are fetched once, within a minute.');
  });

  it('refuses an upload or a download without the key, with another key, or from another origin, touching nothing', async () => {
    served = await serve();
    const id = served.pieces.toPage.put(new Uint8Array([1]));
    const strangers: [Record<string, string>, string][] = [
      [{}, refusedWithoutKey],
      [{ 'x-call-desk-key': 'b'.repeat(64) }, refusedWithoutKey],
      [{ 'x-call-desk-key': served.key, origin: 'https://attacker.example' }, 'Call Desk does not answer requests from other pages.'],
    ];
    for (const [headers, refusal] of strangers) {
      const upload = await ask(served, '/__call-desk/bytes/', { method: 'POST', headers, body: 'x' });
      const download = await ask(served, `/__call-desk/bytes/${id}`, { headers });
      expect([upload.status, upload.text, download.status, download.text]).toEqual([403, refusal, 403, refusal]);
    }
    const rebound = await ask(served, `/__call-desk/bytes/${id}`, {
      headers: { ...keyed(), host: `attacker.example:${served.server.port}` },
    });
    expect(rebound.status).toBe(403);
    expect(served.pieces.fromPage.size()).toBe(0);
    expect(served.pieces.toPage.size()).toBe(1);
  });

  it('refuses an upload larger than main takes in one piece, by its declared length', async () => {
    served = await serve();
    const answer = await ask(served, '/__call-desk/bytes/', {
      method: 'POST',
      headers: { ...keyed(), 'content-length': String(maxBytesUpload + 1) },
      body: 'x',
    });
    expect(answer.status).toBe(413);
    expect(answer.text).toBe(`These bytes are more than the ${maxBytesUpload} bytes Call Desk takes in one piece.`);
    expect(served.pieces.fromPage.size()).toBe(0);
  });

  it('refuses an upload that grows past the limit as it streams in, keeping none of it', async () => {
    const pieces = createBytePieceStores();
    const server = createServer((req, res) => void answerBytes(pieces, '', req, res, 4));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: (server.address() as AddressInfo).port, method: 'POST', headers: { 'transfer-encoding': 'chunked' } },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.on('error', reject);
        req.end(Buffer.alloc(10));
      });
      expect(status).toBe(413);
      expect(pieces.fromPage.size()).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('is the only API the e2e test host serves, behind the same key', async () => {
    served = await serve({ withApi: false, bytesDoor: true });
    expect((await ask(served, '/index.html')).text).not.toContain('bridge.js');
    expect((await ask(served, '/__call-desk/invoke', { method: 'POST', headers: keyed(), body: '{}' })).status).toBe(404);
    expect((await ask(served, '/__call-desk/bytes/', { method: 'POST', body: 'x' })).status).toBe(403);
    const upload = await ask(served, '/__call-desk/bytes/', { method: 'POST', headers: keyed(), body: 'x' });
    expect(upload.status).toBe(200);
    expect([...served.pieces.fromPage.take(upload.text)!]).toEqual([120]);
  });
});
