// Accounts whose history turns on a promise to pay: kept, broken, open, part-kept instalments,
// and one corrected after the call (a correction note, never an edit of the closed call).
import type { DemoAccount, DemoBuilder } from './demo-builder';

type Story = (b: DemoBuilder, account: DemoAccount) => void;

function people(account: DemoAccount) {
  const [first, second] = account.contacts;
  if (!first) throw new Error(`${account.spec.key} has no contacts.`);
  return { first, second: second ?? first };
}

/** Kept: promised a transfer, and it arrived a day early. */
const blueHeron: Story = (b, account) => {
  const { first: molly } = people(account);
  const hood = b.addInvoice(account, {
    daysPastDue: 34,
    amountMinor: 194_000,
    delivered: 'Kitchen exhaust hood deep clean and filter replacement',
  });
  const promisedDate = b.businessDayAgo(19);
  const call = b.addCall(account, molly, {
    on: b.businessDayAgo(26),
    hour: 14,
    result: 'promise-to-pay',
    note: `Molly confirmed the hood cleaning was done and ${b.ref(hood)} arrived; a slow month left cash tight. Promised ${b.money(194_000)} by bank transfer on ${b.spoken(promisedDate)}. Confirmation emailed.`,
  });
  b.addPromise(account, call, { amountMinor: 194_000, promisedDate, method: 'bank-transfer', invoices: [hood], status: 'kept' });
  b.addFollowUp(
    account,
    call,
    'promise-check',
    b.at(account, promisedDate, 10),
    `Check the transfer from Blue Heron for ${b.ref(hood)}.`,
    b.at(account, promisedDate, 10, 15),
  );
  b.addPayment(account, b.businessDayAgo(20), 'bank-transfer', 'ACH 506112', [[hood, 194_000]]);
};

/** Kept: a consumer paid by card on the promised day. */
const nguyen: Story = (b, account) => {
  const { first: daniel } = people(account);
  const furnace = b.addInvoice(account, {
    daysPastDue: 25,
    amountMinor: 48_600,
    delivered: 'Furnace tune-up and blower motor replacement',
  });
  const promisedDate = b.businessDayAgo(7);
  const call = b.addCall(account, daniel, {
    on: b.businessDayAgo(12),
    hour: 18,
    result: 'promise-to-pay',
    note: `Daniel said the invoice got buried in his email. Will pay ${b.money(48_600)} by card over the phone on ${b.spoken(promisedDate)}, after payday.`,
  });
  b.addPromise(account, call, { amountMinor: 48_600, promisedDate, method: 'card-by-phone', invoices: [furnace], status: 'kept' });
  b.addPayment(account, promisedDate, 'card', 'Card ending 2086', [[furnace, 48_600]]);
};

/** Broken: the promised cheque never came; the promise check is still waiting to be worked. */
const oakridge: Story = (b, account) => {
  const { first: travis } = people(account);
  const rough = b.addInvoice(account, {
    daysPastDue: 48,
    amountMinor: 421_260,
    delivered: 'Plumbing rough-in materials, Lot 14 Briar Creek: PEX, fittings, valves',
  });
  b.addInvoice(account, { daysPastDue: 19, amountMinor: 78_000, delivered: 'Rental: 2 commercial dehumidifiers, 14 days, Lot 12' });
  b.addInvoice(account, { daysPastDue: -12, amountMinor: 193_525, delivered: 'Copper pipe and fittings, Lot 16' });
  const promisedDate = b.businessDayAgo(6);
  const call = b.addCall(account, travis, {
    on: b.businessDayAgo(13),
    hour: 8,
    minute: 40,
    result: 'promise-to-pay',
    note: `Travis said the lender's draw came late. Promised a cheque for the full ${b.money(421_260)} on ${b.ref(rough)}, in the mail by ${b.spoken(promisedDate)}.`,
  });
  b.addPromise(account, call, { amountMinor: 421_260, promisedDate, method: 'cheque-by-mail', invoices: [rough], status: 'broken' });
  b.addFollowUp(
    account,
    call,
    'promise-check',
    b.at(account, b.businessDayAgo(4), 9, 30),
    `Cheque promised by Travis Boone for ${b.ref(rough)} has not arrived: call him.`,
  );
};

