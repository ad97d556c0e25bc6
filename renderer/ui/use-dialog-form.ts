// The plumbing every form dialog shares (customer, contact, invoice, payment, placement): one zod
// schema checks the fields, the values are read once as the dialog opens, a save runs one at a
// time (a second Enter or click while it runs does nothing) and the button says so, a save the
// data layer refuses lands on the fields it names or in the form's banner, the focus goes to
// the first problem, and a save that worked hands over what it saved (the dialog then closes).
// Ctrl+Enter (⌘+Enter) saves from anywhere in the form, a notes box included.
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { applySubmitError } from './submit-error';
import { useFocusFirstError } from './use-focus-first-error';

export interface DialogFormOptions<Values extends FieldValues, Output, Saved> {
  /** Checks what was typed and turns it into what is saved. */
  schema: z.ZodType<Output, Values>;
  /** The values the form starts from; read once, when the dialog opens. */
  initialValues: () => Values;
  save(values: Output): Promise<Saved>;
  /** After a save that worked; usually closes the dialog. */
  onSaved(saved: Saved): void;
  /**
   * The field that shows a refused save's issue at this path (see `errorFields`), or null to
   * say it in the banner. Without it, every issue is said in the banner.
   */
  fieldFor?: (path: string) => Path<Values> | null;
}

/**
 * A `fieldFor` for the form fields that share their name with the saved input's, plus those
 * the form shows under another name (the typed "amount" for the saved "amountMinor").
 */
export function errorFields<Values extends FieldValues>(
  names: readonly Path<Values>[],
  renamed: Readonly<Record<string, Path<Values>>> = {},
): (path: string) => Path<Values> | null {
  const own = new Set<string>(names);
  return (path) => renamed[path] ?? (own.has(path) ? (path as Path<Values>) : null);
}

/** Ctrl+Enter, or ⌘+Enter on a Mac, and nothing else held. */
function isSaveChord(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
}

export function useDialogForm<Values extends FieldValues, Output, Saved>(options: DialogFormOptions<Values, Output, Saved>) {
  const { schema, save, onSaved, fieldFor = () => null } = options;
  const [initial] = useState(options.initialValues);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // A ref, not state: a second submit in the same moment must already see the first.
  const submitting = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: initial as DefaultValues<Values>,
    shouldFocusError: false,
  });

  const submitValid = form.handleSubmit(async (values) => {
    setSaving(true);
    let saved: Saved;
    try {
      saved = await save(values);
    } catch (error) {
      setFormError(applySubmitError(error, form.setError, fieldFor));
      focusFirstError();
      return;
    } finally {
      setSaving(false);
    }
    onSaved(saved);
  }, focusFirstError);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting.current) return;
    submitting.current = true;
    // A new attempt: the last refusal may no longer hold.
    setFormError(null);
    try {
      await submitValid(event);
    } finally {
      submitting.current = false;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    // A field that uses the chord itself (and says so by preventing it) keeps it.
    if (!isSaveChord(event) || event.defaultPrevented) return;
    event.preventDefault();
    // The call screen around a dialog has its own Ctrl+Enter (save the outcome): not this one.
    event.stopPropagation();
    const button = event.currentTarget.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button?.disabled) return;
    event.currentTarget.requestSubmit(button ?? undefined);
  };

  /**
   * The dialog's other action (delete, void): the banner is cleared first, a refusal is said
   * there (an alert, so it is heard; the focus stays with the action's own button), and `then`
   * runs once it has worked.
   */
  const runAction = async (action: () => Promise<unknown>, then: () => void) => {
    setFormError(null);
    try {
      await action();
    } catch (error) {
      setFormError(applySubmitError(error, form.setError, () => null));
      return;
    }
    then();
  };

  return {
    form,
    /** What the form started from. */
    initial,
    /** A refused save or action, said above the fields. */
    formError,
    /** True while a save runs. */
    saving,
    /** Spread on the <form>. */
    formProps: { ref: formRef, className: 'ui-form', noValidate: true, onSubmit, onKeyDown },
    runAction,
  };
}
