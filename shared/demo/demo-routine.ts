// The everyday part of each demo account: older invoices paid in full, the open ones from the
// account spec (some part-paid), and for quieter accounts one ordinary chasing call.
import type { CallResult } from '../calls/schema';
import type { CalendarDate } from '../dates/calendar';
import type { Invoice } from '../invoices/schema';
import type { PaymentMethod } from '../payments/schema';
import type { DemoAccount, DemoBuilder } from './demo-builder';

const commercialMethods: PaymentMethod[] = ['cheque', 'bank-transfer', 'online-portal', 'cheque'];
const consumerMethods: PaymentMethod[] = ['card', 'online-portal', 'cheque'];

export function paymentReference(b: DemoBuilder, method: PaymentMethod): string {
  const r = b.random;
  switch (method) {
    case 'cheque':
      return `Cheque ${r.int(1001, 9899)}`;
    case 'bank-transfer':
      return `ACH ${r.int(100000, 999999)}`;
    case 'online-portal':
      return `Portal conf. ${r.uuid().slice(0, 8).toUpperCase()}`;
    case 'card':
      return `Card ending ${r.int(1000, 9999)}`;
    default:
      return '';
  }
}

export function methodFor(b: DemoBuilder, account: DemoAccount): PaymentMethod {
  return b.random.pick(account.spec.kind === 'commercial' ? commercialMethods : consumerMethods);
}

/** A business day `daysAfterDue` after the invoice's due date, never before issue nor after yesterday. */
export function paidOn(b: DemoBuilder, invoice: Invoice, daysAfterDue: number): CalendarDate {
  const daysAgo = Math.max(1, b.daysPastDue(invoice) - daysAfterDue);
  const date = b.businessDayAgo(daysAgo);
  return date < invoice.issueDate ? invoice.issueDate : date;
}

export function addRoutineBilling(b: DemoBuilder, account: DemoAccount): void {
  const r = b.random;
  const history: Invoice[] = [];
  for (let i = 0; i < (account.spec.paidHistory ?? 2); i += 1) {
    history.push(b.addInvoice(account, { daysPastDue: r.int(100, 330) }));
  }
  history.sort((a, c) => (a.dueDate < c.dueDate ? -1 : 1));
  for (let i = 0; i < history.length; i += 1) {
    const invoice = history[i] as Invoice;
    const next = history[i + 1];
    const method = methodFor(b, account);
    // Now and then one cheque settles two invoices: the allocations show it.
    if (next && account.spec.kind === 'commercial' && r.chance(0.3)) {
      b.addPayment(account, paidOn(b, next, r.int(0, 12)), method, paymentReference(b, method), [
        [invoice, invoice.balanceMinor],
        [next, next.balanceMinor],
      ]);
      i += 1;
    } else {
      b.addPayment(account, paidOn(b, invoice, r.int(-3, 18)), method, paymentReference(b, method), [[invoice, invoice.balanceMinor]]);
    }
  }
  for (const age of account.spec.open) {
    const invoice = b.addInvoice(account, { daysPastDue: age });
    if (age >= 20 && r.chance(0.3)) {
      const part = Math.round((invoice.amountMinor * r.int(25, 60)) / 100 / 100) * 100;
      if (part > 0 && part < invoice.amountMinor) {
        const method = methodFor(b, account);
        b.addPayment(account, paidOn(b, invoice, r.int(3, age - 5)), method, paymentReference(b, method), [[invoice, part]]);
      }
    }
  }
}

/** One ordinary chasing call on an account whose oldest invoice is a few weeks late. */
export function addRoutineCall(b: DemoBuilder, account: DemoAccount): void {
  const r = b.random;
  const open = b.data.invoices
    .filter((i) => i.customerId === account.customer.id && i.status === 'open')
    .sort((a, c) => (a.dueDate < c.dueDate ? -1 : 1));
  const oldest = open[0];
  const contact = account.contacts[0];
  if (!oldest || !contact || b.daysPastDue(oldest) < 25 || !r.chance(0.7)) return;
  const consumer = account.spec.kind === 'consumer';
  const result: CallResult = r.pick(['left-message', 'no-answer', 'reached-no-promise']);
  const firstName = contact.name.replace(/^Dr\.\s+/, '').split(' ')[0] ?? contact.name;
  const notes: Record<string, string> = {
    'left-message': `Left a voicemail for ${firstName} about ${b.ref(oldest)} (${b.money(oldest.balanceMinor)} outstanding); asked for a call back.`,
    'no-answer': `No answer and no voicemail on ${contact.phones[0]?.number ?? 'the main line'}. Try again in the morning.`,
    'reached-no-promise': consumer
      ? `${firstName} confirmed the work on ${b.ref(oldest)} was done and said money is tight until the next paycheque. Could not commit to a date; try again after the 15th.`
      : `${firstName} confirmed ${b.ref(oldest)} arrived and is waiting for approval; could not give a payment date yet. Chase again next week.`,
  };
  b.addCall(account, contact, {
    on: b.businessDayAgo(r.int(3, 12)),
    hour: consumer ? r.int(17, 18) : r.int(9, 15),
    result,
    note: notes[result] ?? '',
  });
}
