// The accounts offered for export, each with a checkbox, and one to select every account shown.
import { useEffect, useRef } from 'react';
import { daysBetween } from '../../shared/dates/calendar';
import { formatCurrencyTotals } from '../../shared/money/currency-totals';
import type { ExportCandidate } from './export-candidates';
import { plural } from '../../shared/wording/plural';

interface Props {
  rows: readonly ExportCandidate[];
  selected: ReadonlySet<string>;
  today: string;
  /** The office currency: writes a zero balance (it has no currency of its own). */
  currency: string;
  locale: string;
  disabled: boolean;
  onToggle(customerId: string, on: boolean): void;
  onToggleAll(on: boolean): void;
}

export function ExportCandidatesTable({ rows, selected, today, currency, locale, disabled, onToggle, onToggleAll }: Props) {
  const allRef = useRef<HTMLInputElement>(null);
  const chosen = rows.filter((r) => selected.has(r.customerId)).length;
  const all = rows.length > 0 && chosen === rows.length;
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = chosen > 0 && !all;
  }, [chosen, all]);

  return (
    <table className="data export-table">
      <caption className="visually-hidden">Accounts to export</caption>
      <thead>
        <tr>
          <th scope="col" className="select-cell">
            <input
              ref={allRef}
              type="checkbox"
              aria-label="Select all shown"
              checked={all}
              disabled={disabled || rows.length === 0}
              onChange={(e) => onToggleAll(e.target.checked)}
            />
          </th>
          <th scope="col">Account</th>
          <th scope="col" className="num">
            Balance
          </th>
          <th scope="col">Oldest unpaid</th>
          <th scope="col">Agency</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const late = row.oldestOpenDueDate ? daysBetween(row.oldestOpenDueDate, today) : 0;
          return (
            <tr key={row.customerId}>
              <td className="select-cell">
                <input
                  type="checkbox"
                  aria-label={`Select ${row.legalName}`}
                  checked={selected.has(row.customerId)}
                  disabled={disabled}
                  onChange={(e) => onToggle(row.customerId, e.target.checked)}
                />
              </td>
              <th scope="row">
                <a href={`#/customers/${encodeURIComponent(row.customerId)}`}>{row.legalName}</a>
                {row.accountNumber && <span className="muted small"> · {row.accountNumber}</span>}
              </th>
              <td className="num">{formatCurrencyTotals(row.openBalances, locale, currency)}</td>
              <td>{late > 0 ? `${plural(late, 'day', 'days', locale)} past due` : <span className="muted">—</span>}</td>
              <td>{row.agencyName ?? <span className="muted">—</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
