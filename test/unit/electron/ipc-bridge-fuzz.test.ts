// Fault injection at the doors before main's router (issue 11, point 15): the preload, and the
// page core the e2e test host and browser mode share (electron/browser-mode/page-bridge.ts) over
// each of their transports, which must refuse any channel or event name not in the list with
// the preload's sentence, and settle every request as a result or a rejection, never a throw;
// and main's check of who is asking, which must refuse every page that is not the app's own, on
// every channel, before anything happens.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiPaths, keyHeader } from '../../../electron/browser-mode/host-messages';
import {
  bytesRefTag,
  bytesTag,
  installPageBridge,
  maxBytesUpload,
  maxTaggedNesting,
  type PageBridgeFetch,
} from '../../../electron/browser-mode/page-bridge';
import { createHttpTransport } from '../../../electron/browser-mode/page/http-transport';
import { createMainHandlers } from '../../../electron/ipc/main-handlers';
import { createIpcRouter, type IpcRouter } from '../../../electron/ipc/router';
import { createMainServices } from '../../../electron/services/main-services';
import { bridgeGlobalName, eventChannels, invokeChannels } from '../../../shared/ipc/channels';
import { ipcResultSchema, type CallDeskBridge } from '../../../shared/ipc/contract';
import { hostInvokeBinding, installHostBridge } from '../../host/browser-bridge';
import { createFakeElectron } from './fake-electron';
import { fakeMainPorts } from './fake-main-ports';
import { fetchFrom, invoke, serve, type Served } from './browser-mode/server-helpers';
import { expectNameRefusals, foreignPageUrls, settle } from './ipc-fuzz/bridge-cases';
import { deeplyNested, hostileCatalogue } from './ipc-fuzz/hostile-values';

afterEach(() => {
  vi.doUnmock('electron');
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the preload', () => {
  async function loadPreload() {
    const exposed = new Map<string, unknown>();
    const ipcRenderer = { invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() };
    const contextBridge = { exposeInMainWorld: (name: string, api: unknown) => void exposed.set(name, api) };
    vi.doMock('electron', () => ({ contextBridge, ipcRenderer, default: { contextBridge, ipcRenderer } }));
    await import('../../../electron/preload');
    return { bridge: exposed.get(bridgeGlobalName) as CallDeskBridge, ipcRenderer };
  }

  it('refuses every name not in the lists with a rejection in plain words, and never reaches main', async () => {
    const { bridge, ipcRenderer } = await loadPreload();
    await expectNameRefusals(bridge, () => ipcRenderer.invoke.mock.calls.length + ipcRenderer.on.mock.calls.length);
  });

  it('refuses a listener that is not a function', async () => {
    const { bridge, ipcRenderer } = await loadPreload();
    for (const listener of [null, undefined, {}, 'alert(1)', 42]) {
      expect(() => bridge.on('menu:command', listener as () => void)).toThrow('The listener must be a function.');
    }
    expect(ipcRenderer.on).not.toHaveBeenCalled();
  });

  it('passes every listed channel to main with its input untouched (main parses it), and only the payload of an event to the page', async () => {
    const { bridge, ipcRenderer } = await loadPreload();
    for (const [i, channel] of invokeChannels.entries()) {
      const input = hostileCatalogue()[i % hostileCatalogue().length]!.value;
      await bridge.invoke(channel, input);
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, input);
    }
    const listener = vi.fn();
    const stop = bridge.on('menu:command', listener);
    const forward = ipcRenderer.on.mock.calls[0]![1] as (event: unknown, payload: unknown) => void;
    forward({ sender: 'the Electron event' }, 'go-today');
    expect(listener).toHaveBeenCalledExactlyOnceWith('go-today');
    stop();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('menu:command', forward);
  });

  it('rejects, never throws, when an input cannot be sent', async () => {
    const { bridge, ipcRenderer } = await loadPreload();
    ipcRenderer.invoke.mockImplementationOnce(() => {
      throw new Error('An object could not be cloned.');
    });
    expect(await settle(() => bridge.invoke('app:get-info', { f: () => {} }))).toMatchObject({ rejected: true });
  });
});

/** Main with fake ports, and its router's calls spied on. */
function fakeMain() {
  const router: IpcRouter = createIpcRouter(createMainHandlers(createMainServices(fakeMainPorts())));
  return { router, handle: vi.spyOn(router, 'handle') };
}

/** The hostile catalogue without the huge values, which only cost time here (uploads and JSON both ways); the router's fuzz sends them all. */
const bridgeValues = () => hostileCatalogue().filter(({ name }) => !/ MB |million/.test(name));

