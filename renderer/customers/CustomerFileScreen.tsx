import { formatInstant, officeClockOf } from '../../shared/dates/office-time';
import { useEffect, useId, useMemo, useState } from 'react';
import { takeDialFocusRequest } from '../today/dial-focus';
import { useNow } from '../shell/clock';
import { useCommand } from '../shell/commands';
import { navigate, routes } from '../shell/router';
import { computeAgingByCurrency } from '../../shared/aging/aging';
import { totalsByCurrency } from '../../shared/money/currency-totals';
import { todayIn } from '../../shared/dates/calendar';
import { localTimeIn } from '../../shared/dates/time-zones';
import { callingWindowNow } from '../../shared/contact-rules/check-contact-rules';
import { customerDisplayName } from '../../shared/customers/schema';
import { callsPausedText, placedCallRefusal } from '../../shared/placements/placement-text';
import { officeEmailRefusal } from '../../shared/email/may-email';
import { officeLetterRefusal } from '../../shared/letters/compose-letter';
import { useStartCallAction } from '../calls/use-start-call';
import { useOpeningScript } from '../scripts/use-proposed-script';
import { contactRuleCheckFor } from '../contact-rules/contact-rule-check';
import { ContactFlagBadges } from '../contact-rules/ContactFlagBadges';
import { ContactRuleOverrideDialog } from '../contact-rules/ContactRuleOverrideDialog';
import { ContactsCard } from '../contacts/ContactsCard';
import { DocumentsCard } from '../documents/DocumentsCard';
import { DocumentsProvider } from '../documents/documents-context';
import { EmailButton } from '../email/EmailButton';
import { LetterButton } from '../letters/LetterButton';
import { AccountExportActions } from '../export/AccountExportActions';
import { InvoicesCard } from '../invoices/InvoicesCard';
import { AddNoteDialog } from '../notes/AddNoteDialog';
import { PaymentFormDialog } from '../payments/PaymentFormDialog';
import { PlacementBanner } from '../placements/PlacementBanner';
import { PlaceWithAgencyDialog } from '../placements/PlaceWithAgencyDialog';
import { RecallFromAgencyDialog } from '../placements/RecallFromAgencyDialog';
import { ConfirmationOfferBanner } from '../promises/ConfirmationOfferBanner';
import { useSettings } from '../settings/queries';
import { TimelineCard } from '../timeline/TimelineCard';
import { AccountCreditsCard } from './AccountCreditsCard';
import { AccountSummary } from './AccountSummary';
import { CustomerFormDialog } from './CustomerFormDialog';
import { TagList } from './TagList';
import { useCustomerFile } from './queries';
import './customer-file.css';
import { Breadcrumb } from '../ui/Breadcrumb';

type OpenDialog = null | 'edit-customer' | 'payment' | 'note' | 'place' | 'recall';

