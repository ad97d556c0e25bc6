// The page side of window.callDesk outside Electron: the same object the preload gives Electron
// pages (only the known channels and events, the same error sentences), over a transport the
// caller supplies. Browser mode sends over HTTP (page/page-main.ts); the e2e test host sends
// through a Playwright binding (test/host/browser-bridge.ts).
//
// installPageBridge must stay self-contained (no imports, no outside names): the test host
// sends its source text into the page as an init script.

/**
 * How a Uint8Array crosses a transport that carries JSON, where Electron's structured clone
 * keeps bytes as bytes: `{ [bytesTag]: base64 }` (bytes-tag.ts is the Node side). Main's events
 * still carry bytes this way, and a bridge without `rawBytes` sends and reads them this way too.
 */
export const bytesTag = '__callDeskBytes';

/**
 * How a Uint8Array crosses when the bridge has `rawBytes`: the bytes go as a raw HTTP body to
 * the page's own origin (base64 in JSON costs a backup seconds per piece), and the JSON carries
 * `{ [bytesRefTag]: id }`, an id main made for them, good for one use.
 */
export const bytesRefTag = '__callDeskBytesRef';

/**
 * The largest byte array a page uploads in one piece: above every one the contract carries from
 * the page (a backup piece, 8 MB; a document attached to a PDF, 25 MB), as a unit test checks.
 * A number here rather than an import, so the page script does not bundle the zod schemas.
 */
export const maxBytesUpload = 32 * 1024 * 1024;

/**
 * How deeply a request or a reply may nest, on both sides of the transport: nothing in the
 * contract nests a tenth as deep, and a page's 10,000 levels would otherwise overflow the stack
 * of whichever side walks it first (a RangeError in words nobody can act on).
 */
export const maxTaggedNesting = 256;

/** Where raw bytes go to main and come back from (bytes-endpoint.ts), on the page's own origin. */
export interface RawBytesConfig {
  /** POST here with the bytes as the body → the id as text; GET `${path}${id}` → the bytes, once. */
  path: string;
  /** bytesRefTag. */
  refTag: string;
  /** Sent with every upload and download (browser mode's key header). */
  headers: Record<string, string>;
  /** maxBytesUpload. */
  maxUploadBytes: number;
}

export interface PageBridgeConfig {
  /** The name window gets the bridge under (shared/ipc/channels.ts). */
  bridgeGlobalName: string;
  invokeChannels: readonly string[];
  eventChannels: readonly string[];
  bytesTag: string;
  /** maxTaggedNesting (installPageBridge cannot read names outside itself). */
  maxNesting: number;
  /** Requests' and replies' bytes cross as raw HTTP bodies; null: as base64 inside the JSON. */
  rawBytes: RawBytesConfig | null;
}

/** Sends one request to main (its bytes tagged or referenced); resolves with main's IpcResult, bytes likewise. */
export type PageBridgeSend = (channel: string, taggedInput: unknown) => Promise<unknown>;

/** The page's fetch, for the raw bytes (a fake one in unit tests). */
export type PageBridgeFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface PageBridge {
  /** Delivers a main → renderer event (bytes tagged); returns how many listeners received it. */
  dispatch(event: string, taggedPayload: unknown): number;
}

