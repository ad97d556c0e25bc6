// `npm start`: build everything, then run the desktop app in Electron. Where the Electron
// binary could not be downloaded, say so plainly instead of failing with a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const isWindows = process.platform === 'win32';

const built = spawnSync(isWindows ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: isWindows });
if (built.status !== 0) process.exit(built.status ?? 1);

const electron = findElectronBinary();
if (electron.path === null) {
  console.error(
    [
      '',
      `Call Desk cannot start: ${electron.reason}.`,
      '',
      '  `npm test` still works without it (unit tests and browser end-to-end tests).',
      '  To run the desktop app, fetch the binary on a machine with internet access:',
      '      node node_modules/electron/install.js',
      '  (set ELECTRON_MIRROR=https://your-mirror/electron/ to use a mirror), then run `npm start` again.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(electron.path, [root], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`Could not start Electron: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
