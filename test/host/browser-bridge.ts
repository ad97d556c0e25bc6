// Gives pages in a Playwright BrowserContext the same window.callDesk the preload gives
// Electron pages: only the known channels, invoke → main's router, on → main's events.
import type { BrowserContext, Page } from '@playwright/test';
import { isSameOrigin } from '../../electron/security/app-origin';
import type { IpcRouter } from '../../electron/ipc/router';
import { bridgeGlobalName, eventChannels, invokeChannels, type EventChannel } from '../../shared/ipc/channels';
import type { IpcEventPayload, IpcResult } from '../../shared/ipc/contract';

export const hostInvokeBinding = '__callDeskHostInvoke';
/**
 * How a Uint8Array crosses the binding: Playwright passes arguments and results as JSON-like
 * values, where Electron's structured clone keeps bytes as bytes. Each side turns every
 * Uint8Array into `{ [bytesTag]: base64 }` before sending and back after receiving.
 */
export const bytesTag = '__callDeskBytes';
/** Page-side function the host calls to deliver a main → renderer event. */
const hostDispatchName = '__callDeskHostDispatch';

interface BridgeScriptConfig {
  bridgeGlobalName: string;
  bindingName: string;
  dispatchName: string;
  invokeChannels: readonly string[];
  eventChannels: readonly string[];
  bytesTag: string;
}

/**
 * Runs in the page before its own scripts. Must be self-contained (Playwright sends its
 * source text). Mirrors electron/preload.ts: same checks, same error sentences.
 */
function defineBridgeInPage(config: BridgeScriptConfig): void {
  const invokable = new Set(config.invokeChannels);
  const listenable = new Set(config.eventChannels);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const pageWindow = window as unknown as Record<string, unknown>;

  // The same sentences as unknownNameMessage in shared/ipc/channels.ts (this function cannot import).
  const unknownNameMessage = (kind: 'channel' | 'event', name: unknown): string => {
    if (typeof name !== 'string') return `A Call Desk ${kind} is named by text, not by a value of type ${typeof name}.`;
    return `Call Desk has no ${kind} named "${name.length > 100 ? `${name.slice(0, 99)}…` : name}".`;
  };
  const isPlainObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value));
  const toBase64 = (bytes: Uint8Array): string => {
    let binary = '';
    // In slices: String.fromCharCode takes its bytes as arguments, and argument lists are limited.
    for (let at = 0; at < bytes.length; at += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    }
    return btoa(binary);
  };
  const fromBase64 = (text: string): Uint8Array => {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  };
  const tagBytes = (value: unknown): unknown => {
    if (value instanceof Uint8Array) return { [config.bytesTag]: toBase64(value) };
    if (Array.isArray(value)) return value.map(tagBytes);
    if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tagBytes(item)]));
    return value;
  };
  const untagBytes = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(untagBytes);
    if (!isPlainObject(value)) return value;
    const tagged = value[config.bytesTag];
    if (typeof tagged === 'string' && Object.keys(value).length === 1) return fromBase64(tagged);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, untagBytes(item)]));
  };

  const bridge = Object.freeze({
    invoke(channel: string, input?: unknown): Promise<unknown> {
      if (typeof channel !== 'string' || !invokable.has(channel)) {
        return Promise.reject(new Error(unknownNameMessage('channel', channel)));
      }
      const hostInvoke = pageWindow[config.bindingName] as (channel: string, input: unknown) => Promise<unknown>;
      // As in the preload: an input that cannot be sent (nested too deeply to copy) is a rejection, never a throw.
      return new Promise((resolve) => resolve(hostInvoke(channel, tagBytes(input)))).then(untagBytes);
    },
    on(event: string, listener: (payload: unknown) => void): () => void {
      if (typeof event !== 'string' || !listenable.has(event)) {
        throw new Error(unknownNameMessage('event', event));
      }
      if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
      const forward = (payload: unknown) => listener(payload);
      const set = listeners.get(event) ?? new Set();
      set.add(forward);
      listeners.set(event, set);
      return () => {
        set.delete(forward);
      };
    },
  });

  const dispatch = (event: string, payload: unknown): number => {
    const set = listeners.get(event);
    // A copy: a listener that unsubscribes while being called must not skip its neighbour.
    for (const listener of [...(set ?? [])]) {
      try {
        listener(structuredClone(payload));
      } catch (error) {
        console.error(error);
      }
    }
    return set?.size ?? 0;
  };

  Object.defineProperty(window, config.bridgeGlobalName, { value: bridge, enumerable: true });
  Object.defineProperty(window, config.dispatchName, { value: dispatch });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Host side of the bytes transport: Uint8Array (Buffer included) → tagged base64. */
export function tagBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [bytesTag]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (Array.isArray(value)) return value.map(tagBytes);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tagBytes(item)]));
  return value;
}

/** Host side of the bytes transport: tagged base64 → a Uint8Array of its own (not a Buffer). */
export function untagBytes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(untagBytes);
  if (!isPlainObject(value)) return value;
  const tagged = value[bytesTag];
  if (typeof tagged === 'string' && Object.keys(value).length === 1) return new Uint8Array(Buffer.from(tagged, 'base64'));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, untagBytes(item)]));
}

export interface HostBridgeOptions {
  router: IpcRouter;
  /** Only pages from this origin may call main, as main.ts checks the sender frame. */
  origin: string;
}

export async function installHostBridge(context: BrowserContext, { router, origin }: HostBridgeOptions): Promise<void> {
  await context.exposeBinding(hostInvokeBinding, async (source, channel: unknown, input: unknown): Promise<IpcResult> => {
    if (!isSameOrigin(source.frame.url(), origin)) {
      return { ok: false, error: { code: 'failed', message: 'This page may not call Call Desk.' } };
    }
    // Events for this request go to the page that asked, as webContents.send does, in order and
    // all before the reply (Electron's IPC keeps that order too).
    let delivered: Promise<unknown> = Promise.resolve();
    const sendToAsker = (event: EventChannel, payload: unknown) => {
      delivered = delivered.then(() => emitToPage(source.page, event, payload as IpcEventPayload<typeof event>).catch(() => 0));
    };
    const result = await router.handle(String(channel), untagBytes(input), sendToAsker);
    await delivered;
    return tagBytes(result) as IpcResult;
  });
  await context.addInitScript(defineBridgeInPage, {
    bridgeGlobalName,
    bindingName: hostInvokeBinding,
    dispatchName: hostDispatchName,
    invokeChannels,
    eventChannels,
    bytesTag,
  } satisfies BridgeScriptConfig);
}

/**
 * Delivers a main → renderer event (e.g. a menu command) to one page, as
 * webContents.send would. Resolves with how many listeners received it.
 */
export async function emitToPage<E extends EventChannel>(page: Page, event: E, payload: IpcEventPayload<E>): Promise<number> {
  return page.evaluate(
    ([name, eventName, eventPayload]) => {
      const dispatch = (window as unknown as Record<string, (e: string, p: unknown) => number>)[name];
      if (!dispatch) throw new Error('The test host bridge is not installed in this page.');
      return dispatch(eventName, eventPayload);
    },
    [hostDispatchName, event, payload] as const,
  );
}
