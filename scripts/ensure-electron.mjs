// Fetches the Electron binary after `npm install`, without ever failing the install.
// package.json stops npm from running electron's own download script (`allowScripts`),
// because on a machine that cannot reach the binary host that script fails the whole
// install. Here we run the same script ourselves: on a normal machine the binary arrives
// and `npm start` works; where it cannot be fetched we say so and carry on.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function electronDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const dir = electronDir();
if (!dir) process.exit(0); // production install without devDependencies

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.warn('[call-desk] ELECTRON_SKIP_BINARY_DOWNLOAD is set: the Electron binary was not fetched.');
  process.exit(0);
}

const installer = path.join(dir, 'install.js');
if (!existsSync(installer)) process.exit(0);

const result = spawnSync(process.execPath, [installer], {
  cwd: dir,
  stdio: ['ignore', 'inherit', 'pipe'],
  encoding: 'utf8',
  timeout: 15 * 60 * 1000,
});

if (result.status === 0) process.exit(0);

const firstLine = (result.stderr || String(result.error || '')).split('\n').find((l) => l.trim()) ?? 'unknown error';
console.warn(
  [
    '',
    '[call-desk] WARNING: the Electron binary could not be downloaded.',
    `[call-desk]   reason: ${firstLine.trim()}`,
    '[call-desk]   Everything else is installed: `npm test` (unit and browser tests) works without it.',
    '[call-desk]   To run the desktop app, fetch the binary on a machine with internet access:',
    '[call-desk]     node node_modules/electron/install.js',
    '[call-desk]   (set ELECTRON_MIRROR to use a mirror), then `npm start`.',
    '',
  ].join('\n'),
);
process.exit(0);
