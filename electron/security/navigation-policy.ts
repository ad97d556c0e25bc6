// One decision for every way a page may try to leave the app: link clicks, redirects,
// window.open. Only our own pages load in the window; tel:/mailto: go to the OS; the rest is
// dropped.

export type NavigationVerdict = { action: 'allow' } | { action: 'deny' } | { action: 'hand-off'; url: string };

export interface NavigationRules {
  isOwnUrl(url: string): boolean;
  canHandOff(url: string): boolean;
}

export function judgeNavigation(url: string, rules: NavigationRules): NavigationVerdict {
  if (rules.isOwnUrl(url)) return { action: 'allow' };
  if (rules.canHandOff(url)) return { action: 'hand-off', url };
  return { action: 'deny' };
}

/** window.open never creates a window, even for our own URLs: the app has one window. */
export function judgeWindowOpen(url: string, rules: NavigationRules): NavigationVerdict {
  return rules.canHandOff(url) ? { action: 'hand-off', url } : { action: 'deny' };
}

const remoteProtocols = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/** True for requests that would fetch content from outside the app bundle. */
export function isRemoteRequest(url: string): boolean {
  try {
    return remoteProtocols.has(new URL(url).protocol);
  } catch {
    return true;
  }
}
