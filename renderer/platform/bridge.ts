// The renderer's typed client for main. Every reply is checked against the IPC contract, and
// every refusal becomes an IpcCallError carrying main's own sentence for the user.
import { bridgeGlobalName, type EventChannel, type InvokeChannel } from '../../shared/ipc/channels';
import {
  ipcContract,
  ipcEvents,
  ipcResultSchema,
  type CallDeskBridge,
  type IpcError,
  type IpcEventPayload,
  type IpcInput,
  type IpcOutput,
} from '../../shared/ipc/contract';
import { errorMessage } from '../../shared/common/error-message';

declare global {
  interface Window {
    callDesk?: CallDeskBridge;
  }
}

export type IpcCallErrorCode = IpcError['code'];
export type IpcIssue = NonNullable<IpcError['issues']>[number];

/** A call to main that did not produce a valid result. `message` is fit to show the user. */
export class IpcCallError extends Error {
  override readonly name = 'IpcCallError';
  constructor(
    readonly channel: string,
    readonly code: IpcCallErrorCode,
    message: string,
    readonly issues: readonly IpcIssue[] = [],
  ) {
    super(message);
  }
}

/** True when the page runs under the preload (Electron) or the e2e test host. */
export function hasDesktopBridge(): boolean {
  return typeof window !== 'undefined' && window[bridgeGlobalName] !== undefined;
}

function bridge(): CallDeskBridge {
  const found = typeof window === 'undefined' ? undefined : window[bridgeGlobalName];
  if (!found) {
    throw new Error(
      `window.${bridgeGlobalName} is missing: this page was opened without the Call Desk preload ` +
        '(open it in the desktop app or through the test host).',
    );
  }
  return found;
}

/** Inputs are optional only for channels whose input is `undefined`. */
export type InvokeArgs<C extends InvokeChannel> = undefined extends IpcInput<C> ? [input?: IpcInput<C>] : [input: IpcInput<C>];

export async function invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<IpcOutput<C>> {
  const desktop = bridge(); // a missing bridge is a setup error, not an IpcCallError
  let raw: unknown;
  try {
    raw = await desktop.invoke(channel, args[0]);
  } catch (error) {
    throw new IpcCallError(channel, 'failed', errorMessage(error));
  }

  const result = ipcResultSchema.safeParse(raw);
  if (!result.success) throw new IpcCallError(channel, 'failed', `Main sent a malformed reply to "${channel}".`);
  if (!result.data.ok) {
    const { code, message, issues } = result.data.error;
    throw new IpcCallError(channel, code, message, issues ?? []);
  }

  const output = ipcContract[channel].output.safeParse(result.data.value);
  if (!output.success) {
    throw new IpcCallError(channel, 'failed', `Main's reply to "${channel}" does not match the contract.`);
  }
  return output.data as IpcOutput<C>;
}

/**
 * Listens for an event from main. Payloads that do not match the contract are dropped (and
 * reported on the console) rather than handed to UI code. Returns the unsubscribe function.
 */
export function onMainEvent<E extends EventChannel>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void {
  const schema = ipcEvents[event];
  return bridge().on(event, (payload) => {
    const parsed = schema.safeParse(payload);
    if (parsed.success) listener(parsed.data as IpcEventPayload<E>);
    else console.warn(`[call-desk] Ignored a malformed "${event}" event from main.`, payload);
  });
}