/**
 * Every hostile input on every channel settles: a result from main (its refusal), or a rejection
 * in a sentence for what the transport cannot carry. `cannotCarry` says which those are.
 */
async function expectEverythingSettles(bridge: CallDeskBridge, cannotCarry: (name: string) => RegExp | null): Promise<void> {
  for (const channel of invokeChannels) {
    for (const { name, value } of bridgeValues()) {
      const where = `${channel} with ${name}`;
      const { rejected, reason, value: result } = await settle(() => bridge.invoke(channel, value));
      const expected = cannotCarry(name);
      if (expected === null) {
        expect(rejected, `${where}: ${String(reason)}`).toBe(false);
        expect(ipcResultSchema.safeParse(result).success, where).toBe(true);
      } else {
        expect(rejected, where).toBe(true);
        expect((reason as Error).message, where).toMatch(expected);
      }
    }
  }
}

const tooDeep = new RegExp(`^This request is nested more than ${maxTaggedNesting} levels deep, so Call Desk did not send it\\.$`);

/** A request nested just past the limit, and one just within it (which main refuses by its contract). */
async function expectNestingLimit(bridge: CallDeskBridge, reached: () => number): Promise<void> {
  const before = reached();
  const past = await settle(() => bridge.invoke('shell:open-external', deeplyNested(maxTaggedNesting + 1)));
  expect(past.rejected).toBe(true);
  expect(past.reason).toBeInstanceOf(RangeError);
  expect((past.reason as Error).message).toMatch(tooDeep);
  expect(reached()).toBe(before);
  const within = await settle(() => bridge.invoke('shell:open-external', deeplyNested(maxTaggedNesting - 1)));
  expect(within.value).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  expect(reached()).toBe(before + 1);
}

/** The bytes really crossed as uploads, and every upload was claimed by its request. */
function expectUploadsClaimed(served: Served, before: number): void {
  expect(served.pieces.fromPage.size()).toBe(0);
  expect(uploads - before).toBeGreaterThan(0);
}

let uploads = 0;
const countingUploads =
  (inner: PageBridgeFetch): PageBridgeFetch =>
  (url, init) => {
    if (init.method === 'POST') uploads += 1;
    return inner(url, init);
  };

let served: Served | null = null;
afterEach(async () => {
  await served?.stop();
  served = null;
});

describe("the page core over the e2e test host's binding", () => {
  const origin = 'http://127.0.0.1:4173';

  /**
   * The test host installed on a fake context, and its init script run in a window of its own, as
   * Playwright runs it; its bytes cross the test host's server (the bytes door alone), as in the e2e.
   */
  async function hostBridge() {
    const { router, handle } = fakeMain();
    served = await serve({ withApi: false, bytesDoor: true });
    let binding: ((source: unknown, channel: unknown, input: unknown, documentId: unknown) => Promise<unknown>) | undefined;
    let initScript: string | undefined;
    const context = {
      exposeBinding: async (_name: string, callback: typeof binding) => void (binding = callback),
      addInitScript: async ({ content }: { content: string }) => void (initScript = content),
    };
    await installHostBridge(context as never, { router, origin, bytes: { pieces: served.pieces, key: served.key } });
    const frameAt = (url: string) => ({ url: () => url, page: () => ({ once: () => {}, on: () => {} }) });
    const fromUrl = (url: string) => {
      const frame = frameAt(url);
      return (channel: unknown, input: unknown, documentId?: unknown) => binding!({ frame, page: {} }, channel, input, documentId);
    };
    const page: Record<string, unknown> = {
      [hostInvokeBinding]: fromUrl(`${origin}/index.html`),
      location: { origin },
      fetch: countingUploads(fetchFrom(served)),
    };
    vi.stubGlobal('window', page);
    // The text the page receives, not the functions it was made from.
    new Function(initScript!)();
    return { bridge: page[bridgeGlobalName] as CallDeskBridge, handle, fromUrl };
  }

  it("refuses, on the page's side, every name the preload refuses, with the same sentences", async () => {
    const { bridge, handle } = await hostBridge();
    await expectNameRefusals(bridge, () => handle.mock.calls.length);
  });

  it('settles every hostile input on every channel as a result from main, or a rejection in words for nesting too deep', async () => {
    const { bridge } = await hostBridge();
    const before = uploads;
    await expectEverythingSettles(bridge, (name) => (/nested/.test(name) ? tooDeep : null));
    expectUploadsClaimed(served!, before);
  });

  it('refuses a request nested past the limit in the page, before it is sent', async () => {
    const { bridge, handle } = await hostBridge();
    await expectNestingLimit(bridge, () => handle.mock.calls.length);
  });

  it('refuses every page outside the test origin, and a request naming no document, before the router sees it', async () => {
    const { fromUrl, handle } = await hostBridge();
    const refused = { ok: false, error: { code: 'failed', message: 'This page may not call Call Desk.' } };
    for (const url of [...foreignPageUrls, `${origin}.evil.example/`, 'http://127.0.0.1:4174/index.html', 'https://127.0.0.1:4173/']) {
      for (const channel of invokeChannels) expect(await fromUrl(url)(channel, undefined, 'ab'.repeat(16)), url).toEqual(refused);
    }
    for (const documentId of [
      undefined,
      null,
      42,
      '',
      'AB'.repeat(16),
      'ab'.repeat(15),
      `${'ab'.repeat(16)}\n`,
      { toString: () => 'ab'.repeat(16) },
    ]) {
      expect(await fromUrl(`${origin}/index.html`)('app:get-info', undefined, documentId), String(documentId)).toEqual(refused);
    }
    expect(handle).not.toHaveBeenCalled();
  });
});