export function installPageBridge(
  config: PageBridgeConfig,
  send: PageBridgeSend,
  fetchBytes: PageBridgeFetch = (url, init) => window.fetch(url, init),
): PageBridge {
  const invokable = new Set(config.invokeChannels);
  const listenable = new Set(config.eventChannels);
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const raw = config.rawBytes;

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
  const megabytes = (count: number) => `${Math.round(count / (1024 * 1024))} MB`;

  /** A byte array waiting to be uploaded, and the reference its id goes into. */
  type Upload = { bytes: Uint8Array; ref: Record<string, string> };
  // One walk that only lists the uploads: a walk that fails (too deep, a page's throwing getter,
  // a piece too large) fails before anything is uploaded.
  const tagBytes = (value: unknown, uploads: Upload[], depth = 0): unknown => {
    if (value instanceof Uint8Array) {
      if (raw === null) return { [config.bytesTag]: toBase64(value) };
      if (value.byteLength > raw.maxUploadBytes) {
        throw new RangeError(
          `This request holds ${megabytes(value.byteLength)} in one piece, more than the ${megabytes(raw.maxUploadBytes)} Call Desk takes, so Call Desk did not send it.`,
        );
      }
      const ref = { [raw.refTag]: '' };
      uploads.push({ bytes: value, ref });
      return ref;
    }
    if (!Array.isArray(value) && !isPlainObject(value)) return value;
    if (depth >= config.maxNesting) throw tooDeeplyNested();
    if (Array.isArray(value)) return value.map((item) => tagBytes(item, uploads, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tagBytes(item, uploads, depth + 1)]));
  };
  const notUploaded = (why: string) =>
    new Error(`Call Desk did not receive the bytes of this request, so the request was not sent: ${why}`);
  // Called at once by invoke, so the bytes are copied now, as Electron's IPC does, whatever the
  // caller does with them next. Into a Blob: a page watched by DevTools or Playwright (the test
  // host) would otherwise have every uploaded byte copied into the request's CDP event as base64.
  const upload = async ({ bytes, ref }: Upload, { path, refTag, headers }: RawBytesConfig): Promise<void> => {
    let response: Response;
    try {
      response = await fetchBytes(path, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/octet-stream' },
        body: new Blob([bytes as Uint8Array<ArrayBuffer>]),
      });
    } catch {
      throw notUploaded('Call Desk did not answer. Is it still running?');
    }
    const answer = await response.text().catch(() => '');
    if (!response.ok) throw notUploaded(answer || `Call Desk answered with status ${response.status}.`);
    if (!/^[0-9a-f]{32}$/.test(answer)) throw notUploaded('its answer was not the id of the bytes.');
    ref[refTag] = answer;
  };

  const refOf = (value: Record<string, unknown>): string | null => {
    if (raw === null || Object.keys(value).length !== 1) return null;
    const ref = value[raw.refTag];
    return typeof ref === 'string' ? ref : null;
  };
  // Main's replies and events are shallow; the limit only keeps a walk from overflowing the stack.
  const tooDeepReply = () => new RangeError(`Call Desk's reply is nested more than ${config.maxNesting} levels deep.`);
  const refsIn = (value: unknown, ids: Set<string>, depth = 0): Set<string> => {
    if (!Array.isArray(value) && !isPlainObject(value)) return ids;
    if (depth >= config.maxNesting) throw tooDeepReply();
    const ref = Array.isArray(value) ? null : refOf(value);
    if (ref !== null) ids.add(ref);
    else for (const item of Object.values(value)) refsIn(item, ids, depth + 1);
    return ids;
  };
  const download = async (id: string, { path, headers }: RawBytesConfig): Promise<[string, Uint8Array]> => {
    let response: Response;
    try {
      response = await fetchBytes(`${path}${encodeURIComponent(id)}`, { headers, cache: 'no-store' });
    } catch {
      throw new Error('Call Desk answered, but its bytes did not reach this page. Is Call Desk still running?');
    }
    if (!response.ok) {
      const why = await response.text().catch(() => '');
      throw new Error(`Call Desk answered, but its bytes did not reach this page: ${why || `status ${response.status}`}`);
    }
    return [id, new Uint8Array(await response.arrayBuffer())];
  };
  // Tagged base64 and fetched references → Uint8Arrays (a reference not fetched stays as it came).
  const untagBytes = (value: unknown, fetched: ReadonlyMap<string, Uint8Array>, depth = 0): unknown => {
    if (!Array.isArray(value) && !isPlainObject(value)) return value;
    if (depth >= config.maxNesting) throw tooDeepReply();
    if (Array.isArray(value)) return value.map((item) => untagBytes(item, fetched, depth + 1));
    const tagged = value[config.bytesTag];
    if (typeof tagged === 'string' && Object.keys(value).length === 1) return fromBase64(tagged);
    const ref = refOf(value);
    if (ref !== null && fetched.has(ref)) return fetched.get(ref);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, untagBytes(item, fetched, depth + 1)]));
  };
  const readReply = async (reply: unknown): Promise<unknown> => {
    const ids = refsIn(reply, new Set());
    // Only a bridge with rawBytes finds references (refOf), so `raw` is set whenever `ids` is not empty.
    const fetched = new Map(ids.size === 0 ? [] : await Promise.all([...ids].map((id) => download(id, raw!))));
    return untagBytes(reply, fetched);
  };

  const bridge = Object.freeze({
    // As the preload's: whatever goes wrong (a name that is not a channel, an input nested too
    // deeply or that the transport cannot encode, bytes that did not upload, a transport that
    // throws) is a rejection, never a throw; nothing is sent unless every upload arrived.
    invoke(channel: string, input?: unknown): Promise<unknown> {
      return new Promise((resolve) => {
        if (typeof channel !== 'string' || !invokable.has(channel)) throw new Error(unknownNameMessage('channel', channel));
        const uploads: Upload[] = [];
        const tagged = tagBytes(input, uploads);
        // tagBytes lists uploads only when `raw` is set.
        const uploaded = Promise.all(uploads.map((piece) => upload(piece, raw!)));
        resolve(uploaded.then(() => send(channel, tagged)));
      }).then(readReply);
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
      // Main's events carry bytes as base64 (emitted without a reply to hang a fetch on).
      const payload = untagBytes(taggedPayload, new Map());
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
