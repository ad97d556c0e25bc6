// The agency packet (issue 4): one account's whole story as a printable HTML document, for
// Chromium's print engine (printToPDF in Electron, page.pdf() in the test host). Sections run
// in the order an agency reads them: placement summary, invoice ledger with aging, payments,
// promises, disputes, the full call log with amendments, notes, and the list of attached
// documents (the files themselves are appended after the last page by the exporter).
import { scriptLookupOf } from '../scripts/library/script-lookup';
import type { StoredScript } from '../scripts/library/script-schema';
import { textLines } from '../settings/how-to-pay';
import { callbackNumberShown } from '../settings/callback-number';
import type { Settings } from '../settings/schema';
import type { AccountFile } from './account-file';
import { documentFormat } from './document-format';
import { attachmentsSection, type PacketAttachment } from './packet-sections/attachments';
import { callLogSection } from './packet-sections/call-log';
import { disputesSection } from './packet-sections/disputes';
import { invoiceLedgerSection } from './packet-sections/invoice-ledger';
import { notesSection } from './packet-sections/notes';
import { packetContext } from './packet-sections/packet-context';
import { paymentsSection } from './packet-sections/payments';
import { accountSubject, placementSummarySection, type Placement } from './packet-sections/placement-summary';
import { promisesSection } from './packet-sections/promises';
import { masthead, paperSizeFor, printDocument, printHeaderFooter, type HeaderFooterTemplates } from './print-document';

export type { PacketAttachment } from './packet-sections/attachments';
export type { Placement } from './packet-sections/placement-summary';

export interface AgencyPacketInput {
  file: AccountFile;
  settings: Settings;
  generatedAt: Date;
  /** When the account has been placed: printed on the summary. */
  placement?: Placement | null;
  /** In the order they are numbered; the exporter appends them (PDFs, images) in this same order. */
  attachments: PacketAttachment[];
  /** The stored script versions, so calls made with the office's own scripts read right. */
  scriptVersions?: readonly StoredScript[];
}

export const agencyPacketDocumentTitle = 'Account file for collection';

function generatedText(settings: Settings, generatedAt: Date): string {
  return documentFormat(settings.locale).dateTime(generatedAt.toISOString(), settings.officeTimeZone);
}

export function agencyPacketHtml(input: AgencyPacketInput): string {
  const { file, settings, generatedAt } = input;
  const placement = input.placement ?? null;
  const ctx = packetContext(file, settings, generatedAt, scriptLookupOf(input.scriptVersions ?? []));
  const meta = [
    placement ? `Prepared for ${placement.agencyName}` : '',
    `Generated ${generatedText(settings, generatedAt)}`,
    `Prepared by ${settings.callerName}`,
    settings.callbackNumber ? `Telephone ${callbackNumberShown(settings)}` : '',
    // The agency writes to the creditor here.
    textLines(settings.companyAddress).join(', '),
  ];
  const body =
    masthead(settings.companyName, agencyPacketDocumentTitle, meta) +
    accountSubject(ctx) +
    placementSummarySection(ctx, placement) +
    invoiceLedgerSection(ctx) +
    paymentsSection(ctx) +
    promisesSection(ctx) +
    disputesSection(ctx) +
    callLogSection(ctx) +
    notesSection(ctx) +
    attachmentsSection(input.attachments);
  return printDocument({
    title: `${file.customer.legalName}: ${agencyPacketDocumentTitle.toLowerCase()}`,
    locale: settings.locale,
    paper: paperSizeFor(settings),
    body,
  });
}

/**
 * Header and footer for Chromium's print (Electron printToPDF / Playwright page.pdf, with
 * displayHeaderFooter): company and account at the top of every page, the generation date and
 * "Page n of N" at the foot.
 */
export function agencyPacketHeaderFooter(settings: Settings, generatedAt: Date, accountName?: string): HeaderFooterTemplates {
  return printHeaderFooter({
    headerLeft: settings.companyName,
    headerRight: accountName ? `${accountName}: ${agencyPacketDocumentTitle.toLowerCase()}` : agencyPacketDocumentTitle,
    footerLeft: `Generated ${generatedText(settings, generatedAt)} · Confidential`,
  });
}

/** A file name to suggest in the save dialog, safe on Windows and macOS. */
export function agencyPacketFileName(file: AccountFile, generatedOn: string): string {
  const parts = [file.customer.legalName, file.customer.accountNumber, 'agency packet', generatedOn].filter((p) => p && p.trim() !== '');
  return `${safeFileName(parts.join(' - '))}.pdf`;
}

/** Strips what Windows or macOS forbids in a file name, and keeps it a sensible length. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return cleaned.slice(0, 150) || 'account';
}
