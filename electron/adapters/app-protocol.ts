// The app:// scheme: the renderer's home. Registered as privileged + standard + secure so the
// page gets a stable secure origin (app://call-desk) for IndexedDB and fetch, and served
// only from the built renderer folder.
import { protocol } from 'electron';
import { appHost, appScheme } from '../security/app-origin';
import { rendererFileResponse } from './renderer-file-response';

/** Must run before app `ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Must run after app `ready`. */
export function serveRendererOverAppScheme(rendererDir: string): void {
  protocol.handle(appScheme, (request) => {
    const url = new URL(request.url);
    if (url.host !== appHost) return new Response('Not found', { status: 404 });
    return rendererFileResponse(rendererDir, url.pathname, request.method);
  });
}