/** Broken: a consumer missed a card payment; he asked to be called after work. */
const alvarez: Story = (b, account) => {
  const { first: jorge } = people(account);
  const pipe = b.addInvoice(account, {
    daysPastDue: 41,
    amountMinor: 61_240,
    delivered: 'Emergency call-out: burst pipe under kitchen sink, repair and drywall patch',
  });
  const promisedDate = b.businessDayAgo(9);
  const call = b.addCall(account, jorge, {
    on: b.businessDayAgo(18),
    hour: 18,
    minute: 15,
    result: 'promise-to-pay',
    branches: ['no-cash'],
    note: `Jorge can't pay it all at once. Promised ${b.money(30_000)} by card on ${b.spoken(promisedDate)} (his payday) and the rest on the next one.`,
  });
  b.addPromise(account, call, { amountMinor: 30_000, promisedDate, method: 'card-by-phone', invoices: [pipe], status: 'broken' });
  const check = b.addCall(account, jorge, {
    on: b.businessDayAgo(5),
    hour: 18,
    minute: 5,
    result: 'left-message',
    note: `The ${b.money(30_000)} promised for ${b.ref(pipe)} did not come in. Left a message asking Jorge to call back.`,
  });
  b.addFollowUp(
    account,
    check,
    'callback',
    b.at(account, b.businessDayAgo(2), 18, 30),
    'Call Jorge after 6 pm about the missed card payment.',
  );
};

/** Open: promise due in a few days; the amount was mistyped in the call note and corrected. */
const westbrook: Story = (b, account) => {
  const { second: sheila } = people(account);
  const maintenance = b.addInvoice(account, {
    daysPastDue: 36,
    amountMinor: 215_000,
    delivered: 'Quarterly HVAC maintenance, 4 buildings',
  });
  const noHeat = b.addInvoice(account, {
    daysPastDue: 22,
    amountMinor: 100_000,
    delivered: 'Tenant call-out: no heat in unit 14B, thermostat and igniter replaced',
  });
  const promisedDate = b.businessDayAhead(3);
  const call = b.addCall(account, sheila, {
    on: b.businessDayAgo(4),
    hour: 10,
    minute: 10,
    result: 'promise-to-pay',
    note: `Sheila approved ${b.ref(maintenance)} and ${b.ref(noHeat)} together. Promised $3,510.00 through our online portal by ${b.spoken(promisedDate)}. Confirmation emailed.`,
  });
  b.addPromise(account, call, {
    amountMinor: 315_000,
    promisedDate,
    method: 'online-portal',
    invoices: [maintenance, noHeat],
    status: 'open',
  });
  b.addFollowUp(
    account,
    call,
    'promise-check',
    b.at(account, promisedDate, 10, 0, false),
    `Check the portal payment from Westbrook for ${b.ref(maintenance)} and ${b.ref(noHeat)}.`,
  );
  const fixedAt = new Date(Date.parse(call.endedAt ?? call.startedAt) + 20 * 60_000).toISOString();
  b.addNote(
    account,
    `Correction: Sheila promised ${b.money(315_000)} (both invoices), not $3,510.00 as typed in the call note.`,
    fixedAt,
    call,
  );
};

