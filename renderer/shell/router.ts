// Hash routes: they work the same under Electron's app:// scheme and the test host's HTTP server,
// and survive a reload (the route is part of the URL).
import { useMemo, useSyncExternalStore } from 'react';
import { isPromiseFilter, type PromiseFilter } from '../promises/promise-filters';

export type Route =
  | { name: 'today' }
  | { name: 'customers' }
  | { name: 'new-customer' }
  | { name: 'customer'; customerId: string }
  | { name: 'call'; customerId: string; callId: string }
  /** No filter: the view opens on the first tab with something in it. */
  | { name: 'promises'; filter: PromiseFilter | null }
  | { name: 'follow-ups' }
  | { name: 'settings' }
  | { name: 'export' }
  | { name: 'import' }
  | { name: 'dashboard' }
  | { name: 'scripts' }
  | { name: 'script'; scriptId: string }
  | { name: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  // No route at all is the app opening: it opens on Today.
  const path = hash.replace(/^#/, '') || '/today';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0 || (parts[0] === 'today' && parts.length === 1)) return { name: 'today' };
  if (parts[0] === 'customers' && parts.length === 1) return { name: 'customers' };
  if (parts[0] === 'customers' && parts[1] === 'new' && parts.length === 2) return { name: 'new-customer' };
  if (parts[0] === 'customers' && parts[1] && parts.length === 2) return { name: 'customer', customerId: parts[1] };
  if (parts[0] === 'customers' && parts[1] && parts[2] === 'calls' && parts[3] && parts.length === 4) {
    return { name: 'call', customerId: parts[1], callId: parts[3] };
  }
  if (parts[0] === 'promises' && parts.length === 1) return { name: 'promises', filter: null };
  if (parts[0] === 'promises' && parts.length === 2 && isPromiseFilter(parts[1])) return { name: 'promises', filter: parts[1] };
  if (parts[0] === 'follow-ups' && parts.length === 1) return { name: 'follow-ups' };
  if (parts[0] === 'settings' && parts.length === 1) return { name: 'settings' };
  if (parts[0] === 'export' && parts.length === 1) return { name: 'export' };
  if (parts[0] === 'import' && parts.length === 1) return { name: 'import' };
  if (parts[0] === 'dashboard' && parts.length === 1) return { name: 'dashboard' };
  if (parts[0] === 'scripts' && parts.length === 1) return { name: 'scripts' };
  if (parts[0] === 'scripts' && parts[1] && parts.length === 2) return { name: 'script', scriptId: parts[1] };
  return { name: 'not-found', path };
}

export const routes = {
  today: () => '#/today',
  customers: () => '#/customers',
  newCustomer: () => '#/customers/new',
  customer: (customerId: string) => `#/customers/${encodeURIComponent(customerId)}`,
  call: (customerId: string, callId: string) => `#/customers/${encodeURIComponent(customerId)}/calls/${encodeURIComponent(callId)}`,
  promises: (filter?: PromiseFilter) => (filter ? `#/promises/${filter}` : '#/promises'),
  followUps: () => '#/follow-ups',
  settings: () => '#/settings',
  export: () => '#/export',
  import: () => '#/import',
  dashboard: () => '#/dashboard',
  scripts: () => '#/scripts',
  script: (scriptId: string) => `#/scripts/${encodeURIComponent(scriptId)}`,
};

export function navigate(hash: string, options: { replace?: boolean } = {}): void {
  if (window.location.hash === hash) return;
  if (options.replace) {
    window.history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseRoute(hash), [hash]);
}
