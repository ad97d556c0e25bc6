// Labelled form fields. Each one wires its label, hint and error to the control (htmlFor,
// aria-describedby, aria-invalid) and passes everything else, including react-hook-form's
// `register(...)` props and React 19's `ref` prop, straight to the native element.
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import './ui.css';

interface FieldChrome {
  label: string;
  /** The validation message, shown under the control. */
  error?: string | undefined;
  /** Extra help, shown under the control and read after the label. */
  hint?: ReactNode;
  /** Class for the wrapper (layout), not the control. */
  className?: string;
  /** Keeps the label for assistive tech only, e.g. in a table whose column header says it. */
  labelHidden?: boolean;
}

interface Wiring {
  id: string;
  hintId: string | undefined;
  errorId: string | undefined;
  control: { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
}

/** `own` is what the caller set itself: extra descriptions, or invalid because of an error shown elsewhere. */
function useWiring(
  chrome: FieldChrome,
  ownId: string | undefined,
  own: { describedBy?: string | undefined; invalid?: unknown } = {},
): Wiring {
  const generated = useId();
  const id = ownId ?? generated;
  const hintId = chrome.hint ? `${id}-hint` : undefined;
  const errorId = chrome.error ? `${id}-error` : undefined;
  const describedBy = [own.describedBy, hintId, errorId].filter(Boolean).join(' ') || undefined;
  const invalid = chrome.error || own.invalid === true || own.invalid === 'true' ? true : undefined;
  return { id, hintId, errorId, control: { id, 'aria-invalid': invalid, 'aria-describedby': describedBy } };
}

function wrapperClass(base: string, chrome: FieldChrome): string {
  return [base, chrome.error ? 'ui-field--invalid' : '', chrome.className ?? ''].filter(Boolean).join(' ');
}

function HintAndError({ chrome, wiring }: { chrome: FieldChrome; wiring: Wiring }) {
  return (
    <>
      {chrome.hint ? (
        <p id={wiring.hintId} className="ui-field__hint">
          {chrome.hint}
        </p>
      ) : null}
      {chrome.error ? (
        <p id={wiring.errorId} className="ui-field__error">
          {chrome.error}
        </p>
      ) : null}
    </>
  );
}

interface LabelProps {
  htmlFor: string;
  label: string;
  required: boolean | undefined;
  hidden?: boolean | undefined;
}

function Label({ htmlFor, label, required, hidden }: LabelProps) {
  if (hidden) {
    return (
      <label htmlFor={htmlFor} className="ui-visually-hidden">
        {label}
      </label>
    );
  }
  return (
    <span className="ui-field__label-row">
      <label htmlFor={htmlFor} className="ui-field__label">
        {label}
      </label>
      {/* Outside the label so the field's name stays exactly the label; `required` tells assistive tech. */}
      {required ? (
        <span aria-hidden="true" className="ui-field__required">
          *
        </span>
      ) : null}
    </span>
  );
}

type InputProps = Omit<ComponentPropsWithRef<'input'>, 'className'>;

export type TextFieldProps = FieldChrome & InputProps;

export function TextField({ label, error, hint, className, labelHidden, id, ...input }: TextFieldProps) {
  const chrome = { label, error, hint, className };
  const wiring = useWiring(chrome, id, { describedBy: input['aria-describedby'], invalid: input['aria-invalid'] });
  return (
    <div className={wrapperClass('ui-field', chrome)}>
      <Label htmlFor={wiring.id} label={label} required={input.required} hidden={labelHidden} />
      <input type="text" className="ui-input" {...input} {...wiring.control} />
      <HintAndError chrome={chrome} wiring={wiring} />
    </div>
  );
}

export type DateFieldProps = Omit<TextFieldProps, 'type'>;

export function DateField(props: DateFieldProps) {
  return <TextField {...props} type="date" />;
}

export type MoneyFieldProps = Omit<TextFieldProps, 'type' | 'inputMode'> & { currency: string };

/** An amount typed as text (parsed with parseMoneyInput on submit), with its currency beside it. */
export function MoneyField({ label, error, hint, className, labelHidden, id, currency, ...input }: MoneyFieldProps) {
  const chrome = { label, error, hint, className };
  const currencyId = `${useId()}-currency`;
  const wiring = useWiring(chrome, id, {
    describedBy: [input['aria-describedby'], currencyId].filter(Boolean).join(' '),
    invalid: input['aria-invalid'],
  });
  return (
    <div className={wrapperClass('ui-field ui-field--money', chrome)}>
      <Label htmlFor={wiring.id} label={label} required={input.required} hidden={labelHidden} />
      <div className="ui-affix">
        <input type="text" inputMode="decimal" autoComplete="off" className="ui-input ui-input--money" {...input} {...wiring.control} />
        <span id={currencyId} className="ui-affix__text">
          {currency}
        </span>
      </div>
      <HintAndError chrome={chrome} wiring={wiring} />
    </div>
  );
}

export type TextAreaFieldProps = FieldChrome & Omit<ComponentPropsWithRef<'textarea'>, 'className'>;

export function TextAreaField({ label, error, hint, className, labelHidden, id, rows = 3, ...textarea }: TextAreaFieldProps) {
  const chrome = { label, error, hint, className };
  const wiring = useWiring(chrome, id, { describedBy: textarea['aria-describedby'], invalid: textarea['aria-invalid'] });
  return (
    <div className={wrapperClass('ui-field', chrome)}>
      <Label htmlFor={wiring.id} label={label} required={textarea.required} hidden={labelHidden} />
      <textarea className="ui-input ui-textarea" rows={rows} {...textarea} {...wiring.control} />
      <HintAndError chrome={chrome} wiring={wiring} />
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectFieldProps = FieldChrome & Omit<ComponentPropsWithRef<'select'>, 'className'> & { options?: readonly SelectOption[] };

export function SelectField({ label, error, hint, className, labelHidden, id, options, children, ...select }: SelectFieldProps) {
  const chrome = { label, error, hint, className };
  const wiring = useWiring(chrome, id, { describedBy: select['aria-describedby'], invalid: select['aria-invalid'] });
  return (
    <div className={wrapperClass('ui-field', chrome)}>
      <Label htmlFor={wiring.id} label={label} required={select.required} hidden={labelHidden} />
      <select className="ui-input ui-select" {...select} {...wiring.control}>
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {children}
      </select>
      <HintAndError chrome={chrome} wiring={wiring} />
    </div>
  );
}

export type CheckboxFieldProps = Omit<FieldChrome, 'labelHidden'> & Omit<InputProps, 'type'>;

export function CheckboxField({ label, error, hint, className, id, ...input }: CheckboxFieldProps) {
  const chrome = { label, error, hint, className };
  const wiring = useWiring(chrome, id, { describedBy: input['aria-describedby'], invalid: input['aria-invalid'] });
  return (
    <div className={wrapperClass('ui-field ui-field--checkbox', chrome)}>
      <input type="checkbox" className="ui-checkbox" {...input} {...wiring.control} />
      <label htmlFor={wiring.id} className="ui-field__label">
        {label}
      </label>
      <HintAndError chrome={chrome} wiring={wiring} />
    </div>
  );
}

export type RadioGroupFieldProps = Omit<FieldChrome, 'labelHidden'> &
  Omit<InputProps, 'type' | 'id'> & { options: readonly SelectOption[] };

/** A fieldset of radios; spread one `register(name)` onto it and every radio gets it. */
export function RadioGroupField({ label, error, hint, className, options, ...input }: RadioGroupFieldProps) {
  const chrome = { label, error, hint, className };
  const wiring = useWiring(chrome, undefined);
  return (
    <fieldset
      className={wrapperClass('ui-field ui-radio-group', chrome)}
      aria-invalid={wiring.control['aria-invalid']}
      aria-describedby={wiring.control['aria-describedby']}
    >
      <legend className="ui-field__label">{label}</legend>
      <div className="ui-radio-group__options">
        {options.map((o) => (
          <label key={o.value} className="ui-radio">
            <input type="radio" {...input} value={o.value} />
            {o.label}
          </label>
        ))}
      </div>
      <HintAndError chrome={chrome} wiring={wiring} />
    </fieldset>
  );
}
