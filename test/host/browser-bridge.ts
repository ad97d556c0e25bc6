// Gives pages in a Playwright BrowserContext the same window.callDesk the preload gives
// Electron pages. The page side is browser mode's own (electron/browser-mode/page-bridge.ts);
// only its transport differs: a Playwright binding instead of HTTP.
import type { BrowserContext, Page } from '@playwright/test';
import { bytesTag, tagBytes, untagBytes } from '../../electron/browser-mode/bytes-tag';
import { installPageBridge, type PageBridge, type PageBridgeConfig } from '../../electron/browser-mode/page-bridge';
import { isSameOrigin } from '../../electron/security/app-origin';
import type { IpcRouter } from '../../electron/ipc/router';
import { bridgeGlobalName, eventChannels, invokeChannels, type EventChannel } from '../../shared/ipc/channels';
import type { IpcEventPayload, IpcResult } from '../../shared/ipc/contract';

export const hostInvokeBinding = '__callDeskHostInvoke';
/** Page-side function the host calls to deliver a main → renderer event. */
const hostDispatchName = '__callDeskHostDispatch';

interface BindingTransportConfig {
  bridge: PageBridgeConfig;
  bindingName: string;
  dispatchName: string;
}

/** Runs in the page before its own scripts, with installPageBridge's source; self-contained. */
function installOverBinding(install: typeof installPageBridge, config: BindingTransportConfig): void {
  const page = window as unknown as Record<string, unknown>;
  const send = (channel: string, input: unknown) =>
    (page[config.bindingName] as (channel: string, input: unknown) => Promise<unknown>)(channel, input);
  const bridge: PageBridge = install(config.bridge, send);
  Object.defineProperty(window, config.dispatchName, { value: (event: string, payload: unknown) => bridge.dispatch(event, payload) });
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
  const config: BindingTransportConfig = {
    bridge: { bridgeGlobalName, invokeChannels, eventChannels, bytesTag },
    bindingName: hostInvokeBinding,
    dispatchName: hostDispatchName,
  };
  await context.addInitScript({ content: `(${installOverBinding.toString()})(${installPageBridge.toString()}, ${JSON.stringify(config)});` });
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
    [hostDispatchName, event, tagBytes(payload)] as const,
  );
}
