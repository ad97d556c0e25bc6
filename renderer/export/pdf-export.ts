// Writing an account's PDFs through main: the agency packet (with its documents) and the
// customer statement. The renderer builds the document from its own records; main renders it
// with Chromium's print engine, appends the attachments and saves where the user said.
import { agencyPacketRequest } from '../../shared/export/agency-packet-request';
import { customerStatementRequest } from '../../shared/export/customer-statement-request';
import type { ExportPdfResult, FileDestination } from '../../shared/ipc/files-contract';
import type { IpcInput } from '../../shared/ipc/contract';
import type { CallDeskDb } from '../data/db';
import { invoke } from '../platform/bridge';
import { loadExportSource } from './export-source';

export type SendPdf = (input: IpcInput<'export:pdf'>) => Promise<ExportPdfResult>;

export const sendPdfToMain: SendPdf = (input) => invoke('export:pdf', input);

/** Where the file goes, given the name the export suggests for it. */
export type DestinationFor = (fileName: string) => FileDestination;

export const askWhereToSave: DestinationFor = (suggestedName) => ({ kind: 'ask', suggestedName });

export interface PdfExportOptions {
  destination: DestinationFor;
  now?: Date;
  send?: SendPdf;
}

export interface PdfExportOutcome {
  customerName: string;
  result: ExportPdfResult;
}

const customerGone = 'This customer no longer exists.';
/** A run over many accounts reports this one as not written, with the reason. */
const noInvoices = 'No invoices on file, so there is nothing to put in it.';

export async function exportAgencyPacket(db: CallDeskDb, customerId: string, opts: PdfExportOptions): Promise<PdfExportOutcome> {
  const source = await loadExportSource(db, customerId, { withDocuments: true });
  if (!source) throw new Error(customerGone);
  if (source.file.invoices.length === 0) throw new Error(noInvoices);
  const request = agencyPacketRequest({ ...source, generatedAt: opts.now ?? new Date() });
  const send = opts.send ?? sendPdfToMain;
  const result = await send({ document: request.document, attachments: request.attachments, destination: opts.destination(request.fileName) });
  return { customerName: source.file.customer.legalName, result };
}

export async function exportCustomerStatement(db: CallDeskDb, customerId: string, opts: PdfExportOptions): Promise<PdfExportOutcome> {
  const source = await loadExportSource(db, customerId, { withDocuments: false });
  if (!source) throw new Error(customerGone);
  if (source.file.invoices.length === 0) throw new Error(noInvoices);
  const request = customerStatementRequest({ ...source, generatedAt: opts.now ?? new Date() });
  const send = opts.send ?? sendPdfToMain;
  const result = await send({ document: request.document, attachments: [], destination: opts.destination(request.fileName) });
  return { customerName: source.file.customer.legalName, result };
}
