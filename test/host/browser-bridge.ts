// Gives pages in a Playwright BrowserContext the same window.callDesk the preload gives
// Electron pages: only the known channels, invoke → main's router, on → main's events.
import type { BrowserContext, Page } from '@playwright/test';
import { isSameOrigin } from '../../electron/security/app-origin';
import type { IpcRouter } from '../../electron/ipc/router';
import { bridgeGlobalName, eventChannels, invokeChannels, type EventChannel } from '../../shared/ipc/channels';
import type { IpcEventPayload, IpcResult } from '../../shared/ipc/contract';

export const hostInvokeBinding = '__callDeskHostInvoke';
/** Page-side function the host calls to deliver a main → renderer event. */
const hostDispatchName = '__callDeskHostDispatch';

interface BridgeScriptConfig {
  bridgeGlobalName: string;
  bindingName: string;
  dispatchName: string;
  invokeChannels: readonly string[];
  eventChannels: readonly string[];
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

  const bridge = Object.freeze({
    invoke(channel: string, input?: unknown): Promise<unknown> {
      if (typeof channel !== 'string' || !invokable.has(channel)) {
        return Promise.reject(new Error(`Call Desk has no channel named "${String(channel)}".`));
      }
      const hostInvoke = pageWindow[config.bindingName] as (channel: string, input: unknown) => Promise<unknown>;
      return hostInvoke(channel, input);
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
    return router.handle(String(channel), input);
  });
  await context.addInitScript(defineBridgeInPage, {
    bridgeGlobalName,
    bindingName: hostInvokeBinding,
    dispatchName: hostDispatchName,
    invokeChannels,
    eventChannels,
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
