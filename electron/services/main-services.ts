// Builds the main-process services from their ports. main.ts passes Electron adapters; the e2e
// test host passes recording fakes. Everything above the ports is the same code in both.
import { createAppInfoService, type AppInfoService, type AppRuntime } from './app-info';
import { createExternalLinkService, type ExternalLinkService, type ExternalOpener } from './external-links';

export interface MainPorts {
  runtime: AppRuntime;
  opener: ExternalOpener;
}

export interface MainServices {
  appInfo: AppInfoService;
  externalLinks: ExternalLinkService;
}

export function createMainServices(ports: MainPorts): MainServices {
  return {
    appInfo: createAppInfoService(ports.runtime),
    externalLinks: createExternalLinkService(ports.opener),
  };
}
