// IsolatedJobLauncher on Electron's utility processes: the job module runs in a Node process of
// its own (its memory, and its crash if it comes to that, are never main's), talking to main by
// postMessage. The time limit is the caller's; stop() kills the process.
import { utilityProcess } from 'electron';
import type { IsolatedJobLauncher, JobEnd } from '../services/isolated-job';

export interface UtilityProcessJobOptions {
  /** The bundled job module (out/electron/packet-worker.cjs). */
  modulePath: string;
  /** The process's name in the OS task manager. */
  serviceName: string;
}

export function createUtilityProcessJobLauncher({ modulePath, serviceName }: UtilityProcessJobOptions): IsolatedJobLauncher {
  return {
    start({ memoryMb, onMessage, onEnd }) {
      const child = utilityProcess.fork(modulePath, [], {
        serviceName,
        // The heap cap is a V8 flag. A utility process sets its V8 flags from the --js-flags
        // switch before its heap exists, and execArgv is added to its command line; a bare
        // --max-old-space-size would only reach Node, once the heap is already made.
        execArgv: [`--js-flags=--max-old-space-size=${memoryMb}`],
      });
      // Electron reports a fatal V8 error (running out of heap among them) just before the exit.
      let failure: JobEnd | null = null;
      child.on('message', onMessage);
      child.on('error', (type, location, report) => {
        failure = /heap|out of memory|allocation failed/i.test(`${location} ${report}`)
          ? { kind: 'out-of-memory' }
          : { kind: 'crashed', detail: `${type} at ${location}` };
      });
      child.on('exit', (code) => onEnd(failure ?? { kind: 'exited', code }));
      return {
        send: (message) => child.postMessage(message),
        stop: () => void child.kill(),
      };
    },
  };
}
