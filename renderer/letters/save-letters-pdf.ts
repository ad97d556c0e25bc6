// Saving letters through main: the document is laid out here from the letters already written,
// main asks where to save it (suggesting a name), prints it with Chromium and writes the file.
// Its own script file (with the PDF export's code), loaded at the first save.
import type { ReadyLetter } from '../../shared/letters/compose-letter';
import { letterPlainText, letterRecipientLine } from '../../shared/letters/letter-note';
import { lettersPdfRequest } from '../../shared/letters/letter-request';
import type { ExportPdfResult } from '../../shared/ipc/files-contract';
import type { Settings } from '../../shared/settings/schema';
import { sendPdfToMain, type SendPdf } from '../export/pdf-export';
import type { OnPdfExportStep } from '../export/export-progress';
import type { LetterToRecord } from './letter-repository';

export interface SavedLetters {
  result: ExportPdfResult;
  /** What goes on each account's timeline once the file is written; empty when it was not. */
  toRecord: LetterToRecord[];
}

export async function saveLettersPdf(
  letters: readonly ReadyLetter[],
  opts: { settings: Settings; now: Date; onStep?: OnPdfExportStep; send?: SendPdf },
): Promise<SavedLetters> {
  const request = lettersPdfRequest({ letters, settings: opts.settings, generatedAt: opts.now });
  opts.onStep?.({ stage: 'choosing-file', done: 0, total: 0 });
  const send = opts.send ?? sendPdfToMain;
  const result = await send(
    { document: request.document, attachments: [], destination: { kind: 'ask', suggestedName: request.fileName } },
    opts.onStep,
  );
  if (!result.saved) return { result, toRecord: [] };
  const toRecord = letters.map((letter) => ({
    customerId: letter.customerId,
    promiseId: letter.promiseId,
    templateName: letter.template.name,
    to: letterRecipientLine(letter),
    fileName: result.fileName,
    text: letterPlainText(letter),
  }));
  return { result, toRecord };
}
