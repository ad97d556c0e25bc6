// The preview and the one button that writes: "Import 42 invoices".
import type { ImportPlan } from '../../shared/import/model';
import { plural } from '../../shared/wording/plural';
import { Button } from '../ui/Button';
import { ImportPreview } from './ImportPreview';
import type { ApplyState } from './use-apply-import';
import type { Review } from './use-import-flow';

interface Props {
  review: Review;
  plan: ImportPlan;
  locale: string;
  takeFromFile: ReadonlySet<string>;
  applying: ApplyState['step'];
  onTakeFromFile(id: string, take: boolean): void;
  onBack(): void;
  onImport(): void;
}

/** True when applying the plan would write anything at all. */
export function planChangesAnything(plan: ImportPlan, takeFromFile: ReadonlySet<string>): boolean {
  const writes = plan.writes;
  return (
    plan.changedCustomerIds.length > 0 ||
    plan.newCustomers.length > 0 ||
    plan.newInvoices.length > 0 ||
    plan.changedInvoices.length > 0 ||
    plan.closedInvoices.length > 0 ||
    plan.reopenedInvoices.length > 0 ||
    takeFromFile.size > 0 ||
    (writes !== undefined && (writes.customerIdentities.length > 0 || writes.invoiceIdentities.length > 0 || writes.detailsAdded.length > 0))
  );
}

export function importButtonLabel(plan: ImportPlan, content: 'invoices' | 'customers', locale: string): string {
  if (content === 'customers') {
    return `Import ${plural(plan.newCustomers.length + plan.changedCustomerIds.filter((id) => !plan.newCustomers.some((c) => c.id === id)).length, 'customer', 'customers', locale)}`;
  }
  const changed = plan.changedInvoices.length + plan.reopenedInvoices.length;
  const closed = plan.closedInvoices.length;
  // A first import only adds: say how many invoices come in. A re-import mostly updates what is
  // there: say what it will do, so "20 invoices" is never read as 20 new ones.
  if (changed + closed + plan.unchangedCount === 0) return `Import ${plural(plan.newInvoices.length, 'invoice', 'invoices', locale)}`;
  const parts = [
    plan.newInvoices.length > 0 && `${plan.newInvoices.length} new`,
    changed > 0 && `${changed} changed`,
    closed > 0 && `${closed} closed`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? `Apply changes: ${parts.join(', ')}` : 'Apply changes';
}

export function PreviewStep({ review, plan, locale, takeFromFile, applying, onTakeFromFile, onBack, onImport }: Props) {
  const changes = planChangesAnything(plan, takeFromFile);
  const busy = applying === 'saving-safety-copy' || applying === 'importing';
  return (
    <>
      <p className="muted import-preview-of">
        {review.analysis.preset?.name ?? 'Columns chosen by hand'} · {review.analysis.fileName} ·{' '}
        {review.scope === 'full' ? 'every open invoice' : 'only some invoices'}
      </p>
      <ImportPreview plan={plan} locale={locale} takeFromFile={takeFromFile} onTakeFromFile={onTakeFromFile} />
      {!changes && (
        <p role="status" className="import-nothing">
          Nothing to change: Call Desk already has everything as this file has it.
        </p>
      )}
      {busy && (
        <p role="status">{applying === 'saving-safety-copy' ? 'Saving a copy of your current data…' : 'Importing…'}</p>
      )}
      <div className="import-actions import-sticky-actions">
        <Button onClick={onBack} disabled={busy}>
          Back to the columns
        </Button>
        <Button variant="primary" onClick={onImport} disabled={busy || !changes}>
          {importButtonLabel(plan, review.options.content, locale)}
        </Button>
      </div>
    </>
  );
}
