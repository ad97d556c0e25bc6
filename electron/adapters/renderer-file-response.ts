// Reads a built renderer file and wraps it in a web Response with the app's security headers.
// Used by the app:// protocol handler in Electron and by the e2e test host's HTTP server, so
// both serve byte-for-byte the same files with the same CSP.
import { readFile, stat } from 'node:fs/promises';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { contentTypeFor, isClientRoute, resolveRendererFile } from '../security/renderer-paths';

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/**
 * The build names every script and style after its content (`assets/index-5tSZhNAa.js`), so a
 * name never changes meaning: the browser may keep such a file, and with it the compiled code
 * V8 caches beside it, which is what makes a warm start faster than a cold one. Everything else
 * (index.html above all, which names the current files) is checked on every load.
 */
const contentNamedAsset = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;
const keptForAYear = 'public, max-age=31536000, immutable';

export function cacheControlFor(pathname: string): string {
  return contentNamedAsset.test(pathname) ? keptForAYear : securityHeaders['Cache-Control'];
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export async function rendererFileResponse(rootDir: string, pathname: string, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method not allowed');

  let file = resolveRendererFile(rootDir, pathname);
  if (file === null) return plain(403, 'Forbidden');
  if (!(await isFile(file))) {
    const index = resolveRendererFile(rootDir, '/');
    if (!isClientRoute(pathname) || index === null || !(await isFile(index))) return plain(404, 'Not found');
    file = index;
  }

  const body = method === 'HEAD' ? null : new Uint8Array(await readFile(file));
  return new Response(body, {
    status: 200,
    headers: { ...securityHeaders, 'Content-Type': contentTypeFor(file), 'Cache-Control': cacheControlFor(pathname) },
  });
}
