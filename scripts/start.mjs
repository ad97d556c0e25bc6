// `npm start`: build everything, then run the desktop app in Electron. Where the Electron
// binary could not be downloaded, run the same app in browser mode instead (the main services in
// Node, the window in an installed Chrome, Edge or Chromium; see electron/browser-mode), and say so.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const isWindows = process.platform === 'win32';

const built = spawnSync(isWindows ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: isWindows });
if (built.status !== 0) process.exit(built.status ?? 1);

const electron = findElectronBinary();
let command;
let args;
if (electron.path !== null) {
  command = electron.path;
  args = [root];
} else {
  console.info(
    `[call-desk] Using browser mode: ${electron.reason} (\`node node_modules/electron/install.js\` fetches it where the download host is reachable).`,
  );
  command = process.execPath;
  args = [path.join(root, 'out', 'browser-mode', 'main.cjs'), ...process.argv.slice(2)];
}

const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`Could not start ${electron.path !== null ? 'Electron' : 'browser mode'}: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
