// An export that failed: its sentence where the user is looking, and a way to put it away.
export function ExportFailedNotice({ message, onDismiss }: { message: string; onDismiss(): void }) {
  return (
    <div role="alert" className="export-notice failed">
      <p>{message}</p>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
