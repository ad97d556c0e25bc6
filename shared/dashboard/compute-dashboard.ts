// Every dashboard figure from the inputs, in one pass per table. Pure and synchronous: the
// renderer reads the rows, this turns them into figures (and the tests call it directly).
import { computeAgingByCurrency } from '../aging/aging';
import { totalsByCurrency } from '../money/currency-totals';
import { callsPerDay } from './call-figures';
import { collectedIn } from './collected';
import type { Dashboard, DashboardInputs, PlacementFigures, PlacedAccount } from './model';
import { lastDays, monthSoFar, nextDays, weekSoFar } from './periods';
import { paymentsByCustomer, promisesDueIn, promisesMadeIn, statusesSince, type PromiseContext } from './promise-figures';

/** The windows the dashboard reports on, in office days. */
export const dashboardWindows = { promisesShort: 30, promisesLong: 90, dueSoon: 7, callDays: 14 } as const;

function placementFigures(placed: readonly PlacedAccount[]): PlacementFigures {
  const balances = placed.flatMap((account) => account.openBalances);
  return { accountCount: placed.length, openBalances: totalsByCurrency(balances, (b) => b.currency, (b) => b.amountMinor) };
}

export function computeDashboard(inputs: DashboardInputs): Dashboard {
  const { today, officeTimeZone } = inputs;
  const context: PromiseContext = {
    today,
    officeTimeZone,
    promiseGraceDays: inputs.promiseGraceDays,
    paymentsByCustomer: paymentsByCustomer(inputs.payments),
  };
  const last30 = lastDays(today, dashboardWindows.promisesShort);
  const last90 = lastDays(today, dashboardWindows.promisesLong);
  const made = statusesSince(inputs.promises, last90.from, context);
  return {
    today,
    receivables: computeAgingByCurrency(inputs.invoices, today),
    collected: {
      week: collectedIn(inputs.payments, weekSoFar(today, inputs.firstDayOfWeek)),
      month: collectedIn(inputs.payments, monthSoFar(today)),
    },
    promises: { last30: promisesMadeIn(made, last30), last90: promisesMadeIn(made, last90) },
    promisesDue: promisesDueIn(inputs.promises, nextDays(today, dashboardWindows.dueSoon), context),
    calls: callsPerDay(inputs.calls, lastDays(today, dashboardWindows.callDays), officeTimeZone),
    placements: placementFigures(inputs.placedAccounts),
  };
}
