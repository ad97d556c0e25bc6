// Tray and start-at-login: what keeps reminders firing when the window is closed. Each box is
// saved by main as soon as it is ticked.
import { useState } from 'react';
import type { MainPreferences } from '../../shared/ipc/contract';
import { hasDesktopBridge } from '../platform/bridge';
import { CheckboxField } from '../ui/fields';
import { useMainPreferences, useSaveMainPreferences } from './main-preferences';

export function DesktopPreferences() {
  const preferences = useMainPreferences();
  const save = useSaveMainPreferences();
  // The box shows the change at once, while main saves it; a refusal puts it back.
  const [changing, setChanging] = useState<Partial<MainPreferences>>({});

  if (!hasDesktopBridge()) return <p className="muted">The tray and start-at-login options are in the desktop app.</p>;
  if (preferences.isPending) return <p className="muted">Loading…</p>;
  if (preferences.isError) {
    return (
      <p role="alert" className="ui-form-error">
        These options could not be read: {preferences.error.message}
      </p>
    );
  }
  const shown = { ...preferences.data, ...changing };
  const change = (next: Partial<MainPreferences>) => {
    setChanging((current) => ({ ...current, ...next }));
    save.mutate(next, { onSettled: () => setChanging({}) });
  };
  return (
    <div className="ui-form">
      <CheckboxField
        label="Keep running in the tray when the window is closed"
        hint="Reminders only appear while Call Desk is running."
        checked={shown.closeToTray}
        onChange={(e) => change({ closeToTray: e.target.checked })}
      />
      <CheckboxField
        label="Start Call Desk when I log in"
        checked={shown.startAtLogin}
        onChange={(e) => change({ startAtLogin: e.target.checked })}
      />
      {save.isError && (
        <p role="alert" className="ui-form-error">
          The change was not saved: {save.error.message}
        </p>
      )}
    </div>
  );
}