/** Open instalment plan: first of three paid, two to come. */
const kowalski: Story = (b, account) => {
  const { second: linda } = people(account);
  const heater = b.addInvoice(account, {
    daysPastDue: 33,
    amountMinor: 186_000,
    delivered: 'Water heater replacement, 50-gallon gas, with haul-away',
  });
  const firstDate = b.businessDayAgo(21);
  const plan = [firstDate, b.businessDayAhead(9), b.businessDayAhead(39)].map((dueDate) => ({ dueDate, amountMinor: 62_000 }));
  const call = b.addCall(account, linda, {
    on: b.businessDayAgo(28),
    hour: 17,
    minute: 30,
    result: 'promise-to-pay',
    branches: ['no-cash'],
    note: `Linda said the new heater came at a bad time. Agreed three card payments of ${b.money(62_000)}, the first on ${b.spoken(firstDate)}. Tom approved it on speaker.`,
  });
  b.addPromise(account, call, {
    amountMinor: 186_000,
    promisedDate: firstDate,
    method: 'card-by-phone',
    invoices: [heater],
    status: 'open',
    instalments: plan,
  });
  b.addPayment(account, firstDate, 'card', 'Card ending 4417', [[heater, 62_000]]);
};

/** Part-kept: the first instalment came in, the second did not. */
const redstone: Story = (b, account) => {
  const { first: ray } = people(account);
  const pump = b.addInvoice(account, {
    daysPastDue: 64,
    amountMinor: 560_000,
    delivered: 'Concrete pump rental with operator, 2 days, Van Buren site',
  });
  const [firstDate, secondDate] = [b.businessDayAgo(30), b.businessDayAgo(9)];
  const plan = [firstDate, secondDate].map((dueDate) => ({ dueDate, amountMinor: 280_000 }));
  const call = b.addCall(account, ray, {
    on: b.businessDayAgo(40),
    hour: 8,
    minute: 15,
    result: 'promise-to-pay',
    branches: ['no-cash'],
    note: `Ray's general contractor is 60 days late paying him. Agreed two cheques of ${b.money(280_000)} for ${b.ref(pump)}: ${b.spoken(firstDate)} and ${b.spoken(secondDate)}.`,
  });
  b.addPromise(account, call, {
    amountMinor: 560_000,
    promisedDate: firstDate,
    method: 'cheque-by-mail',
    invoices: [pump],
    status: 'partially-kept',
    instalments: plan,
  });
  b.addPayment(account, b.businessDayAgo(31), 'cheque', 'Cheque 2290', [[pump, 280_000]]);
  b.addFollowUp(
    account,
    call,
    'promise-check',
    b.at(account, secondDate, 9),
    `Second Redstone cheque for ${b.ref(pump)} due today.`,
    b.at(account, secondDate, 16),
  );
};

/** Open: the son with power of attorney called in and promised a cheque. */
const whitmore: Story = (b, account) => {
  const { first: eleanor, second: robert } = people(account);
  const boiler = b.addInvoice(account, {
    daysPastDue: 112,
    amountMinor: 74_500,
    delivered: 'Boiler repair: circulator pump and pressure relief valve',
  });
  b.addCall(account, eleanor, {
    on: b.businessDayAgo(20),
    hour: 11,
    result: 'reached-no-promise',
    branches: ['wrong-person'],
    note: `Mrs Whitmore was pleased with the boiler repair but said her son Robert pays her bills now. Gave me his mobile number.`,
  });
  const call = b.addCall(account, robert, {
    on: b.businessDayAgo(3),
    hour: 12,
    minute: 30,
    result: 'promise-to-pay',
    phoneIndex: null,
    note: `Robert Whitmore called us back. He had not seen ${b.ref(boiler)}; emailed him a copy. He will mail a cheque for ${b.money(74_500)}.`,
  });
  b.addPromise(account, call, {
    amountMinor: 74_500,
    promisedDate: b.businessDayAhead(5),
    method: 'cheque-by-mail',
    invoices: [boiler],
    status: 'open',
  });
};

export const promiseStories: Record<string, Story> = {
  'blue-heron': blueHeron,
  nguyen,
  oakridge,
  alvarez,
  westbrook,
  kowalski,
  redstone,
  whitmore,
};
