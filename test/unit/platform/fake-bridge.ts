// A stand-in for window.callDesk: records calls and answers with canned IpcResults.
import { vi } from 'vitest';
import type { CallDeskBridge, IpcResult } from '../../../shared/ipc/contract';

export interface FakeBridge extends CallDeskBridge {
  calls: { channel: string; input: unknown }[];
  reply: (result: unknown) => void;
  emit: (event: string, payload: unknown) => void;
}

export function installFakeBridge(): FakeBridge {
  let next: unknown = { ok: true, value: null } satisfies IpcResult;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const fake: FakeBridge = {
    calls: [],
    reply: (result) => {
      next = result;
    },
    emit: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
    invoke: async (channel, input) => {
      fake.calls.push({ channel, input });
      return next as IpcResult;
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  vi.stubGlobal('window', { callDesk: fake });
  return fake;
}
