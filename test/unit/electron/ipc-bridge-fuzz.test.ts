// Fault injection at the two doors before main's router (issue 11, point 15): the preload (and
// the e2e test host's copy of it), which must refuse any channel or event name not in the list
// with a rejection in plain words, never a throw; and main's check of who is asking, which must
// refuse every page that is not the app's own, on every channel, before anything happens.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMainHandlers } from '../../../electron/ipc/main-handlers';
import { createIpcRouter, type IpcRouter } from '../../../electron/ipc/router';
import { createMainServices } from '../../../electron/services/main-services';
import { createRandom } from '../../../shared/demo/random';
import { bridgeGlobalName, eventChannels, invokeChannels } from '../../../shared/ipc/channels';
import { ipcResultSchema, type CallDeskBridge } from '../../../shared/ipc/contract';
import { hostInvokeBinding, installHostBridge } from '../../host/browser-bridge';
import { createFakeElectron } from './fake-electron';
import { fakeMainPorts } from './fake-main-ports';
import { hostileCatalogue, traversalNames } from './ipc-fuzz/hostile-values';

afterEach(() => {
  vi.doUnmock('electron');
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** Names a page could give instead of a channel's: near misses, prototype names, huge text, non-text. */
function hostileNames(): unknown[] {
  const random = createRandom(15);
  const randomText = () => Array.from({ length: random.int(1, 30) }, () => String.fromCharCode(random.int(0, 0x2fff))).join('');
  return [
    null,
    undefined,
    42,
    Number.NaN,
    true,
    10n,
    {},
    [],
    ['app:get-info'],
    Object.create(null) as unknown,
    { toString: () => 'app:get-info' },
    {
      toString: () => {
        throw new Error('a page-made toString');
      },
    },
    '',
    ' app:get-info',
    'APP:GET-INFO',
    'app:get-info\u0000',
    'app:*',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'x'.repeat(5 * 1024 * 1024),
    ...eventChannels, // events are not invoke channels, and invoke channels are not events
    ...traversalNames,
    ...Array.from({ length: 20 }, randomText),
  ];
}

const plainRefusal = /^(Call Desk has no (channel|event) named "[^]{0,100}"\.|A Call Desk (channel|event) is named by text, not by a value of type \w+\.)$/;

/** Calls `invoke` and returns how it settled; a synchronous throw fails the test. */
async function settle(invoke: () => Promise<unknown>): Promise<{ rejected: boolean; reason: unknown; value?: unknown }> {
  let promise: Promise<unknown>;
  try {
    promise = invoke();
  } catch (error) {
    throw new Error(`invoke threw instead of rejecting: ${String(error)}`, { cause: error });
  }
  return promise.then(
    (value: unknown) => ({ rejected: false, reason: undefined, value }),
    (reason: unknown) => ({ rejected: true, reason }),
  );
}

async function expectNameRefusals(bridge: CallDeskBridge, reached: () => number): Promise<void> {
  for (const name of hostileNames()) {
    const shown = typeof name === 'string' ? JSON.stringify(name.slice(0, 40)) : typeof name;
    const { rejected, reason } = await settle(() => bridge.invoke(name as string, { url: 'tel:+15551234567' }));
    expect(rejected, shown).toBe(true);
    expect(reason, shown).toBeInstanceOf(Error);
    expect((reason as Error).message, shown).toMatch(plainRefusal);

    if (!(eventChannels as readonly unknown[]).includes(name)) {
      expect(() => bridge.on(name as string, () => {}), shown).toThrow(plainRefusal);
    }
  }
  expect(reached()).toBe(0);
}

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

  it("passes every listed channel to main with its input untouched (main parses it), and only the payload of an event to the page", async () => {
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

describe("the e2e test host's bridge", () => {
  const origin = 'http://127.0.0.1:4173';

  async function hostBridge() {
    const router: IpcRouter = createIpcRouter(createMainHandlers(createMainServices(fakeMainPorts())));
    const handle = vi.spyOn(router, 'handle');
    let binding: ((source: unknown, channel: unknown, input: unknown) => Promise<unknown>) | undefined;
    let script: [(config: unknown) => void, unknown] | undefined;
    const context = {
      exposeBinding: async (_name: string, callback: typeof binding) => void (binding = callback),
      addInitScript: async (fn: (config: unknown) => void, arg: unknown) => void (script = [fn, arg]),
    };
    await installHostBridge(context as never, { router, origin });
    const fromUrl = (url: string) => (channel: unknown, input: unknown) => binding!({ frame: { url: () => url }, page: {} }, channel, input);
    // The page's side, run as Playwright runs it: in a window of its own, before the page's scripts.
    const page: Record<string, unknown> = { [hostInvokeBinding]: fromUrl(`${origin}/index.html`) };
    vi.stubGlobal('window', page);
    script![0](script![1]);
    return { bridge: page[bridgeGlobalName] as CallDeskBridge, handle, fromUrl };
  }

  it("refuses, on the page's side, every name the preload refuses, with the same sentences", async () => {
    const { bridge, handle } = await hostBridge();
    await expectNameRefusals(bridge, () => handle.mock.calls.length);
  });

  it('settles every hostile input on every channel: a result from main, or a rejection for what cannot be copied', async () => {
    const { bridge } = await hostBridge();
    // The huge values only cost time here (base64 both ways); the router's fuzz sends them all.
    const values = hostileCatalogue().filter(({ name }) => !/ MB |million/.test(name));
    for (const channel of invokeChannels) {
      for (const { name, value } of values) {
        const { rejected, reason, value: result } = await settle(() => bridge.invoke(channel, value));
        if (!rejected) expect(ipcResultSchema.safeParse(result).success, `${channel} with ${name}`).toBe(true);
        else {
          // Structured clone gives up on the same nesting in Electron: the page hears of it.
          expect(name, `${channel} with ${name}: ${String(reason)}`).toMatch(/nested/);
          expect(reason, name).toBeInstanceOf(RangeError);
        }
      }
    }
  });

  it('refuses every page outside the test origin before the router sees the request', async () => {
    const { fromUrl, handle } = await hostBridge();
    for (const url of [...foreignPageUrls, `${origin}.evil.example/`, 'http://127.0.0.1:4174/index.html', 'https://127.0.0.1:4173/']) {
      for (const channel of invokeChannels) {
        expect(await fromUrl(url)(channel, undefined), url).toEqual({ ok: false, error: { code: 'failed', message: 'This page may not call Call Desk.' } });
      }
    }
    expect(handle).not.toHaveBeenCalled();
  });
});

/** Frames that are not the app's own page: other sites, other schemes, look-alike hosts. */
const foreignPageUrls = [
  '',
  'about:blank',
  'https://evil.example/index.html',
  'http://call-desk/index.html',
  'app://call-desk.evil.example/index.html',
  'app://evil/index.html',
  'app://call-desk:8080/index.html',
  'app:call-desk/index.html',
  'app:///call-desk/index.html',
  'file:///index.html',
  'data:text/html,<script>1</script>',
  'blob:https://evil.example/4f1c',
  'javascript:alert(1)',
  'not a url at all',
];

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
        expect(result, `${channel} from ${JSON.stringify(senderFrame)}`).toEqual({ ok: false, error: { code: 'failed', message: 'This page may not call Call Desk.' } });
        expect(send).not.toHaveBeenCalled();
      }
    }
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();
    expect(fake.electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(fake.electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
