// @vitest-environment jsdom
// The page side of window.callDesk with raw bytes, over a fake send and a fake fetch standing in
// for main's bytes door: a request's bytes are uploaded before it is sent and named by id, a
// reply's ids are fetched back as bytes, and a failed upload stops the request from being sent.
import { describe, expect, it } from 'vitest';
import {
  bytesRefTag,
  bytesTag,
  installPageBridge,
  maxBytesUpload,
  maxTaggedNesting,
  type PageBridgeFetch,
  type PageBridgeSend,
  type RawBytesConfig,
} from '../../../../electron/browser-mode/page-bridge';
import { maxBackupChunkBytes } from '../../../../shared/ipc/backup-transfer-contract';
import { maxDocumentBytes } from '../../../../shared/documents/schema';
import { eventChannels, invokeChannels } from '../../../../shared/ipc/channels';
import type { CallDeskBridge } from '../../../../shared/ipc/contract';

const key = 'e'.repeat(64);
const path = '/__call-desk/bytes/';
const rawBytes: RawBytesConfig = { path, refTag: bytesRefTag, headers: { 'x-call-desk-key': key }, maxUploadBytes: maxBytesUpload };
const writeId = 'ab'.repeat(16);
const idNumbered = (n: number) => n.toString(16).padStart(32, '0');

interface Asked {
  method: string;
  url: string;
  headers: unknown;
  body?: number[];
}

/** Main's bytes door as the page sees it: uploads get numbered ids, each stored piece is fetched once. */
function fakeDoor() {
  const stored = new Map<string, Uint8Array>();
  const asked: Asked[] = [];
  let made = 0;
  const fetch: PageBridgeFetch = async (url, init) => {
    const method = init.method ?? 'GET';
    if (method === 'POST') {
      // Listed before the body is read: the test sees when fetch was called.
      const entry: Asked = { method, url, headers: init.headers, body: [] };
      asked.push(entry);
      // A Blob, not the array: under DevTools or Playwright, an array body would be copied into the request's event as base64.
      expect(init.body).toBeInstanceOf(Blob);
      const body = new Uint8Array(await (init.body as Blob).arrayBuffer());
      entry.body = [...body];
      const id = idNumbered((made += 1));
      stored.set(id, body);
      return new Response(id);
    }
    asked.push({ method, url, headers: init.headers });
    const id = url.slice(path.length);
    const bytes = stored.get(id);
    stored.delete(id);
    return bytes
      ? new Response(bytes as Uint8Array<ArrayBuffer>)
      : new Response('These bytes are no longer waiting in Call Desk.', { status: 404 });
  };
  return { fetch, asked, stored };
}

let installed = 0;

function install(send: PageBridgeSend, fetch: PageBridgeFetch, config: RawBytesConfig = rawBytes): CallDeskBridge {
  const name = `callDeskRawUnderTest${(installed += 1)}`;
  installPageBridge(
    { bridgeGlobalName: name, invokeChannels, eventChannels, bytesTag, maxNesting: maxTaggedNesting, rawBytes: config },
    send,
    fetch,
  );
  return (window as unknown as Record<string, CallDeskBridge>)[name]!;
}

