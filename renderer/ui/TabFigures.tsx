// A filter tab's figures: "3 · $1,200.00 · €300.00". One total per currency, never added
// together; the count's noun is read to screen readers only (the tab's label says what it counts).
import { formatMoney } from '../../shared/money/money';
import { pluralWord } from '../../shared/wording/plural';
import './ui.css';

export interface TabFiguresProps {
  count: number;
  totals: readonly { currency: string; amountMinor: number }[];
  one: string;
  many: string;
  locale: string;
}

export function TabFigures({ count, totals, one, many, locale }: TabFiguresProps) {
  const amounts = totals.map((t) => formatMoney(t.amountMinor, t.currency, locale));
  return (
    <>
      {' '}
      <span className="tab-count">
        {count}
        <span className="visually-hidden"> {pluralWord(count, one, many, locale)}</span>
      </span>
      {amounts.length > 0 && <span className="tab-totals"> {amounts.join(' · ')}</span>}
    </>
  );
}
