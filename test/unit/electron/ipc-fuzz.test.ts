// Fault injection at the IPC boundary (issue 11, point 15): every invoke channel in the channel
// list, through the real router, handlers and services with fake ports, is sent hostile requests.
// Each must come back as the contract's refusal in plain words (no stack, no source path, no
// echo of a megabyte of input), never as a throw; a refused request reaches no handler and
// changes nothing; no request pollutes Object.prototype, shows a notification, opens anything
// but tel:/mailto:, or writes a file outside the backups folder and the folder the user chose.
// New channels are fuzzed as soon as they are in the list.
import { beforeAll, describe, expect, it } from 'vitest';
import { createMainHandlers } from '../../../electron/ipc/main-handlers';
import { createIpcRouter, type IpcHandlers } from '../../../electron/ipc/router';
import { backupsFolderIn, createMainServices } from '../../../electron/services/main-services';
import { encodeBackup } from '../../../shared/backup/encode-backup';
import type { BackupReadOpenResult, BackupWriteBeginResult } from '../../../shared/ipc/backup-transfer-contract';
import { invokeChannels, type InvokeChannel } from '../../../shared/ipc/channels';
import { ipcContract, ipcResultSchema, type IpcResult } from '../../../shared/ipc/contract';
import { fakeMainPorts, type FakeMainPorts } from './fake-main-ports';
import { handSamples, keptBackupName, sampleFor, type SampleContext } from './ipc-fuzz/channel-samples';
import { hostileCatalogue, randomHostileValues } from './ipc-fuzz/hostile-values';
import { mutationsOf, type Mutation } from './ipc-fuzz/mutations';

const chosenFolder = '/Users/ana/Statements';
let backupBytes: Uint8Array;

beforeAll(async () => {
  backupBytes = await encodeBackup({
    schemaVersion: 6,
    tables: { customers: [] },
    createdAt: '2026-03-01T10:00:00.000Z',
    app: { version: '0.1.0' },
    documents: [],
  });
});

interface FuzzMain {
  ports: FakeMainPorts;
  router: ReturnType<typeof createIpcRouter>;
  /** Handler calls so far, by channel. */
  calls: Map<string, number>;
  /** What the last handler called was given: the request as the contract parsed it. */
  handled: { input: unknown };
  context: SampleContext;
  backupsFolder: string;
}

