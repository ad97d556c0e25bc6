// After a failed submit, move focus to the first invalid field in document order (or to the
// form's error banner when only the form as a whole failed). react-hook-form's own focusing
// follows registration order, which puts fields added later (address rows) in the wrong place.
import { useLayoutEffect, useRef, type RefObject } from 'react';

const focusable = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

export function useFocusFirstError(formRef: RefObject<HTMLElement | null>): () => void {
  const pending = useRef(false);

  // Runs after every commit; it acts only on the render that follows a requested focus. A
  // layout effect, so the focus moves in the same commit that shows the errors.
  useLayoutEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    const form = formRef.current;
    if (!form) return;
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = invalid
      ? invalid.matches(focusable)
        ? invalid
        : invalid.querySelector<HTMLElement>(focusable)
      : form.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  });

  return () => {
    pending.current = true;
  };
}
