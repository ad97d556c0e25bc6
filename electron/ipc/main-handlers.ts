// One handler per invoke channel, each a thin call into a service. The router has already
// parsed the input with the contract, so handlers receive typed, trusted values.
import type { MainServices } from '../services/main-services';
import type { IpcHandlers } from './router';

export function createMainHandlers(services: MainServices): IpcHandlers {
  return {
    'app:get-info': () => services.appInfo.get(),
    'shell:open-external': ({ url }) => services.externalLinks.open(url),
    'reminders:sync': (input) => (input.mode === 'replace' ? services.reminders.sync(input.entries) : services.reminders.patch(input)),
    'reminders:status': () => services.reminders.status(),
    'preferences:get': () => services.preferences.get(),
    'preferences:set': (patch) => services.preferences.set(patch),
    'files:choose-folder': ({ purpose }) => services.files.chooseFolder(purpose),
    'files:show-in-folder': ({ path }) => services.files.showInFolder(path),
    'export:pdf': ({ progressId, ...request }, caller) =>
      services.exports.exportPdf(
        request,
        progressId === undefined ? undefined : (step) => caller.notify('export:progress', { progressId, ...step }),
      ),
    'export:text-file': (input) => services.exports.exportTextFile(input),
    'backup:status': () => services.backups.status(),
    // A transfer belongs to the window that opened it (caller.id).
    'backup:write-begin': (input, caller) => services.backups.beginWrite(input, caller.id),
    'backup:write-chunk': (input, caller) => services.backups.writeChunk(input, caller.id),
    'backup:write-finish': (input, caller) => services.backups.finishWrite(input, caller.id),
    'backup:write-abort': (input, caller) => services.backups.abortWrite(input, caller.id),
    'backup:read-open': (input, caller) => services.backups.openRead(input, caller.id),
    'backup:read-chunk': (input, caller) => services.backups.readChunk(input, caller.id),
    'backup:read-close': (input, caller) => services.backups.closeRead(input, caller.id),
    'import:open-file': () => services.imports.openFile(),
    // The microphone's permission belongs to the page that asked for it (caller.id).
    'recording:begin': (input, caller) => services.recordings.begin(input, caller.id),
    'recording:end': (input, caller) => services.recordings.end(input, caller.id),
  };
}
