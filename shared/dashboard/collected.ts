// Money received in a period: payments recorded here and payments seen in the books (an import
// inferred them from balances that went down) alike, by the day they were received.
import { totalsByCurrency } from '../money/currency-totals';
import type { CollectedFigures, DashboardPayment } from './model';
import { isInPeriod, type DatePeriod } from './periods';

export function collectedIn(payments: readonly DashboardPayment[], period: DatePeriod): CollectedFigures {
  const recorded: DashboardPayment[] = [];
  const seen: DashboardPayment[] = [];
  for (const payment of payments) {
    if (!isInPeriod(payment.receivedOn, period)) continue;
    (payment.seenInBooks ? seen : recorded).push(payment);
  }
  const currency = (p: DashboardPayment) => p.currency;
  const amount = (p: DashboardPayment) => p.amountMinor;
  return {
    period,
    total: totalsByCurrency([...recorded, ...seen], currency, amount),
    recordedHere: totalsByCurrency(recorded, currency, amount),
    seenInBooks: totalsByCurrency(seen, currency, amount),
    paymentCount: recorded.length + seen.length,
  };
}
