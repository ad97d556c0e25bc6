// @vitest-environment jsdom
// Browser mode's page side over HTTP, with a fake fetch: the key from the address, the streamed
// replies, and what the page does for main (downloads, tel: links, notifications, the picker).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostMessage, ServerLine } from '../../../../electron/browser-mode/host-messages';
import { createHostActions } from '../../../../electron/browser-mode/page/host-actions';
import { createHttpTransport } from '../../../../electron/browser-mode/page/http-transport';
import { takeKey } from '../../../../electron/browser-mode/page/page-key';

const key = 'c'.repeat(64);

/** A streamed NDJSON response, delivered in the given pieces (a line may be split across two). */
function streamed(pieces: string[], status = 200): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(encoder.encode(piece));
      controller.close();
    },
  });
  return new Response(body, { status });
}

const line = (value: ServerLine) => `${JSON.stringify(value)}\n`;

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('takeKey', () => {
  it('takes the key out of the address into this window’s storage, leaving the route clean', () => {
    const stored = new Map<string, string>();
    const replaced: string[] = [];
    const found = takeKey({
      location: { hash: `#call-desk-key=${key}`, pathname: '/', search: '' },
      history: { replaceState: (_state, _title, url) => void replaced.push(String(url)) },
      storage: { getItem: (name) => stored.get(name) ?? null, setItem: (name, value) => void stored.set(name, value) },
    });
    expect(found).toBe(key);
    expect(replaced).toEqual(['/']);
    expect([...stored.values()]).toEqual([key]);
  });

  it('reads the stored key after a reload, and leaves an app route alone', () => {
    const replaced: string[] = [];
    const places = {
      location: { hash: '#/customers/c1', pathname: '/', search: '' },
      history: { replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)) },
      storage: { getItem: () => key, setItem: () => {} },
    };
    expect(takeKey(places)).toBe(key);
    expect(replaced).toEqual([]);
    expect(takeKey({ ...places, storage: { getItem: () => null, setItem: () => {} } })).toBeNull();
  });
});

