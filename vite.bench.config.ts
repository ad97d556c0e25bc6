import { defineConfig } from 'vite';

// The benchmark's seeding page: built next to a copy of the app so both share one origin (and
// so one IndexedDB). It is never part of the shipped renderer.
export default defineConfig({
  root: 'test/bench/page',
  base: './',
  logLevel: 'warn',
  build: {
    outDir: '../../../out/bench-site/bench',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 1500,
  },
});
