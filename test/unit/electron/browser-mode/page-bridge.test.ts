// @vitest-environment jsdom
// The page side of window.callDesk outside Electron (browser mode and the e2e test host), with a
// fake transport: the same checks and sentences as the preload, bytes carried as tagged base64
// (a bridge without raw bytes; page-bridge-raw-bytes.test.ts has the raw path).
import { describe, expect, it } from 'vitest';
import { bytesTag, installPageBridge, maxTaggedNesting, type PageBridgeSend } from '../../../../electron/browser-mode/page-bridge';
import { bridgeGlobalName, eventChannels, invokeChannels } from '../../../../shared/ipc/channels';
import type { CallDeskBridge } from '../../../../shared/ipc/contract';

let installed = 0;

/** Each test its own global: the bridge, like contextBridge's, cannot be replaced once defined. */
function install(send: PageBridgeSend) {
  const name = `callDeskUnderTest${(installed += 1)}`;
  const dispatcher = installPageBridge(
    { bridgeGlobalName: name, invokeChannels, eventChannels, bytesTag, maxNesting: maxTaggedNesting, rawBytes: null },
    send,
  );
  const bridge = (window as unknown as Record<string, CallDeskBridge>)[name]!;
  return { bridge, dispatcher, name };
}

describe('installPageBridge', () => {
  it('is the shape the renderer expects, frozen, and cannot be replaced by the page', () => {
    expect(bridgeGlobalName).toBe('callDesk');
    const { bridge, name } = install(async () => ({ ok: true, value: null }));
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(() => Object.defineProperty(window, name, { value: {} })).toThrow(TypeError);
  });

  it('sends a known channel with its bytes tagged, and gives bytes back as a Uint8Array', async () => {
    const sent: unknown[] = [];
    const { bridge } = install(async (channel, input) => {
      sent.push([channel, input]);
      return { ok: true, value: { bytes: { [bytesTag]: btoa('\u0001\u00ff') } } };
    });
    const writeId = 'ab'.repeat(16);
    const result = await bridge.invoke('backup:write-chunk', { writeId, index: 0, bytes: new Uint8Array([104, 105]) });
    expect(sent).toEqual([['backup:write-chunk', { writeId, index: 0, bytes: { [bytesTag]: 'aGk=' } }]]);
    const read = await bridge.invoke('backup:read-chunk', { readId: writeId, offset: 0, length: 2 });
    expect(read).toEqual({ ok: true, value: { bytes: new Uint8Array([1, 255]) } });
    expect(result).toEqual(read);
  });

  it('carries every byte value the same way with and without the browser’s own base64', async () => {
    const every = Uint8Array.from({ length: 256 }, (_, value) => value);
    const roundTrip = async () => {
      let sentTag: unknown;
      const { bridge } = install(async (_channel, input) => {
        sentTag = (input as { bytes: Record<string, string> }).bytes[bytesTag];
        return { ok: true, value: { bytes: { [bytesTag]: sentTag } } };
      });
      const reply = await bridge.invoke('backup:write-chunk', { writeId: 'cd'.repeat(16), index: 0, bytes: every });
      return { sentTag, reply };
    };
    const expected = Buffer.from(every).toString('base64');
    const long = await roundTrip();
    expect(long.sentTag).toBe(expected);
    expect(long.reply).toEqual({ ok: true, value: { bytes: every } });

    // Chromium 140+ has Uint8Array.prototype.toBase64 and Uint8Array.fromBase64; Node 20 does not,
    // so stand-ins that count their calls show the bridge uses them when they are there.
    const calls = { to: 0, from: 0 };
    const proto = Uint8Array.prototype as unknown as Record<string, unknown>;
    const ctor = Uint8Array as unknown as Record<string, unknown>;
    proto.toBase64 = function (this: Uint8Array) {
      calls.to += 1;
      return Buffer.from(this).toString('base64');
    };
    ctor.fromBase64 = (text: string) => {
      calls.from += 1;
      return new Uint8Array(Buffer.from(text, 'base64'));
    };
    try {
      const native = await roundTrip();
      expect(native.sentTag).toBe(expected);
      expect(native.reply).toEqual({ ok: true, value: { bytes: every } });
      expect(calls).toEqual({ to: 1, from: 1 });
    } finally {
      delete proto.toBase64;
      delete ctor.fromBase64;
    }
  });

  it('refuses unknown channels and events with the preload’s sentences, sending nothing', async () => {
    const sent: string[] = [];
    const { bridge } = install(async (channel) => (sent.push(channel), { ok: true, value: null }));
    await expect(bridge.invoke('fs:read-file', { path: '/etc/passwd' })).rejects.toThrow('Call Desk has no channel named "fs:read-file".');
    await expect(bridge.invoke('toString')).rejects.toThrow('Call Desk has no channel named "toString".');
    expect(() => bridge.on('window:close', () => {})).toThrow('Call Desk has no event named "window:close".');
    expect(() => bridge.on('menu:command', 'not a function' as unknown as () => void)).toThrow('The listener must be a function.');
    expect(sent).toEqual([]);
  });

  it('passes a failing transport on as a rejection with its own words, even one that throws at once', async () => {
    const { bridge } = install(async () => {
      throw new Error('Call Desk is not running any more. Start it again with npm start.');
    });
    await expect(bridge.invoke('app:get-info')).rejects.toThrow('Call Desk is not running any more. Start it again with npm start.');
    const { bridge: throwing } = install(() => {
      throw new Error('The binding is gone.');
    });
    await expect(throwing.invoke('app:get-info')).rejects.toThrow('The binding is gone.');
  });

  it('rejects, never throws, for a name that is not text or an input it cannot walk, sending nothing', async () => {
    const sent: string[] = [];
    const { bridge } = install(async (channel) => (sent.push(channel), { ok: true, value: null }));
    const hostileName = { toString: () => 'app:get-info' } as unknown as string;
    await expect(bridge.invoke(hostileName)).rejects.toThrow('A Call Desk channel is named by text, not by a value of type object.');
    expect(() => bridge.on(hostileName, () => {})).toThrow('A Call Desk event is named by text, not by a value of type object.');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(bridge.invoke('shell:open-external', cyclic)).rejects.toThrow(
      `This request is nested more than ${maxTaggedNesting} levels deep, so Call Desk did not send it.`,
    );
    const withThrowingGetter = Object.defineProperty({}, 'url', {
      enumerable: true,
      get: () => {
        throw new Error('a page-made getter');
      },
    });
    await expect(bridge.invoke('shell:open-external', withThrowingGetter)).rejects.toThrow('a page-made getter');
    expect(sent).toEqual([]);
  });

  it('delivers events to each listener with a copy of its own, until it unsubscribes', () => {
    const { bridge, dispatcher } = install(async () => ({ ok: true, value: null }));
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stopFirst = bridge.on('reminder:activated', (payload) => {
      first.push(payload);
      (payload as { customerId: string }).customerId = 'changed by a listener';
    });
    bridge.on('reminder:activated', (payload) => second.push(payload));
    expect(dispatcher.dispatch('reminder:activated', { customerId: 'c1' })).toBe(2);
    expect(second).toEqual([{ customerId: 'c1' }]);
    stopFirst();
    expect(dispatcher.dispatch('reminder:activated', { customerId: 'c2' })).toBe(1);
    expect(first).toHaveLength(1);
    expect(dispatcher.dispatch('menu:command', 'go-today')).toBe(0);
  });
});
