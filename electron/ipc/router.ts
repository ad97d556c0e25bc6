// Turns a raw (channel, input) pair from the renderer into a typed handler call. Pure: no
// Electron here, so the same router runs in main and in the e2e test host.
import type { z } from 'zod';
import { ipcContract, ipcEvents, type IpcError, type IpcEventPayload, type IpcOutput, type IpcResult } from '../../shared/ipc/contract';
import type { EventChannel, InvokeChannel } from '../../shared/ipc/channels';
import { findNonPlainObject } from './plain-object-guard';

/** What a handler receives: the input after its schema has parsed (and maybe trimmed) it. */
export type IpcParsedInput<C extends InvokeChannel> = z.output<(typeof ipcContract)[C]['input']>;

/** How main's platform delivers an event to the window that made a request (webContents.send). */
export type IpcSender = (event: EventChannel, payload: unknown) => void;

/** The window that made the request, as a handler may answer it before the reply (progress). */
export interface IpcCaller {
  /**
   * Names the asking window (main: its webContents; the test host: its page), so what a request
   * opens (a backup transfer) belongs to that window alone. The same across its requests.
   */
  readonly id: string;
  /** Sends an event to that window only; the payload is checked against the contract first. */
  notify<E extends EventChannel>(event: E, payload: IpcEventPayload<E>): void;
}

export type IpcHandler<C extends InvokeChannel> = (input: IpcParsedInput<C>, caller: IpcCaller) => IpcOutput<C> | Promise<IpcOutput<C>>;

export type IpcHandlers = { [C in InvokeChannel]: IpcHandler<C> };

export interface IpcRouter {
  /**
   * `sender` reaches the asking window; without one, events for it are dropped. `callerId` names
   * that window (IpcCaller.id); requests without one share the name "unnamed".
   */
  handle(channel: string, rawInput: unknown, sender?: IpcSender, callerId?: string): Promise<IpcResult>;
}

const nobody: IpcSender = () => {};

function callerFor(sender: IpcSender, id: string): IpcCaller {
  return {
    id,
    notify(event, payload) {
      // Main checks its own events as it checks its replies: a malformed one is a bug here.
      const parsed = ipcEvents[event].safeParse(payload);
      if (!parsed.success)
        throw new Error(`Main produced an invalid "${event}" event: ${parsed.error.issues[0]?.message ?? 'not accepted'}`);
      sender(event, parsed.data);
    },
  };
}

type IpcIssue = NonNullable<IpcError['issues']>[number];

function isInvokeChannel(channel: string): channel is InvokeChannel {
  // hasOwn, so names such as "toString" or "__proto__" never look like channels.
  return Object.hasOwn(ipcContract, channel);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/**
 * A refusal stays a few sentences whatever was sent: zod's messages quote the keys it did not
 * expect, and a hostile request can hold a key of a megabyte, or a list of a million bad rows.
 */
const longestIssueText = 200;
const mostIssues = 20;
/** A service's own sentence can quote what it was given (a backup's name, say). */
const longestFailure = 1000;

function clipped(text: string, limit = longestIssueText): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function toIssues(error: z.ZodError): IpcIssue[] {
  return error.issues.slice(0, mostIssues).map((issue) => ({ path: clipped(formatPath(issue.path)), message: clipped(issue.message) }));
}

function invalidInput(channel: InvokeChannel, issues: IpcIssue[]): IpcResult {
  const first = issues[0];
  const where = first && first.path !== '' ? ` (at "${first.path}")` : '';
  const problem = first ? first.message : 'the input was not accepted';
  return {
    ok: false,
    error: {
      code: 'invalid-input',
      message: `The request "${channel}" was refused${where}: ${problem}`,
      issues,
    },
  };
}

function failed(message: string): IpcResult {
  return { ok: false, error: { code: 'failed', message } };
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' && error ? error : 'An unexpected error happened in the main process.';
}

export function createIpcRouter(handlers: IpcHandlers): IpcRouter {
  async function run<C extends InvokeChannel>(channel: C, rawInput: unknown, sender: IpcSender, callerId: string): Promise<IpcResult> {
    const contract = ipcContract[channel];
    // Before zod, which would list every key of bytes sent in place of an object (see the guard).
    const notPlain = findNonPlainObject(contract.input, rawInput);
    if (notPlain)
      return invalidInput(channel, [
        { path: clipped(formatPath(notPlain.path)), message: `Invalid input: expected object, received ${notPlain.kind}` },
      ]);
    const parsedInput = contract.input.safeParse(rawInput);
    if (!parsedInput.success) return invalidInput(channel, toIssues(parsedInput.error));

    let value: unknown;
    try {
      const handler = handlers[channel] as IpcHandler<C>;
      value = await handler(parsedInput.data as IpcParsedInput<C>, callerFor(sender, callerId));
    } catch (error) {
      return failed(clipped(messageOf(error), longestFailure));
    }

    // Main checks its own answers too, so a bug here never reaches the renderer as data.
    const parsedOutput = contract.output.safeParse(value);
    if (!parsedOutput.success) {
      const first = toIssues(parsedOutput.error)[0];
      return failed(`Main produced an invalid reply to "${channel}"${first ? `: ${first.path} ${first.message}` : ''}`);
    }
    return { ok: true, value: parsedOutput.data };
  }

  return {
    async handle(channel, rawInput, sender = nobody, callerId = 'unnamed') {
      if (typeof channel !== 'string' || !isInvokeChannel(channel)) {
        // Never String() a value that is not a string: it may not turn into one, or into a huge one.
        const message =
          typeof channel === 'string'
            ? `There is no IPC channel named "${clipped(channel)}".`
            : `An IPC channel is named by text, not by a value of type ${typeof channel}.`;
        return { ok: false, error: { code: 'unknown-channel', message } };
      }
      return run(channel, rawInput, sender, callerId);
    },
  };
}
