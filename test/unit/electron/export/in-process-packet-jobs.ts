// An IsolatedJobLauncher that runs the packet job in the test's own thread: the same job code
// (runPacketJob) and the same messages, structured-cloned both ways as a worker's would be, but
// no thread to start. For tests of the services around the job; the isolation itself (a real
// worker thread, its memory cap, being stopped) is tested in packet-assembly-runner.test.ts.
import type { IsolatedJobLauncher } from '../../../../electron/services/isolated-job';
import { runPacketJob } from '../../../../electron/services/export/packet-job';

export interface InProcessPacketJobs extends IsolatedJobLauncher {
  /** Jobs started so far. */
  readonly started: number;
  /** The heap cap each job was started with, in order. */
  readonly memoryLimits: readonly number[];
}

export function createInProcessPacketJobs(): InProcessPacketJobs {
  const memoryLimits: number[] = [];
  return {
    get started() {
      return memoryLimits.length;
    },
    memoryLimits,
    start({ memoryMb, onMessage, onEnd }) {
      memoryLimits.push(memoryMb);
      let stopped = false;
      return {
        send(request) {
          const copy = structuredClone(request);
          setImmediate(() => void runPacketJob(copy, (message) => !stopped && onMessage(structuredClone(message))));
        },
        stop() {
          if (stopped) return;
          stopped = true;
          setImmediate(() => onEnd({ kind: 'exited', code: 0 }));
        },
      };
    },
  };
}
