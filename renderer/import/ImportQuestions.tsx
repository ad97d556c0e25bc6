// What the file cannot say by itself: the order of its dates when every one reads both ways,
// whether it lists every open invoice, and which columns are still missing.
import { useEffect, useRef } from 'react';
import type { DateOrder, ImportScope, InterpretQuestion } from '../../shared/import/model';
import { importFieldLabels } from './import-wording';

interface Props {
  dateQuestion: Extract<InterpretQuestion, { kind: 'date-order' }> | null;
  dateOrder: DateOrder | undefined;
  missingFields: InterpretQuestion[];
  showScope: boolean;
  scope: ImportScope;
  onDateOrder(order: DateOrder): void;
  onScope(scope: ImportScope): void;
}

export function ImportQuestions({ dateQuestion, dateOrder, missingFields, showScope, scope, onDateOrder, onScope }: Props) {
  const missing = missingFields.flatMap((q) => (q.kind === 'missing-field' ? q.fields : []));
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The preview came back with questions: take the user to them.
  const asked = missing.length > 0 || dateQuestion !== null;
  const askedKey = `${missing.join()}|${dateQuestion?.column ?? ''}`;
  useEffect(() => {
    if (asked) headingRef.current?.focus();
  }, [asked, askedKey]);
  return (
    <section className="card import-questions" aria-labelledby="import-questions-heading">
      <h2 id="import-questions-heading" ref={headingRef} tabIndex={-1}>
        Before the preview
      </h2>
      {missing.length > 0 && (
        <p role="alert" className="ui-form-error">
          Choose the column for {missing.map((field) => importFieldLabels[field]).join(', ')}: the file cannot be read without it.
        </p>
      )}
      {dateQuestion && (
        <fieldset className="import-choice">
          <legend>How are the dates in “{dateQuestion.column}” written?</legend>
          <p className="muted">Every date there can be read both ways, for example {dateQuestion.samples.slice(0, 3).join(', ')}.</p>
          <label>
            <input type="radio" name="import-date-order" checked={dateOrder === 'mdy'} onChange={() => onDateOrder('mdy')} />
            Month first (11/05/2026 = 5 Nov)
          </label>
          <label>
            <input type="radio" name="import-date-order" checked={dateOrder === 'dmy'} onChange={() => onDateOrder('dmy')} />
            Day first (11/05/2026 = 11 May)
          </label>
        </fieldset>
      )}
      {showScope && (
        <fieldset className="import-choice">
          <legend>What does this file list?</legend>
          <label>
            <input type="radio" name="import-scope" checked={scope === 'full'} onChange={() => onScope('full')} />
            Every open invoice (an aging or open invoices report): invoices not in it were paid or closed in the books
          </label>
          <label>
            <input type="radio" name="import-scope" checked={scope === 'some'} onChange={() => onScope('some')} />
            Only some invoices: leave the others as they are
          </label>
        </fieldset>
      )}
    </section>
  );
}
