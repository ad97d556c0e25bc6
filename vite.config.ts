import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built to static files loaded by Electron through its own `app://` scheme
// (and by the test host over loopback HTTP), so every asset path is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // Loaded from local disk, not a network: one bundle is fine.
    chunkSizeWarningLimit: 1500,
  },
});
