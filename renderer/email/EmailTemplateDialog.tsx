// "Email…" on the customer file: pick a template (in the office's wording from Settings ▸ Email
// templates, else the built-in one) and a recipient, read the email as the customer will, then
// hand it to the mail app through main and record it on the timeline.
// The text comes only from the template engine: while anything is missing the dialog says what
// and where to add it, and the email cannot be opened.
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { addDays } from '../../shared/dates/calendar';
import { errorMessage } from '../../shared/common/error-message';
import { mailtoLink, type FittedEmail } from '../../shared/email/mailto';
import { templateFits } from '../../shared/email/compose';
import { emailTemplatesInUse, type EmailTemplateInUse } from '../../shared/email/templates-in-use';
import type { Settings } from '../../shared/settings/schema';
import { previewTemplate } from '../../shared/templates';
import type { CustomerFile } from '../customers/customer-repository';
import { invoke } from '../platform/bridge';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { DateField, SelectField, TextField } from '../ui/fields';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { draftEmail, recipientChoice, type DraftInput } from './email-draft';
import { useRecordEmailSent } from './email-queries';
import { EmailNotReady, EmailPreview } from './EmailPreview';
import './email.css';

interface Props {
  file: CustomerFile;
  settings: Settings;
  now: Date;
  onClose(): void;
}

/** What was handed to the mail app, kept so a failed recording is retried without opening it again. */
interface OpenedEmail extends FittedEmail {
  templateName: string;
  promiseId: string | null;
}

export function EmailTemplateDialog({ file, settings, now, onClose }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const notReadyId = useId();
  const record = useRecordEmailSent();
  const { recipients, withheld } = useMemo(() => recipientChoice(file.contacts), [file.contacts]);
  const templates = useMemo(() => emailTemplatesInUse(settings.emailTemplates), [settings.emailTemplates]);
  const [templateId, setTemplateId] = useState(() => firstFittingTemplateId(templates, file, settings, now, recipients[0] ?? null));
  const [recipientKey, setRecipientKey] = useState(recipients[0]?.key ?? '');
  const [nextStep, setNextStep] = useState({ action: '', date: '' });
  const [opened, setOpened] = useState<OpenedEmail | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const template = templates.find((t) => t.id === templateId) ?? firstTemplate(templates);
  const recipient = recipients.find((r) => r.key === recipientKey) ?? null;
  const draft = draftEmail({ template, file, settings, now, recipient, nextStep });
  const ready = draft.composed.ok;
  const locked = opened !== null || busy;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || (!opened && !ready)) return;
    setFormError(null);
    setBusy(true);
    try {
      let sent = opened;
      if (!sent) {
        if (!draft.composed.ok) return;
        const email = draft.composed.value;
        try {
          await invoke('shell:open-external', { url: mailtoLink(email) });
        } catch (error) {
          setFormError(`Your mail app was not opened: ${errorMessage(error)}`);
          focusFirstError();
          return;
        }
        sent = { ...email, templateName: template.name, promiseId: draft.promiseId };
        setOpened(sent);
      }
      try {
        await record.mutateAsync({ customerId: file.customer.id, ...sent });
      } catch (error) {
        setFormError(
          `Your mail app was opened, but the email was not recorded on the timeline: ${errorMessage(error)} ` +
            'Choose “Record on timeline” to try again (the mail app will not open again).',
        );
        focusFirstError();
        return;
      }
      onClose();
    } finally {
      setBusy(false);
    }
  };

  const subject = previewTemplate(template.subject, draft.context, 'email').segments;
  const body = previewTemplate(template.body, draft.context, 'email').segments;
  const typedNextStep = template.asksNextStep && (nextStep.action.trim() !== '' || nextStep.date !== '');

  return (
    <Dialog title="Email" wide onClose={onClose} hasUnsavedInput={typedNextStep && !opened}>
      <form ref={formRef} className="ui-form email-dialog" aria-label="Email from a template" noValidate onSubmit={(e) => void send(e)}>
        <FormErrorBanner message={formError} />
        <div className="ui-form-grid">
          <SelectField
            label="Template"
            value={template.id}
            disabled={locked}
            hint={template.description}
            options={templates.map((t) => ({ value: t.id, label: t.name }))}
            onChange={(e) => setTemplateId(e.target.value)}
          />
          {recipients.length > 0 ? (
            <SelectField
              label="To"
              value={recipientKey}
              disabled={locked}
              hint={withheld.length > 0 ? `Not listed, as they asked not to be contacted: ${withheld.join(', ')}.` : undefined}
              options={recipients.map((r) => ({ value: r.key, label: `${r.contactName}${r.role ? `, ${r.role}` : ''} <${r.email}>` }))}
              onChange={(e) => setRecipientKey(e.target.value)}
            />
          ) : (
            <p className="muted small">No contact on this file has an email address we may use.</p>
          )}
        </div>
        {template.asksNextStep && (
          <fieldset className="ui-section email-next-step" disabled={locked}>
            <legend>The next step your business has decided</legend>
            <div className="ui-form-grid">
              <TextField
                label="We will"
                required
                maxLength={200}
                value={nextStep.action}
                hint="Only a step that is decided and will be taken, e.g. pass the account to our collection agency."
                onChange={(e) => setNextStep((s) => ({ ...s, action: e.target.value }))}
              />
              <DateField
                label="If not settled by"
                required
                min={addDays(draft.context.today, 1)}
                value={nextStep.date}
                hint="The last day to pay, or agree a way to pay, before that step."
                onChange={(e) => setNextStep((s) => ({ ...s, date: e.target.value }))}
              />
            </div>
          </fieldset>
        )}
        <EmailPreview subject={subject} body={body} />
        {!draft.composed.ok && <EmailNotReady id={notReadyId} refusal={draft.composed} />}
        {draft.composed.ok && draft.composed.value.shortened && (
          <p className="muted small">Too long for a mail link: the end will be cut and the email will say the details follow.</p>
        )}
        <div className="ui-form-actions">
          <p className="ui-form-actions__start muted small">Your mail app opens with this email; you send it from there.</p>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            variant="primary"
            disabled={!ready && !opened}
            aria-disabled={busy || undefined}
            aria-describedby={ready ? undefined : notReadyId}
          >
            {opened ? 'Record on timeline' : 'Open in mail app'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function firstTemplate(templates: readonly EmailTemplateInUse[]): EmailTemplateInUse {
  const first = templates[0];
  if (!first) throw new Error('There are no email templates.');
  return first;
}

/** The first template (in the picker's order) that tells the truth about this account. */
function firstFittingTemplateId(
  templates: readonly EmailTemplateInUse[],
  file: CustomerFile,
  settings: Settings,
  now: Date,
  recipient: DraftInput['recipient'],
): string {
  const fitting = templates.find((template) => {
    const { context } = draftEmail({ template, file, settings, now, recipient, nextStep: { action: '', date: '' } });
    return templateFits(template, context);
  });
  return (fitting ?? firstTemplate(templates)).id;
}
