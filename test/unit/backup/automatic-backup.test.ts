import { describe, expect, it, vi } from 'vitest';
import type { BackupStatus, WriteAutomaticBackupResult } from '../../../shared/ipc/backup-contract';
import {
  AutomaticBackupRunner,
  automaticBackupIntervalMs,
  type AutomaticBackupPorts,
  type Timers,
} from '../../../renderer/backup/automatic-backup';

const now = new Date('2026-11-22T15:30:00Z');
const status = (due: boolean): BackupStatus => ({ due, automatic: [], folder: '/data/backups' });

/**
 * Main as the runner sees it: whether today's backup is due, and what it was given. `build` stands
 * for making the file, which happens while main takes it (before main decides it is still due).
 */
function fakeMain(opts: { due?: boolean } = {}) {
  let due = opts.due ?? true;
  const written: Uint8Array[] = [];
  const build = vi.fn(async (): Promise<Uint8Array> => new Uint8Array([0x50, 0x4b, written.length]));
  const ports: AutomaticBackupPorts = {
    status: vi.fn(async () => status(due)),
    write: vi.fn(async (): Promise<WriteAutomaticBackupResult> => {
      const bytes = await build();
      if (!due) return { written: false, reason: 'not-due' };
      written.push(bytes);
      due = false;
      return { written: true, name: 'call-desk-2026-11-22T1530Z.cdbackup', removed: [] };
    }),
    now: () => now,
  };
  return { ports, build, written, setDue: (value: boolean) => (due = value) };
}

function manualTimers() {
  const ticks: { run: () => void; ms: number }[] = [];
  const cleared: unknown[] = [];
  const timers: Timers = {
    setInterval: (run, ms) => ticks.push({ run, ms }) - 1,
    clearInterval: (handle) => void cleared.push(handle),
  };
  return { timers, ticks, cleared };
}

describe('the automatic backup runner', () => {
  it('builds and hands over a backup when main says one is due', async () => {
    const main = fakeMain({ due: true });
    const runner = new AutomaticBackupRunner(main.ports);
    expect(await runner.runOnce()).toBe('written');
    expect(main.written).toHaveLength(1);
    expect(runner.getState()).toEqual({
      running: false,
      lastWritten: { name: 'call-desk-2026-11-22T1530Z.cdbackup', at: now.toISOString() },
      lastError: null,
    });
  });

  it('does not build anything when today’s backup exists', async () => {
    const main = fakeMain({ due: false });
    const runner = new AutomaticBackupRunner(main.ports);
    expect(await runner.runOnce()).toBe('not-due');
    expect(main.build).not.toHaveBeenCalled();
    expect(main.ports.write).not.toHaveBeenCalled();
  });

  it('accepts main saying "not due" after the build (another window wrote it first)', async () => {
    const main = fakeMain({ due: true });
    vi.mocked(main.build).mockImplementationOnce(async () => {
      main.setDue(false);
      return new Uint8Array([1]);
    });
    const runner = new AutomaticBackupRunner(main.ports);
    expect(await runner.runOnce()).toBe('not-due');
    expect(runner.getState().lastWritten).toBeNull();
  });

  it('never runs two at once: asking during a run joins it', async () => {
    const main = fakeMain({ due: true });
    let finishBuild: (bytes: Uint8Array) => void = () => {};
    vi.mocked(main.build).mockImplementationOnce(() => new Promise((resolve) => (finishBuild = resolve)));
    const runner = new AutomaticBackupRunner(main.ports);
    const first = runner.runOnce();
    const second = runner.runOnce();
    expect(second).toBe(first);
    await vi.waitFor(() => expect(main.build).toHaveBeenCalledTimes(1));
    expect(runner.getState().running).toBe(true);
    finishBuild(new Uint8Array([1]));
    expect(await first).toBe('written');
    expect(main.ports.status).toHaveBeenCalledTimes(1);
    expect(main.written).toHaveLength(1);

    // Once it is over, the next turn is a new one.
    expect(await runner.runOnce()).toBe('not-due');
    expect(main.ports.status).toHaveBeenCalledTimes(2);
  });

  it('remembers a failure for the status line and tries again at the next turn', async () => {
    const main = fakeMain({ due: true });
    vi.mocked(main.ports.write).mockRejectedValueOnce(new Error('The disk is full.'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const runner = new AutomaticBackupRunner(main.ports);
    const seen: boolean[] = [];
    runner.subscribe(() => seen.push(runner.getState().running));
    const { timers, ticks } = manualTimers();
    runner.start(automaticBackupIntervalMs, timers);

    await vi.waitFor(() => expect(runner.getState().lastError).toEqual({ message: 'The disk is full.', at: now.toISOString() }));
    expect(main.written).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    expect(ticks).toHaveLength(1);
    expect(ticks[0]!.ms).toBe(30 * 60 * 1000);

    ticks[0]!.run(); // half an hour later
    await vi.waitFor(() => expect(runner.getState().lastWritten).not.toBeNull());
    expect(runner.getState().lastError).toBeNull();
    expect(main.written).toHaveLength(1);
    expect(seen).toEqual([true, false, true, false]);
  });

  it('stops its timer when stopped', () => {
    const main = fakeMain({ due: false });
    const runner = new AutomaticBackupRunner(main.ports);
    const { timers, cleared } = manualTimers();
    const stop = runner.start(1000, timers);
    stop();
    expect(cleared).toEqual([0]);
  });
});
