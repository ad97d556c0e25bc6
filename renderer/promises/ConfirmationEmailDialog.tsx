// Preview and edit one promise confirmation, then hand it to the mail app and record it on the
// timeline. The text is the office's promise confirmation template (Settings ▸ Email templates)
// filled in for this promise; edits here are for this email only.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { emailSchema } from '../../shared/common/primitives';
import { bracedLeftovers } from '../../shared/email/editable-draft';
import { confirmationMailto, fitConfirmationEmail, type FittedConfirmationEmail } from '../../shared/promises/confirmation-mailto';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { Settings } from '../../shared/settings/schema';
import type { CustomerFile } from '../customers/customer-repository';
import { invoke } from '../platform/bridge';
import { Button } from '../ui/Button';
import { useNow } from '../shell/clock';
import { Dialog } from '../ui/Dialog';
import { TextAreaField, TextField } from '../ui/fields';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { draftConfirmation, recipientOptions } from './confirmation-draft';
import { useRecordConfirmationSent } from './confirmation-queries';
import { errorMessage } from '../../shared/common/error-message';

const emailFormSchema = z.object({
  to: z.string().trim().min(1, 'Enter the address to send the confirmation to.').pipe(emailSchema),
  subject: z.string().trim().min(1, 'Write a subject.'),
  body: z.string().trim().min(1, 'Write the email text.'),
});
type EmailFormValues = z.infer<typeof emailFormSchema>;

interface Props {
  promise: PaymentPromise;
  file: CustomerFile;
  settings: Settings;
  onClose(): void;
  /** After the mail app opened and the email was recorded. */
  onSent?(): void;
}

export function ConfirmationEmailDialog({ promise, file, settings, onClose, onSent }: Props) {
  const listId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const record = useRecordConfirmationSent();
  const now = useNow();
  const [initial] = useState(() => draftConfirmation(promise, file, settings, now));
  // What the latest draft could not fill in, and where to add it for next time.
  const [missing, setMissing] = useState(initial.missing);
  const [formError, setFormError] = useState<string | null>(null);
  // Set once the mail app has opened, so a failed recording is retried without opening it again.
  const [opened, setOpened] = useState<FittedConfirmationEmail | null>(null);
  const textEdited = useRef(false);
  const recipients = recipientOptions(promise, file);

  const { register, handleSubmit, watch, setValue, setError, formState } = useForm<EmailFormValues>({
    resolver: zodResolver(emailFormSchema),
    defaultValues: { to: initial.to ?? '', subject: initial.subject, body: initial.body },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = formState;
  const [to, subject, body] = watch(['to', 'subject', 'body']);

  // Choosing another contact's address re-greets that contact, unless the user has edited the text.
  const onToChange = (value: string) => {
    if (textEdited.current || !recipients.some((r) => r.email.toLowerCase() === value.trim().toLowerCase())) return;
    const redrafted = draftConfirmation(promise, file, settings, now, value);
    setValue('subject', redrafted.subject);
    setValue('body', redrafted.body);
    setMissing(redrafted.missing);
  };
  const markEdited = () => {
    textEdited.current = true;
  };

  const unfilled = bracedLeftovers(`${subject}\n${body}`);
  const stillMissing = missing.filter((m) => unfilled.includes(m.field));
  let shortened = false;
  try {
    shortened = fitConfirmationEmail({ to, subject, body }).shortened;
  } catch {
    // An address too long for any link: the submit reports it on the To field.
  }

  const send = async (values: EmailFormValues) => {
    setFormError(null);
    let sent = opened;
    if (!sent) {
      let url: string;
      try {
        sent = fitConfirmationEmail(values);
        url = confirmationMailto(values);
      } catch (error) {
        setError('to', { type: 'manual', message: errorMessage(error) });
        focusFirstError();
        return;
      }
      try {
        await invoke('shell:open-external', { url });
      } catch (error) {
        setFormError(`Your mail app was not opened: ${errorMessage(error)}`);
        focusFirstError();
        return;
      }
      setOpened(sent);
    }
    try {
      await record.mutateAsync({
        customerId: file.customer.id,
        promiseId: promise.id,
        to: sent.to,
        subject: sent.subject,
        body: sent.body,
      });
    } catch (error) {
      setFormError(
        `Your mail app was opened, but the email was not recorded on the timeline: ${errorMessage(error)} ` +
          'Choose “Record on timeline” to try again (the mail app will not open again).',
      );
      focusFirstError();
      return;
    }
    onSent?.();
    onClose();
  };

  const bodyHints = [
    unfilled.length > 0 ? `Still to fill in: ${unfilled.map((n) => `{${n}}`).join(', ')}. Replace it here.` : '',
    ...new Set(stillMissing.map((m) => `For next time: ${m.whenMissing}`)),
    shortened ? 'This is too long for a mail link: the end will be cut and the email will say the details follow.' : '',
  ].filter(Boolean);

  return (
    <Dialog title="Email confirmation" wide onClose={onClose} hasUnsavedInput={formState.isDirty && !opened}>
      <form
        ref={formRef}
        className="ui-form"
        aria-label="Confirmation email"
        noValidate
        onSubmit={(event) => void handleSubmit(send, focusFirstError)(event)}
      >
        <FormErrorBanner message={formError} />
        <TextField
          label="To"
          type="email"
          required
          list={recipients.length > 0 ? listId : undefined}
          autoComplete="off"
          readOnly={opened !== null}
          hint={
            recipients.length > 0
              ? `On file: ${recipients.map((r) => `${r.contactName} <${r.email}>`).join(', ')}`
              : 'No contact on this file has an email address: type the address here.'
          }
          error={errors.to?.message}
          {...register('to', { onChange: (e: { target: { value: string } }) => onToChange(e.target.value) })}
        />
        {recipients.length > 0 && (
          <datalist id={listId}>
            {recipients.map((r) => (
              <option key={r.email} value={r.email}>
                {r.contactName}
              </option>
            ))}
          </datalist>
        )}
        <TextField
          label="Subject"
          required
          readOnly={opened !== null}
          error={errors.subject?.message}
          {...register('subject', { onChange: markEdited })}
        />
        <TextAreaField
          label="Email text"
          required
          rows={14}
          readOnly={opened !== null}
          hint={bodyHints.length > 0 ? bodyHints.join(' ') : undefined}
          error={errors.body?.message}
          {...register('body', { onChange: markEdited })}
        />
        <div className="ui-form-actions">
          <p className="ui-form-actions__start muted small">Your mail app opens with this email; you send it from there.</p>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={isSubmitting}>
            {opened ? 'Record on timeline' : 'Open in mail app'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
