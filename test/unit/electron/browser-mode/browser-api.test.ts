// The browser-mode API end to end over HTTP, with a fake router and the real browser adapters.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../../electron/adapters/node-file-system';
import { createBrowserDialogs } from '../../../../electron/browser-mode/browser-dialogs';
import { createBrowserNotifier } from '../../../../electron/browser-mode/browser-notifier';
import { createDownloadOffers } from '../../../../electron/browser-mode/downloads';
import { createEventHub } from '../../../../electron/browser-mode/event-hub';
import type { HostMessage, ServerLine } from '../../../../electron/browser-mode/host-messages';
import type { IpcRouter, IpcSender } from '../../../../electron/ipc/router';
import type { IpcResult } from '../../../../shared/ipc/contract';
import { ask, invoke, lines, serve, type Served } from './server-helpers';

let served: Served | null = null;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await served?.stop();
  served = null;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const keyed = () => ({ 'x-call-desk-key': served!.key, origin: served!.server.origin });

/** A router that records what it was asked and answers with `answer`. */
function recordingRouter(answer: (channel: string, input: unknown, sender: IpcSender) => Promise<IpcResult>) {
  const asked: { channel: string; input: unknown }[] = [];
  const router: IpcRouter = {
    async handle(channel, input, sender = () => {}) {
      asked.push({ channel, input });
      return answer(channel, input, sender);
    },
  };
  return { router, asked };
}

