import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';

const appVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

const openEarlyEntry = 'open-early';

/**
 * Puts renderer/data/open-early.ts in its own small script, loaded ahead of (and without
 * waiting for) the app's scripts, so a cold start opens the database while the app loads.
 */
function openDatabaseEarly(): Plugin {
  return {
    name: 'call-desk-open-database-early',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (item) => item.type === 'chunk' && item.isEntry && item.name === openEarlyEntry,
        );
        if (!chunk) throw new Error(`The build has no ${openEarlyEntry} script.`);
        // Ahead of the app's own script (after the CSP), so the browser asks for it first.
        const appScript = '<script type="module"';
        if (!html.includes(appScript)) throw new Error('index.html has no module script.');
        return html.replace(appScript, `<script type="module" async crossorigin src="./${chunk.fileName}"></script>\n    ${appScript}`);
      },
    },
  };
}

// The renderer is built to static files loaded by Electron through its own `app://` scheme
// (and by the test host over loopback HTTP), so every asset path is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), openDatabaseEarly()],
  // The version the renderer stamps what it keeps with (renderer/platform/app-version.ts).
  define: { __CALL_DESK_VERSION__: JSON.stringify(appVersion) },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // Loaded from local disk: the size that matters is what the first screen loads (see the
    // lazy screens), not the PDF.js worker's or the import worker's own size.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { index: 'renderer/index.html', [openEarlyEntry]: 'renderer/data/open-early.ts' },
    },
  },
});
