// `node out/browser-mode/main.cjs`: what `npm start` runs when the Electron binary is missing.
// Serves Call Desk on 127.0.0.1, opens it in an installed Chromium-family browser in app mode
// (or prints the address where there is no display or no browser), and stops on Ctrl+C.
// `--user-data-dir=<folder>` moves the data folder, as it does for the desktop app.
import type { ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, requireChromium } from '../../scripts/find-chromium.mjs';
import { createNodeJsonFileStore } from '../adapters/node-json-file-store';
import { startBrowserMode, type BrowserMode, type BrowserModeOptions } from './browser-mode';
import { firstChoicePort, isPortTaken, savedPort, savePort } from './browser-port';
import { browserModeFolders, userDataFolder } from './data-folder';
import { appWindowArgs, hasDisplay, launchAppWindow } from './launch-browser';
import { packageFacts } from './node-runtime';
import { writeStartPage } from './start-page';
import { errorMessage } from '../../shared/common/error-message';

const say = (line: string) => console.info(`[call-desk] ${line}`);
const warn = (message: string) => console.warn(`[call-desk] ${message}`);

function dataFolderFromArgs(productName: string): string {
  const flag = process.argv.find((arg) => arg.startsWith('--user-data-dir='));
  if (flag) return path.resolve(flag.slice('--user-data-dir='.length));
  return userDataFolder(productName, process.platform, process.env, os.homedir());
}

async function start(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const packageJsonFile = path.join(root, 'package.json');
  const dataDir = dataFolderFromArgs(packageFacts(packageJsonFile).name);
  const store = createNodeJsonFileStore(dataDir);
  const remembered = await savedPort(store);
  const options: Omit<BrowserModeOptions, 'port'> = {
    dataDir,
    rendererDir: path.join(root, 'out', 'renderer'),
    bridgeScriptFile: path.join(__dirname, 'bridge.js'),
    packageJsonFile,
    packetWorkerFile: path.join(root, 'out', 'electron', 'packet-worker.cjs'),
    chromiumPath: () => requireChromium(),
    say,
    warn,
  };

  let mode: BrowserMode;
  try {
    mode = await startBrowserMode({ ...options, port: remembered ?? firstChoicePort });
  } catch (error) {
    if (!isPortTaken(error)) throw error;
    if (remembered !== null) {
      console.error(
        `[call-desk] Port ${remembered} is in use, so Call Desk cannot start in browser mode: it may be running already ` +
          `(its window is at http://127.0.0.1:${remembered}). Close the other program first; Call Desk keeps this port because your records are stored for it.`,
      );
      process.exit(1);
    }
    mode = await startBrowserMode({ ...options, port: 0 });
  }
  if (remembered !== mode.port) await savePort(store, mode.port);

  let stopping = false;
  let window: ChildProcess | null = null;
  let startPage: string | null = null;
  const browser = findChromium();
  if (browser.path !== null && hasDisplay(process.platform, process.env)) {
    const profileDir = browserModeFolders(dataDir).browserProfile;
    startPage = await writeStartPage(dataDir, mode.url);
    const runningAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    window = launchAppWindow(browser.path, appWindowArgs({ url: startPage, profileDir, runningAsRoot }));
    window.on('error', (error) =>
      warn(`Could not open ${browser.path}: ${error.message}. Open ${mode.url} in Chrome, Edge or Chromium instead.`),
    );
    // A browser that cannot open a window (no usable display after all) ends with an error code;
    // closing the window, or handing it to a browser already running on the profile, ends with 0.
    window.on('exit', (code) => {
      if (code !== null && code !== 0 && !stopping)
        warn(`The browser stopped with an error (code ${code}). Open ${mode.url} in Chrome, Edge or Chromium instead.`);
    });
    say(`Call Desk is running in browser mode at ${mode.origin}; its window is opening.`);
  } else {
    const why = browser.path === null ? browser.problem : 'There is no display to open a window on.';
    say(`${why} Open this address in Chrome, Edge or Chromium on this computer:`);
    console.info(`\n    ${mode.url}\n`);
  }
  say(`Your data is in ${dataDir}; files you save go to ${browserModeFolders(dataDir).exports}.`);
  say('Press Ctrl+C to stop Call Desk.');

  const stop = () => {
    if (stopping) return;
    stopping = true;
    if (window && window.exitCode === null) window.kill();
    // The forwarding page holds this run's key, which dies with the run.
    const forgetStartPage = startPage ? rm(fileURLToPath(startPage), { force: true }) : Promise.resolve();
    void Promise.all([mode.stop(), forgetStartPage]).then(
      () => {
        say('Call Desk has stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        warn(`Stopped with an error: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

start().catch((error: unknown) => {
  console.error(`[call-desk] Browser mode could not start: ${errorMessage(error)}`);
  process.exit(1);
});
