// The page side of window.callDesk outside Electron: the same object the preload gives Electron
// pages (only the known channels and events, the same error sentences), over a transport the
// caller supplies. Browser mode sends over HTTP (page/page-main.ts); the e2e test host sends
// through a Playwright binding (test/host/browser-bridge.ts).
//
// installPageBridge must stay self-contained (no imports, no outside names): the test host
// sends its source text into the page as an init script.

/**
 * How a Uint8Array crosses a transport that carries JSON, where Electron's structured clone
 * keeps bytes as bytes: each side turns every Uint8Array into `{ [bytesTag]: base64 }` before
 * sending and back after receiving (bytes-tag.ts is the Node side).
 */
export const bytesTag = '__callDeskBytes';

/**
 * How deeply a request or a reply may nest, on both sides of the transport: nothing in the
 * contract nests a tenth as deep, and a page's 10,000 levels would otherwise overflow the stack
 * of whichever side walks it first (a RangeError in words nobody can act on).
 */
export const maxTaggedNesting = 256;

export interface PageBridgeConfig {
  /** The name window gets the bridge under (shared/ipc/channels.ts). */
  bridgeGlobalName: string;
  invokeChannels: readonly string[];
  eventChannels: readonly string[];
  bytesTag: string;
  /** maxTaggedNesting (installPageBridge cannot read names outside itself). */
  maxNesting: number;
}

/** Sends one request to main (input with its bytes tagged); resolves with main's IpcResult, bytes tagged. */
export type PageBridgeSend = (channel: string, taggedInput: unknown) => Promise<unknown>;

export interface PageBridge {
  /** Delivers a main → renderer event (bytes tagged); returns how many listeners received it. */
  dispatch(event: string, taggedPayload: unknown): number;
}

export function installPageBridge(config: PageBridgeConfig, send: PageBridgeSend): PageBridge {
  const invokable = new Set(config.invokeChannels);
  const listenable = new Set(config.eventChannels);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  // The same sentences as unknownNameMessage in shared/ipc/channels.ts, which the preload uses:
  // this function cannot import it, and a unit test checks the two agree. Never String() a name
  // that is not text: it may throw, or run the page's own code.
  const unknownNameMessage = (kind: 'channel' | 'event', name: unknown): string => {
    if (typeof name !== 'string') return `A Call Desk ${kind} is named by text, not by a value of type ${typeof name}.`;
    const shown = name.length > 100 ? `${name.slice(0, 99)}…` : name;
    return `Call Desk has no ${kind} named "${shown}".`;
  };
  const isPlainObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value));
  // Uint8Array's own base64 (Chromium 140 and later) is about ten times faster on a backup's
  // megabytes than building a binary string; older browsers take the long way.
  type Base64Bytes = Uint8Array & { toBase64?: () => string };
  type Base64Decoder = { fromBase64?: (text: string) => Uint8Array };
  const toBase64 = (bytes: Uint8Array): string => {
    const own = (bytes as Base64Bytes).toBase64;
    if (typeof own === 'function') return own.call(bytes);
    let binary = '';
    // In slices: String.fromCharCode takes its bytes as arguments, and argument lists are limited.
    for (let at = 0; at < bytes.length; at += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    }
    return btoa(binary);
  };
  const fromBase64 = (text: string): Uint8Array => {
    const decode = (Uint8Array as unknown as Base64Decoder).fromBase64;
    if (typeof decode === 'function') return decode.call(Uint8Array, text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  };
  const tooDeeplyNested = () =>
    new RangeError(`This request is nested more than ${config.maxNesting} levels deep, so Call Desk did not send it.`);
  const tagBytes = (value: unknown, depth = 0): unknown => {
    if (value instanceof Uint8Array) return { [config.bytesTag]: toBase64(value) };
    if (!Array.isArray(value) && !isPlainObject(value)) return value;
    if (depth >= config.maxNesting) throw tooDeeplyNested();
    if (Array.isArray(value)) return value.map((item) => tagBytes(item, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tagBytes(item, depth + 1)]));
  };
  // Main's replies and events are shallow; the limit only keeps a walk from overflowing the stack.
  const untagBytes = (value: unknown, depth = 0): unknown => {
    if (!Array.isArray(value) && !isPlainObject(value)) return value;
    if (depth >= config.maxNesting) throw new RangeError(`Call Desk's reply is nested more than ${config.maxNesting} levels deep.`);
    if (Array.isArray(value)) return value.map((item) => untagBytes(item, depth + 1));
    const tagged = value[config.bytesTag];
    if (typeof tagged === 'string' && Object.keys(value).length === 1) return fromBase64(tagged);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, untagBytes(item, depth + 1)]));
  };

  const bridge = Object.freeze({
    // As the preload's: whatever goes wrong (a name that is not a channel, an input nested too
    // deeply or that the transport cannot encode, a transport that throws) is a rejection, never a throw.
    invoke(channel: string, input?: unknown): Promise<unknown> {
      return new Promise((resolve) => {
        if (typeof channel !== 'string' || !invokable.has(channel)) throw new Error(unknownNameMessage('channel', channel));
        resolve(send(channel, tagBytes(input)));
      }).then((reply) => untagBytes(reply));
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

  Object.defineProperty(window, config.bridgeGlobalName, { value: bridge, enumerable: true });

  return {
    dispatch(event, taggedPayload) {
      const set = listeners.get(event);
      const payload = untagBytes(taggedPayload);
      // A copy: a listener that unsubscribes while being called must not skip its neighbour.
      for (const listener of [...(set ?? [])]) {
        try {
          // Each listener gets its own copy, as each ipcRenderer listener does.
          listener(structuredClone(payload));
        } catch (error) {
          console.error(error);
        }
      }
      return set?.size ?? 0;
    },
  };
}
