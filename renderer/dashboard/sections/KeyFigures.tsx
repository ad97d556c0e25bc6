// The figures read first: what came in this week and this month, what is promised for the
// coming week, and what sits with an agency. Each is a labelled region, so a screen reader
// can jump to it by name.
import { plural } from '../../../shared/wording/plural';
import { useId } from 'react';
import type { CollectedFigures, Dashboard } from '../../../shared/dashboard/model';
import { moneyText, periodText, type DashboardFormat } from '../dashboard-wording';
import { useDashboardMedium } from './dashboard-medium';

function KeyFigure({ label, value, notes }: { label: string; value: string; notes: string[] }) {
  const id = useId();
  return (
    <section className="figure" aria-labelledby={id}>
      <h2 id={id} className="label">
        {label}
      </h2>
      <p className="value">{value}</p>
      {notes.map((note) => (
        <p key={note} className="note">
          {note}
        </p>
      ))}
    </section>
  );
}

function collectedNotes(figures: CollectedFigures, format: DashboardFormat): string[] {
  const notes = [`${periodText(figures.period, format)} · ${plural(figures.paymentCount, 'payment', 'payments', format.locale)}`];
  if (figures.seenInBooks.length > 0) {
    notes.push(`Recorded here ${moneyText(figures.recordedHere, format)} · seen in the books ${moneyText(figures.seenInBooks, format)}`);
  }
  return notes;
}

export function KeyFigures({ dashboard }: { dashboard: Dashboard }) {
  const { format } = useDashboardMedium();
  const { collected, promisesDue, placements } = dashboard;
  return (
    <div className="figures key-figures">
      <KeyFigure
        label="Collected this week"
        value={moneyText(collected.week.total, format)}
        notes={collectedNotes(collected.week, format)}
      />
      <KeyFigure
        label="Collected this month"
        value={moneyText(collected.month.total, format)}
        notes={collectedNotes(collected.month, format)}
      />
      <KeyFigure
        label="Promised in the next 7 days"
        value={moneyText(promisesDue.amounts, format)}
        notes={[
          `${periodText(promisesDue.period, format)} · ${plural(promisesDue.promiseCount, 'open promise', 'open promises', format.locale)}`,
        ]}
      />
      <KeyFigure
        label="With an agency"
        value={plural(placements.accountCount, 'account', 'accounts', format.locale)}
        notes={[`Owing ${moneyText(placements.openBalances, format)}`]}
      />
    </div>
  );
}
