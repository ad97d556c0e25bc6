// Writing an account's PDFs through main: the agency packet (with its documents) and the
// customer statement. The renderer builds the document from its own records; main renders it
// with Chromium's print engine, appends the attachments and saves where the user said.
import { agencyPacketRequest } from '../../shared/export/agency-packet-request';
import { customerStatementRequest } from '../../shared/export/customer-statement-request';
import type { ExportPdfResult, FileDestination } from '../../shared/ipc/files-contract';
import type { IpcInput } from '../../shared/ipc/contract';
import type { CallDeskDb } from '../data/db';
import { invoke, onMainEvent } from '../platform/bridge';
import { stepAt, type OnPdfExportStep } from './export-progress';
import { loadExportSource } from './export-source';

/** Sends the document to main; with `onStep`, main's progress for this export reaches it. */
export type SendPdf = (input: IpcInput<'export:pdf'>, onStep?: OnPdfExportStep) => Promise<ExportPdfResult>;

export const sendPdfToMain: SendPdf = async (input, onStep) => {
  if (!onStep) return invoke('export:pdf', input);
  // The id tells this export's events from any other's (a multi-account run, another window).
  const progressId = crypto.randomUUID();
  const stop = onMainEvent('export:progress', ({ progressId: id, ...step }) => {
    if (id === progressId) onStep(step);
  });
  try {
    return await invoke('export:pdf', { ...input, progressId });
  } finally {
    stop();
  }
};

/** Where the file goes, given the name the export suggests for it. */
export type DestinationFor = (fileName: string) => FileDestination;

export const askWhereToSave: DestinationFor = (suggestedName) => ({ kind: 'ask', suggestedName });

export interface PdfExportOptions {
  destination: DestinationFor;
  now?: Date;
  send?: SendPdf;
  /** Hears each stage, the window's own and main's, for a progress bar. */
  onStep?: OnPdfExportStep;
}

export interface PdfExportOutcome {
  customerName: string;
  result: ExportPdfResult;
}

const customerGone = 'This customer no longer exists.';
/** A run over many accounts reports this one as not written, with the reason. */
const noInvoices = 'No invoices on file, so there is nothing to put in it.';

/** A task boundary, so the bar can show a stage before the thread lays out a long document. */
const letTheWindowPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type BuiltPdf = { document: IpcInput<'export:pdf'>['document']; attachments: IpcInput<'export:pdf'>['attachments']; fileName: string };

async function writePdf(
  db: CallDeskDb,
  customerId: string,
  opts: PdfExportOptions,
  withDocuments: boolean,
  build: (source: NonNullable<Awaited<ReturnType<typeof loadExportSource>>>, generatedAt: Date) => BuiltPdf,
): Promise<PdfExportOutcome> {
  const onStep = opts.onStep;
  onStep?.(stepAt('reading'));
  const source = await loadExportSource(db, customerId, { withDocuments });
  if (!source) throw new Error(customerGone);
  if (source.file.invoices.length === 0) throw new Error(noInvoices);
  if (onStep) {
    onStep(stepAt('building'));
    await letTheWindowPaint();
  }
  const request = build(source, opts.now ?? new Date());
  const destination = opts.destination(request.fileName);
  if (destination.kind === 'ask') onStep?.(stepAt('choosing-file'));
  const send = opts.send ?? sendPdfToMain;
  const result = await send({ document: request.document, attachments: request.attachments, destination }, onStep);
  return { customerName: source.file.customer.legalName, result };
}

export function exportAgencyPacket(db: CallDeskDb, customerId: string, opts: PdfExportOptions): Promise<PdfExportOutcome> {
  return writePdf(db, customerId, opts, true, (source, generatedAt) => agencyPacketRequest({ ...source, generatedAt }));
}

export function exportCustomerStatement(db: CallDeskDb, customerId: string, opts: PdfExportOptions): Promise<PdfExportOutcome> {
  return writePdf(db, customerId, opts, false, (source, generatedAt) => ({
    ...customerStatementRequest({ ...source, generatedAt }),
    attachments: [],
  }));
}
