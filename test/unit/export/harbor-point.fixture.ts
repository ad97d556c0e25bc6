// A realistic account file for the export tests: Harbor Point Dental Group from the demo data,
// with the history an account has by the time it goes to an agency — a kept promise, a broken
// instalment plan, a resolved dispute, a correction of a call and a note.
import type { Call } from '../../../shared/calls/schema';
import { createDemoData, demoAnchorCustomerName } from '../../../shared/demo/demo-data';
import { createLargeDataSet } from '../../../shared/demo/large-data';
import { accountFileFrom, type AccountFile } from '../../../shared/export/account-file';
import { defaultSettings, type Settings } from '../../../shared/settings/schema';

export const today = '2025-03-12';
export const generatedAt = new Date('2025-03-12T17:30:00.000Z');

export const settings: Settings = {
  ...defaultSettings,
  companyName: 'Bayline Mechanical Services',
  callerName: 'Jordan Reyes',
  callbackNumber: '(415) 555-0100',
  officeTimeZone: 'America/Los_Angeles',
};

let counter = 0;
const id = (prefix: string) => `${prefix}-${(counter += 1)}`;

function call(file: AccountFile, contactIndex: number, startedAt: string, fields: Partial<Call>): Call {
  const contact = file.contacts[contactIndex] ?? null;
  const durationSeconds = fields.durationSeconds ?? 300;
  return {
    id: id('call'),
    customerId: file.customer.id,
    contactId: contact?.id ?? null,
    phoneNumber: contact?.phones[0]?.number ?? null,
    dialled: true,
    startedAt,
    endedAt: new Date(Date.parse(startedAt) + durationSeconds * 1000).toISOString(),
    durationSeconds,
    status: 'closed',
    result: 'reached-no-promise',
    scriptId: 'collection-call',
    stepsCovered: ['identify', 'confirm-receipt', 'remind-terms', 'ask-listen', 'ask-payment', 'close-summarise'],
    branchesTaken: [],
    contactDetailsConfirmed: false,
    note: '',
    promiseId: null,
    disputeId: null,
    followUpId: null,
    ...fields,
  };
}

/** Harbor Point's file as the demo makes it, plus the later history described above. */
export function harborPointFile(): AccountFile {
  const demo = createDemoData({ today, now: generatedAt });
  const customer = demo.customers.find((c) => c.legalName === demoAnchorCustomerName);
  if (!customer) throw new Error('The demo data has no Harbor Point.');
  const file = accountFileFrom(demo, customer.id);
  if (!file) throw new Error('No file for Harbor Point.');
  const byNumber = (n: string) => {
    const invoice = file.invoices.find((i) => i.number === n);
    if (!invoice) throw new Error(`No invoice ${n}`);
    return invoice;
  };
  const pump = byNumber('INV-10253');
  const hvac = byNumber('INV-10263');
  const fan = byNumber('INV-10288');
  const [firstCall] = [...file.calls].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  if (!firstCall) throw new Error('Harbor Point has no calls.');

  const promiseCall = call(file, 1, '2025-02-04T17:10:00.000Z', {
    result: 'promise-to-pay',
    durationSeconds: 412,
    stepsCovered: [
      'identify',
      'confirm-receipt',
      'remind-terms',
      'ask-listen',
      'ask-payment',
      'secure-promise',
      'confirm-details',
      'close-summarise',
    ],
    branchesTaken: ['no-cash'],
    contactDetailsConfirmed: true,
    note: `Marcus Lee approved a part payment of $800.00 on ${pump.number} by cheque this week; the rest after their insurance reimbursements come in.`,
  });
  const planCall = call(file, 1, '2025-02-14T18:30:00.000Z', {
    result: 'promise-to-pay',
    durationSeconds: 530,
    note: `Marcus agreed to pay ${hvac.number} in two instalments of $575.00 by bank transfer (Feb 21 and Mar 7).`,
  });
  const disputeCall = call(file, 2, '2025-02-20T22:15:00.000Z', {
    result: 'dispute',
    durationSeconds: 365,
    branchesTaken: ['our-failure'],
    note: `Priscilla Gomez says the new exhaust fan on ${fan.number} rattles; she will not release payment until it is fixed.`,
  });
  file.calls.push(promiseCall, planCall, disputeCall);
  file.promises.push(
    {
      id: id('promise'),
      customerId: customer.id,
      callId: promiseCall.id,
      contactId: promiseCall.contactId,
      amountMinor: 80_000,
      currency: 'USD',
      promisedDate: '2025-02-07',
      method: 'cheque-by-mail',
      invoiceIds: [pump.id],
      instalments: [],
      status: 'kept',
      createdAt: promiseCall.endedAt ?? promiseCall.startedAt,
    },
    {
      id: id('promise'),
      customerId: customer.id,
      callId: planCall.id,
      contactId: planCall.contactId,
      amountMinor: 115_000,
      currency: 'USD',
      promisedDate: '2025-02-21',
      method: 'bank-transfer',
      invoiceIds: [hvac.id],
      instalments: [
        { dueDate: '2025-02-21', amountMinor: 57_500 },
        { dueDate: '2025-03-07', amountMinor: 57_500 },
      ],
      status: 'broken',
      createdAt: planCall.endedAt ?? planCall.startedAt,
    },
  );
  file.disputes.push({
    id: id('dispute'),
    customerId: customer.id,
    callId: disputeCall.id,
    invoiceId: fan.id,
    reason: 'quality',
    details: 'Exhaust fan rattles at full speed. Our technician rebalanced it on Feb 26 and Priscilla confirmed it is quiet.',
    status: 'resolved',
    openedAt: disputeCall.endedAt ?? disputeCall.startedAt,
    resolvedAt: '2025-02-26T23:00:00.000Z',
  });
  file.notes.push(
    {
      id: id('note'),
      customerId: customer.id,
      kind: 'call-correction',
      correctsCallId: firstCall.id,
      createdAt: '2025-02-03T16:05:00.000Z',
      text: 'Correction: the direct line Dana gave for Marcus Lee is 415-555-0157, not the office number.',
    },
    {
      id: id('note'),
      customerId: customer.id,
      kind: 'note',
      correctsCallId: null,
      createdAt: '2025-03-03T17:45:00.000Z',
      text: 'Emailed a statement of account to Dana and Marcus.\nNo reply by the end of the week.',
    },
  );
  return file;
}

/** The benchmark-sized account: 500 calls and 200 invoices on one customer. */
export function heavyFile(): AccountFile {
  const { dataSet, heavyCustomerId } = createLargeDataSet({
    customers: 1,
    invoices: 200,
    calls: 500,
    heavyCustomerCalls: 500,
    today,
    now: generatedAt,
  });
  const file = accountFileFrom(dataSet, heavyCustomerId);
  if (!file) throw new Error('No heavy customer.');
  return file;
}
