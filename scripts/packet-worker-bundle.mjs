// How the PDF assembly job (electron/packet-worker.ts) is bundled: one self-contained CommonJS
// file for Node, pdf-lib and zod inside. build-electron.mjs writes it to
// out/electron/packet-worker.cjs for the app and the e2e test host; the unit tests bundle it the
// same way into a temporary folder, so every host runs the same module.
import { build } from 'esbuild';

export const packetWorkerEntry = 'electron/packet-worker.ts';

/** Bundles the job to `outfile`; fails if anything pulled in electron (the job must not). */
export async function bundlePacketWorker({ root, outfile, sourcemap = false }) {
  const result = await build({
    entryPoints: [packetWorkerEntry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Marked external only so that an import of it is seen below, not bundled.
    external: ['electron'],
    sourcemap,
    logLevel: 'warning',
    metafile: true,
    absWorkingDir: root,
  });
  const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint === packetWorkerEntry);
  const electronImports = (output?.imports ?? []).filter((i) => i.path === 'electron' || i.path.startsWith('electron/'));
  if (electronImports.length > 0) {
    throw new Error(`${packetWorkerEntry} must not import electron: it also runs as a plain Node worker thread.`);
  }
}