describe('the HTTP transport', () => {
  it('posts the request with the key and routes the streamed events and host messages before resolving with the result', async () => {
    const asked: { url: string; init: RequestInit | undefined }[] = [];
    const order: string[] = [];
    const transport = createHttpTransport({
      key,
      onEvent: (event) => order.push(`event ${event}`),
      onHostMessage: (message) => order.push(`host ${message.kind}`),
      fetch: async (url, init) => {
        asked.push({ url: String(url), init });
        const progress = line({ event: 'export:progress', payload: { progressId: 'p', stage: 'printing', done: 0, total: 0 } });
        return streamed([
          progress.slice(0, 10),
          progress.slice(10),
          line({ host: { kind: 'download', id: 'd', fileName: 'a.pdf' } }),
          line({ result: { ok: true, value: 1 } }),
        ]);
      },
    });
    const result = await transport.send('export:pdf', { a: 1 });
    order.push('result');
    expect(result).toEqual({ ok: true, value: 1 });
    expect(order).toEqual(['event export:progress', 'host download', 'result']);
    expect(asked[0]?.url).toBe('/__call-desk/invoke');
    expect(asked[0]?.init?.method).toBe('POST');
    expect(asked[0]?.init?.headers).toMatchObject({ 'x-call-desk-key': key });
    expect(JSON.parse(String(asked[0]?.init?.body))).toEqual({ channel: 'export:pdf', input: { a: 1 } });
  });

  it('answers without asking when the page has no key, in words the user can act on', async () => {
    const fetchSpy = vi.fn();
    const transport = createHttpTransport({ key: null, onEvent: () => {}, onHostMessage: () => {}, fetch: fetchSpy });
    expect(await transport.send('app:get-info', undefined)).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message:
          'This page was opened without the key of the running Call Desk. Open the address Call Desk printed when it started (npm start).',
      },
    });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("says the server's refusal, and says when Call Desk has stopped", async () => {
    const refused = createHttpTransport({
      key,
      onEvent: () => {},
      onHostMessage: () => {},
      fetch: async () => new Response('Call Desk does not answer requests from other pages.', { status: 403 }),
    });
    await expect(refused.send('app:get-info', undefined)).rejects.toThrow('Call Desk does not answer requests from other pages.');
    const stopped = createHttpTransport({
      key,
      onEvent: () => {},
      onHostMessage: () => {},
      fetch: async () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(stopped.send('app:get-info', undefined)).rejects.toThrow(
      'Call Desk is not running any more. Start it again with npm start.',
    );
    const cut = createHttpTransport({
      key,
      onEvent: () => {},
      onHostMessage: () => {},
      fetch: async () => streamed([line({ host: { kind: 'open-url', url: 'tel:+1555' } })]),
    });
    await expect(cut.send('app:get-info', undefined)).rejects.toThrow('Call Desk is not running any more.');
  });

  it('keeps the event stream open across drops, and stops when the key is refused', async () => {
    const events: string[] = [];
    const waits: number[] = [];
    const answers = [
      () => streamed([line({ event: 'reminder:activated', payload: { customerId: 'c1' } })]),
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => streamed([line({ host: { kind: 'notification', id: 'n', title: 't', body: 'b' } })]),
      () => new Response('This page does not have the key of the running Call Desk.', { status: 403 }),
    ];
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const transport = createHttpTransport({
      key,
      onEvent: (event, payload) => events.push(`${event} ${JSON.stringify(payload)}`),
      onHostMessage: (message) => events.push(`host ${message.kind}`),
      fetch: async (url, init) => {
        expect(String(url)).toBe('/__call-desk/events');
        expect(init?.headers).toMatchObject({ 'x-call-desk-key': key });
        return answers.shift()!();
      },
      wait: async (ms) => void waits.push(ms),
    });
    await transport.listen();
    expect(events).toEqual(['reminder:activated {"customerId":"c1"}', 'host notification']);
    expect(waits).toEqual([500, 1000, 500]);
  });
});

describe('host actions', () => {
  it('fetches an offered file with the key and hands it to the browser as a download', async () => {
    const clicked: { download: string; href: string }[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:call-desk/1', revokeObjectURL: () => {} }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    const asked: string[] = [];
    const act = createHostActions({
      key,
      fetch: async (url, init) => {
        asked.push(`${String(url)} ${JSON.stringify(init?.headers)}`);
        return new Response('%PDF');
      },
    });
    act({ kind: 'download', id: 'd 1', fileName: 'Statement.pdf' });
    await vi.waitFor(() => expect(clicked).toEqual([{ download: 'Statement.pdf', href: 'blob:call-desk/1' }]));
    expect(asked).toEqual([`/__call-desk/download/d%201 {"x-call-desk-key":"${key}"}`]);
    click.mockRestore();
  });

  it('sends the chosen file, or the cancel, for the picker main asked for', async () => {
    const asked: { url: string; method: string | undefined; headers: unknown; body: unknown }[] = [];
    const file = new File(['a,b\n'], 'Aging ré.csv');
    const answers: (File | null)[] = [file, null];
    const act = createHostActions({
      key,
      fetch: async (url, init) => (
        asked.push({ url: String(url), method: init?.method, headers: init?.headers, body: init?.body }),
        new Response('ok')
      ),
      pick: async (title, extensions) => {
        expect([title, extensions]).toEqual(['Import from your books', ['csv']]);
        return answers.shift() ?? null;
      },
    });
    const message: HostMessage = { kind: 'choose-file', id: 'p1', title: 'Import from your books', extensions: ['csv'] };
    act(message);
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    act({ ...message, id: 'p2' });
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    expect(asked[0]).toEqual({
      url: '/__call-desk/chosen-file/p1',
      method: 'POST',
      headers: { 'x-call-desk-key': key, 'x-call-desk-file-name': 'Aging%20r%C3%A9.csv', 'Content-Type': 'application/octet-stream' },
      body: file,
    });
    expect(asked[1]).toMatchObject({ url: '/__call-desk/chosen-file/p2', method: 'DELETE' });
  });

  it('shows a notification only with permission, and reports its click', async () => {
    const shown: { title: string; options: NotificationOptions; notification: EventTarget }[] = [];
    class FakeNotification extends EventTarget {
      static permission: NotificationPermission = 'denied';
      constructor(title: string, options: NotificationOptions) {
        super();
        shown.push({ title, options, notification: this });
      }
    }
    vi.stubGlobal('Notification', FakeNotification);
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => {});
    const posted: string[] = [];
    const act = createHostActions({ key, fetch: async (url, init) => (posted.push(`${init?.method} ${String(url)}`), new Response('ok')) });
    const notice: HostMessage = { kind: 'notification', id: 'n1', title: 'Call back Harbor Point', body: 'Due at 10:00' };
    act(notice);
    expect(shown).toEqual([]);
    FakeNotification.permission = 'granted';
    act(notice);
    expect(shown.map(({ title, options }) => [title, options])).toEqual([['Call back Harbor Point', { body: 'Due at 10:00', tag: 'n1' }]]);
    shown[0]!.notification.dispatchEvent(new Event('click'));
    expect(posted).toEqual(['POST /__call-desk/notification-click/n1']);
    expect(focus).toHaveBeenCalled();
  });
});
