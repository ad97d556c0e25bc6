// IsolatedJobLauncher on Node worker threads: the job module runs in a thread of its own with
// its JavaScript heap capped (resourceLimits); past the cap Node stops the thread, not the
// process. The e2e test host and the unit tests run the packet job this way, since they have no
// Electron; the app uses a utility process (utility-process-job.ts), with the same module.
import { Worker } from 'node:worker_threads';
import type { IsolatedJobLauncher, JobEnd } from '../services/isolated-job';

export function createWorkerThreadJobLauncher({ modulePath }: { modulePath: string }): IsolatedJobLauncher {
  return {
    start({ memoryMb, onMessage, onEnd }) {
      const worker = new Worker(modulePath, { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
      // An 'error' comes just before the 'exit' it causes.
      let failure: JobEnd | null = null;
      worker.on('message', onMessage);
      worker.on('error', (error: Error & { code?: string }) => {
        failure = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'out-of-memory' } : { kind: 'crashed', detail: error.message };
      });
      worker.on('exit', (code) => onEnd(failure ?? { kind: 'exited', code }));
      return {
        send: (message) => worker.postMessage(message),
        stop: () => void worker.terminate().catch(() => {}),
      };
    },
  };
}
