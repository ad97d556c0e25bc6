// "You are using Call Desk 0.1.0", as main reports it, for the update check and Settings.
import { hasDesktopBridge } from '../platform/bridge';
import { useAppInfo } from '../platform/use-app-info';

export function RunningVersion() {
  const info = useAppInfo();
  if (!hasDesktopBridge()) return <p className="muted">The version is shown in the desktop app.</p>;
  if (info.isPending) {
    return (
      <p role="status" className="muted">
        Reading the version…
      </p>
    );
  }
  if (info.isError) {
    return (
      <p role="alert" className="ui-form-error">
        The version could not be read: {info.error.message}
      </p>
    );
  }
  return (
    <p>
      You are using {info.data.name} version <strong>{info.data.version}</strong>.
    </p>
  );
}
