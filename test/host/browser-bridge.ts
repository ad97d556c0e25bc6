// Gives pages in a Playwright BrowserContext the same window.callDesk the preload gives
// Electron pages: only the known channels, invoke → main's router, on → main's events. Each
// frame's document is a caller of its own, as each Electron page is: what it opens (a backup
// transfer) is let go when the frame loads another document or its page closes, as main.ts does
// on 'did-navigate' and 'destroyed'.
import type { BrowserContext, Frame, Page } from '@playwright/test';
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
  // Names this document: the init script runs again for every document the page loads.
  const documentId = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

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
        return Promise.reject(new Error(`Call Desk has no channel named "${String(channel)}".`));
      }
      const hostInvoke = pageWindow[config.bindingName] as (channel: string, input: unknown, documentId: string) => Promise<unknown>;
      return hostInvoke(channel, tagBytes(input), documentId).then(untagBytes);
    },
    on(event: string, listener: (payload: unknown) => void): () => void {
      if (typeof event !== 'string' || !listenable.has(event)) {
        throw new Error(`Call Desk has no event named "${String(event)}".`);
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
  /** A caller's document is gone (the page loaded another, or closed): what it opened goes. */
  releaseCaller?: (callerId: string) => void;
}

let framesSeen = 0;

/**
 * The caller id of a request from `documentId` in `frame`. The first request from a new document
 * releases the frame's previous one; a frame that goes (its page closed) releases its last.
 */
function createCallerIds(release: (callerId: string) => void): (frame: Frame, documentId: string) => string {
  const frames = new WeakMap<Frame, { name: string; current: string; seen: Set<string> }>();
  const idOf = (name: string, documentId: string) => `${name}:${documentId}`;
  return (frame, documentId) => {
    let known = frames.get(frame);
    if (!known) {
      const entry = { name: `frame-${(framesSeen += 1)}`, current: documentId, seen: new Set([documentId]) };
      known = entry;
      frames.set(frame, entry);
      const page = frame.page();
      const gone = () => release(idOf(entry.name, entry.current));
      page.once('close', gone);
      page.on('framedetached', (detached) => {
        if (detached === frame) gone();
      });
    } else if (!known.seen.has(documentId)) {
      release(idOf(known.name, known.current));
      known.seen.add(documentId);
      known.current = documentId;
    }
    return idOf(known.name, documentId);
  };
}

export async function installHostBridge(context: BrowserContext, { router, origin, releaseCaller = () => {} }: HostBridgeOptions): Promise<void> {
  const callerIdOf = createCallerIds(releaseCaller);
  await context.exposeBinding(hostInvokeBinding, async (source, channel: unknown, input: unknown, documentId: unknown): Promise<IpcResult> => {
    if (!isSameOrigin(source.frame.url(), origin)) {
      return { ok: false, error: { code: 'failed', message: 'This page may not call Call Desk.' } };
    }
    if (typeof documentId !== 'string' || !/^[0-9a-f]{32}$/.test(documentId)) {
      return { ok: false, error: { code: 'failed', message: 'This page may not call Call Desk.' } };
    }
    // Events for this request go to the page that asked, as webContents.send does, in order and
    // all before the reply (Electron's IPC keeps that order too).
    let delivered: Promise<unknown> = Promise.resolve();
    const sendToAsker = (event: EventChannel, payload: unknown) => {
      delivered = delivered.then(() => emitToPage(source.page, event, payload as IpcEventPayload<typeof event>).catch(() => 0));
    };
    const result = await router.handle(String(channel), untagBytes(input), sendToAsker, callerIdOf(source.frame, documentId));
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
