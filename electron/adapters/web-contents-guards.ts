// Applied to every WebContents the app ever creates (app 'web-contents-created'): pages stay
// on our origin, never open windows, never attach <webview>s; tel:/mailto: go to the OS.
import type { WebContents } from 'electron';
import { judgeNavigation, judgeWindowOpen, type NavigationRules } from '../security/navigation-policy';

export interface WebContentsGuardOptions extends NavigationRules {
  handOff(url: string): void;
}

export function guardWebContents(contents: WebContents, options: WebContentsGuardOptions): void {
  const onLeave = (event: { url: string; preventDefault(): void }) => {
    const verdict = judgeNavigation(event.url, options);
    if (verdict.action === 'allow') return;
    event.preventDefault();
    if (verdict.action === 'hand-off') options.handOff(verdict.url);
  };
  contents.on('will-navigate', onLeave);
  contents.on('will-redirect', onLeave);

  contents.setWindowOpenHandler(({ url }) => {
    const verdict = judgeWindowOpen(url, options);
    if (verdict.action === 'hand-off') options.handOff(verdict.url);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => event.preventDefault());
}
