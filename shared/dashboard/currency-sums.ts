// Running sums kept one per currency, for tallies over many rows without building lists first.
import { compareCurrencyAmounts, type CurrencyAmount } from '../money/currency-totals';

export class CurrencySums {
  private readonly sums = new Map<string, number>();

  add(currency: string, amountMinor: number): void {
    this.sums.set(currency, (this.sums.get(currency) ?? 0) + amountMinor);
  }

  /** Largest first, as every total of money is shown. */
  totals(): CurrencyAmount[] {
    return [...this.sums].map(([currency, amountMinor]) => ({ currency, amountMinor })).sort(compareCurrencyAmounts);
  }
}
