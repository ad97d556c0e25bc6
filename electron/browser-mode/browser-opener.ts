// tel: and mailto: in browser mode: the page that asked hands the link to its browser, which
// passes it to the softphone or mail app as the OS would for Electron. The external-link service
// has already checked the link against the same allowlist as in Electron.
import type { ExternalOpener } from '../services/external-links';
import { currentPageRequest } from './request-context';

export const pageOpener: ExternalOpener = {
  async open(url) {
    const request = currentPageRequest();
    if (request === null) throw new Error('There is no Call Desk window to open this link from.');
    request.tell({ kind: 'open-url', url });
  },
};
