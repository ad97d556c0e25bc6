// The preview and the one button that writes: "Import 42 invoices".
import { plural } from '../../shared/wording/plural';
import { Button } from '../ui/Button';
import { ImportPreview } from './ImportPreview';
import type { PlanPreview } from './import-worker-protocol';
import type { ApplyState } from './use-apply-import';
import type { Review } from './use-import-flow';

interface Props {
  review: Review;
  plan: PlanPreview;
  locale: string;
  takeFromFile: ReadonlySet<string>;
  applying: ApplyState;
  onTakeFromFile(id: string, take: boolean): void;
  onBack(): void;
  /** Applies the plan; its own failures are shown by the import flow, so it never rejects. */
  onImport(): Promise<void>;
}

/** True when applying the plan would write anything at all. */
export function planChangesAnything(plan: PlanPreview, takeFromFile: ReadonlySet<string>): boolean {
  const counts = plan.counts;
  return (
    counts.changedCustomers > 0 ||
    counts.newCustomers > 0 ||
    counts.newInvoices > 0 ||
    counts.changedInvoices > 0 ||
    counts.closedInvoices > 0 ||
    counts.reopenedInvoices > 0 ||
    takeFromFile.size > 0 ||
    counts.unlistedWrites > 0
  );
}

/** Counts from plan.counts: the plan's lists are cut to what the preview shows. */
export function importButtonLabel(plan: PlanPreview, content: 'invoices' | 'customers', locale: string): string {
  const counts = plan.counts;
  if (content === 'customers')
    return `Import ${plural(counts.newCustomers + counts.changedStoredCustomers, 'customer', 'customers', locale)}`;
  const changed = counts.changedInvoices + counts.reopenedInvoices;
  const closed = counts.closedInvoices;
  // A first import only adds: say how many invoices come in. A re-import mostly updates what is
  // there: say what it will do, so "20 invoices" is never read as 20 new ones.
  if (changed + closed + plan.unchangedCount === 0) return `Import ${plural(counts.newInvoices, 'invoice', 'invoices', locale)}`;
  const parts = [
    counts.newInvoices > 0 && `${counts.newInvoices} new`,
    changed > 0 && `${changed} changed`,
    closed > 0 && `${closed} closed`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? `Apply changes: ${parts.join(', ')}` : 'Apply changes';
}

export function PreviewStep({ review, plan, locale, takeFromFile, applying, onTakeFromFile, onBack, onImport }: Props) {
  const changes = planChangesAnything(plan, takeFromFile);
  const busy = applying.step === 'saving-safety-copy' || applying.step === 'importing';
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
      {applying.step === 'saving-safety-copy' && <p role="status">Saving a copy of your current data…</p>}
      {applying.step === 'importing' && (
        <>
          <p role="status">Importing… {Math.round(applying.fraction * 100)}%</p>
          <progress aria-label="Importing" max={100} value={Math.round(applying.fraction * 100)} />
        </>
      )}
      <div className="import-actions import-sticky-actions">
        <Button onClick={onBack} disabled={busy}>
          Back to the columns
        </Button>
        <Button variant="primary" onClick={() => void onImport()} disabled={busy || !changes}>
          {importButtonLabel(plan, review.options.content, locale)}
        </Button>
      </div>
    </>
  );
}
