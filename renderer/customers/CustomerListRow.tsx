import { memo } from 'react';
import { daysBetween } from '../../shared/dates/calendar';
import { localTimeIn } from '../../shared/dates/time-zones';
import { clockLabel, localMinutes } from '../../shared/contact-rules/calling-window';
import { formatMoney } from '../../shared/money/money';
import { formatPhone } from '../../shared/phone/phone';
import type { CustomerRow } from '../data/db';
import { plural } from '../../shared/wording/plural';

export const customerRowHeight = 52;

interface Props {
  row: CustomerRow | undefined;
  index: number;
  start: number;
  active: boolean;
  today: string;
  now: Date;
  /** The office currency: writes the zero of an account that owes nothing (it has no currency of its own). */
  currency: string;
  locale: string;
  defaultCountry: string;
  /** The calling hours from Settings, in minutes of the customer's day: outside them the local time is flagged. */
  callingWindow: { start: number; end: number };
  optionId(id: string): string;
  onOpen(): void;
}

/**
 * What the account owes, one line per currency ("$1,200.00", "CA$300.00"), each in its own
 * currency; never added together. The separator is read out, not shown.
 */
function OpenBalances({ row, currency, locale }: { row: CustomerRow; currency: string; locale: string }) {
  const balances = row.openBalances;
  if (balances.length === 0) return <span className="num">{formatMoney(0, currency, locale)}</span>;
  return (
    <span
      className={`num open-balances${balances.length > 1 ? ' several' : ''}`}
      title={balances.map((b) => formatMoney(b.amountMinor, b.currency, locale)).join(' · ')}
    >
      {balances.map((b, i) => (
        <span key={b.currency} className="open-balance">
          {i > 0 && <span className="visually-hidden"> · </span>}
          {formatMoney(b.amountMinor, b.currency, locale)}
        </span>
      ))}
    </span>
  );
}

export const CustomerListRow = memo(function CustomerListRow({
  row,
  index,
  start,
  active,
  today,
  now,
  currency,
  locale,
  defaultCountry,
  callingWindow,
  optionId,
  onOpen,
}: Props) {
  const style = { transform: `translateY(${start}px)`, height: customerRowHeight };
  if (!row) {
    return (
      <div className="customer-row placeholder" style={style} aria-hidden="true">
        <span className="muted">Loading…</span>
      </div>
    );
  }
  const daysLate = row.oldestOpenDueDate ? daysBetween(row.oldestOpenDueDate, today) : 0;
  const local = localTimeIn(row.timeZone, now, locale);
  const minutes = localMinutes(row.timeZone, now).minutes;
  const goodHour = minutes >= callingWindow.start && minutes < callingWindow.end;
  const hours = `${clockLabel(callingWindow.start)}–${clockLabel(callingWindow.end)}`;
  return (
    <div
      id={optionId(row.id)}
      role="option"
      aria-selected={active}
      aria-posinset={index + 1}
      className={`customer-row${active ? ' active' : ''}`}
      style={style}
      onClick={onOpen}
    >
      <span className="customer-name">
        {/* Plain text, not a link: the whole row is the option that opens the file, and an
            interactive element inside an option is invisible to screen readers. */}
        <span className="customer-legal-name">{row.legalName}</span>
        <span className="muted small">
          {row.placement && (
            <span className="badge warning with-agency" title={`Placed with ${row.placement.agencyName}`}>
              With agency
            </span>
          )}
          {row.kind === 'commercial' ? 'Commercial' : 'Consumer'}
          {row.tradingName ? ` · trades as ${row.tradingName}` : ''}
          {row.status !== 'active' ? ` · ${row.status}` : ''}
        </span>
      </span>
      <span className="customer-phone">
        {row.primaryPhone ? (
          formatPhone({ number: row.primaryPhone, e164: row.primaryPhoneE164 ?? null }, defaultCountry)
        ) : (
          <span className="muted">no phone</span>
        )}
      </span>
      <span
        className={goodHour ? '' : 'warning-text'}
        title={goodHour ? row.timeZone : `${row.timeZone}: outside the calling hours (${hours} their time)`}
      >
        {local.weekday} {local.time}
        {!goodHour && <span className="visually-hidden"> (outside calling hours)</span>}
      </span>
      <OpenBalances row={row} currency={currency} locale={locale} />
      <span className="num">
        {daysLate > 0 ? (
          <span className={`badge ${daysLate > 60 ? 'danger' : daysLate > 30 ? 'warning' : ''}`}>
            {plural(daysLate, 'day', 'days', locale)}
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </span>
    </div>
  );
});
