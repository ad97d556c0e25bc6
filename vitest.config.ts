import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    pool: 'threads',
    // Component tests render whole screens in jsdom; on a busy 2-core CI box that can pass 5 s.
    testTimeout: 20_000,
  },
});
