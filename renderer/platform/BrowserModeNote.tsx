// In the app header when Call Desk runs in a web browser (`npm start` without the Electron
// binary): says so, and on a click what differs from the desktop app, with the one thing the user
// may need to do here (let the browser show reminder notifications).
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../data/query-keys';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { invoke } from './bridge';

type Permission = NotificationPermission | 'unsupported';

function notificationPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

function NotificationChoice() {
  const [permission, setPermission] = useState<Permission>(notificationPermission);
  if (permission === 'granted') return <p>Reminder notifications are on.</p>;
  if (permission === 'unsupported')
    return <p>This browser cannot show notifications: reminders appear only in the window where Call Desk was started.</p>;
  if (permission === 'denied') {
    return (
      <p>
        This browser blocks notifications from Call Desk. To see reminders, allow notifications in the browser&apos;s settings for this
        page.
      </p>
    );
  }
  return (
    <p>
      <Button variant="primary" onClick={() => void Notification.requestPermission().then(setPermission)}>
        Allow reminder notifications
      </Button>
    </p>
  );
}

export function BrowserModeNote() {
  const [open, setOpen] = useState(false);
  // Asked once; a failure just leaves the note out (the desktop app never shows it).
  const info = useQuery({ queryKey: queryKeys.appInfo(), queryFn: () => invoke('app:get-info'), staleTime: Infinity, retry: false });
  const browserMode = info.data?.browserMode;
  if (!browserMode) return null;
  return (
    <>
      <button type="button" className="browser-mode-note" onClick={() => setOpen(true)}>
        Running in browser mode
      </button>
      {open && (
        <Dialog title="Running in browser mode" onClose={() => setOpen(false)}>
          <p>
            The desktop app&apos;s runtime (Electron) is not installed on this computer, so Call Desk runs in your web browser. Your
            records, backups and reminders work as in the desktop app.
          </p>
          <p>
            Files you save (PDFs, CSV files, backups) go to <code>{browserMode.exportsFolder}</code>, and your browser downloads a copy.
            Files you open are chosen in your browser&apos;s file picker.
          </p>
          <p>
            There is no tray icon: Call Desk runs until you press Ctrl+C in the window where it was started, and shows reminders there and
            as browser notifications while this page is open.
          </p>
          <NotificationChoice />
        </Dialog>
      )}
    </>
  );
}
