// Accounts where the call ran into one of the problem paths: our own failure (an open dispute),
// an invoice problem (resolved), missing records, a callback, an account headed for an agency,
// and calls that never reached anyone.
import type { DemoAccount, DemoBuilder } from './demo-builder';

type Story = (b: DemoBuilder, account: DemoAccount) => void;

function contactAt(account: DemoAccount, index: number) {
  const contact = account.contacts[index] ?? account.contacts[0];
  if (!contact) throw new Error(`${account.spec.key} has no contacts.`);
  return contact;
}

function oldestOpen(b: DemoBuilder, account: DemoAccount) {
  const open = b.data.invoices
    .filter((i) => i.customerId === account.customer.id && i.status === 'open')
    .sort((a, c) => (a.dueDate < c.dueDate ? -1 : 1));
  if (!open[0]) throw new Error(`${account.spec.key} has no open invoice.`);
  return open[0];
}

/** Open dispute: the repair did not hold; they will pay once a technician has re-checked it. */
const tidewater: Story = (b, account) => {
  const beau = contactAt(account, 0);
  const cooler = b.addInvoice(account, {
    daysPastDue: 52,
    amountMinor: 396_400,
    delivered: 'Walk-in cooler compressor replacement and refrigerant recharge',
  });
  const call = b.addCall(account, beau, {
    on: b.businessDayAgo(15),
    hour: 15,
    minute: 30,
    result: 'dispute',
    branches: ['our-failure'],
    note: `Beau says the walk-in still runs warm: the chef logged 44-46°F on three days since the repair. They will not pay ${b.ref(cooler)} until a technician checks it. Did not argue; promised a revisit.`,
  });
  b.addDispute(
    account,
    call,
    cooler,
    'quality',
    `Walk-in cooler not holding below 41°F after the compressor replacement billed on ${b.ref(cooler)}. Customer logged 44-46°F readings and will pay once a technician confirms the repair.`,
  );
  b.addFollowUp(
    account,
    call,
    'task',
    b.at(account, b.businessDayAhead(1), 9, 0, false),
    'Book a technician revisit for the walk-in cooler, then call Beau with the visit date.',
  );
};

/** Resolved dispute: the invoice lacked their PO number; reissued and paid. */
const fernwood: Story = (b, account) => {
  const chloe = contactAt(account, 0);
  const install = b.addInvoice(account, {
    daysPastDue: 50,
    amountMinor: 412_500,
    delivered: 'Split-system AC install, conference room',
    poNumber: 'PO 30457',
  });
  const call = b.addCall(account, chloe, {
    on: b.businessDayAgo(30),
    hour: 11,
    result: 'dispute',
    branches: ['invoice-problem'],
    note: `Chloe says their payables system rejected ${b.ref(install)}: the PO number was missing. Resending with PO 30457 on it.`,
  });
  b.addDispute(
    account,
    call,
    install,
    'invoice-error',
    `${b.ref(install)} went out without the PO number, so their system could not match it.`,
    b.at(account, b.businessDayAgo(27), 16),
  );
  b.addPayment(account, b.businessDayAgo(12), 'online-portal', 'Portal conf. 7Q2K9F1A', [[install, 412_500]]);
};

/** Missing records: the invoice went to an old address; a copy was emailed. */
const lakeshore: Story = (b, account) => {
  const megan = contactAt(account, 0);
  const minisplit = b.addInvoice(account, {
    daysPastDue: 27,
    amountMinor: 638_000,
    delivered: 'Treatment room mini-split installation, 2 rooms',
  });
  const call = b.addCall(account, megan, {
    on: b.businessDayAgo(8),
    hour: 9,
    minute: 15,
    result: 'reached-no-promise',
    branches: ['missing-records', 'wrong-person'],
    note: `Megan could not find ${b.ref(minisplit)}: it went to their old billing address. Emailed a copy with the signed work order; she will pass it to Victor Sandoval (owner), who approves payments.`,
  });
  b.addNote(
    account,
    `Emailed a copy of ${b.ref(minisplit)} and the signed work order to Megan Holt. Billing address updated.`,
    new Date(Date.parse(call.endedAt ?? call.startedAt) + 10 * 60_000).toISOString(),
  );
};

