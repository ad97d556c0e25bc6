// Hands tel: and mailto: links to the operating system (the softphone, the mail client).
// The IPC contract already validates the URL; this service checks again because it is also
// reached from window-open and navigation guards, which see URLs the contract never parsed.
// A mailto: is handed on rebuilt from its address, subject and body alone (shared/links/mailto.ts).
import { externalUrlSchema } from '../../shared/ipc/contract';
import { rebuiltMailto } from '../../shared/links/mailto';

/** Port: the OS hand-off (Electron: shell.openExternal; test host: a recorder). */
export interface ExternalOpener {
  open(url: string): Promise<void>;
}

export interface ExternalLinkService {
  /** Opens a tel:/mailto: URL; throws for anything else. */
  open(url: string): Promise<{ opened: true }>;
  /** True when `url` is something this service would open. */
  canOpen(url: string): boolean;
}

const allowedProtocols = new Set(['tel:', 'mailto:']);

/** The URL as it is handed on, or null when it is not one this service opens. */
function handedOn(url: string): string | null {
  if (!externalUrlSchema.safeParse(url).success) return null;
  let protocol: string;
  try {
    protocol = new URL(url.trim()).protocol;
  } catch {
    return null;
  }
  if (!allowedProtocols.has(protocol)) return null;
  return protocol === 'mailto:' ? rebuiltMailto(url) : url.trim();
}

const isAllowed = (url: string): boolean => handedOn(url) !== null;

export function createExternalLinkService(opener: ExternalOpener): ExternalLinkService {
  return {
    canOpen: isAllowed,
    async open(url) {
      const target = handedOn(url);
      if (target === null) throw new Error('Only tel: and mailto: links can be opened.');
      await opener.open(target);
      return { opened: true };
    },
  };
}