describe('installPageBridge with raw bytes', () => {
  it('uploads a request’s bytes with the key before sending it, and sends only their id', async () => {
    const door = fakeDoor();
    const order: string[] = [];
    const sent: unknown[] = [];
    const bridge = install(
      async (channel, input) => (
        order.push(`send after ${door.asked.length} upload(s)`),
        sent.push([channel, input]),
        { ok: true, value: { received: 3 } }
      ),
      door.fetch,
    );
    const bytes = new Uint8Array([0, 128, 255]);
    const reply = bridge.invoke('backup:write-chunk', { writeId, index: 0, bytes });
    // Uploaded at once, so the bytes are read as they are now, as Electron's IPC copies them.
    expect(door.asked).toHaveLength(1);
    expect(await reply).toEqual({ ok: true, value: { received: 3 } });
    expect(door.asked).toEqual([
      { method: 'POST', url: path, headers: { 'x-call-desk-key': key, 'Content-Type': 'application/octet-stream' }, body: [0, 128, 255] },
    ]);
    expect(order).toEqual(['send after 1 upload(s)']);
    expect(sent).toEqual([['backup:write-chunk', { writeId, index: 0, bytes: { [bytesRefTag]: idNumbered(1) } }]]);
    expect(door.stored.has(idNumbered(1))).toBe(true);
  });

  it('fetches a reply’s bytes by id with the key and gives the caller a Uint8Array', async () => {
    const door = fakeDoor();
    door.stored.set(idNumbered(9), new Uint8Array([1, 2, 3, 4]));
    const bridge = install(async () => ({ ok: true, value: { bytes: { [bytesRefTag]: idNumbered(9) } } }), door.fetch);
    const reply = (await bridge.invoke('backup:read-chunk', { readId: writeId, offset: 0, length: 4 })) as { value: { bytes: unknown } };
    expect(reply.value.bytes).toBeInstanceOf(Uint8Array);
    expect(reply).toEqual({ ok: true, value: { bytes: new Uint8Array([1, 2, 3, 4]) } });
    expect(door.asked).toEqual([{ method: 'GET', url: `${path}${idNumbered(9)}`, headers: { 'x-call-desk-key': key } }]);
    expect(door.stored.size).toBe(0);
  });

  it('carries nested bytes both ways, each piece its own, and still reads base64 in a reply', async () => {
    const door = fakeDoor();
    let sentInput: unknown;
    const bridge = install(async (_channel, input) => {
      sentInput = input;
      // Main's reply: what it received, back as references (as tagBytes with the reply store makes them).
      const attachments = (input as { attachments: { bytes: Record<string, string> }[] }).attachments;
      const back = attachments.map(({ bytes }) => door.stored.get(bytes[bytesRefTag]!)!);
      door.stored.set(idNumbered(100), back[0]!);
      door.stored.set(idNumbered(101), back[1]!);
      return {
        ok: true,
        value: {
          pieces: [{ deep: [{ [bytesRefTag]: idNumbered(100) }] }, { [bytesRefTag]: idNumbered(101) }],
          old: { [bytesTag]: 'AQI=' },
        },
      };
    }, door.fetch);
    const input = {
      document: { html: '<p>x</p>' },
      attachments: [
        { name: 'a.pdf', bytes: new Uint8Array([10, 11]) },
        { name: 'b.png', bytes: new Uint8Array([20]) },
      ],
    };
    const reply = await bridge.invoke('export:pdf', input);
    expect(sentInput).toEqual({
      document: { html: '<p>x</p>' },
      attachments: [
        { name: 'a.pdf', bytes: { [bytesRefTag]: idNumbered(1) } },
        { name: 'b.png', bytes: { [bytesRefTag]: idNumbered(2) } },
      ],
    });
    expect(reply).toEqual({
      ok: true,
      value: { pieces: [{ deep: [new Uint8Array([10, 11])] }, new Uint8Array([20])], old: new Uint8Array([1, 2]) },
    });
    expect(door.asked.map(({ method }) => method)).toEqual(['POST', 'POST', 'GET', 'GET']);
  });

  it.each([
    [
      'Call Desk does not answer',
      async () => Promise.reject(new TypeError('Failed to fetch')),
      'Call Desk did not receive the bytes of this request, so the request was not sent: Call Desk did not answer. Is it still running?',
    ],
    [
      'the key is refused',
      async () => new Response('This page does not have the key of the running Call Desk.', { status: 403 }),
      'Call Desk did not receive the bytes of this request, so the request was not sent: This page does not have the key of the running Call Desk.',
    ],
    [
      'the answer is not an id',
      async () => new Response('<html>a proxy page</html>'),
      'Call Desk did not receive the bytes of this request, so the request was not sent: its answer was not the id of the bytes.',
    ],
  ])('rejects in a sentence and sends nothing when an upload fails (%s)', async (_why, fetch: PageBridgeFetch, sentence) => {
    const sent: string[] = [];
    const bridge = install(async (channel) => (sent.push(channel), { ok: true, value: null }), fetch);
    await expect(bridge.invoke('backup:write-chunk', { writeId, index: 0, bytes: new Uint8Array([1]) })).rejects.toThrow(sentence);
    expect(sent).toEqual([]);
  });

  it('sends nothing when one of several uploads fails', async () => {
    const door = fakeDoor();
    let posts = 0;
    const sent: string[] = [];
    const bridge = install(
      async (channel) => (sent.push(channel), { ok: true, value: null }),
      async (url, init) => ((posts += 1) === 2 ? new Response('The disk is full.', { status: 500 }) : door.fetch(url, init)),
    );
    const attachments = [1, 2, 3].map((n) => ({ name: `${n}.pdf`, mime: 'application/pdf', bytes: new Uint8Array([n]) }));
    await expect(bridge.invoke('export:pdf', { attachments })).rejects.toThrow(
      'Call Desk did not receive the bytes of this request, so the request was not sent: The disk is full.',
    );
    expect(sent).toEqual([]);
  });

  it('refuses a piece larger than main takes before uploading anything', async () => {
    const door = fakeDoor();
    const sent: string[] = [];
    const bridge = install(async (channel) => (sent.push(channel), { ok: true, value: null }), door.fetch, {
      ...rawBytes,
      maxUploadBytes: 3 * 1024 * 1024,
    });
    const input = { attachments: [{ bytes: new Uint8Array(1) }, { bytes: new Uint8Array(4 * 1024 * 1024) }] };
    await expect(bridge.invoke('export:pdf', input)).rejects.toThrow(
      'This request holds 4 MB in one piece, more than the 3 MB Call Desk takes, so Call Desk did not send it.',
    );
    expect(door.asked).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('rejects in a sentence when a reply’s bytes cannot be fetched', async () => {
    const door = fakeDoor();
    const bridge = install(async () => ({ ok: true, value: { bytes: { [bytesRefTag]: idNumbered(7) } } }), door.fetch);
    await expect(bridge.invoke('backup:read-chunk', { readId: writeId, offset: 0, length: 1 })).rejects.toThrow(
      'Call Desk answered, but its bytes did not reach this page: These bytes are no longer waiting in Call Desk.',
    );
    const gone = install(
      async () => ({ ok: true, value: { bytes: { [bytesRefTag]: idNumbered(7) } } }),
      async () => Promise.reject(new TypeError('Failed to fetch')),
    );
    await expect(gone.invoke('backup:read-chunk', { readId: writeId, offset: 0, length: 1 })).rejects.toThrow(
      'Call Desk answered, but its bytes did not reach this page. Is Call Desk still running?',
    );
  });

  it('takes in one piece every byte array the contract carries from a page', () => {
    expect(maxBytesUpload).toBeGreaterThan(maxBackupChunkBytes);
    expect(maxBytesUpload).toBeGreaterThan(maxDocumentBytes);
  });
});
