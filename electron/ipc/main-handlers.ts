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
      services.exports.exportPdf(request, progressId === undefined ? undefined : (step) => caller.notify('export:progress', { progressId, ...step })),
    'export:text-file': (input) => services.exports.exportTextFile(input),
    'backup:status': () => services.backups.status(),
    'backup:write-automatic': ({ bytes }) => services.backups.writeAutomatic(bytes),
    'backup:write-safety-copy': ({ bytes, reason }) => services.backups.writeSafetyCopy(bytes, reason),
    'backup:save-as': ({ bytes, suggestedName }) => services.backups.saveAs(bytes, suggestedName),
    'backup:open': (input) => services.backups.open(input),
    'import:open-file': () => services.imports.openFile(),
  };
}