/** Main with fake ports, a backup in its folder and a folder the user chose, as a session has. */
async function startFuzzMain(): Promise<FuzzMain> {
  const ports = fakeMainPorts();
  const backupsFolder = backupsFolderIn(ports.runtime.dataDirectory());
  ports.fileSystem.stored.set(`${backupsFolder}/${keptBackupName}`, new Uint8Array(backupBytes));
  const handlers = createMainHandlers(createMainServices(ports));
  const calls = new Map<string, number>();
  const handled = { input: undefined as unknown };
  const counted = Object.fromEntries(
    Object.entries(handlers).map(([channel, handler]) => [
      channel,
      (...args: unknown[]) => {
        calls.set(channel, (calls.get(channel) ?? 0) + 1);
        handled.input = args[0];
        return (handler as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as unknown as IpcHandlers;
  const router = createIpcRouter(counted);
  ports.dialogs.queueFolder(chosenFolder);
  const chosen = await router.handle('files:choose-folder', { purpose: 'statements' });
  if (!chosen.ok) throw new Error('The fuzz could not choose its folder.');
  const folderId = (chosen.value as { folder: { id: string } }).folder.id;
  // A backup being written and one open to read, as the renderer has them between pieces: the
  // transfer steps' samples name them, so a well-formed step reaches a live transfer.
  const begun = await router.handle('backup:write-begin', { target: { kind: 'safety-copy', reason: 'import' } });
  if (!begun.ok || !(begun.value as BackupWriteBeginResult).started) throw new Error('The fuzz could not begin writing a backup.');
  const { writeId } = begun.value as Extract<BackupWriteBeginResult, { started: true }>;
  const opened = await router.handle('backup:read-open', { source: 'automatic', name: keptBackupName });
  if (!opened.ok || !(opened.value as BackupReadOpenResult).opened) throw new Error('The fuzz could not open its backup to read.');
  const { readId, size: readSize } = opened.value as Extract<BackupReadOpenResult, { opened: true; readId: string }>;
  calls.clear();
  return { ports, router, calls, handled, context: { folderId, backupBytes, writeId, readId, readSize }, backupsFolder };
}

/** Everything a request could have changed outside main's memory, as plain data to compare. */
function effectsOf({ ports }: FuzzMain) {
  return {
    opened: [...ports.opened],
    notices: ports.notifier.shown.length,
    revealed: [...ports.revealed],
    loginChanges: [...ports.loginChanges],
    activations: ports.activations.length,
    dialogs: ports.dialogs.asked.length,
    renders: ports.pdfRenderer.requests.length,
    dataFileWrites: [...ports.files.writes.entries()],
    fileWrites: [...ports.fileSystem.writes],
    files: [...ports.fileSystem.stored.entries()].map(([file, bytes]) => `${file} (${bytes.length})`).sort(),
  };
}

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const prototypeKeys = () => prototypes.map((prototype) => Reflect.ownKeys(prototype).map(String).sort());
let cleanPrototypeKeys: string[][];
beforeAll(() => {
  cleanPrototypeKeys = prototypeKeys();
});

/** What a refusal may never say: a stack, a source file, a JavaScript error name. */
const leaks =
  /\n\s+at |node_modules|\/work\/|\.[cm]?[jt]s:\d|file:\/\/|\b(TypeError|ReferenceError|RangeError|SyntaxError)\b|Cannot read propert|is not a function|Maximum call stack/;
const longestSentence = 1000;
const mostIssues = 20;

function expectPlainError(result: IpcResult, label: string): void {
  if (result.ok) return;
  const { message, issues = [] } = result.error;
  expect(message.length, `${label}: message of ${message.length} characters`).toBeLessThanOrEqual(longestSentence);
  expect(message, label).not.toMatch(leaks);
  expect(message.trim(), label).not.toBe('');
  expect(issues.length, `${label}: ${issues.length} issues`).toBeLessThanOrEqual(mostIssues);
  for (const issue of issues) {
    expect(
      issue.path.length + issue.message.length,
      `${label}: an issue of ${issue.path.length + issue.message.length} characters`,
    ).toBeLessThanOrEqual(longestSentence);
    expect(`${issue.path} ${issue.message}`, label).not.toMatch(leaks);
  }
}

/** Own keys anywhere in a parsed request that aim at prototypes or are absurdly long. */
function hostileKeysIn(value: unknown): string[] {
  const found: string[] = [];
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null || ArrayBuffer.isView(node)) continue;
    for (const key of Object.keys(node)) {
      if (['__proto__', 'constructor', 'prototype'].includes(key) || key.length > 200) found.push(key.slice(0, 20));
      pending.push((node as Record<string, unknown>)[key]);
    }
  }
  return found;
}

/**
 * Runs one hostile request and checks every rule; returns whether the contract accepted it. One
 * main serves a channel's cases: each is checked against what it changed itself.
 */
async function fuzzOnce(main: FuzzMain, channel: InvokeChannel, { label, input }: Mutation): Promise<boolean> {
  main.calls.clear();
  const where = `${channel} with ${label}`;
  const before = effectsOf(main);
  const sent: unknown[] = [];

  let result: IpcResult;
  try {
    result = await main.router.handle(channel, input, (event, payload) => sent.push([event, payload]));
  } catch (error) {
    throw new Error(`${where}: the router threw instead of answering: ${String(error)}`, { cause: error });
  }

  expect(ipcResultSchema.safeParse(result).success, `${where}: not an IPC result`).toBe(true);
  expectPlainError(result, where);
  expect(prototypeKeys(), `${where}: a prototype was changed`).toEqual(cleanPrototypeKeys);
  expect(({} as Record<string, unknown>).polluted, where).toBeUndefined();

  const after = effectsOf(main);
  // Not zod asked directly: that is what the router guards against (bytes where an object goes).
  const accepted = (main.calls.get(channel) ?? 0) > 0;
  if (!accepted) {
    expect(result, where).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(after, `${where}: a refused request changed something`).toEqual(before);
    expect(sent, where).toEqual([]);
    return false;
  }
  // Accepted (the hostile part was a value the contract allows, or a key it drops): the handler
  // was given no key aimed at a prototype, and nothing harmful happened.
  expect(hostileKeysIn(main.handled.input), `${where}: reached its handler with these keys`).toEqual([]);
  expect(after.notices, where).toBe(before.notices);
  expect(after.revealed, where).toEqual(before.revealed);
  expect(after.loginChanges, where).toEqual(before.loginChanges);
  for (const url of after.opened.slice(before.opened.length)) expect(url, where).toMatch(/^(tel|mailto):/);
  const allowed = (file: string) => file.startsWith(`${main.backupsFolder}/`) || file.startsWith(`${chosenFolder}/`);
  for (const file of after.fileWrites.slice(before.fileWrites.length)) expect(allowed(file), `${where}: wrote ${file}`).toBe(true);
  expect(
    after.files.filter((file) => !allowed(file)),
    `${where}: changed a file elsewhere`,
  ).toEqual(before.files.filter((file) => !allowed(file)));
  return true;
}

async function fuzzChannel(
  channel: InvokeChannel,
  mutationsFor: (sample: unknown) => Mutation[],
): Promise<{ cases: number; accepted: string[] }> {
  const main = await startFuzzMain();
  const mutations = mutationsFor(sampleFor(channel, ipcContract[channel].input, main.context));
  const accepted: string[] = [];
  for (const mutation of mutations) if (await fuzzOnce(main, channel, mutation)) accepted.push(mutation.label);
  return { cases: mutations.length, accepted };
}

describe('every IPC channel under hostile requests', () => {
  it('has a well-formed hand-written sample for every channel that has one', async () => {
    const { context } = await startFuzzMain();
    for (const channel of Object.keys(handSamples) as InvokeChannel[]) {
      const parsed = ipcContract[channel].input.safeParse(handSamples[channel]!(context));
      expect(parsed.success, `${channel}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
  });

  it('lets every well-formed sample through the router to its handler, which answers it', async () => {
    // In the list's order, on one main: the backup's single piece, then its finish, complete the
    // write main's setup began, and the read-chunk reads the whole kept backup.
    const main = await startFuzzMain();
    for (const channel of Object.keys(handSamples) as InvokeChannel[]) {
      const result = await main.router.handle(channel, handSamples[channel]!(main.context));
      expect(result.ok, `${channel}: ${result.ok ? '' : result.error.message}`).toBe(true);
      expect(main.calls.get(channel), channel).toBe(1);
    }
    expect(main.ports.fileSystem.stored.get(`${main.backupsFolder}/before-import-2026-03-02T15-00-00Z.cdbackup`)).toEqual(backupBytes);
  });

  it.each(invokeChannels)('%s: refuses every hostile value in every place, cleanly and without effect', async (channel) => {
    const { cases, accepted } = await fuzzChannel(channel, (sample) => mutationsOf(sample, hostileCatalogue()));
    expect(cases).toBeGreaterThan(0);
    // What the contract lets through is a value its field allows (a path-like text where any text
    // is fine, an empty patch), never a structure where a value goes.
    for (const label of accepted) expect(label, `${channel} accepted ${label}`).not.toMatch(/nested|as an array/);
  });

  it.each(invokeChannels)('%s: stays clean under seeded random values', async (channel) => {
    // The seed is derived from the channel, so a failure reproduces on its own.
    const seed = [...channel].reduce((hash, ch) => Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5);
    await fuzzChannel(channel, (sample) => mutationsOf(sample, randomHostileValues(seed, 12), { keys: false }));
  });
});
