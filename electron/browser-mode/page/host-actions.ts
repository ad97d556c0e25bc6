// What the page does when main asks for something only a browser window can do (see
// host-messages.ts): hand a saved file to the browser's downloads, pass a tel:/mailto: link to
// the OS, show a notification, open the file picker.
import { apiPaths, fileNameHeader, keyHeader, type HostMessage } from '../host-messages';
import { pickFile } from './file-picker';

export interface HostActionsDeps {
  key: string;
  fetch?: typeof fetch;
  pick?: typeof pickFile;
}

function offerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the time a minute has passed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function createHostActions({
  key,
  fetch: fetchFn = fetch.bind(window),
  pick = pickFile,
}: HostActionsDeps): (message: HostMessage) => void {
  const headers = { [keyHeader]: key };
  const report = (what: string) => (error: unknown) => console.error(`[call-desk] ${what}:`, error);

  return (message) => {
    switch (message.kind) {
      case 'download':
        void fetchFn(`${apiPaths.download}${encodeURIComponent(message.id)}`, { headers })
          .then(async (response) => {
            if (!response.ok) throw new Error(await response.text());
            offerDownload(await response.blob(), message.fileName);
          })
          .catch(report(`Could not download ${message.fileName}`));
        return;
      case 'open-url':
        // Main checked it against the same allowlist as Electron; the page checks the scheme again.
        if (/^(tel|mailto):/i.test(message.url)) window.location.href = message.url;
        return;
      case 'notification': {
        if (!('Notification' in window) || Notification.permission !== 'granted') return;
        const notification = new Notification(message.title, { body: message.body, tag: message.id });
        notification.addEventListener('click', () => {
          window.focus();
          void fetchFn(`${apiPaths.notificationClick}${encodeURIComponent(message.id)}`, { method: 'POST', headers }).catch(
            report('Could not open the reminder'),
          );
        });
        return;
      }
      case 'choose-file':
        void pick(message.title, message.extensions)
          .then((file) =>
            file === null
              ? fetchFn(`${apiPaths.chosenFile}${encodeURIComponent(message.id)}`, { method: 'DELETE', headers })
              : fetchFn(`${apiPaths.chosenFile}${encodeURIComponent(message.id)}`, {
                  method: 'POST',
                  headers: { ...headers, [fileNameHeader]: encodeURIComponent(file.name), 'Content-Type': 'application/octet-stream' },
                  body: file,
                }),
          )
          .catch(report('Could not send the chosen file'));
        return;
    }
  };
}
