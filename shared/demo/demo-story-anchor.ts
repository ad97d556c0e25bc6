// Harbor Point Dental Group: the account tests and demos open first. The office manager who
// answers is not the one who can pay (the wrong-person path); the controller is busy; a
// callback is due today. No open promise.
import type { DemoAccount, DemoBuilder } from './demo-builder';

export function harborPointStory(b: DemoBuilder, account: DemoAccount): void {
  const [dana, marcus] = account.contacts;
  if (!dana || !marcus) throw new Error('Harbor Point needs Dana Whitfield and Marcus Lee.');
  const pump = b.addInvoice(account, {
    daysPastDue: 73,
    amountMinor: 248_640,
    delivered: 'After-hours repair: dental vacuum pump motor replaced, operatory 2',
    poNumber: 'HPDG-2291',
  });
  const hvac = b.addInvoice(account, {
    daysPastDue: 44,
    amountMinor: 115_000,
    delivered: 'Quarterly HVAC maintenance, 3 rooftop units (spring visit)',
    poNumber: 'HPDG-2317',
  });
  const fan = b.addInvoice(account, {
    daysPastDue: 12,
    amountMinor: 86_575,
    delivered: 'Sterilisation room exhaust fan replaced and balanced',
    poNumber: 'HPDG-2356',
  });
  b.addInvoice(account, {
    daysPastDue: -9,
    amountMinor: 32_500,
    delivered: 'Backflow preventer annual test and certificate',
    poNumber: 'HPDG-2390',
  });

  b.addCall(account, dana, {
    on: b.businessDayAgo(38),
    hour: 10,
    minute: 20,
    result: 'reached-no-promise',
    branches: ['wrong-person'],
    note:
      `Spoke with Dana Whitfield. She confirmed ${b.ref(pump)} arrived and the pump has worked fine since the repair. ` +
      'Payments over $500 need Marcus Lee (Controller) to approve; she will put the invoice on his desk and gave me his direct line.',
  });
  b.addPayment(account, b.businessDayAgo(30), 'cheque', 'Cheque 4471', [[pump, 80_000]]);
  b.addCall(account, marcus, {
    on: b.businessDayAgo(16),
    hour: 13,
    minute: 5,
    result: 'left-message',
    note: `Left a message on Marcus Lee's direct line about the rest of ${b.ref(pump)} and about ${b.ref(hvac)}. Asked him to call back.`,
  });
  const lastCall = b.addCall(account, dana, {
    on: b.businessDayAgo(1),
    hour: 11,
    minute: 40,
    result: 'callback-requested',
    branches: ['wrong-person'],
    note:
      `Dana says Marcus is in budget meetings and asked us to call him back today after 2 pm Pacific. ` +
      `Open: ${b.ref(pump)} (part paid, cheque 4471), ${b.ref(hvac)} and ${b.ref(fan)}.`,
  });
  b.addFollowUp(
    account,
    lastCall,
    'callback',
    b.at(account, b.ctx.today, 14, 30, false),
    `Call Marcus Lee (Controller) after 2 pm about ${b.ref(pump)}, ${b.ref(hvac)} and ${b.ref(fan)}.`,
  );
}