describe("the page core over browser mode's HTTP", () => {
  /** Browser mode's server with main's real router, and the page core over the HTTP transport, as page-main.ts puts them together. */
  async function httpBridge() {
    const { router, handle } = fakeMain();
    served = await serve({ api: { router } });
    const pageFetch = countingUploads(fetchFrom(served));
    const transport = createHttpTransport({
      key: served.key,
      onEvent: () => {},
      onHostMessage: () => {},
      fetch: (url, init) => pageFetch(String(url), init ?? {}),
    });
    const page: Record<string, unknown> = {};
    vi.stubGlobal('window', page);
    const rawBytes = { path: apiPaths.bytes, refTag: bytesRefTag, headers: { [keyHeader]: served.key }, maxUploadBytes: maxBytesUpload };
    installPageBridge(
      { bridgeGlobalName, invokeChannels, eventChannels, bytesTag, maxNesting: maxTaggedNesting, rawBytes },
      transport.send,
      pageFetch,
    );
    return { bridge: page[bridgeGlobalName] as CallDeskBridge, handle };
  }

  it("refuses, on the page's side, every name the preload refuses, with the same sentences", async () => {
    const { bridge, handle } = await httpBridge();
    await expectNameRefusals(bridge, () => handle.mock.calls.length);
  });

  it('settles every hostile input on every channel as a result from main, or a rejection in words for what JSON cannot carry', async () => {
    const { bridge } = await httpBridge();
    const before = uploads;
    await expectEverythingSettles(bridge, (name) =>
      /nested/.test(name) ? tooDeep : name === 'bigint' ? /^This request holds a value that cannot be sent to Call Desk\.$/ : null,
    );
    expectUploadsClaimed(served!, before);
  });

  it('refuses a request nested past the limit in the page, before it is sent', async () => {
    const { bridge, handle } = await httpBridge();
    await expectNestingLimit(bridge, () => handle.mock.calls.length);
  });

  it("refuses, on main's side, a request nested past the limit that did not come through the page core", async () => {
    const { handle } = await httpBridge();
    const answer = await invoke(served!, 'shell:open-external', deeplyNested(10_000));
    expect(answer.status).toBe(400);
    expect(answer.text).toBe(`Call Desk did not understand this request: it is nested more than ${maxTaggedNesting} levels deep.`);
    expect(handle).not.toHaveBeenCalled();
  });
});

describe("main's check of who is asking", () => {
  let userData: string | undefined;
  afterEach(async () => {
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  it('refuses every channel to every page that is not the app, before anything happens', async () => {
    userData = await mkdtemp(path.join(tmpdir(), 'call-desk-sender-'));
    const fake = createFakeElectron({ userData });
    vi.doMock('electron', () => ({ ...fake.electron, default: fake.electron }));
    await import('../../../electron/main');
    const senders = [null, undefined, {}, { url: undefined }, { url: 42 }, ...foreignPageUrls.map((url) => ({ url }))];
    for (const channel of invokeChannels) {
      const handler = fake.ipcHandlers.get(channel)!;
      for (const senderFrame of senders) {
        const send = vi.fn();
        const event = { senderFrame, sender: { send, isDestroyed: () => false } };
        const result = await handler(event, { url: 'tel:+15551234567', purpose: 'statements', source: 'ask' });
        expect(result, `${channel} from ${JSON.stringify(senderFrame)}`).toEqual({
          ok: false,
          error: { code: 'failed', message: 'This page may not call Call Desk.' },
        });
        expect(send).not.toHaveBeenCalled();
      }
    }
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();
    expect(fake.electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(fake.electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
