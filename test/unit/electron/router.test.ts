import { describe, expect, it, vi } from 'vitest';
import { createIpcRouter, type IpcHandlers } from '../../../electron/ipc/router';
import { invokeChannels } from '../../../shared/ipc/channels';
import { ipcContract, type AppInfo } from '../../../shared/ipc/contract';

const info: AppInfo = {
  name: 'Call Desk',
  version: '0.1.0',
  platform: 'linux',
  dataDirectory: '/tmp/call-desk',
  electronVersion: null,
  browserMode: null,
};

function fakeHandlers(overrides: Partial<IpcHandlers> = {}) {
  const handlers = {
    'app:get-info': vi.fn(() => info),
    'shell:open-external': vi.fn(async () => ({ opened: true as const })),
    ...overrides,
  };
  return { handlers, router: createIpcRouter(handlers as IpcHandlers) };
}

describe('the IPC contract', () => {
  it('has a schema for exactly the channels the preload exposes', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...invokeChannels].sort());
  });
});

describe('createIpcRouter', () => {
  it('calls the handler with the parsed input and returns its output', async () => {
    const { handlers, router } = fakeHandlers();
    const result = await router.handle('shell:open-external', { url: '  tel:+15551234567 ' });
    expect(result).toEqual({ ok: true, value: { opened: true } });
    // The schema trims; the handler sees the parsed value, not the raw one.
    expect(handlers['shell:open-external']).toHaveBeenCalledWith({ url: 'tel:+15551234567' }, expect.anything());
  });

  it('accepts a missing input for a channel whose input is undefined', async () => {
    const { router } = fakeHandlers();
    expect(await router.handle('app:get-info', undefined)).toEqual({ ok: true, value: info });
  });

  it.each(['nope:nothing', 'toString', '__proto__', 'constructor', ''])('refuses the unknown channel %j', async (channel) => {
    const { handlers, router } = fakeHandlers();
    const result = await router.handle(channel, undefined);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: `There is no IPC channel named "${channel}".` },
    });
    expect(handlers['app:get-info']).not.toHaveBeenCalled();
  });

  it('refuses bytes sent where an object goes at once, without zod listing their keys', async () => {
    // 16 million indices: listed one by one as unexpected keys, main would run out of memory.
    const { handlers, router } = fakeHandlers();
    const result = await router.handle('shell:open-external', new Uint8Array(16 * 1024 * 1024));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'The request "shell:open-external" was refused: Invalid input: expected object, received Uint8Array',
        issues: [{ path: '', message: 'Invalid input: expected object, received Uint8Array' }],
      },
    });
    expect(handlers['shell:open-external']).not.toHaveBeenCalled();
  });

  it('refuses any object that is not plain wherever the contract expects one, even inside a union or a list', async () => {
    const { router } = fakeHandlers();
    const bytes = new Uint8Array(8);
    const writeId = 'ab'.repeat(16);
    const cases: [string, unknown, string][] = [
      ['backup:read-open', bytes, ''],
      ['backup:read-open', new Map([['source', 'ask']]), ''],
      ['backup:write-begin', { target: new Map([['kind', 'automatic']]) }, 'target'],
      ['backup:write-chunk', bytes, ''],
      [
        'backup:write-chunk',
        new Map<string, unknown>([
          ['writeId', writeId],
          ['index', 0],
          ['bytes', bytes],
        ]),
        '',
      ],
      ['export:text-file', { content: 'x', fileType: bytes, destination: { kind: 'ask', suggestedName: 'a.csv' } }, 'fileType'],
      ['reminders:sync', { mode: 'replace', entries: [null, new Date(0)] }, 'entries[1]'],
    ];
    for (const [channel, input, path] of cases) {
      const result = await router.handle(channel, input);
      expect(result, channel).toMatchObject({
        ok: false,
        error: {
          code: 'invalid-input',
          issues: [{ path, message: expect.stringMatching(/^Invalid input: expected object, received (Uint8Array|Map|Date)$/) }],
        },
      });
    }
  });

  it('lets bytes through where the contract expects bytes: a backup piece reaches its handler', async () => {
    const writeChunk = vi.fn(async () => ({ received: 3 }));
    const { router } = fakeHandlers({ 'backup:write-chunk': writeChunk });
    const piece = { writeId: 'ab'.repeat(16), index: 0, bytes: new Uint8Array([80, 75, 3]) };
    expect(await router.handle('backup:write-chunk', piece)).toEqual({ ok: true, value: { received: 3 } });
    expect(writeChunk).toHaveBeenCalledWith(piece, expect.anything());
  });

  it('keeps a refusal short, whatever the request held', async () => {
    const { router } = fakeHandlers();
    const hugeKey = await router.handle('shell:open-external', { url: 'tel:123', ['K'.repeat(1024 * 1024)]: 1 });
    if (hugeKey.ok) throw new Error('expected a refusal');
    expect(hugeKey.error.message.length).toBeLessThan(300);
    expect(hugeKey.error.issues?.[0]?.message).toMatch(/^Unrecognized key: "KKKK.*…$/);
    expect(hugeKey.error.issues?.[0]?.message.length).toBe(200);

    const manyBadRows = await router.handle('reminders:sync', { mode: 'replace', entries: Array.from({ length: 1000 }, () => ({})) });
    if (manyBadRows.ok) throw new Error('expected a refusal');
    expect(manyBadRows.error.issues).toHaveLength(20);
  });

  it("keeps a handler's failure sentence to a thousand characters", async () => {
    const { router } = fakeHandlers({
      'shell:open-external': async ({ url }) => {
        throw new Error(`Could not open ${url}${'!'.repeat(5000)}`);
      },
    });
    const result = await router.handle('shell:open-external', { url: 'tel:123' });
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.message).toHaveLength(1000);
    expect(result.error.message).toMatch(/^Could not open tel:123!+…$/);
  });

  it('names neither a huge channel name nor a channel that is not text in its refusal', async () => {
    const { router } = fakeHandlers();
    const huge = await router.handle('x'.repeat(100_000), undefined);
    expect(huge).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(huge.ok || huge.error.message.length < 300).toBe(true);
    // A value String() cannot turn into text (no prototype, so no toString).
    const notText = await router.handle(Object.create(null) as string, undefined);
    expect(notText).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'An IPC channel is named by text, not by a value of type object.' },
    });
  });

  it('refuses a URL that is not tel: or mailto: without calling the handler', async () => {
    const { handlers, router } = fakeHandlers();
    const result = await router.handle('shell:open-external', { url: 'https://example.com' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toBe(
      'The request "shell:open-external" was refused (at "url"): Only tel: and mailto: links can be opened.',
    );
    expect(result.error.issues).toEqual([{ path: 'url', message: 'Only tel: and mailto: links can be opened.' }]);
    expect(handlers['shell:open-external']).not.toHaveBeenCalled();
  });

  it('lists every problem of a malformed input and names the first in the message', async () => {
    const { handlers, router } = fakeHandlers();
    const result = await router.handle('shell:open-external', { nope: 1 });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toMatch(/^The request "shell:open-external" was refused/);
    const paths = result.error.issues?.map((issue) => issue.path);
    expect(paths).toContain('url');
    expect(result.error.issues?.some((issue) => /nope/.test(issue.message))).toBe(true);
    expect(handlers['shell:open-external']).not.toHaveBeenCalled();
  });

  it('refuses input on a channel that takes none, naming no path', async () => {
    const { handlers, router } = fakeHandlers();
    const result = await router.handle('app:get-info', { surprise: true });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toMatch(/^The request "app:get-info" was refused: /);
    expect(result.error.issues?.[0]?.path).toBe('');
    expect(handlers['app:get-info']).not.toHaveBeenCalled();
  });

  it('reports a throwing handler as failed with its message', async () => {
    const { router } = fakeHandlers({
      'shell:open-external': async () => {
        throw new Error('No application is registered for tel: links.');
      },
    });
    expect(await router.handle('shell:open-external', { url: 'tel:123' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'No application is registered for tel: links.' },
    });
  });

  it('reports a non-Error throw with a fallback sentence', async () => {
    const { router } = fakeHandlers({
      'app:get-info': () => {
        throw { weird: true };
      },
    });
    const result = await router.handle('app:get-info', undefined);
    expect(result).toEqual({
      ok: false,
      error: { code: 'failed', message: 'An unexpected error happened in the main process.' },
    });
  });

  it('refuses to send an output that breaks the contract', async () => {
    const { router } = fakeHandlers({ 'app:get-info': () => ({ ...info, version: 7 }) as unknown as AppInfo });
    const result = await router.handle('app:get-info', undefined);
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.code).toBe('failed');
    expect(result.error.message).toMatch(/^Main produced an invalid reply to "app:get-info": version /);
  });

  it('strips output fields the contract does not declare', async () => {
    const { router } = fakeHandlers({ 'app:get-info': () => ({ ...info, secret: 'x' }) as AppInfo });
    const result = await router.handle('app:get-info', undefined);
    expect(result).toEqual({ ok: true, value: info });
  });

  it("sends a handler's events to the sender of its own request only, checked against the contract", async () => {
    const { router } = fakeHandlers({
      'shell:open-external': async ({ url }, caller) => {
        await Promise.resolve(); // the two requests below interleave
        caller.notify('export:progress', { progressId: url, stage: 'printing', done: 0, total: 0 });
        return { opened: true as const };
      },
    });
    const firstWindow = vi.fn();
    const secondWindow = vi.fn();
    await Promise.all([
      router.handle('shell:open-external', { url: 'tel:+15550000001' }, firstWindow),
      router.handle('shell:open-external', { url: 'tel:+15550000002' }, secondWindow),
    ]);
    expect(firstWindow).toHaveBeenCalledExactlyOnceWith('export:progress', {
      progressId: 'tel:+15550000001',
      stage: 'printing',
      done: 0,
      total: 0,
    });
    expect(secondWindow).toHaveBeenCalledExactlyOnceWith('export:progress', {
      progressId: 'tel:+15550000002',
      stage: 'printing',
      done: 0,
      total: 0,
    });
    // Without a sender the event goes nowhere, and the request still succeeds.
    expect(await router.handle('shell:open-external', { url: 'tel:+15550000003' })).toEqual({ ok: true, value: { opened: true } });
  });

  it('refuses to send an event that breaks the contract, and fails the request', async () => {
    const { router } = fakeHandlers({
      'app:get-info': (_input, caller) => {
        caller.notify('export:progress', { progressId: 'export-1', stage: 'printing', done: 3, total: 2 });
        return info;
      },
    });
    const asker = vi.fn();
    const result = await router.handle('app:get-info', undefined, asker);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'failed', message: expect.stringMatching(/invalid "export:progress" event/) },
    });
    expect(asker).not.toHaveBeenCalled();
  });
});
