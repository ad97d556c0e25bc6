// export:pdf and export:text-file: the renderer builds the document (HTML or CSV text), main
// asks where it goes, prints it, has the attached documents appended (in an isolated job: see
// packet-assembly-runner.ts) and writes the file atomically.
import type { ExportStage } from '../../../shared/ipc/files-contract';
import type { FileFilter } from '../files/file-ports';
import type { FilesService, ParsedDestination } from '../files/files-service';
import type { PacketAssembler } from './packet-assembly-runner';
import type { AttachmentFile } from './pdf-assembly';
import type { PdfRenderer } from './pdf-renderer';

export interface ExportPdfRequest {
  document: {
    html: string;
    headerTemplate: string;
    footerTemplate: string;
    paper: 'Letter' | 'A4';
    title: string;
    author: string;
  };
  attachments: AttachmentFile[];
  destination: ParsedDestination;
}

export interface AttachmentOutcome {
  name: string;
  included: boolean;
  pages: number;
  reason?: string;
}

export type ExportPdfOutcome =
  { saved: true; path: string; fileName: string; pages: number; attachments: AttachmentOutcome[] } | { saved: false };

/** One step of a PDF export: `done` of `total` attachments while adding documents, else 0 of 0. */
export interface ExportPdfStep {
  stage: ExportStage;
  done: number;
  total: number;
}

/** Hears each step of one export, for the window that asked (see the 'export:progress' event). */
export type ExportPdfProgress = (step: ExportPdfStep) => void;

export interface ExportTextRequest {
  content: string;
  fileType: FileFilter;
  destination: ParsedDestination;
}

export type ExportTextOutcome = { saved: true; path: string; fileName: string } | { saved: false };

export interface ExportService {
  /** Nothing is reported while the save dialog is open: the work starts once the user has chosen. */
  exportPdf(request: ExportPdfRequest, onProgress?: ExportPdfProgress): Promise<ExportPdfOutcome>;
  exportTextFile(request: ExportTextRequest): Promise<ExportTextOutcome>;
}

export interface ExportServiceDeps {
  files: FilesService;
  renderer: PdfRenderer;
  /** Appends the attachments to the printed document (never on main's thread). */
  assembler: PacketAssembler;
  /** The PDF's creation date; defaults to now. */
  now?: () => Date;
}

const pdfFileType: FileFilter = { name: 'PDF document', extensions: ['pdf'] };

export function createExportService({ files, renderer, assembler, now = () => new Date() }: ExportServiceDeps): ExportService {
  return {
    async exportPdf({ document, attachments, destination }, onProgress = () => {}) {
      const saved = await files.save<{ pages: number; attachments: AttachmentOutcome[] }>({
        destination,
        dialogTitle: 'Save as PDF',
        fileType: pdfFileType,
        async produce() {
          onProgress({ stage: 'printing', done: 0, total: 0 });
          const printed = await renderer.render({
            html: document.html,
            headerTemplate: document.headerTemplate,
            footerTemplate: document.footerTemplate,
            paper: document.paper,
          });
          const packet = await assembler.assemble(printed, attachments, {
            title: document.title,
            author: document.author,
            createdAt: now(),
            onAttachment: (done, total) => onProgress({ stage: 'adding-documents', done, total }),
          });
          onProgress({ stage: 'saving', done: 0, total: 0 });
          return { data: packet.bytes, extra: { pages: packet.pages, attachments: packet.attachments } };
        },
      });
      return saved ?? { saved: false };
    },

    async exportTextFile({ content, fileType, destination }) {
      // Written as the renderer made it: the CSV builders already start with a byte order mark.
      const saved = await files.save({
        destination,
        dialogTitle: `Save ${fileType.name}`,
        fileType,
        produce: async () => ({ data: content }),
      });
      return saved ?? { saved: false };
    },
  };
}