export function CustomerFileScreen({ customerId }: { customerId: string }) {
  const file = useCustomerFile(customerId);
  const settings = useSettings().data;
  const now = useNow();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // The currency a payment is recorded in, when the user chose one (else the largest balance's).
  const [chosenPaymentCurrency, setPaymentCurrency] = useState<string | null>(null);
  const placeBlockedId = useId();
  const paymentBlockedId = useId();
  const callBlockedId = useId();
  const emailBlockedId = useId();
  const letterBlockedId = useId();
  const placement = file.data?.customer.placement ?? null;
  const checkRules = file.data && settings ? contactRuleCheckFor(file.data.customer, file.data.calls, settings.contactRules) : null;
  const startCall = useStartCallAction(
    customerId,
    placement && settings ? placedCallRefusal(placement, settings.locale) : null,
    checkRules,
    useOpeningScript(file.data, settings, now),
  );

  const today = todayIn(settings?.officeTimeZone ?? 'UTC', now);
  const aging = useMemo(() => (file.data ? computeAgingByCurrency(file.data.invoices, today) : null), [file.data, today]);
  const openCall = file.data?.calls.find((c) => c.status === 'open');

  // Opened by a calling session: the focus goes to the first call button (the payer's first
  // number), or to the heading when there is no number to dial, so the next key acts on this file.
  const loaded = file.data !== undefined && settings !== undefined;
  useEffect(() => {
    if (!loaded || !takeDialFocusRequest(customerId)) return;
    const screen = document.querySelector<HTMLElement>('.customer-file');
    const target =
      screen?.querySelector<HTMLElement>('.call-button:not(:disabled)') ?? screen?.querySelector<HTMLElement>('#customer-heading');
    target?.focus();
  }, [loaded, customerId]);

  useCommand('log-call', () => {
    // A placed account goes on to logCall, which refuses with the reason (Ctrl+L is not silent).
    if (!file.data || openCall) return;
    void startCall.logCall(file.data.contacts);
  });

  if (file.isPending || !settings)
    return (
      <p className="loading" role="status">
        Opening customer file…
      </p>
    );
  if (file.isError)
    return (
      <p role="alert" className="screen error-text">
        Could not open this customer: {String(file.error)}
      </p>
    );
  if (!file.data || !aging) {
    return (
      <main className="screen">
        <h1>Customer not found</h1>
        <p>
          <a href={routes.customers()}>Back to customers</a>
        </p>
      </main>
    );
  }

  const { customer, contacts, invoices } = file.data;
  const local = localTimeIn(customer.timeZone, now, settings.locale);
  // The office's calling window (Settings, Calling rules), on the customer's clock.
  const goodHour = callingWindowNow(customer.timeZone, now, settings.contactRules).open;
  const openInvoices = invoices.filter((i) => i.status === 'open' && i.balanceMinor > 0);
  const owedCurrencies = totalsByCurrency(
    openInvoices,
    (i) => i.currency,
    (i) => i.balanceMinor,
  ).map((t) => t.currency);
  const paymentCurrency =
    chosenPaymentCurrency && owedCurrencies.includes(chosenPaymentCurrency)
      ? chosenPaymentCurrency
      : (owedCurrencies[0] ?? settings.currency);
  // Why a header action can do nothing now, shown under the buttons and tied to them.
  const paymentBlocked = openInvoices.length === 0 ? 'No open invoices to pay.' : null;
  const callBlocked = placement ? callsPausedText(placement) : openCall ? 'A call is already open: resume it below.' : null;
  const emailBlocked = officeEmailRefusal(customer);
  const letterBlocked = officeLetterRefusal(customer);

  return (
    <main className="screen customer-file" aria-labelledby="customer-heading">
      <div className="screen-header">
        <div>
          <Breadcrumb items={[{ label: 'Customers', href: routes.customers() }]} />
          <h1 id="customer-heading" tabIndex={-1}>
            {customerDisplayName(customer)}
          </h1>
          <p className="customer-meta">
            <span className="badge">{customer.kind === 'commercial' ? 'Commercial' : 'Consumer'}</span>
            {customer.status !== 'active' && <span className="badge warning">{customer.status}</span>}
            <ContactFlagBadges party={customer} />
            {customer.accountNumber && <span className="muted">Account {customer.accountNumber}</span>}
            <TagList tags={customer.tags} />
            <span className={goodHour ? 'local-time' : 'local-time warning-text'} aria-label="Customer's local time">
              Their time: {local.weekday} {local.time} {local.zoneName}
              {!goodHour && ' — outside calling hours'}
            </span>
          </p>
        </div>
        <div className="actions">
          <button type="button" onClick={() => setDialog('edit-customer')}>
            Edit customer
          </button>
          <button type="button" onClick={() => setDialog('note')}>
            Add note
          </button>
          <EmailButton file={file.data} settings={settings} unavailableBecause={emailBlocked} reasonId={emailBlockedId} />
          <LetterButton file={file.data} settings={settings} unavailableBecause={letterBlocked} reasonId={letterBlockedId} />
          <button
            type="button"
            onClick={() => setDialog('payment')}
            disabled={paymentBlocked !== null}
            aria-describedby={paymentBlocked ? paymentBlockedId : undefined}
          >
            Record payment
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => void startCall.logCall(contacts)}
            disabled={callBlocked !== null || startCall.busy}
            aria-describedby={callBlocked ? callBlockedId : undefined}
            aria-keyshortcuts="Control+L"
          >
            Log a call
          </button>
          {(paymentBlocked || callBlocked || emailBlocked || letterBlocked) && (
            <p className="muted small action-reasons">
              {paymentBlocked && <span id={paymentBlockedId}>{paymentBlocked}</span>}{' '}
              {callBlocked && <span id={callBlockedId}>{callBlocked}</span>}{' '}
              {emailBlocked && <span id={emailBlockedId}>{emailBlocked}</span>}{' '}
              {letterBlocked && <span id={letterBlockedId}>{letterBlocked}</span>}
            </p>
          )}
        </div>
      </div>

      {openCall && (
        <div className="open-call-banner" role="status">
          <strong>A call is in progress</strong> (started {formatInstant(openCall.startedAt, officeClockOf(settings), 'time')}).
          <button type="button" className="primary" onClick={() => navigate(routes.call(customerId, openCall.id))}>
            Resume call
          </button>
        </div>
      )}
      {placement && (
        <PlacementBanner
          placement={placement}
          record={file.data.placements.find((p) => p.id === placement.placementId)}
          locale={settings.locale}
          onRecall={() => setDialog('recall')}
        />
      )}
      <ConfirmationOfferBanner key={customerId} file={file.data} />
      {startCall.error && (
        <p role="alert" className="error-text">
          {startCall.error}
        </p>
      )}

      <AccountExportActions customerId={customerId} invoiceCount={invoices.length}>
        {!placement && (
          <>
            <button
              type="button"
              onClick={() => setDialog('place')}
              disabled={Boolean(openCall)}
              aria-describedby={openCall ? placeBlockedId : undefined}
            >
              Place with agency…
            </button>
            {openCall && (
              <span id={placeBlockedId} className="muted">
                Finish the open call first.
              </span>
            )}
          </>
        )}
      </AccountExportActions>

      <AccountSummary agings={aging} currency={settings.currency} locale={settings.locale} />

      <DocumentsProvider customerId={customerId} invoices={invoices} locale={settings.locale} timeZone={settings.officeTimeZone}>
        <div className="file-columns">
          <div className="file-column">
            <ContactsCard
              customerId={customerId}
              contacts={contacts}
              defaultCountry={settings.defaultCountry}
              callDisabled={Boolean(openCall) || startCall.busy || Boolean(placement)}
              onCall={(contact, phone) => void startCall.dial(contact, phone)}
            />
            <InvoicesCard customer={customer} invoices={invoices} today={today} settings={settings} />
            <AccountCreditsCard credits={customer.accountCredits ?? []} locale={settings.locale} />
            <DocumentsCard />
          </div>
          <div className="file-column">
            <TimelineCard file={file.data} settings={settings} />
          </div>
        </div>
      </DocumentsProvider>

      {dialog === 'edit-customer' && (
        <CustomerFormDialog customer={customer} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
      )}
      {dialog === 'payment' && (
        <PaymentFormDialog
          key={paymentCurrency}
          customerId={customerId}
          invoices={openInvoices}
          currency={paymentCurrency}
          currencies={owedCurrencies}
          onCurrencyChange={setPaymentCurrency}
          onClose={() => {
            setDialog(null);
            setPaymentCurrency(null);
          }}
        />
      )}
      {dialog === 'note' && <AddNoteDialog customerId={customerId} onClose={() => setDialog(null)} />}
      {startCall.pendingOverride && (
        <ContactRuleOverrideDialog
          breaches={startCall.pendingOverride.breaches}
          contactName={startCall.pendingOverride.contact?.name ?? null}
          onConfirm={(reason) => void startCall.callAnyway(reason)}
          onCancel={startCall.cancelOverride}
        />
      )}
      {dialog === 'place' && (
        <PlaceWithAgencyDialog customerId={customerId} customerName={customer.legalName} today={today} onClose={() => setDialog(null)} />
      )}
      {dialog === 'recall' && placement && (
        <RecallFromAgencyDialog customerId={customerId} agencyName={placement.agencyName} onClose={() => setDialog(null)} />
      )}
    </main>
  );
}
