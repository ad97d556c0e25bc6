// Help ▸ Check for updates… and Settings ▸ About: the version running and where new versions
// are published. The app never goes online itself, so the user opens the address in their own
// browser; it is shown as text to copy (only tel: and mailto: links may leave the app).
import { releasesPageUrl } from '../../shared/updates/releases';
import { isMac } from '../platform/environment';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/fields';
import { RunningVersion } from './RunningVersion';

export function CheckForUpdatesDialog({ onClose }: { onClose(): void }) {
  const copyKeys = isMac() ? '⌘C' : 'Ctrl+C';
  return (
    <Dialog title="Check for updates" onClose={onClose}>
      <RunningVersion />
      <p>
        Call Desk does not connect to the internet by itself, so it cannot look for a newer version on its own. New versions are published,
        as signed installers, on the Call Desk releases page.
      </p>
      <TextField
        label="Releases page"
        value={releasesPageUrl}
        readOnly
        spellCheck={false}
        // Selected as soon as it has the focus (it has it when the dialog opens): one key press copies it.
        onFocus={(event) => event.currentTarget.select()}
        hint={`Copy this address (${copyKeys}) and open it in your web browser.`}
      />
      <p>
        If a newer version is listed there, first make a backup (Settings ▸ Backups ▸ Back up now…), then download the installer for your
        computer and run it. Your customers, calls and settings stay as they are.
      </p>
      <p>
        <Button variant="primary" onClick={onClose}>
          Close
        </Button>
      </p>
    </Dialog>
  );
}
