// This run's key, as the page receives it: in the start address's fragment
// (`#call-desk-key=…`), which the browser never sends to any server, not even in a Referer, and
// which only this origin's scripts can read. It is kept in sessionStorage (this origin, this
// window) so a reload still has it, and taken out of the address at once, so the app's hash
// routes start clean and the key is not left in the address bar or the history.
import { keyFragmentName } from '../host-messages';

const storageName = 'call-desk-key';

export interface KeyPlaces {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/** The key from the address (then forgotten there) or from this window's earlier load; null when neither has one. */
export function takeKey({ location, history, storage }: KeyPlaces): string | null {
  const match = new RegExp(`^#${keyFragmentName}=([0-9a-f]{16,128})$`).exec(location.hash);
  if (match?.[1]) {
    storage.setItem(storageName, match[1]);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    return match[1];
  }
  return storage.getItem(storageName);
}
