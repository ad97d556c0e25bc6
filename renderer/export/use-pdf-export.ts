// The state of one PDF export started from the customer file: working, saved (with what main
// reported), failed (with a sentence for the user) or nothing to show (never started, or the
// user cancelled the save dialog). One export at a time.
import { useCallback, useRef, useState } from 'react';
import type { ExportPdfResult } from '../../shared/ipc/files-contract';
import { useDb } from '../data/db-context';
import { stepAt, type PdfExportStep } from './export-progress';
import { loadPdfExport } from './load-pdf-export';
import { errorMessage } from '../../shared/common/error-message';

export type PdfExportKind = 'agency-packet' | 'statement';
export type SavedPdf = Extract<ExportPdfResult, { saved: true }>;

export type PdfExportState =
  | { status: 'idle' }
  | { status: 'working'; kind: PdfExportKind; step: PdfExportStep }
  | { status: 'saved'; kind: PdfExportKind; saved: SavedPdf }
  | { status: 'failed'; kind: PdfExportKind; message: string };

export const pdfExportLabels: Record<PdfExportKind, string> = {
  'agency-packet': 'agency packet',
  statement: 'statement',
};

function messageOf(error: unknown): string {
  const text = errorMessage(error);
  return text || 'Something went wrong.';
}

export function usePdfExport(customerId: string) {
  const db = useDb();
  const [state, setState] = useState<PdfExportState>({ status: 'idle' });
  const running = useRef(false);

  const start = useCallback(
    async (kind: PdfExportKind) => {
      if (running.current) return;
      running.current = true;
      setState({ status: 'working', kind, step: stepAt('reading') });
      // Steps only move the bar of the export under way (never revive a finished one).
      const onStep = (step: PdfExportStep) =>
        setState((current) => (current.status === 'working' && current.kind === kind ? { ...current, step } : current));
      try {
        const { askWhereToSave, exportAgencyPacket, exportCustomerStatement } = await loadPdfExport();
        const run = kind === 'agency-packet' ? exportAgencyPacket : exportCustomerStatement;
        const { result } = await run(db, customerId, { destination: askWhereToSave, onStep });
        setState(result.saved ? { status: 'saved', kind, saved: result } : { status: 'idle' });
      } catch (error) {
        setState({ status: 'failed', kind, message: `The ${pdfExportLabels[kind]} was not saved. ${messageOf(error)}` });
      } finally {
        running.current = false;
      }
    },
    [db, customerId],
  );

  const dismiss = useCallback(() => setState({ status: 'idle' }), []);
  return { state, start, dismiss };
}
