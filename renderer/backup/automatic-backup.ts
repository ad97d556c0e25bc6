// The automatic daily backup, as the renderer runs it: at start and then every half hour, ask
// main whether today's backup is due; if it is, make one, handing it to main piece by piece as
// it is made; main writes it, verifies it and applies the rotation. Never two at once; a failure is remembered for the
// status line and tried again at the next turn. Nothing here blocks the UI.
import type { BackupStatus, WriteAutomaticBackupResult } from '../../shared/ipc/backup-contract';
import { errorMessage } from '../../shared/common/error-message';

export const automaticBackupIntervalMs = 30 * 60 * 1000;

export interface AutomaticBackupPorts {
  status(): Promise<BackupStatus>;
  /** Makes a backup of the database as it is now and has main write it, if it is still due when it is whole. */
  write(): Promise<WriteAutomaticBackupResult>;
  now(): Date;
}

export interface AutomaticBackupState {
  running: boolean;
  /** The backup this app wrote most recently (since it started). */
  lastWritten: { name: string; at: string } | null;
  /** The last attempt's failure; cleared by the next attempt that gets through. */
  lastError: { message: string; at: string } | null;
}

export type AutomaticBackupOutcome = 'written' | 'not-due' | 'failed';

export interface Timers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const browserTimers: Timers = {
  setInterval: (run, ms) => window.setInterval(run, ms),
  clearInterval: (handle) => window.clearInterval(handle as number),
};

export class AutomaticBackupRunner {
  private state: AutomaticBackupState = { running: false, lastWritten: null, lastError: null };
  private readonly listeners = new Set<() => void>();
  private current: Promise<AutomaticBackupOutcome> | null = null;

  constructor(private readonly ports: AutomaticBackupPorts) {}

  getState = (): AutomaticBackupState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** One turn; while a turn is under way, asking again joins it. */
  runOnce(): Promise<AutomaticBackupOutcome> {
    this.current ??= this.turn().finally(() => {
      this.current = null;
    });
    return this.current;
  }

  /** Runs a turn now and every `intervalMs`; returns the function that stops it. */
  start(intervalMs = automaticBackupIntervalMs, timers: Timers = browserTimers): () => void {
    void this.runOnce();
    const handle = timers.setInterval(() => void this.runOnce(), intervalMs);
    return () => timers.clearInterval(handle);
  }

  private async turn(): Promise<AutomaticBackupOutcome> {
    this.update({ running: true });
    try {
      const status = await this.ports.status();
      if (!status.due) {
        this.update({ running: false, lastError: null });
        return 'not-due';
      }
      const result = await this.ports.write();
      if (!result.written) {
        this.update({ running: false, lastError: null });
        return 'not-due';
      }
      this.update({ running: false, lastError: null, lastWritten: { name: result.name, at: this.ports.now().toISOString() } });
      return 'written';
    } catch (error) {
      console.warn('[call-desk] The automatic backup was not made; it is tried again later.', error);
      this.update({ running: false, lastError: { message: errorMessage(error), at: this.ports.now().toISOString() } });
      return 'failed';
    }
  }

  private update(change: Partial<AutomaticBackupState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of [...this.listeners]) listener();
  }
}
