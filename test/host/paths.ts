// Locations the test host needs, independent of the working directory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const builtRendererDir = path.join(repoRoot, 'out', 'renderer');
export const builtMainScript = path.join(repoRoot, 'out', 'electron', 'main.cjs');
