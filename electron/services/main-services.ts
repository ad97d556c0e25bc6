// Builds the main-process services from their ports. main.ts passes Electron adapters; the e2e
// test host passes recording fakes. Everything above the ports is the same code in both.
import { createAppInfoService, type AppInfoService, type AppRuntime } from './app-info';
import { createExternalLinkService, type ExternalLinkService, type ExternalOpener } from './external-links';
import type { JsonFileStore } from './json-file-store';
import { createPreferencesService, type LoginItems, type PreferencesService } from './preferences';
import type { Clock, Notifier } from './reminders/ports';
import { createReminderService, type ReminderService } from './reminders/reminder-service';
import { createReminderStore } from './reminders/reminder-store';

export interface MainPorts {
  runtime: AppRuntime;
  opener: ExternalOpener;
  /** The data folder's small JSON files (reminder schedule, preferences). */
  files: JsonFileStore;
  clock: Clock;
  notifier: Notifier;
  loginItems: LoginItems;
  /** A reminder notification was clicked: show the window on this customer (null: the list). */
  activateReminder: (customerId: string | null) => void;
  warn?: (message: string) => void;
}

export interface MainServices {
  appInfo: AppInfoService;
  externalLinks: ExternalLinkService;
  reminders: ReminderService;
  preferences: PreferencesService;
}

export function createMainServices(ports: MainPorts): MainServices {
  return {
    appInfo: createAppInfoService(ports.runtime),
    externalLinks: createExternalLinkService(ports.opener),
    reminders: createReminderService({
      clock: ports.clock,
      notifier: ports.notifier,
      store: createReminderStore(ports.files),
      activate: ports.activateReminder,
      warn: ports.warn,
    }),
    preferences: createPreferencesService({ store: ports.files, loginItems: ports.loginItems, warn: ports.warn }),
  };
}
