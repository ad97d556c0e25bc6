// "Print / Save as PDF" of the dashboard: the same sections as the screen, drawn as static
// markup (the charts are plain SVG, each with its table beside it) into the printed-document
// shell every PDF uses, then rendered and saved by main like the statement and agency packet.
import type { Dashboard } from '../../shared/dashboard/model';
import { formatInstant, officeClockOf } from '../../shared/dates/office-time';
import { safeFileName } from '../../shared/export/agency-packet';
import { masthead, paperSizeFor, printDocument, printHeaderFooter } from '../../shared/export/print-document';
import type { PrintableDocument } from '../../shared/ipc/files-contract';
import type { Settings } from '../../shared/settings/schema';
import { dateText, type DashboardFormat } from './dashboard-wording';
import { DashboardView } from './DashboardView';
import { DashboardMediumProvider } from './sections/dashboard-medium';

export const dashboardDocumentTitle = 'Collections dashboard';

// The shared print stylesheet knows tables and figure boxes; these fit the dashboard's own parts
// to it (a figure's name is a heading for screen readers, printed as a small label).
const dashboardPrintStyles = `
.figures.key-figures { grid-template-columns: repeat(4, 1fr); }
.figure h2.label { margin: 0; padding: 0; border: 0; font-size: 7pt; font-weight: 400; color: #5b6672; text-transform: none; letter-spacing: 0.02em; }
.figure p { margin: 0; }
.dashboard-section { break-inside: avoid; }
.receivables-total .total-amount { font-weight: 600; }
.dashboard-chart { display: block; margin: 4pt 0; }
svg.aging-bar { height: 12pt; }
.chart-legend { list-style: none; margin: 2pt 0 6pt; padding: 0; display: flex; gap: 10pt; font-size: 7.5pt; color: #3d4752; }
.chart-legend svg { margin-right: 3pt; vertical-align: -1pt; }
table.data tbody th { text-transform: none; letter-spacing: 0; font-size: 8.3pt; color: inherit; background: none;
  border-bottom: 0.5pt solid #dbe1e7; padding: 3pt 4.5pt; }
table.data caption { caption-side: top; text-align: left; font-size: 7.5pt; color: #5b6672; padding-bottom: 2pt; }
`;

export interface DashboardPrintRequest {
  document: PrintableDocument;
  fileName: string;
}

export async function dashboardPrintRequest(dashboard: Dashboard, settings: Settings, generatedAt: Date): Promise<DashboardPrintRequest> {
  // Only printing needs the static renderer: it loads on the first print, not with the app.
  const { renderToStaticMarkup } = await import('react-dom/server');
  const format: DashboardFormat = { locale: settings.locale, currency: settings.currency };
  const asOf = `As of ${dateText(dashboard.today, format)}`;
  const printed = `Printed ${formatInstant(generatedAt, officeClockOf(settings), 'zoned')}`;
  const view = renderToStaticMarkup(
    <DashboardMediumProvider kind="print" format={format}>
      <DashboardView dashboard={dashboard} />
    </DashboardMediumProvider>,
  );
  const body = `<style>${dashboardPrintStyles}</style>${masthead(settings.companyName, dashboardDocumentTitle, [asOf, printed])}${view}`;
  const { headerTemplate, footerTemplate } = printHeaderFooter({
    headerLeft: settings.companyName,
    headerRight: dashboardDocumentTitle,
    footerLeft: asOf,
  });
  return {
    document: {
      html: printDocument({ title: dashboardDocumentTitle, locale: settings.locale, paper: paperSizeFor(settings), body }),
      headerTemplate,
      footerTemplate,
      paper: paperSizeFor(settings),
      title: `${dashboardDocumentTitle}, ${dateText(dashboard.today, format)}`,
      author: settings.companyName,
    },
    fileName: `${safeFileName(`${dashboardDocumentTitle} - ${dashboard.today}`)}.pdf`,
  };
}
