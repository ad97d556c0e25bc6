// The live preview while a template is edited: the wording written out for an account the user
// chooses (found by name, number or phone, as in the customer list), the account's figures marked
// and each value it lacks said with where to add it, exactly as "Email…" will write it.
import { useMemo, useState } from 'react';
import { customerDisplayName } from '../../shared/customers/schema';
import type { EmailTemplate } from '../../shared/email/templates';
import type { EmailWording } from '../../shared/settings/email-templates-setting';
import type { Settings } from '../../shared/settings/schema';
import { previewTemplate, type MissingValue } from '../../shared/templates';
import type { CustomerFile } from '../customers/customer-repository';
import { useCustomerFile, useCustomerSearch } from '../customers/queries';
import { draftEmail, recipientChoice } from '../email/email-draft';
import '../templates/not-ready.css';
import { EmailPreview } from '../email/EmailPreview';
import { useNow } from '../shell/clock';
import { SelectField, TextField } from '../ui/fields';

interface Props {
  template: EmailTemplate;
  wording: EmailWording;
  settings: Settings;
}

export function TemplatePreview({ template, wording, settings }: Props) {
  const [query, setQuery] = useState('');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const found = useCustomerSearch(query.trim(), settings.defaultCountry, 20);
  const accounts = found.data ?? [];
  const customerId = chosenId !== null && accounts.some((c) => c.id === chosenId) ? chosenId : (accounts[0]?.id ?? null);

  return (
    <div className="template-preview" role="group" aria-label="Preview on an account">
      <div className="ui-form-grid">
        <TextField label="Find an account" type="search" value={query} autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
        <SelectField
          label="Preview on"
          value={customerId ?? ''}
          disabled={accounts.length === 0}
          options={accounts.map((c) => ({ value: c.id, label: customerDisplayName(c) }))}
          onChange={(e) => setChosenId(e.target.value)}
        />
      </div>
      {customerId ? (
        <AccountPreview customerId={customerId} template={template} wording={wording} settings={settings} />
      ) : (
        <p className="muted">{found.isPending ? 'Looking for accounts…' : 'No account matches: the preview needs one.'}</p>
      )}
    </div>
  );
}

function AccountPreview({ customerId, ...rest }: Props & { customerId: string }) {
  const file = useCustomerFile(customerId);
  if (file.isError) return <p className="ui-form-error">This account could not be read: {String(file.error)}</p>;
  if (!file.data) return <p className="muted">{file.isPending ? 'Reading the account…' : 'This account is no longer on file.'}</p>;
  return <FilledPreview file={file.data} {...rest} />;
}

function FilledPreview({ file, template, wording, settings }: Props & { file: CustomerFile }) {
  const now = useNow();
  const recipient = useMemo(() => recipientChoice(file.contacts).recipients[0] ?? null, [file.contacts]);
  // The decided step of a final notice is typed when the email is sent, so it is missing here.
  const { context } = draftEmail({ template, file, settings, now, recipient, nextStep: { action: '', date: '' } });
  const subject = previewTemplate(wording.subject, context, 'email');
  const body = previewTemplate(wording.body, context, 'email');
  const all = [...new Map<string, MissingValue>([...subject.missing, ...body.missing].map((m) => [m.field, m])).values()];
  const typedWhenSent = template.asksNextStep ? all.filter((m) => m.field.startsWith('nextStep.')) : [];
  const missing = all.filter((m) => !typedWhenSent.includes(m));
  return (
    <>
      <EmailPreview subject={subject.segments} body={body.segments} />
      {typedWhenSent.length > 0 && (
        <p className="muted small">{typedWhenSent.map((m) => m.label).join(' and ')}: typed in for each account when the email is sent.</p>
      )}
      {missing.length > 0 ? (
        <div className="template-not-ready" role="status">
          <p>Missing for this account (the email cannot be sent to it until they are added):</p>
          <ul aria-label="Missing for this account">
            {missing.map((m) => (
              <li key={m.field}>
                {m.label}: {m.whenMissing}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted small" role="status">
          Every value is on file for this account.
        </p>
      )}
    </>
  );
}
