// After the import: what it did, and a link to each account it changed.
import { useEffect, useRef } from 'react';
import { routes } from '../shell/router';
import { Button } from '../ui/Button';
import { countsText } from './import-counts';
import type { AppliedImport } from './import-worker-protocol';

const linkedAccounts = 100;

interface Props {
  applied: AppliedImport;
  /** The backup of the data as it was just before, in the backups folder. */
  safetyCopy: string;
  locale: string;
  onAnother(): void;
}

export function ImportResult({ applied, safetyCopy, locale, onAnother }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const collator = new Intl.Collator(locale);
  const accounts = [...applied.changedAccounts].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <section className="card import-result" aria-labelledby="import-result-heading">
      <h2 id="import-result-heading" ref={headingRef} tabIndex={-1}>
        Imported {applied.fileName}
      </h2>
      <p role="status">{countsText(applied.counts, locale)}.</p>
      <p className="muted">
        A copy of your data from just before the import is in the backups folder ({safetyCopy}), listed in Settings → Backups as “Before
        import”. Undo last import, below, takes this import back.
      </p>
      {accounts.length > 0 && (
        <>
          <h3>Accounts changed</h3>
          <ul className="import-result-accounts">
            {accounts.slice(0, linkedAccounts).map((account) => (
              <li key={account.id}>
                <a href={routes.customer(account.id)}>{account.name}</a>
              </li>
            ))}
          </ul>
          {accounts.length > linkedAccounts && <p className="muted">…and {accounts.length - linkedAccounts} more, in the customer list.</p>}
        </>
      )}
      <div className="import-actions">
        <a className="button primary" href={routes.customers()}>
          Go to the customer list
        </a>
        <Button onClick={onAnother}>Import another file</Button>
      </div>
    </section>
  );
}
