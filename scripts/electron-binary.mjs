// Finds the Electron executable, or says why there is none. The `electron` package's index
// throws when its postinstall download never ran, and points into dist/ otherwise.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {{ path: string } | { path: null, reason: string }} */
export function findElectronBinary() {
  let binary;
  try {
    binary = require('electron');
  } catch (error) {
    const missingPackage = error && error.code === 'MODULE_NOT_FOUND';
    return {
      path: null,
      reason: missingPackage
        ? 'the electron package is not installed'
        : 'the Electron binary is not installed (node_modules/electron/dist missing)',
    };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) {
    return { path: null, reason: `the Electron binary is not installed (${String(binary)} missing)` };
  }
  return { path: binary };
}
