// An e-mail template's wording written out for the account chosen in the preview, exactly as
// "Email…" will write it: the account's figures marked, and what it lacks said with where to add it.
import { useMemo } from 'react';
import type { EmailTemplate } from '../../shared/email/templates';
import type { EmailWording } from '../../shared/settings/email-templates-setting';
import type { Settings } from '../../shared/settings/schema';
import { previewTemplate, type MissingValue } from '../../shared/templates';
import type { CustomerFile } from '../customers/customer-repository';
import { draftEmail, recipientChoice } from '../email/email-draft';
import { EmailPreview } from '../email/EmailPreview';
import { useNow } from '../shell/clock';
import { MissingForAccount } from '../templates/TemplatePreview';

interface Props {
  file: CustomerFile;
  template: EmailTemplate;
  wording: EmailWording;
  settings: Settings;
}

export function EmailWordingPreview({ file, template, wording, settings }: Props) {
  const now = useNow();
  const recipient = useMemo(() => recipientChoice(file.contacts).recipients[0] ?? null, [file.contacts]);
  // The decided step of a final notice is typed when the email is sent, so it is missing here.
  const { context } = draftEmail({ template, file, settings, now, recipient, nextStep: { action: '', date: '' } });
  const subject = previewTemplate(wording.subject, context, 'email');
  const body = previewTemplate(wording.body, context, 'email');
  const missing = [...new Map<string, MissingValue>([...subject.missing, ...body.missing].map((m) => [m.field, m])).values()];
  return (
    <>
      <EmailPreview subject={subject.segments} body={body.segments} />
      <MissingForAccount
        missing={missing}
        consequence="the email cannot be sent to it"
        typedWhen={
          template.asksNextStep
            ? { fields: (field) => field.startsWith('nextStep.'), when: 'typed in for each account when the email is sent.' }
            : undefined
        }
      />
    </>
  );
}
