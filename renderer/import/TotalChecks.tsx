// The file's own TOTAL row against the sum of the rows read: a match is said plainly, a mismatch
// stands out (a row was skipped, or the report was cut short).
import type { TotalCheck } from '../../shared/import/model';
import { formatMoney } from '../../shared/money/money';

export function TotalChecks({ checks, locale }: { checks: readonly TotalCheck[]; locale: string }) {
  if (checks.length === 0) return <p className="muted">The file has no total row to check the amounts against.</p>;
  return (
    <>
      {checks.map((check) => {
        const file = formatMoney(check.fileTotal.amountMinor, check.fileTotal.currency, locale);
        const read = formatMoney(check.readTotal.amountMinor, check.readTotal.currency, locale);
        return check.matches ? (
          <p key={check.rowNumber} className="import-total ok">
            The file’s total row says {file}; the rows add up to {read}.
          </p>
        ) : (
          <p key={check.rowNumber} className="import-total mismatch" role="alert">
            The file’s total row (row {check.rowNumber}) says {file}, but the rows read add up to {read}. Check the skipped rows before
            importing.
          </p>
        );
      })}
    </>
  );
}
