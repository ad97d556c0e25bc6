// The live preview while a template is edited (an e-mail or a letter): an account the user
// chooses (found by name, number or phone, as in the customer list) is read, and the template's
// own preview is drawn with it. Each value the account lacks is said with where to add it.
import { useState, type ReactNode } from 'react';
import { customerDisplayName } from '../../shared/customers/schema';
import type { Settings } from '../../shared/settings/schema';
import type { MissingValue } from '../../shared/templates';
import type { CustomerFile } from '../customers/customer-repository';
import { useCustomerFile, useCustomerSearch } from '../customers/queries';
import { SelectField, TextField } from '../ui/fields';
import './not-ready.css';
import './template-wording.css';

interface Props {
  settings: Settings;
  /** The wording written out for the chosen account. */
  children(file: CustomerFile): ReactNode;
}

export function TemplatePreview({ settings, children }: Props) {
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
        <AccountPreview customerId={customerId}>{children}</AccountPreview>
      ) : (
        <p className="muted">{found.isPending ? 'Looking for accounts…' : 'No account matches: the preview needs one.'}</p>
      )}
    </div>
  );
}

function AccountPreview({ customerId, children }: { customerId: string; children(file: CustomerFile): ReactNode }) {
  const file = useCustomerFile(customerId);
  if (file.isError) return <p className="ui-form-error">This account could not be read: {String(file.error)}</p>;
  if (!file.data) return <p className="muted">{file.isPending ? 'Reading the account…' : 'This account is no longer on file.'}</p>;
  return <>{children(file.data)}</>;
}

interface MissingProps {
  /** Every value the wording needs and the account lacks. */
  missing: readonly MissingValue[];
  /** What cannot happen until they are added: "the email cannot be sent to it". */
  consequence: string;
  /** The values typed in each time (a final notice's step), said apart: they are not missing from the account. */
  typedWhen?: { fields: (field: string) => boolean; when: string };
}

/** What the chosen account lacks for this wording, or that every value is on file. */
export function MissingForAccount({ missing, consequence, typedWhen }: MissingProps) {
  const typed = typedWhen ? missing.filter((m) => typedWhen.fields(m.field)) : [];
  const lacking = missing.filter((m) => !typed.includes(m));
  return (
    <>
      {typed.length > 0 && (
        <p className="muted small">
          {typed.map((m) => m.label).join(' and ')}: {typedWhen?.when}
        </p>
      )}
      {lacking.length > 0 ? (
        <div className="template-not-ready" role="status">
          <p>Missing for this account ({consequence} until they are added):</p>
          <ul aria-label="Missing for this account">
            {lacking.map((m) => (
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
