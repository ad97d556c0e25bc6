// What main needs to save letters as one PDF: the printable document and a file name. One letter
// for one account, or a batch: one file with one letter per account, each starting on a new
// page, so a bookkeeper sends the whole batch to the printer in one go and the letters come out
// in the order of the list, ready for their envelopes.
import { todayIn } from '../dates/calendar';
import { safeFileName } from '../export/agency-packet';
import { paperSizeFor } from '../export/print-document';
import type { PrintableDocument } from '../ipc/files-contract';
import type { Settings } from '../settings/schema';
import type { ReadyLetter } from './compose-letter';
import { letterHeaderFooter, lettersDocumentHtml } from './letter-html';

export interface LettersPdfRequest {
  document: PrintableDocument;
  fileName: string;
}

/** "Harbor Point Dental Group - HPDG-0042 - final demand - 2025-03-12.pdf", or "Final demand - 3 letters - 2025-03-12.pdf". */
export function lettersFileName(letters: readonly ReadyLetter[], date: string): string {
  const [first] = letters;
  const kind = first?.template.name ?? 'Letter';
  const parts =
    letters.length === 1 && first
      ? [first.customerName, first.layout.accountNumber, kind.toLowerCase(), date]
      : [kind, `${letters.length} letters`, date];
  return `${safeFileName(parts.filter((p) => p.trim() !== '').join(' - '))}.pdf`;
}

function documentTitle(letters: readonly ReadyLetter[]): string {
  const [first] = letters;
  const kind = first?.template.name ?? 'Letter';
  return letters.length === 1 && first ? `${kind}: ${first.customerName}` : `${kind}: ${letters.length} letters`;
}

export function lettersPdfRequest(input: { letters: readonly ReadyLetter[]; settings: Settings; generatedAt: Date }): LettersPdfRequest {
  const { letters, settings, generatedAt } = input;
  if (letters.length === 0) throw new Error('There is no letter to print.');
  const title = documentTitle(letters).slice(0, 300);
  return {
    document: {
      html: lettersDocumentHtml(letters, settings, title),
      ...letterHeaderFooter,
      paper: paperSizeFor(settings),
      title,
      author: settings.companyName.slice(0, 300),
    },
    fileName: lettersFileName(letters, todayIn(settings.officeTimeZone, generatedAt)),
  };
}
