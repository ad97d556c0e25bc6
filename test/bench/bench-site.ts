// What every benchmark file starts from: a copy of the built app with the bench's seeding page
// beside it (one origin, so one IndexedDB), and the browser flags the e2e tests use.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { builtRendererDir, repoRoot } from '../host/paths';

export const benchSiteDir = path.join(repoRoot, 'out', 'bench-site');

export const benchBrowserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Copies the built renderer to benchSiteDir and builds the seeding page into its bench/ folder. */
export function buildBenchSite(): void {
  rmSync(benchSiteDir, { recursive: true, force: true, maxRetries: 3 });
  mkdirSync(benchSiteDir, { recursive: true });
  cpSync(builtRendererDir, benchSiteDir, { recursive: true });
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.bench.config.ts'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}
