// A large, realistic-looking data set for benchmarks (10k customers, 100k invoices, 50k calls):
// one pass per table, no lookups that grow with the data, so it builds in well under a second
// or two. One "heavy" customer carries a long call history for the customer-file benchmark.
import type { CalendarDate } from '../dates/calendar';
import type { Invoice } from '../invoices/schema';
import { emptyDataSet, type DataSet } from './data-set';
import { termDays } from './demo-account-spec';
import { DayClock } from './large-data-clock';
import { addLargeCalls } from './large-data-calls';
import { addParty } from './large-data-parties';
import { createRandom, type Random } from './random';

export interface LargeDataOptions {
  customers: number;
  invoices: number;
  /** Total calls, including the heavy customer's. */
  calls: number;
  today: CalendarDate;
  now: Date;
  seed?: number;
  /** Closed calls on the heavy customer (default 1,000; capped at `calls`). */
  heavyCustomerCalls?: number;
  currency?: string;
}

export interface LargeData {
  dataSet: DataSet;
  /** The customer holding `heavyCustomerCalls` calls. */
  heavyCustomerId: string;
}

const deliveredLines = [
  'Quarterly HVAC maintenance',
  'Service call and parts',
  'Water heater replacement',
  'Plumbing rough-in materials',
  'Kitchen exhaust hood cleaning',
  'Electrical panel upgrade',
  'Wholesale fittings order',
  'Roof drain repair',
  'Emergency call-out',
  'Ductwork fabrication',
  'Thermostat installation',
  'Backflow test and certificate',
];
const paymentMethods = ['cheque', 'bank-transfer', 'online-portal', 'card'] as const;

export function createLargeDataSet(options: LargeDataOptions): LargeData {
  const { customers: customerCount, invoices: invoiceCount, today, now, seed = 1, currency = 'USD' } = options;
  if (customerCount < 1) throw new Error('A large data set needs at least one customer.');
  const r = createRandom(seed);
  const clock = new DayClock(today, now);
  const data = emptyDataSet();

  for (let i = 0; i < customerCount; i += 1) addParty(r, clock, i, i === 0 || r.chance(0.7), data.customers, data.contacts);
  const heavy = data.customers[0];
  if (!heavy) throw new Error('No customers were generated.');

  const invoicesByCustomer: Invoice[][] = data.customers.map(() => []);
  for (let n = 0; n < invoiceCount; n += 1) {
    const customerIndex = r.int(0, customerCount - 1);
    const invoice = addInvoice(r, clock, data, customerIndex, n, currency);
    invoicesByCustomer[customerIndex]?.push(invoice);
  }

  const heavyCalls = Math.min(options.heavyCustomerCalls ?? 1000, options.calls);
  addLargeCalls({ r, clock, data, invoicesByCustomer, currency }, options.calls, heavyCalls);
  return { dataSet: data, heavyCustomerId: heavy.id };
}

function addInvoice(r: Random, clock: DayClock, data: DataSet, customerIndex: number, n: number, currency: string): Invoice {
  const customer = data.customers[customerIndex];
  if (!customer) throw new Error(`No customer at ${customerIndex}.`);
  const term = termDays(customer.defaultTerms);
  const settled = r.chance(0.55);
  // Open invoices cluster in the recent past, with a long tail of old debt.
  const daysPastDue = settled ? r.int(20, 700) : Math.max(-term, Math.floor(r.next() * r.next() * 240) - 25);
  const dueOffset = -daysPastDue;
  const issueOffset = dueOffset - term;
  const createdAt = clock.past(issueOffset, 9, r.int(0, 59), customer.timeZone);
  const amountMinor = customer.kind === 'commercial' ? r.int(8_000, 1_800_000) : r.int(8_000, 140_000);
  const invoice: Invoice = {
    id: r.uuid(),
    customerId: customer.id,
    number: `INV-${1_000_000 + n}`,
    issueDate: clock.date(issueOffset),
    dueDate: clock.date(dueOffset),
    sentOn: clock.date(issueOffset),
    amountMinor,
    currency,
    delivered: r.pick(deliveredLines),
    poNumber: customer.kind === 'commercial' && r.chance(0.6) ? `PO ${r.int(10000, 99999)}` : '',
    terms: customer.defaultTerms,
    balanceMinor: amountMinor,
    status: 'open',
    createdAt,
    updatedAt: createdAt,
  };
  data.invoices.push(invoice);
  const partial = !settled && daysPastDue > 10 && r.chance(0.12);
  if (settled || partial) {
    const paid = settled ? amountMinor : Math.max(100, Math.floor((amountMinor * r.int(20, 60)) / 10_000) * 100);
    if (paid < amountMinor || settled) {
      // Paid around the due date, but never before the invoice existed nor after yesterday.
      const paidOffset = Math.min(-1, Math.max(issueOffset, dueOffset + r.int(-5, settled ? 25 : daysPastDue - 1)));
      const paymentAt = clock.past(paidOffset, 14, r.int(0, 59), customer.timeZone);
      invoice.balanceMinor = amountMinor - paid;
      invoice.status = invoice.balanceMinor === 0 ? 'paid' : 'open';
      invoice.updatedAt = paymentAt;
      data.payments.push({
        id: r.uuid(),
        customerId: customer.id,
        receivedOn: clock.date(paidOffset),
        amountMinor: paid,
        currency,
        method: r.pick(paymentMethods),
        reference: `Ref ${r.int(100000, 999999)}`,
        allocations: [{ invoiceId: invoice.id, amountMinor: paid }],
        createdAt: paymentAt,
      });
    }
  }
  return invoice;
}
