import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasDesktopBridge, invoke, IpcCallError, onMainEvent } from '../../../renderer/platform/bridge';
import { installFakeBridge } from './fake-bridge';

const info = { name: 'Call Desk', version: '0.1.0', platform: 'linux', dataDirectory: '/d', electronVersion: null, browserMode: null };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function caught(promise: Promise<unknown>): Promise<IpcCallError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof IpcCallError)) throw new Error(`expected an IpcCallError, got ${String(error)}`);
  return error;
}

describe('invoke', () => {
  it('sends the channel and input, and returns the parsed value', async () => {
    const bridge = installFakeBridge();
    bridge.reply({ ok: true, value: { ...info, extra: 'dropped by the schema' } });
    expect(await invoke('app:get-info')).toEqual(info);
    expect(bridge.calls).toEqual([{ channel: 'app:get-info', input: undefined }]);
  });

  it('turns a refusal into an IpcCallError with main’s message and issues', async () => {
    const bridge = installFakeBridge();
    const issues = [{ path: 'url', message: 'Only tel: and mailto: links can be opened.' }];
    bridge.reply({ ok: false, error: { code: 'invalid-input', message: 'The request was refused.', issues } });
    const error = await caught(invoke('shell:open-external', { url: 'https://example.com' }));
    expect(error).toMatchObject({ channel: 'shell:open-external', code: 'invalid-input', message: 'The request was refused.' });
    expect(error.issues).toEqual(issues);
  });

  it('rejects a reply that is not an IpcResult', async () => {
    installFakeBridge().reply({ success: true });
    const error = await caught(invoke('app:get-info'));
    expect(error.code).toBe('failed');
    expect(error.message).toBe('Main sent a malformed reply to "app:get-info".');
  });

  it('rejects a value that breaks the output schema', async () => {
    installFakeBridge().reply({ ok: true, value: { opened: false } });
    const error = await caught(invoke('shell:open-external', { url: 'tel:123' }));
    expect(error.code).toBe('failed');
    expect(error.message).toContain('does not match the contract');
  });

  it('wraps a rejected bridge call (e.g. an unknown channel in the preload)', async () => {
    const bridge = installFakeBridge();
    bridge.invoke = async () => {
      throw new Error('Call Desk has no channel named "x".');
    };
    const error = await caught(invoke('app:get-info'));
    expect(error).toMatchObject({ code: 'failed', message: 'Call Desk has no channel named "x".' });
  });

  it('says plainly when the page runs without the bridge', async () => {
    vi.stubGlobal('window', {});
    expect(hasDesktopBridge()).toBe(false);
    await expect(invoke('app:get-info')).rejects.toThrow('window.callDesk is missing');
    await expect(invoke('app:get-info')).rejects.not.toBeInstanceOf(IpcCallError);
  });
});

describe('onMainEvent', () => {
  it('delivers valid payloads until unsubscribed', () => {
    const bridge = installFakeBridge();
    expect(hasDesktopBridge()).toBe(true);
    const received: string[] = [];
    const unsubscribe = onMainEvent('menu:command', (command) => received.push(command));
    bridge.emit('menu:command', 'new-customer');
    unsubscribe();
    bridge.emit('menu:command', 'log-call');
    expect(received).toEqual(['new-customer']);
  });

  it('drops payloads that break the contract', () => {
    const bridge = installFakeBridge();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const received: unknown[] = [];
    onMainEvent('menu:command', (command) => received.push(command));
    bridge.emit('menu:command', 'format-disk');
    expect(received).toEqual([]);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('throws when the bridge is missing', () => {
    vi.stubGlobal('window', {});
    expect(() => onMainEvent('menu:command', () => {})).toThrow('window.callDesk is missing');
  });
});
