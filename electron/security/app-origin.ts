// Where the renderer lives inside Electron, and which URLs count as "ours". A privileged
// standard scheme gives the renderer a stable origin, so its IndexedDB survives restarts.
export const appScheme = 'app';
export const appHost = 'call-desk';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for app://call-desk/... only. Node's URL reports origin "null" for custom schemes, so
 * the check compares scheme and host instead of `origin`.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost;
}

/** True when a URL belongs to `origin` (e.g. "http://127.0.0.1:4173" in the test host). */
export function isSameOrigin(url: string, origin: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.origin !== 'null' && parsed.origin === origin;
}
