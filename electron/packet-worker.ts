// Entry point of the PDF assembly job (services/export/packet-job.ts), bundled to
// out/electron/packet-worker.cjs. The same file runs in an Electron utility process
// (adapters/utility-process-job.ts), where `process.parentPort` talks to main, and in a Node
// worker thread (adapters/worker-thread-job.ts: the e2e test host and the unit tests), where
// worker_threads' parentPort does. It builds one packet, sends its progress and the result,
// and waits to be stopped. It never imports electron.
import { parentPort as threadPort } from 'node:worker_threads';
import { runPacketJob } from './services/export/packet-job';
import type { PacketJobMessage } from './services/export/packet-job-protocol';

/** The part of Electron's ParentPort used here (typed by hand, so electron stays out of the bundle). */
interface UtilityParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/** Only the first request is run: one job, one packet. */
function onFirstRequest(listen: (handler: (request: unknown) => void) => void, run: (request: unknown) => void): void {
  let started = false;
  listen((request) => {
    if (started) return;
    started = true;
    run(request);
  });
}

const utilityPort = (process as NodeJS.Process & { parentPort?: UtilityParentPort }).parentPort;

if (threadPort) {
  const port = threadPort;
  // The finished PDF's buffer is handed over rather than copied.
  const transferOf = (message: PacketJobMessage) => (message.kind === 'done' ? [message.packet.bytes.buffer as ArrayBuffer] : []);
  onFirstRequest(
    (handler) => port.on('message', handler),
    (request) => void runPacketJob(request, (message) => port.postMessage(message, transferOf(message))),
  );
} else if (utilityPort) {
  const port = utilityPort;
  onFirstRequest(
    (handler) => port.on('message', (event) => handler(event.data)),
    (request) => void runPacketJob(request, (message) => port.postMessage(message)),
  );
} else {
  console.error('[call-desk] packet-worker.cjs runs only as a utility process or a worker thread.');
  process.exitCode = 1;
}
