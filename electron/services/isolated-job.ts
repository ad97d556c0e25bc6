// Port: work that must not run on main's thread (it could block main, or take all its memory)
// runs as an isolated job: one job module in a process or thread of its own, with a memory cap,
// talking to main by messages. Electron starts it as a utility process
// (adapters/utility-process-job.ts); the e2e test host and the unit tests start the same
// module as a Node worker thread (adapters/worker-thread-job.ts). The time limit is the
// caller's, on main's clock (see export/packet-assembly-runner.ts), so it is the same for both.

/** How a job ended without being asked to. */
export type JobEnd =
  /** It went past its memory cap and was stopped. */
  | { kind: 'out-of-memory' }
  /** It stopped on an error of its own, or its process died. */
  | { kind: 'crashed'; detail: string }
  /** Its process or thread exited (after stop(), or on its own). */
  | { kind: 'exited'; code: number };

export interface JobStart {
  /** The cap on the job's JavaScript heap, in megabytes. */
  memoryMb: number;
  /** Each message the job sends, as it was sent (structured-cloned). */
  onMessage(message: unknown): void;
  /** Called once, when the job is gone, whatever the reason. */
  onEnd(end: JobEnd): void;
}

export interface IsolatedJob {
  /** Sends the job a message (structured-cloned: Uint8Arrays cross as bytes). */
  send(message: unknown): void;
  /** Ends the job at once, wherever it is; onEnd follows. Safe to call more than once. */
  stop(): void;
}

export interface IsolatedJobLauncher {
  /** Starts a new job (each one fresh, so nothing one leaves behind reaches the next). */
  start(options: JobStart): IsolatedJob;
}
