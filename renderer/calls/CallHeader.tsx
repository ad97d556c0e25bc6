import { useNow } from '../shell/clock';
import { routes } from '../shell/router';
import { callPhoneShown } from '../../shared/calls/call-phone';
import type { Call } from '../../shared/calls/schema';
import type { Contact } from '../../shared/contacts/schema';
import { customerDisplayName, type Customer } from '../../shared/customers/schema';
import { callingWindowNow } from '../../shared/contact-rules/check-contact-rules';
import { localTimeIn } from '../../shared/dates/time-zones';
import type { Settings } from '../../shared/settings/schema';
import { Breadcrumb } from '../ui/Breadcrumb';

export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

interface Props {
  call: Call;
  customer: Customer;
  contact: Contact | null;
  settings: Settings;
}

export function CallHeader({ call, customer, contact, settings }: Props) {
  const now = useNow(1000);
  const local = localTimeIn(customer.timeZone, now, settings.locale);
  const phone = callPhoneShown(call, settings.defaultCountry);
  return (
    <header className="call-header">
      <div>
        <Breadcrumb items={[{ label: customerDisplayName(customer), href: routes.customer(customer.id) }, { label: 'Call' }]} />
        <h1>
          {contact ? `Call with ${contact.name}` : 'Call'}
          {contact?.role && <span className="muted"> · {contact.role}</span>}
        </h1>
        <p className="muted small">
          {phone ? `${call.dialled ? 'Dialled' : 'Number'} ${phone}` : 'Logged without dialling'} · their time{' '}
          <span className={callingWindowNow(customer.timeZone, now, settings.contactRules).open ? '' : 'warning-text'}>
            {local.weekday} {local.time} {local.zoneName}
          </span>
        </p>
      </div>
      <div className="call-timer" role="timer" aria-label="Call duration">
        {formatElapsed(now.getTime() - Date.parse(call.startedAt))}
      </div>
    </header>
  );
}
