// A modal dialog on the native <dialog>: the browser traps focus and fires `cancel` on Escape;
// we turn that into onClose so the parent decides when the dialog goes away. A dialog holding
// unsaved input asks before Escape or × throws it away (see DiscardQuestion).
import { useId, useLayoutEffect, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { DiscardQuestion } from './DiscardQuestion';
import './ui.css';

export interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** For dialogs with tables or two-column forms. */
  wide?: boolean;
  /** True while the user has typed or chosen something not saved yet: Escape and × ask first. */
  hasUnsavedInput?: boolean;
}

export function Dialog({ title, onClose, children, wide = false, hasUnsavedInput = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Read while rendering, before anything inside the dialog takes focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  // Set while our own cleanup closes the element, so that close event is not taken for the user's.
  const closingRef = useRef(false);
  const autoFocused = useRef<HTMLElement | null>(null);
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  // Where the user was when the question came up, so "Keep editing" puts them back there.
  const editingAt = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    closingRef.current = false;
    // The element is rendered `open` so a child's autoFocus can land; remember where it did
    // (kept in a ref: StrictMode's second run finds the focus back on the opener).
    if (dialog.contains(document.activeElement)) autoFocused.current = document.activeElement as HTMLElement;
    // jsdom (unit tests) has no showModal; the open attribute is the closest stand-in there.
    if (typeof dialog.showModal === 'function' && !dialog.matches(':modal')) {
      dialog.removeAttribute('open');
      dialog.showModal();
    }
    (autoFocused.current ?? firstField(dialog))?.focus();
    return () => {
      closingRef.current = true;
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if (opener?.isConnected) opener.focus();
    };
  }, [opener]);

  /** Escape or ×: close a clean dialog; ask once when there is input; the second time, discard. */
  const requestClose = () => {
    if (!hasUnsavedInput || askingToDiscard) {
      onClose();
      return;
    }
    editingAt.current =
      document.activeElement instanceof HTMLElement && ref.current?.contains(document.activeElement) ? document.activeElement : null;
    setAskingToDiscard(true);
  };

  const keepEditing = () => {
    setAskingToDiscard(false);
    const dialog = ref.current;
    const back = editingAt.current?.isConnected ? editingAt.current : dialog ? firstField(dialog) : null;
    back?.focus();
  };

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    requestClose();
  };

  // Chromium closes a modal without `cancel` when Escape is pressed again with no other input
  // in between: that is the second Escape, so it discards. Should it happen before we asked,
  // the dialog is shown again with the question rather than losing the input.
  const onNativeClose = () => {
    const dialog = ref.current;
    if (closingRef.current || !dialog || dialog.open) return;
    if (hasUnsavedInput && !askingToDiscard && typeof dialog.showModal === 'function') {
      dialog.showModal();
      requestClose();
      return;
    }
    onClose();
  };

  return (
    <dialog
      ref={ref}
      open
      className={wide ? 'ui-dialog ui-dialog--wide' : 'ui-dialog'}
      aria-labelledby={titleId}
      onCancel={onCancel}
      onClose={onNativeClose}
    >
      <header className="ui-dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="ui-dialog__close" aria-label="Close" onClick={requestClose}>
          ×
        </button>
        {askingToDiscard && <DiscardQuestion onKeep={keepEditing} onDiscard={onClose} />}
      </header>
      <div className="ui-dialog__body">{children}</div>
    </dialog>
  );
}

/** The user starts in the first field (or a [data-autofocus] element), not on the close button. */
function firstField(dialog: HTMLDialogElement): HTMLElement | null {
  return (
    dialog.querySelector<HTMLElement>('[data-autofocus]') ??
    dialog.querySelector<HTMLElement>('.ui-dialog__body :is(input, select, textarea):not([disabled]):not([type="hidden"])') ??
    dialog.querySelector<HTMLElement>('.ui-dialog__body button')
  );
}
