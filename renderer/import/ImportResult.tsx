// After the import: what it did, and a link to each account it changed.
import { useEffect, useRef } from 'react';
import type { ImportRecord } from '../../shared/import/import-history';
import type { ImportPlan } from '../../shared/import/model';
import { routes } from '../app/router';
import { Button } from '../ui/Button';
import { countsText } from './import-counts';

const linkedAccounts = 100;

/** Customer id → name, from everything the plan names. */
function accountNames(plan: ImportPlan): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of plan.newCustomers) names.set(c.id, c.book.name);
  for (const i of [...plan.newInvoices, ...plan.changedInvoices, ...plan.closedInvoices, ...plan.reopenedInvoices]) names.set(i.customerId, i.customerName);
  for (const c of plan.credits) names.set(c.customerId, c.customerName);
  for (const d of plan.contactDifferences) names.set(d.customerId, d.customerName);
  return names;
}

interface Props {
  record: ImportRecord;
  /** The backup of the data as it was just before, in the backups folder. */
  safetyCopy: string;
  plan: ImportPlan;
  locale: string;
  onAnother(): void;
}

export function ImportResult({ record, safetyCopy, plan, locale, onAnother }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const names = accountNames(plan);
  const accounts = plan.changedCustomerIds
    .map((id) => ({ id, name: names.get(id) ?? id }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <section className="card import-result" aria-labelledby="import-result-heading">
      <h2 id="import-result-heading" ref={headingRef} tabIndex={-1}>
        Imported {record.fileName}
      </h2>
      <p role="status">{countsText(record.counts, locale)}.</p>
      <p className="muted">
        A copy of your data from just before the import is in the backups folder ({safetyCopy}), listed in Settings → Backups as
        “Before import”. Undo last import, below, takes this import back.
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
