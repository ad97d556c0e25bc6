// Channel names only, with no schema library: the preload imports this file and must stay tiny.
// Every name here has a schema in contract.ts (a unit test checks the two agree).

/** Request/response channels the renderer may invoke in main. */
export const invokeChannels = [
  'app:get-info',
  'shell:open-external',
  'reminders:sync',
  'reminders:status',
  'preferences:get',
  'preferences:set',
  'files:choose-folder',
  'files:show-in-folder',
  'export:pdf',
  'export:text-file',
  'backup:status',
  'backup:write-begin',
  'backup:write-chunk',
  'backup:write-finish',
  'backup:write-abort',
  'backup:read-open',
  'backup:read-chunk',
  'backup:read-close',
  'import:open-file',
  'recording:begin',
  'recording:end',
] as const;
export type InvokeChannel = (typeof invokeChannels)[number];

/** Events main sends to the renderer. */
export const eventChannels = ['menu:command', 'reminder:activated', 'export:progress'] as const;
export type EventChannel = (typeof eventChannels)[number];

/**
 * The refusal for a channel or event name that is not one of these. Text is quoted, cut to 100
 * characters; anything else is named by its type only, since String() of a page's object can
 * throw, or run the page's own code.
 */
export function unknownNameMessage(kind: 'channel' | 'event', name: unknown): string {
  if (typeof name !== 'string') return `A Call Desk ${kind} is named by text, not by a value of type ${typeof name}.`;
  const shown = name.length > 100 ? `${name.slice(0, 99)}…` : name;
  return `Call Desk has no ${kind} named "${shown}".`;
}

/** The name of the bridge object the preload puts on `window`. */
export const bridgeGlobalName = 'callDesk';
