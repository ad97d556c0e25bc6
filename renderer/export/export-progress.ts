// How far an account PDF has got, for its progress bar: the stages the window runs itself
// (reading the records, laying out the document, the save dialog) and those main reports
// ('export:progress': printing, adding each attached document, saving).
import type { ExportStage } from '../../shared/ipc/files-contract';

export type PdfExportStage = 'reading' | 'building' | 'choosing-file' | ExportStage;

/** `done` of `total` counts the attached documents while they are added; 0 of 0 otherwise. */
export interface PdfExportStep {
  stage: PdfExportStage;
  done: number;
  total: number;
}

export type OnPdfExportStep = (step: PdfExportStep) => void;

export const stepAt = (stage: PdfExportStage): PdfExportStep => ({ stage, done: 0, total: 0 });

/**
 * Where each stage starts on the bar, in percent. Printing and the documents take most of a
 * long packet's time; the documents' share moves with each one added.
 */
const stageStarts: Record<PdfExportStage, number> = {
  reading: 0,
  building: 10,
  'choosing-file': 20,
  printing: 25,
  'adding-documents': 55,
  saving: 95,
};

export function stepPercent({ stage, done, total }: PdfExportStep): number {
  if (stage !== 'adding-documents' || total === 0) return stageStarts[stage];
  const share = stageStarts.saving - stageStarts['adding-documents'];
  return Math.round(stageStarts['adding-documents'] + (share * Math.min(done, total)) / total);
}

export function stepText({ stage, done, total }: PdfExportStep): string {
  switch (stage) {
    case 'reading':
      return "Reading the account's records";
    case 'building':
      return 'Laying out the document';
    case 'choosing-file':
      return 'Waiting for you to choose where to save it';
    case 'printing':
      return 'Printing the pages';
    case 'adding-documents':
      return `Adding the attached documents: ${Math.min(done, total)} of ${total}`;
    case 'saving':
      return 'Saving the file';
  }
}
