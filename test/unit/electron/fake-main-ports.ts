// Main's ports as in-memory fakes, for tests that build the real services without Electron.
import type { JsonFileStore } from '../../../electron/services/json-file-store';
import type { MainPorts } from '../../../electron/services/main-services';
import { createFakeClock, type FakeClock } from '../../host/fake-clock';
import { createRecordingNotifier, type RecordingNotifier } from '../../host/recording-notifier';
import { createScriptedDialogs, type ScriptedDialogs } from '../../host/scripted-dialogs';
import { createInProcessPacketJobs, type InProcessPacketJobs } from './export/in-process-packet-jobs';
import { createFakePdfRenderer, type FakePdfRenderer } from './files/fake-pdf-renderer';
import { createMemoryFileSystem, type MemoryFileSystem } from './files/memory-file-system';

export interface MemoryFiles extends JsonFileStore {
  /** The documents as written (deep copies), by file name. */
  readonly files: Map<string, unknown>;
  /** Writes so far, by file name. */
  readonly writes: Map<string, number>;
}

export function memoryFiles(initial: Record<string, unknown> = {}): MemoryFiles {
  const files = new Map<string, unknown>(Object.entries(initial));
  const writes = new Map<string, number>();
  return {
    files,
    writes,
    read: async (name) => {
      const value = files.get(name);
      if (value instanceof Error) throw value;
      return value === undefined ? undefined : structuredClone(value);
    },
    write: async (name, value) => {
      // Through JSON, as the real store does, so nothing unserialisable slips through.
      files.set(name, JSON.parse(JSON.stringify(value)) as unknown);
      writes.set(name, (writes.get(name) ?? 0) + 1);
    },
    keepAside: async (name) => {
      if (!files.has(name)) return null;
      const aside = `${name}.damaged`;
      files.set(aside, files.get(name));
      files.delete(name);
      return aside;
    },
  };
}

export interface FakeMainPorts extends MainPorts {
  files: MemoryFiles;
  clock: FakeClock;
  notifier: RecordingNotifier;
  opened: string[];
  activations: (string | null)[];
  loginChanges: boolean[];
  fileSystem: MemoryFileSystem;
  dialogs: ScriptedDialogs;
  pdfRenderer: FakePdfRenderer;
  packetJobs: InProcessPacketJobs;
  /** Files shown in the OS file manager. */
  revealed: string[];
}

export function fakeMainPorts(overrides: { start?: string; files?: MemoryFiles; backupChunkBytes?: number } = {}): FakeMainPorts {
  const opened: string[] = [];
  const activations: (string | null)[] = [];
  const loginChanges: boolean[] = [];
  const revealed: string[] = [];
  return {
    runtime: {
      name: () => 'Call Desk',
      version: () => '0.1.0',
      platform: () => 'darwin',
      dataDirectory: () => '/Users/ana/Library/Application Support/Call Desk',
      electronVersion: () => null,
      browserMode: () => null,
    },
    opener: { open: async (url) => void opened.push(url) },
    files: overrides.files ?? memoryFiles(),
    clock: createFakeClock({ start: overrides.start ?? '2026-03-02T15:00:00.000Z' }),
    notifier: createRecordingNotifier(),
    loginItems: { setOpenAtLogin: (open) => void loginChanges.push(open) },
    activateReminder: (customerId) => void activations.push(customerId),
    fileSystem: createMemoryFileSystem(),
    dialogs: createScriptedDialogs(),
    revealer: { showItemInFolder: (file) => void revealed.push(file) },
    pdfRenderer: createFakePdfRenderer(),
    packetJobs: createInProcessPacketJobs(),
    backupChunkBytes: overrides.backupChunkBytes,
    opened,
    activations,
    loginChanges,
    revealed,
  };
}
