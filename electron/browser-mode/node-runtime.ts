// The AppRuntime outside Electron (browser mode and the e2e test host): name and version from
// package.json, as Electron reads them, and a data folder the caller chose.
import { readFileSync } from 'node:fs';
import type { AppRuntime, BrowserModeFacts } from '../services/app-info';

export function packageFacts(packageJsonFile: string): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(packageJsonFile, 'utf8')) as { productName?: string; name: string; version: string };
  return { name: pkg.productName ?? pkg.name, version: pkg.version };
}

export function nodeAppRuntime({
  packageJsonFile,
  dataDirectory,
  browserMode,
}: {
  packageJsonFile: string;
  dataDirectory: string;
  /** What the window says about browser mode; null for the test host, which plays the desktop app. */
  browserMode: BrowserModeFacts | null;
}): AppRuntime {
  const facts = packageFacts(packageJsonFile);
  return {
    name: () => facts.name,
    version: () => facts.version,
    platform: () => process.platform,
    dataDirectory: () => dataDirectory,
    electronVersion: () => null,
    browserMode: () => browserMode,
  };
}
