// The dashboard's "Print / Save as PDF": builds the printed document from the figures on screen
// and hands it to main, which asks where to save it. One at a time; reports saved or failed.
import { useCallback, useRef, useState } from 'react';
import type { Dashboard } from '../../shared/dashboard/model';
import type { ExportPdfResult } from '../../shared/ipc/files-contract';
import type { Settings } from '../../shared/settings/schema';
import { askWhereToSave, sendPdfToMain, type SendPdf } from '../export/pdf-export';
import { dashboardPrintRequest } from './dashboard-pdf';

export type SavedDashboardPdf = Extract<ExportPdfResult, { saved: true }>;

export type DashboardPdfState =
  { status: 'idle' } | { status: 'working' } | { status: 'saved'; saved: SavedDashboardPdf } | { status: 'failed'; message: string };

export function useDashboardPdf(send: SendPdf = sendPdfToMain) {
  const [state, setState] = useState<DashboardPdfState>({ status: 'idle' });
  const running = useRef(false);

  const start = useCallback(
    async (dashboard: Dashboard, settings: Settings) => {
      if (running.current) return;
      running.current = true;
      setState({ status: 'working' });
      try {
        const request = await dashboardPrintRequest(dashboard, settings, new Date());
        const result = await send({ document: request.document, attachments: [], destination: askWhereToSave(request.fileName) });
        setState(result.saved ? { status: 'saved', saved: result } : { status: 'idle' });
      } catch (error) {
        const reason = error instanceof Error && error.message ? error.message : 'Something went wrong.';
        setState({ status: 'failed', message: `The dashboard PDF was not saved. ${reason}` });
      } finally {
        running.current = false;
      }
    },
    [send],
  );

  const dismiss = useCallback(() => setState({ status: 'idle' }), []);
  return { state, start, dismiss };
}
