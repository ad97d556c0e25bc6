// Bundles the main process, the preload and the PDF assembly job into out/electron/*.cjs.
// Everything except `electron` itself is bundled, so the packaged app needs no node_modules.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePacketWorker } from './packet-worker-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out', 'electron');

const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: root,
};

await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: path.join(outDir, 'main.cjs'),
  platform: 'node',
  target: 'node20',
});

// The preload runs sandboxed: only `electron` (and a few polyfills) can be required there,
// so it must not pull in anything but the channel names. Fail the build if it does.
const preload = await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: path.join(outDir, 'preload.cjs'),
  platform: 'browser',
  target: 'chrome130',
});
const allowedInputs = new Set(['electron/preload.ts', 'shared/ipc/channels.ts']);
const unexpected = Object.keys(preload.metafile.inputs).filter((input) => !allowedInputs.has(input));
if (unexpected.length > 0) {
  rmSync(path.join(outDir, 'preload.cjs'), { force: true });
  console.error(
    `[build-electron] The preload may import only electron and shared/ipc/channels.ts; it also pulled in:\n  ${unexpected.join('\n  ')}`,
  );
  process.exit(1);
}

// The PDF assembly job: forked by main as a utility process (electron/adapters/utility-process-job.ts).
try {
  await bundlePacketWorker({ root, outfile: path.join(outDir, 'packet-worker.cjs'), sourcemap: true });
} catch (error) {
  rmSync(path.join(outDir, 'packet-worker.cjs'), { force: true });
  console.error(`[build-electron] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

// Browser mode (`npm start` without the Electron binary): the same main services in plain Node,
// and the page-side bridge the server puts ahead of the renderer's scripts. Playwright stays
// outside the bundle (it prints PDFs and is loaded from node_modules); Electron must not be
// reached at all, since browser mode runs exactly where it is missing.
const browserModeDir = path.join(root, 'out', 'browser-mode');
const browserMain = await build({
  ...common,
  external: ['@playwright/test', 'playwright', 'playwright-core'],
  entryPoints: ['electron/browser-mode/entry.ts'],
  outfile: path.join(browserModeDir, 'main.cjs'),
  // scripts/find-chromium.mjs locates Playwright from its own URL, which a CommonJS bundle lacks.
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': 'importMetaUrl' },
  platform: 'node',
  target: 'node20',
});
const reachesElectron = Object.values(browserMain.metafile.inputs).some((input) =>
  input.imports.some((imported) => imported.path === 'electron'),
);
const bundlesElectron = Object.keys(browserMain.metafile.inputs).some((input) => input.startsWith('node_modules/electron/'));
if (reachesElectron || bundlesElectron) {
  rmSync(path.join(browserModeDir, 'main.cjs'), { force: true });
  console.error('[build-electron] Browser mode must not import electron (it runs where Electron is missing).');
  process.exit(1);
}
await build({
  ...common,
  format: 'iife',
  entryPoints: ['electron/browser-mode/page/page-main.ts'],
  outfile: path.join(browserModeDir, 'bridge.js'),
  platform: 'browser',
  target: 'chrome130',
});

console.info(
  `[build-electron] wrote ${path.relative(root, outDir)}/main.cjs, preload.cjs and packet-worker.cjs, ${path.relative(root, browserModeDir)}/main.cjs and bridge.js`,
);
