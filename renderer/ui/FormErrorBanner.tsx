// The form-level error (a save the data layer refused, e.g. a duplicate invoice number). It is
// focusable so a failed submit can move the user's attention to it.
import './ui.css';

export function FormErrorBanner({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div role="alert" tabIndex={-1} className="ui-form-error">
      {message}
    </div>
  );
}
