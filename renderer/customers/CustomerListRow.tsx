import { memo } from 'react';
import { daysBetween } from '../../shared/dates/calendar';
import { localTimeIn, isReasonableCallingHour } from '../../shared/dates/time-zones';
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
  currency: string;
  locale: string;
  defaultCountry: string;
  optionId(id: string): string;
  onOpen(): void;
}

export const CustomerListRow = memo(function CustomerListRow({ row, index, start, active, today, now, currency, locale, defaultCountry, optionId, onOpen }: Props) {
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
  const goodHour = isReasonableCallingHour(local.hour);
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
      <span className="customer-phone">{row.primaryPhone ? formatPhone({ number: row.primaryPhone, e164: row.primaryPhoneE164 ?? null }, defaultCountry) : <span className="muted">no phone</span>}</span>
      <span className={goodHour ? '' : 'warning-text'} title={row.timeZone}>
        {local.weekday} {local.time}
      </span>
      <span className="num">{formatMoney(row.openBalanceMinor, currency, locale)}</span>
      <span className="num">
        {daysLate > 0 ? (
          <span className={`badge ${daysLate > 60 ? 'danger' : daysLate > 30 ? 'warning' : ''}`}>{plural(daysLate, 'day', 'days', locale)}</span>
        ) : (
          <span className="muted">—</span>
        )}
      </span>
    </div>
  );
});
