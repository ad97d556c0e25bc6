// Hands tel: and mailto: links to the operating system (the softphone, the mail client).
// The IPC contract already validates the URL; this service checks again because it is also
// reached from window-open and navigation guards, which see URLs the contract never parsed.
import { externalUrlSchema } from '../../shared/ipc/contract';

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

function isAllowed(url: string): boolean {
  if (!externalUrlSchema.safeParse(url).success) return false;
  try {
    return allowedProtocols.has(new URL(url.trim()).protocol);
  } catch {
    return false;
  }
}

export function createExternalLinkService(opener: ExternalOpener): ExternalLinkService {
  return {
    canOpen: isAllowed,
    async open(url) {
      if (!isAllowed(url)) throw new Error('Only tel: and mailto: links can be opened.');
      await opener.open(url.trim());
      return { opened: true };
    },
  };
}
