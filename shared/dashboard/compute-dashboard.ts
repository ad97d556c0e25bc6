// Every dashboard figure from the inputs. Pure and synchronous: the renderer reads the rows,
// this turns them into figures (and the tests call it directly). Each table is walked once or
// twice with no per-row date formatting, so 100,000 invoices take milliseconds.
import { computeAgingByCurrency } from '../aging/aging';
import { callsPerDay } from './call-figures';
import { collectedIn } from './collected';
import { CurrencySums } from './currency-sums';
import type { Dashboard, DashboardInputs, PlacementFigures, PlacedAccount } from './model';
import { OfficeDays } from './office-days';
import { lastDays, monthSoFar, nextDays, weekSoFar } from './periods';
import { hasStepIn, paymentsByCustomer, promisesDueIn, promisesMadeIn, statusesMadeIn, type PromiseContext } from './promise-figures';

/** The windows the dashboard reports on, in office days, today included. */
export const dashboardWindows = { promisesShort: 30, promisesLong: 90, dueSoon: 7, callDays: 14 } as const;

function placementFigures(placed: readonly PlacedAccount[]): PlacementFigures {
  const sums = new CurrencySums();
  for (const account of placed) for (const balance of account.openBalances) sums.add(balance.currency, balance.amountMinor);
  return { accountCount: placed.length, openBalances: sums.totals() };
}

export function computeDashboard(inputs: DashboardInputs): Dashboard {
  const { today, officeTimeZone, promises } = inputs;
  const last30 = lastDays(today, dashboardWindows.promisesShort);
  const last90 = lastDays(today, dashboardWindows.promisesLong);
  const dueSoon = nextDays(today, dashboardWindows.dueSoon);
  const callDays = lastDays(today, dashboardWindows.callDays);
  // Day boundaries for the promise windows (the 30 days lie inside the 90), and apart for the
  // calls, so the many older calls fall before the calls' own first day without a lookup.
  const officeDays = new OfficeDays(last90, officeTimeZone);
  const callOfficeDays = new OfficeDays(callDays, officeTimeZone);

  // The lifecycle needs the payments of the customers whose open promises are counted, and only
  // theirs (other statuses are final: promise-figures.ts).
  const customersWithPromises = new Set<string>();
  for (const promise of promises) {
    if (promise.status !== 'open') continue;
    if (officeDays.dayOf(promise.createdAt) !== null || hasStepIn(promise, dueSoon)) customersWithPromises.add(promise.customerId);
  }
  const context: PromiseContext = {
    today,
    officeTimeZone,
    promiseGraceDays: inputs.promiseGraceDays,
    paymentsByCustomer: paymentsByCustomer(inputs.payments, customersWithPromises),
  };
  const made = statusesMadeIn(promises, officeDays, context);

  return {
    today,
    receivables: computeAgingByCurrency(inputs.invoices, today),
    collected: {
      week: collectedIn(inputs.payments, weekSoFar(today, inputs.firstDayOfWeek)),
      month: collectedIn(inputs.payments, monthSoFar(today)),
    },
    promises: { last30: promisesMadeIn(made, last30), last90: promisesMadeIn(made, last90) },
    promisesDue: promisesDueIn(promises, dueSoon, context),
    calls: callsPerDay(inputs.calls, callDays, callOfficeDays),
    placements: placementFigures(inputs.placedAccounts),
  };
}
