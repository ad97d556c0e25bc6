// Locations the test host needs, independent of the working directory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const builtRendererDir = path.join(repoRoot, 'out', 'renderer');
export const builtMainScript = path.join(repoRoot, 'out', 'electron', 'main.cjs');
/** The PDF assembly job, which the test host runs in a worker thread as the app runs it in a utility process. */
export const builtPacketWorker = path.join(repoRoot, 'out', 'electron', 'packet-worker.cjs');
