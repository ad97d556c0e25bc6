// The dashboard's figures and charts, the same on screen and in the PDF (see dashboard-medium).
import type { Dashboard } from '../../shared/dashboard/model';
import { CallsSection } from './sections/CallsSection';
import { KeyFigures } from './sections/KeyFigures';
import { PromisesSection } from './sections/PromisesSection';
import { ReceivablesSection } from './sections/ReceivablesSection';

export function DashboardView({ dashboard }: { dashboard: Dashboard }) {
  return (
    <div className="dashboard">
      <KeyFigures dashboard={dashboard} />
      <ReceivablesSection dashboard={dashboard} />
      <div className="dashboard-columns">
        <PromisesSection dashboard={dashboard} />
        <CallsSection dashboard={dashboard} />
      </div>
    </div>
  );
}
