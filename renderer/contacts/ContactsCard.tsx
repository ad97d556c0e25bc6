import { useState } from 'react';
import type { Contact } from '../../shared/contacts/schema';
import { formatPhone, type StoredPhone } from '../../shared/phone/phone';
import { compose } from '../platform/external-links';
import { ContactFlagBadges } from '../contact-rules/ContactFlagBadges';
import { ContactFormDialog } from './ContactFormDialog';
import { PhoneIcon } from '../ui/icons';
import { errorMessage } from '../../shared/common/error-message';

interface Props {
  customerId: string;
  contacts: Contact[];
  defaultCountry: string;
  callDisabled: boolean;
  onCall(contact: Contact, phone: StoredPhone): void;
}

export function ContactsCard({ customerId, contacts, defaultCountry, callDisabled, onCall }: Props) {
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [mailError, setMailError] = useState<string | null>(null);
  // Whoever authorises payment comes first: that is who the caller needs (wrong-person path).
  const ordered = [...contacts].sort((a, b) => Number(b.authorisesPayment) - Number(a.authorisesPayment));
  const email = async (address: string) => {
    setMailError(null);
    try {
      await compose(address);
    } catch (e) {
      setMailError(`Could not open your mail app: ${errorMessage(e)}`);
    }
  };

  return (
    <section className="card" aria-labelledby="contacts-heading">
      <div className="card-header">
        <h2 id="contacts-heading">Contacts</h2>
        <div className="actions">
          <button type="button" onClick={() => setEditing('new')}>
            Add contact
          </button>
        </div>
      </div>
      {ordered.length === 0 && (
        <p className="empty">
          No contacts yet, so there is no one to call. Add the person who pays the bills.{' '}
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            Add a contact to call
          </button>
        </p>
      )}
      {ordered.length > 0 && !contacts.some((c) => c.phones.length > 0) && (
        <p className="hint">No phone number on file: edit a contact to add one, then call from here.</p>
      )}
      {!contacts.some((c) => c.authorisesPayment) && contacts.length > 0 && (
        <p className="hint warning-text">Nobody is marked as authorising payment: ask on the next call.</p>
      )}
      <ul className="contact-list">
        {ordered.map((contact) => (
          <li key={contact.id} className="contact" aria-label={contact.name}>
            <div className="contact-head">
              <strong>{contact.name}</strong>
              {contact.role && <span className="muted">{contact.role}</span>}
              {contact.authorisesPayment && <span className="badge success">Authorises payment</span>}
              <ContactFlagBadges party={contact} />
              <button type="button" className="link" onClick={() => setEditing(contact)} aria-label={`Edit ${contact.name}`}>
                Edit
              </button>
            </div>
            <div className="contact-channels">
              {contact.phones.map((phone) => {
                const shown = formatPhone(phone, defaultCountry);
                return (
                  <button
                    key={`${phone.label}-${phone.number}`}
                    type="button"
                    className="call-button"
                    disabled={callDisabled}
                    onClick={() => onCall(contact, phone)}
                    // The visible number and label are in the name, in order (speech users say what they see).
                    aria-label={`Call ${contact.name} on ${shown} ${phone.label}`}
                  >
                    <PhoneIcon /> {shown} <span className="muted">{phone.label}</span>
                  </button>
                );
              })}
              {contact.emails.map((address) => (
                <button key={address} type="button" className="link" onClick={() => void email(address)}>
                  {address}
                </button>
              ))}
            </div>
            {contact.notes && <p className="muted small">{contact.notes}</p>}
          </li>
        ))}
      </ul>
      {mailError && (
        <p role="alert" className="error-text">
          {mailError}
        </p>
      )}
      {editing && (
        <ContactFormDialog customerId={customerId} contact={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}
