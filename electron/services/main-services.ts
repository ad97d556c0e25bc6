// Builds the main-process services from their ports. main.ts passes Electron adapters; the e2e
// test host passes recording fakes. Everything above the ports is the same code in both.
import path from 'node:path';
import { createAppInfoService, type AppInfoService, type AppRuntime } from './app-info';
import { createBackupService, type BackupService } from './backup/backup-service';
import { createExportService, type ExportService } from './export/export-service';
import { createPacketAssemblyRunner } from './export/packet-assembly-runner';
import type { PdfRenderer } from './export/pdf-renderer';
import { createExternalLinkService, type ExternalLinkService, type ExternalOpener } from './external-links';
import type { Dialogs, FileSystem, FolderRevealer } from './files/file-ports';
import { createFilesService, type FilesService } from './files/files-service';
import { createImportFileService, type ImportFileService } from './import/import-file-service';
import type { IsolatedJobLauncher } from './isolated-job';
import type { JsonFileStore } from './json-file-store';
import { officeClockFrom } from './office-clock';
import { createPreferencesService, type LoginItems, type PreferencesService } from './preferences';
import type { Clock, Notifier } from './reminders/ports';
import { createReminderService, type ReminderService } from './reminders/reminder-service';
import { createReminderStore } from './reminders/reminder-store';
import { createRecordingAccess, type RecordingAccess, type RecordingGrants } from './recording/recording-access';
import { systemAudioCapturePossible } from '../../shared/recordings/live-recording';

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
  /** Files the user saves and the automatic backups (by full path). */
  fileSystem: FileSystem;
  dialogs: Dialogs;
  revealer: FolderRevealer;
  pdfRenderer: PdfRenderer;
  /** Starts the PDF assembly job (electron/packet-worker.ts) away from main's thread. */
  packetJobs: IsolatedJobLauncher;
  warn?: (message: string) => void;
  /** The largest piece of a backup file one IPC message carries; the e2e host uses small ones so its backups cross in several. */
  backupChunkBytes?: number;
  /** True for the app's own pages (main: app://call-desk), the only ones that may use the microphone. None when absent. */
  isOwnPage?: (url: string) => boolean;
  /** Told when a page may start and must stop using the microphone (the e2e host sets the browser's permission). */
  recordingGrants?: RecordingGrants;
}

export interface MainServices {
  appInfo: AppInfoService;
  externalLinks: ExternalLinkService;
  reminders: ReminderService;
  preferences: PreferencesService;
  files: FilesService;
  exports: ExportService;
  backups: BackupService;
  imports: ImportFileService;
  /** "Record this call": the microphone only for the app's own page, only while it records. */
  recordings: RecordingAccess;
}

/** The automatic backups' folder inside the data folder. */
export function backupsFolderIn(dataDirectory: string): string {
  return path.join(dataDirectory, 'backups');
}

export function createMainServices(ports: MainPorts): MainServices {
  const files = createFilesService({ dialogs: ports.dialogs, fs: ports.fileSystem, revealer: ports.revealer });
  const preferences = createPreferencesService({ store: ports.files, loginItems: ports.loginItems, warn: ports.warn });
  const officeZone = () => officeClockFrom(preferences.current)().timeZone;
  return {
    appInfo: createAppInfoService(ports.runtime),
    externalLinks: createExternalLinkService(ports.opener),
    reminders: createReminderService({
      clock: ports.clock,
      notifier: ports.notifier,
      store: createReminderStore(ports.files),
      activate: ports.activateReminder,
      timeZone: officeZone,
      warn: ports.warn,
    }),
    preferences,
    files,
    exports: createExportService({
      files,
      renderer: ports.pdfRenderer,
      assembler: createPacketAssemblyRunner({ launcher: ports.packetJobs, clock: ports.clock }),
      now: () => ports.clock.now(),
    }),
    backups: createBackupService({
      fs: ports.fileSystem,
      dialogs: ports.dialogs,
      files,
      clock: ports.clock,
      folder: backupsFolderIn(ports.runtime.dataDirectory()),
      timeZone: officeZone,
      warn: ports.warn,
      chunkBytes: ports.backupChunkBytes,
    }),
    imports: createImportFileService({ dialogs: ports.dialogs, fs: ports.fileSystem }),
    recordings: createRecordingAccess({
      clock: ports.clock,
      isOwnPage: ports.isOwnPage ?? (() => false),
      systemAudioPossible: systemAudioCapturePossible({
        platform: ports.runtime.platform(),
        electronVersion: ports.runtime.electronVersion(),
      }),
      grants: ports.recordingGrants,
      warn: ports.warn,
    }),
  };
}
