// Money received in a period: payments recorded here and payments seen in the books (an import
// inferred them from balances that went down) alike, by the day they were received.
import { CurrencySums } from './currency-sums';
import type { CollectedFigures, DashboardPayment } from './model';
import type { DatePeriod } from './periods';

export function collectedIn(payments: readonly DashboardPayment[], period: DatePeriod): CollectedFigures {
  const total = new CurrencySums();
  const recordedHere = new CurrencySums();
  const seenInBooks = new CurrencySums();
  let paymentCount = 0;
  const { from, to } = period;
  for (const payment of payments) {
    if (payment.receivedOn < from || payment.receivedOn > to) continue;
    total.add(payment.currency, payment.amountMinor);
    (payment.seenInBooks ? seenInBooks : recordedHere).add(payment.currency, payment.amountMinor);
    paymentCount += 1;
  }
  return { period, total: total.totals(), recordedHere: recordedHere.totals(), seenInBooks: seenInBooks.totals(), paymentCount };
}
