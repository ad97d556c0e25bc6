// What main needs to write a customer statement: the printable document and a file name. No
// attachments: the statement goes to the customer, not the agency.
import { todayIn } from '../dates/calendar';
import type { PrintableDocument } from '../ipc/files-contract';
import type { Settings } from '../settings/schema';
import type { AccountFile } from './account-file';
import { safeFileName } from './agency-packet';
import { customerStatementHeaderFooter, customerStatementHtml, statementDocumentTitle } from './customer-statement';
import { paperSizeFor } from './print-document';

export interface CustomerStatementRequest {
  document: PrintableDocument;
  fileName: string;
}

/** "Harbor Point Dental Group - HPDG-0042 - statement - 2025-03-12.pdf" */
export function customerStatementFileName(file: AccountFile, statementDate: string): string {
  const parts = [file.customer.legalName, file.customer.accountNumber, 'statement', statementDate].filter((p) => p && p.trim() !== '');
  return `${safeFileName(parts.join(' - '))}.pdf`;
}

export function customerStatementRequest(input: { file: AccountFile; settings: Settings; generatedAt: Date }): CustomerStatementRequest {
  const { file, settings, generatedAt } = input;
  const { headerTemplate, footerTemplate } = customerStatementHeaderFooter(settings, generatedAt, file.customer.legalName);
  return {
    document: {
      html: customerStatementHtml({ file, settings, generatedAt }),
      headerTemplate,
      footerTemplate,
      paper: paperSizeFor(settings),
      title: `${statementDocumentTitle}: ${file.customer.legalName}`.slice(0, 300),
      author: settings.companyName,
    },
    fileName: customerStatementFileName(file, todayIn(settings.officeTimeZone, generatedAt)),
  };
}
