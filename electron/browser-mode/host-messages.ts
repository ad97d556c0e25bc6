// What the browser-mode server and its page say to each other besides the IPC contract: the
// things Electron does itself (file dialogs, notifications, the OS hand-off) that a browser page
// must do for main. Types and paths only, so the page script can import them.

/** Main asks the page to do something only a browser window can. */
export type HostMessage =
  /** A file was saved for the user: fetch it from the download path and hand it to the browser. */
  | { kind: 'download'; id: string; fileName: string }
  /** Hand a tel: or mailto: link to the browser, which passes it to the softphone or mail app. */
  | { kind: 'open-url'; url: string }
  /** Show an OS notification; report a click to the notification-click path. */
  | { kind: 'notification'; id: string; title: string; body: string }
  /** Open the browser's file picker; send the file (or the cancel) to the chosen-file path. */
  | { kind: 'choose-file'; id: string; title: string; extensions: string[] };

/** One line of an NDJSON stream from the server: an IPC event, a host message, or the reply. */
export type ServerLine = { event: string; payload: unknown } | { host: HostMessage } | { result: unknown };

/** Paths of the browser-mode API, all under one prefix that no renderer file uses. */
export const apiPrefix = '/__call-desk/';
export const apiPaths = {
  /** GET, no key needed: the page-side bridge script (public code, like the renderer's). */
  bridgeScript: `${apiPrefix}bridge.js`,
  /** POST { channel, input } → NDJSON: this request's events and host messages, then { result }. */
  invoke: `${apiPrefix}invoke`,
  /** GET → NDJSON that stays open: events and host messages for every page. */
  events: `${apiPrefix}events`,
  /** POST with bytes as the body → their one-shot id (text); GET <id> → a reply's bytes, once (bytes-endpoint.ts). */
  bytes: `${apiPrefix}bytes/`,
  /** GET <id> → the saved file. */
  download: `${apiPrefix}download/`,
  /** POST <id> with the file as the body (name in a header) or DELETE <id> when cancelled. */
  chosenFile: `${apiPrefix}chosen-file/`,
  /** POST <id>: the user clicked that notification. */
  notificationClick: `${apiPrefix}notification-click/`,
} as const;

/** The header every API request carries this run's key in (request-guards.ts checks it). */
export const keyHeader = 'x-call-desk-key';

/** The header carrying a chosen file's name (URI-encoded: headers are Latin-1). */
export const fileNameHeader = 'x-call-desk-file-name';

/** The fragment key the start address carries this run's key under (#call-desk-key=…). */
export const keyFragmentName = 'call-desk-key';