/** Open callback in two days: the cheque signer is in once a week. */
const mapleFinch: Story = (b, account) => {
  const sophie = contactAt(account, 0);
  const oldest = oldestOpen(b, account);
  const when = b.businessDayAhead(2);
  const call = b.addCall(account, sophie, {
    on: b.businessDayAgo(2),
    hour: 10,
    result: 'callback-requested',
    branches: ['wrong-person'],
    note: `Sophie says Nadia Qureshi signs cheques and is in on ${b.spoken(when)}. Call back then about ${b.ref(oldest)}.`,
  });
  b.addFollowUp(
    account,
    call,
    'callback',
    b.at(account, when, 10, 30, false),
    `Call Nadia Qureshi about ${b.ref(oldest)}; she signs cheques that day.`,
  );
};

/** Over 90 days, several calls, a refusal: next stop is the agency. */
const cedarHollow: Story = (b, account) => {
  const [wade, jolene] = [contactAt(account, 0), contactAt(account, 1)];
  const lumber = b.addInvoice(account, {
    daysPastDue: 128,
    amountMinor: 1_248_000,
    delivered: 'Framing lumber and hardware package, Riverside townhomes phase 1',
  });
  const trailers = b.addInvoice(account, {
    daysPastDue: 97,
    amountMinor: 376_000,
    delivered: 'Site trailer mini-splits (2), supply and install',
  });
  b.addInvoice(account, { daysPastDue: 64, amountMinor: 221_550, delivered: 'Temporary power panel and distribution, Riverside site' });
  b.addCall(account, jolene, {
    on: b.businessDayAgo(60),
    hour: 10,
    result: 'reached-no-promise',
    note: `Jolene confirmed ${b.ref(lumber)} was received and signed for on site. Wade is out on jobs; she will tell him we called.`,
  });
  b.addCall(account, wade, { on: b.businessDayAgo(45), hour: 8, minute: 10, result: 'no-answer', note: "No answer on Wade's mobile." });
  b.addCall(account, wade, {
    on: b.businessDayAgo(30),
    hour: 16,
    result: 'left-message',
    note: `Left a message for Wade: ${b.ref(lumber)} and ${b.ref(trailers)} are well past due; asked him to call today.`,
  });
  const refusal = b.addCall(account, wade, {
    on: b.businessDayAgo(14),
    hour: 8,
    minute: 5,
    result: 'refused',
    branches: ['no-cash'],
    note: `Wade says the Riverside developer has not paid him and he will not pay until they do. Explained our terms do not depend on his customer's payments and that the account is on credit hold. He ended the call.`,
  });
  b.addNote(
    account,
    'Account on credit hold. No payment within 14 days of the refusal: prepare the agency packet.',
    new Date(Date.parse(refusal.endedAt ?? refusal.startedAt) + 30 * 60_000).toISOString(),
  );
};

/** Nobody picks up. */
const goldenMesa: Story = (b, account) => {
  const ramon = contactAt(account, 0);
  const oldest = oldestOpen(b, account);
  b.addCall(account, ramon, {
    on: b.businessDayAgo(14),
    hour: 15,
    result: 'no-answer',
    note: 'Rang out; the restaurant was closed between lunch and dinner.',
  });
  b.addCall(account, ramon, { on: b.businessDayAgo(9), hour: 10, result: 'no-answer', note: 'No answer before opening.' });
  b.addCall(account, ramon, {
    on: b.businessDayAgo(6),
    hour: 14,
    minute: 45,
    result: 'left-message',
    note: `Left a message with a server for Ramon about ${b.ref(oldest)}.`,
  });
};

/** Wrong number: the number on file reaches someone else. */
const marsh: Story = (b, account) => {
  const kevin = contactAt(account, 0);
  const call = b.addCall(account, kevin, {
    on: b.businessDayAgo(10),
    hour: 18,
    result: 'wrong-number',
    note: 'The person who answered does not know a Kevin Marsh; has had this number for a year.',
  });
  b.addNote(
    account,
    'Mailed a statement to the service address asking Kevin to call us: the number on file reaches someone else.',
    new Date(Date.parse(call.endedAt ?? call.startedAt) + 15 * 60_000).toISOString(),
  );
};

export const problemStories: Record<string, Story> = {
  tidewater,
  fernwood,
  'lakeshore-physio': lakeshore,
  'maple-finch': mapleFinch,
  'cedar-hollow': cedarHollow,
  'golden-mesa': goldenMesa,
  marsh,
};
