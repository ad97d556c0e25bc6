import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const appVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

// The benchmark's seeding page: built next to a copy of the app so both share one origin (and
// so one IndexedDB). It is never part of the shipped renderer.
export default defineConfig({
  root: 'test/bench/page',
  base: './',
  // The version the renderer stamps what it keeps with (renderer/platform/app-version.ts).
  define: { __CALL_DESK_VERSION__: JSON.stringify(appVersion) },
  logLevel: 'warn',
  build: {
    outDir: '../../../out/bench-site/bench',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 1500,
  },
});