async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'call-desk-browser-api-'));
  cleanups.push(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

describe('the invoke endpoint', () => {
  it("hands the channel and the input to main's router, bytes as bytes, and streams its events before the result", async () => {
    const { router, asked } = recordingRouter(async (_channel, _input, sender) => {
      sender('export:progress', { progressId: 'p1', stage: 'printing', done: 0, total: 0 });
      sender('export:progress', { progressId: 'p1', stage: 'saving', done: 0, total: 0 });
      return { ok: true, value: { bytes: new Uint8Array([7, 8, 9]) } };
    });
    served = await serve({ api: { router } });
    const upload = await ask(served, '/__call-desk/bytes/', { method: 'POST', headers: keyed(), body: Buffer.from([1, 2, 3]) });
    expect(upload.status).toBe(200);
    // Bytes as base64 in the JSON are still understood (a bridge without raw bytes sends them so).
    const answer = await invoke(served, 'backup:write-automatic', {
      bytes: { __callDeskBytesRef: upload.text },
      old: { __callDeskBytes: Buffer.from([4, 5]).toString('base64') },
    });

    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(asked).toEqual([
      { channel: 'backup:write-automatic', input: { bytes: new Uint8Array([1, 2, 3]), old: new Uint8Array([4, 5]) } },
    ]);
    expect((asked[0]!.input as { bytes: Uint8Array }).bytes).toBeInstanceOf(Uint8Array);
    const [first, second, last] = lines(answer.text);
    expect([first, second]).toEqual([
      { event: 'export:progress', payload: { progressId: 'p1', stage: 'printing', done: 0, total: 0 } },
      { event: 'export:progress', payload: { progressId: 'p1', stage: 'saving', done: 0, total: 0 } },
    ]);
    // The result names its bytes; the page fetches them once.
    const id = (last as { result: { value: { bytes: Record<string, string> } } }).result.value.bytes.__callDeskBytesRef!;
    expect(last).toEqual({ result: { ok: true, value: { bytes: { __callDeskBytesRef: id } } } });
    const bytes = await ask(served, `/__call-desk/bytes/${id}`, { headers: keyed() });
    expect([bytes.status, [...bytes.body]]).toEqual([200, [7, 8, 9]]);
    expect((await ask(served, `/__call-desk/bytes/${id}`, { headers: keyed() })).status).toBe(404);
  });

  it('takes uploaded bytes once: a second request naming them is refused before main sees it', async () => {
    const { router, asked } = recordingRouter(async () => ({ ok: true, value: null }));
    served = await serve({ api: { router } });
    const upload = await ask(served, '/__call-desk/bytes/', { method: 'POST', headers: keyed(), body: Buffer.from([1]) });
    const input = { writeId: 'ab'.repeat(16), index: 0, bytes: { __callDeskBytesRef: upload.text } };
    expect((await invoke(served, 'backup:write-chunk', input)).status).toBe(200);
    for (const bytes of [{ __callDeskBytesRef: upload.text }, { __callDeskBytesRef: 'f'.repeat(32) }, { __callDeskBytesRef: '../etc' }]) {
      const again = await invoke(served, 'backup:write-chunk', { ...input, bytes });
      expect(again.status).toBe(400);
      expect(again.text).toBe(
        'Call Desk did not understand this request: the bytes it names are no longer waiting (each upload serves one request, within a minute).',
      );
    }
    expect(asked).toHaveLength(1);
  });

  it("passes main's refusal through as the result, word for word", async () => {
    const refusal: IpcResult = { ok: false, error: { code: 'unknown-channel', message: 'There is no IPC channel named "fs:read".' } };
    served = await serve({ api: { router: recordingRouter(async () => refusal).router } });
    expect(lines((await invoke(served, 'fs:read', { path: '/etc/passwd' })).text)).toEqual([{ result: refusal }]);
  });

  it('refuses a body that is not JSON naming a channel, without reaching main', async () => {
    const { router, asked } = recordingRouter(async () => ({ ok: true, value: null }));
    served = await serve({ api: { router } });
    for (const body of ['not json', '{"input":1}', '[]', 'null']) {
      const answer = await ask(served, '/__call-desk/invoke', { method: 'POST', headers: keyed(), body });
      expect(answer.status).toBe(400);
      expect(answer.text).toBe('Call Desk did not understand this request: it must be JSON naming a channel.');
    }
    expect(asked).toEqual([]);
  });

  it('answers only POST', async () => {
    served = await serve();
    expect((await ask(served, '/__call-desk/invoke', { headers: keyed() })).status).toBe(404);
  });
});

describe('the event stream', () => {
  it('carries every broadcast to every open page, as one JSON line each, until the server stops', async () => {
    const events = createEventHub();
    served = await serve({ api: { events } });
    const received: string[] = [];
    const ended = ask(served, '/__call-desk/events', { headers: keyed(), onChunk: (chunk) => received.push(chunk.toString()) });
    // The stream is open once the server holds it.
    while (events.size() === 0) await new Promise((resolve) => setImmediate(resolve));
    const notice: HostMessage = { kind: 'notification', id: 'n1', title: 'Call back Harbor Point', body: 'Due 10:00' };
    expect(events.broadcast({ event: 'reminder:activated', payload: { customerId: 'c1' } })).toBe(1);
    expect(events.broadcast({ host: notice })).toBe(1);
    await served.stop();
    served = null;
    const answer = await ended;
    expect(answer.status).toBe(200);
    expect(lines(received.join(''))).toEqual([
      { event: 'reminder:activated', payload: { customerId: 'c1' } },
      { host: notice },
    ] satisfies ServerLine[]);
  });
});

describe('saves, downloads and the file picker', () => {
  it('saves into the exports folder under a free name and offers the written file for download before the reply', async () => {
    const exportsFolder = await tempFolder();
    const downloads = createDownloadOffers(() => 'd1');
    const dialogs = createBrowserDialogs({ exportsFolder, picksFolder: await tempFolder(), fs: nodeFileSystem, downloads });
    await nodeFileSystem.writeAtomic(path.join(exportsFolder, 'Statement.pdf'), 'an older one');
    const { router } = recordingRouter(async () => {
      const chosen = await dialogs.chooseSavePath({
        title: 'Save the statement',
        defaultName: 'Statement.pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (chosen === null) throw new Error('no path');
      await nodeFileSystem.writeAtomic(chosen, '%PDF-1.7 new');
      return { ok: true, value: { saved: true, path: chosen } };
    });
    served = await serve({ api: { router, downloads } });

    const answer = lines((await invoke(served, 'export:pdf')).text);
    const saved = path.join(exportsFolder, 'Statement (2).pdf');
    expect(answer).toEqual([
      { host: { kind: 'download', id: 'd1', fileName: 'Statement (2).pdf' } },
      { result: { ok: true, value: { saved: true, path: saved } } },
    ]);

    const file = await ask(served, '/__call-desk/download/d1', { headers: keyed() });
    expect(file.status).toBe(200);
    expect(file.text).toBe('%PDF-1.7 new');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="Statement (2).pdf"; filename*=UTF-8''Statement%20(2).pdf`);
    expect((await ask(served, '/__call-desk/download/d2', { headers: keyed() })).status).toBe(404);
  });

  it('offers nothing when main answered with an error', async () => {
    const exportsFolder = await tempFolder();
    const dialogs = createBrowserDialogs({
      exportsFolder,
      picksFolder: await tempFolder(),
      fs: nodeFileSystem,
      downloads: createDownloadOffers(),
    });
    const { router } = recordingRouter(async () => {
      const chosen = await dialogs.chooseSavePath({ title: 'Save', defaultName: 'a.csv', filters: [] });
      await nodeFileSystem.writeAtomic(chosen!, 'x');
      return { ok: false, error: { code: 'failed', message: 'The file did not read back.' } };
    });
    served = await serve({ api: { router } });
    expect(lines((await invoke(served, 'export:text-file')).text)).toEqual([
      { result: { ok: false, error: { code: 'failed', message: 'The file did not read back.' } } },
    ]);
  });

  it('asks the page to pick a file, stores what it sends for main to read, and removes it after the reply', async () => {
    const picksFolder = await tempFolder();
    const dialogs = createBrowserDialogs({
      exportsFolder: await tempFolder(),
      picksFolder,
      fs: nodeFileSystem,
      downloads: createDownloadOffers(),
    });
    let pickedPath = '';
    const { router } = recordingRouter(async () => {
      const chosen = await dialogs.chooseOpenPath({
        title: 'Import from your books',
        filters: [
          { name: 'Reports', extensions: ['csv', 'xlsx'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      if (chosen === null) return { ok: true, value: { opened: false } };
      pickedPath = chosen;
      return { ok: true, value: { opened: true, fileName: path.basename(chosen), text: await readFile(chosen, 'utf8') } };
    });
    served = await serve({ api: { router, picks: dialogs.picks } });

    let sent: Promise<unknown> | null = null;
    const reply = invoke(served, 'import:open-file', undefined, (chunk) => {
      const [line] = lines(chunk.toString());
      if (line && 'host' in line && line.host.kind === 'choose-file') {
        expect(line.host).toMatchObject({ title: 'Import from your books', extensions: ['csv', 'xlsx'] });
        sent = ask(served!, `/__call-desk/chosen-file/${line.host.id}`, {
          method: 'POST',
          headers: { ...keyed(), 'x-call-desk-file-name': encodeURIComponent('../Aging ré?port.csv') },
          body: 'Customer,Amount\nHarbor Point,120.00\n',
        });
      }
    });
    const answer = lines((await reply).text);
    expect((await (sent as unknown as Promise<{ status: number }>)).status).toBe(200);
    expect(answer.at(-1)).toEqual({
      result: { ok: true, value: { opened: true, fileName: 'Aging ré_port.csv', text: 'Customer,Amount\nHarbor Point,120.00\n' } },
    });
    expect(path.dirname(path.dirname(pickedPath))).toBe(picksFolder);
    expect(existsSync(pickedPath)).toBe(false);
  });

  it('tells main the user cancelled the picker, and refuses a file nobody is waiting for', async () => {
    const dialogs = createBrowserDialogs({
      exportsFolder: await tempFolder(),
      picksFolder: await tempFolder(),
      fs: nodeFileSystem,
      downloads: createDownloadOffers(),
    });
    const { router } = recordingRouter(async () => ({
      ok: true,
      value: { chosen: await dialogs.chooseOpenPath({ title: 'Open a backup', filters: [] }) },
    }));
    served = await serve({ api: { router, picks: dialogs.picks } });
    const reply = invoke(served, 'backup:open', { source: 'ask' }, (chunk) => {
      const [line] = lines(chunk.toString());
      if (line && 'host' in line && line.host.kind === 'choose-file')
        void ask(served!, `/__call-desk/chosen-file/${line.host.id}`, { method: 'DELETE', headers: keyed() });
    });
    expect(lines((await reply).text).at(-1)).toEqual({ result: { ok: true, value: { chosen: null } } });
    expect((await ask(served, '/__call-desk/chosen-file/nobody', { method: 'POST', headers: keyed(), body: 'x' })).status).toBe(404);
  });

  it('answers no picker outside a page request (nobody to ask)', async () => {
    const dialogs = createBrowserDialogs({
      exportsFolder: await tempFolder(),
      picksFolder: await tempFolder(),
      fs: nodeFileSystem,
      downloads: createDownloadOffers(),
    });
    expect(await dialogs.chooseOpenPath({ title: 'Open', filters: [] })).toBeNull();
  });

  it('refuses an upload over the limit and tells main', async () => {
    const picksFolder = await tempFolder();
    await mkdir(picksFolder, { recursive: true });
    const dialogs = createBrowserDialogs({
      exportsFolder: await tempFolder(),
      picksFolder,
      fs: nodeFileSystem,
      downloads: createDownloadOffers(),
      maxBytes: 4,
    });
    const { router } = recordingRouter(async () => {
      try {
        await dialogs.chooseOpenPath({ title: 'Open', filters: [] });
        return { ok: true, value: null };
      } catch (error) {
        return { ok: false, error: { code: 'failed', message: (error as Error).message } };
      }
    });
    served = await serve({ api: { router, picks: dialogs.picks } });
    let upload: Promise<{ status: number }> | null = null;
    const reply = invoke(served, 'import:open-file', undefined, (chunk) => {
      const [line] = lines(chunk.toString());
      if (line && 'host' in line && line.host.kind === 'choose-file') {
        upload = ask(served!, `/__call-desk/chosen-file/${line.host.id}`, {
          method: 'POST',
          headers: { ...keyed(), 'x-call-desk-file-name': 'big.csv' },
          body: '0123456789',
        });
      }
    });
    expect(lines((await reply).text).at(-1)).toEqual({
      result: { ok: false, error: { code: 'failed', message: 'That file is too large for Call Desk to open.' } },
    });
    expect((await (upload as unknown as Promise<{ status: number }>)).status).toBe(413);
  });
});

describe('notifications', () => {
  it('asks every page to show a reminder, says it on the terminal, and runs main’s click path once', async () => {
    const events = createEventHub();
    const said: string[] = [];
    const sent: HostMessage[] = [];
    const notifier = createBrowserNotifier({
      broadcast: (message) => (sent.push(message), events.broadcast({ host: message })),
      say: (line) => said.push(line),
      newId: () => 'n1',
    });
    served = await serve({ api: { events, notifications: notifier } });
    const clicks: string[] = [];
    notifier.show({ title: 'Call back Harbor Point', body: 'Due at 10:00', customerId: 'c1' }, () => clicks.push('c1'));
    expect(sent).toEqual([{ kind: 'notification', id: 'n1', title: 'Call back Harbor Point', body: 'Due at 10:00' }]);
    expect(said).toEqual(['Call back Harbor Point: Due at 10:00']);

    expect((await ask(served, '/__call-desk/notification-click/n1', { method: 'POST', headers: keyed() })).status).toBe(200);
    expect((await ask(served, '/__call-desk/notification-click/n1', { method: 'POST', headers: keyed() })).status).toBe(404);
    expect(clicks).toEqual(['c1']);
  });
});
