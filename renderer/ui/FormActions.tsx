// The foot of a form dialog: any other action on the far side (Delete contact, Void invoice),
// then Cancel, then the one button that saves. While the save runs, that button says so and
// ignores presses but keeps the focus (a disabled button would drop it on the page); the form
// (see useDialogForm) makes sure the save runs once. Ctrl+Enter presses it from any field.
import type { ReactNode } from 'react';
import { Button } from './Button';
import './ui.css';

export interface FormActionsProps {
  /** The saving button, e.g. "Save contact". */
  submitLabel: string;
  /** Said on that button while the save runs. */
  pendingLabel?: string;
  /** True while the save runs. */
  pending: boolean;
  onCancel(): void;
  /** True when the form has nothing it could save (no invoice to apply a payment to). */
  submitDisabled?: boolean;
  /** Actions shown on the far side, such as a ConfirmButton. */
  children?: ReactNode;
}

export function FormActions({
  submitLabel,
  pendingLabel = 'Saving…',
  pending,
  onCancel,
  submitDisabled = false,
  children,
}: FormActionsProps) {
  return (
    <div className="ui-form-actions">
      {children && <div className="ui-form-actions__start">{children}</div>}
      <Button onClick={onCancel}>Cancel</Button>
      <Button
        type="submit"
        variant="primary"
        disabled={submitDisabled}
        aria-disabled={pending || undefined}
        aria-keyshortcuts="Control+Enter Meta+Enter"
      >
        {pending ? pendingLabel : submitLabel}
      </Button>
    </div>
  );
}
