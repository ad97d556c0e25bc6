// The main process as the e2e tests see it: the real services and the real router, with only
// the Electron adapters swapped for test doubles (a recording opener, a temp data folder).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createMainHandlers } from '../../electron/ipc/main-handlers';
import { createIpcRouter, type IpcRouter } from '../../electron/ipc/router';
import type { ExternalOpener } from '../../electron/services/external-links';
import { createMainServices, type MainServices } from '../../electron/services/main-services';
import { repoRoot } from './paths';

/** Keeps every URL main handed to the OS, in order, instead of launching a softphone. */
export interface RecordingOpener extends ExternalOpener {
  readonly opened: readonly string[];
}

export function createRecordingOpener(): RecordingOpener {
  const opened: string[] = [];
  return {
    opened,
    async open(url) {
      opened.push(url);
    },
  };
}

export interface HostMain {
  router: IpcRouter;
  services: MainServices;
  opener: RecordingOpener;
}

function packageFacts(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    productName?: string;
    name: string;
    version: string;
  };
  return { name: pkg.productName ?? pkg.name, version: pkg.version };
}

export function createHostMain({ dataDir }: { dataDir: string }): HostMain {
  const facts = packageFacts();
  const opener = createRecordingOpener();
  const services = createMainServices({
    runtime: {
      name: () => facts.name,
      version: () => facts.version,
      platform: () => process.platform,
      dataDirectory: () => dataDir,
      electronVersion: () => null,
    },
    opener,
  });
  return { router: createIpcRouter(createMainHandlers(services)), services, opener };
}
