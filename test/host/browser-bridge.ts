// Gives pages in a Playwright BrowserContext the same window.callDesk the preload gives
// Electron pages. The page side is browser mode's own (electron/browser-mode/page-bridge.ts);
// only its transport differs: a Playwright binding instead of HTTP for the JSON, while bytes
// cross as raw HTTP bodies to the host's own server (bytes-endpoint.ts), as in browser mode:
// base64 through the binding costs seconds per backup piece. Each frame's document is a caller
// of its own, as each Electron page is: what it opens (a backup transfer) is let go when the
// frame loads another document or its page closes, as main.ts does on 'did-navigate' and
// 'destroyed'.
import type { BrowserContext, Frame, Page } from '@playwright/test';
import type { BytePieceStores } from '../../electron/browser-mode/byte-pieces';
import { bytesRefTag, bytesTag, tagBytes, untagBytes } from '../../electron/browser-mode/bytes-tag';
import { apiPaths, keyHeader } from '../../electron/browser-mode/host-messages';
import {
  installPageBridge,
  maxBytesUpload,
  maxTaggedNesting,
  type PageBridge,
  type PageBridgeConfig,
} from '../../electron/browser-mode/page-bridge';
import { isSameOrigin } from '../../electron/security/app-origin';
import type { IpcRouter } from '../../electron/ipc/router';
import { bridgeGlobalName, eventChannels, invokeChannels, type EventChannel } from '../../shared/ipc/channels';
import type { IpcEventPayload, IpcResult } from '../../shared/ipc/contract';

export const hostInvokeBinding = '__callDeskHostInvoke';
/** Page-side function the host calls to deliver a main → renderer event. */
const hostDispatchName = '__callDeskHostDispatch';

interface BindingTransportConfig {
  bridge: PageBridgeConfig;
  /** The app's origin: only its pages get the bytes path and its key. */
  origin: string;
  bindingName: string;
  dispatchName: string;
}

/** Runs in the page before its own scripts, with installPageBridge's source; self-contained. */
function installOverBinding(install: typeof installPageBridge, config: BindingTransportConfig): void {
  const page = window as unknown as Record<string, unknown>;
  // Names this document: the init script runs again for every document the page loads.
  const documentId = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  const send = (channel: string, input: unknown) =>
    (page[config.bindingName] as (channel: string, input: unknown, documentId: string) => Promise<unknown>)(channel, input, documentId);
  // Another origin's page is refused by the binding anyway; it need not hold the key either.
  const own = window.location?.origin === config.origin;
  const bridge: PageBridge = install(own ? config.bridge : { ...config.bridge, rawBytes: null }, send);
  Object.defineProperty(window, config.dispatchName, { value: (event: string, payload: unknown) => bridge.dispatch(event, payload) });
}

export interface HostBridgeOptions {
  router: IpcRouter;
  /** Only pages from this origin may call main, as main.ts checks the sender frame. */
  origin: string;
  /** A caller's document is gone (the page loaded another, or closed): what it opened goes. */
  releaseCaller?: (callerId: string) => void;
  /** Where the bytes of requests and replies wait (the host's server serves them at apiPaths.bytes), and the key it asks for. */
  bytes: { pieces: BytePieceStores; key: string };
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

export async function installHostBridge(
  context: BrowserContext,
  { router, origin, releaseCaller = () => {}, bytes }: HostBridgeOptions,
): Promise<void> {
  const callerIdOf = createCallerIds(releaseCaller);
  await context.exposeBinding(
    hostInvokeBinding,
    async (source, channel: unknown, input: unknown, documentId: unknown): Promise<IpcResult> => {
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
      // The channel as it came: the router names a value that is not text by its type only. A
      // request nested too deeply, or naming bytes the host does not hold, throws here, and the
      // page's invoke rejects with that sentence.
      const untagged = untagBytes(input, bytes.pieces.fromPage);
      const result = await router.handle(channel as string, untagged, sendToAsker, callerIdOf(source.frame, documentId));
      await delivered;
      return tagBytes(result, bytes.pieces.toPage) as IpcResult;
    },
  );
  const rawBytes = { path: apiPaths.bytes, refTag: bytesRefTag, headers: { [keyHeader]: bytes.key }, maxUploadBytes: maxBytesUpload };
  const config: BindingTransportConfig = {
    bridge: { bridgeGlobalName, invokeChannels, eventChannels, bytesTag, maxNesting: maxTaggedNesting, rawBytes },
    origin,
    bindingName: hostInvokeBinding,
    dispatchName: hostDispatchName,
  };
  await context.addInitScript({
    content: `(${installOverBinding.toString()})(${installPageBridge.toString()}, ${JSON.stringify(config)});`,
  });
}

/**
 * Delivers a main → renderer event (e.g. a menu command) to one page, as
 * webContents.send would; bytes in it cross as base64 (page.evaluate carries JSON). Resolves with how many listeners received it.
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
