// IPC schemas for files main writes for the user: PDFs (agency packet, statement), CSV files and
// the folders they go into. The renderer never names a path: main asks the user with a dialog
// and hands back an opaque id for a chosen folder, so a page can only write where the user said.
import { z } from 'zod';

/** Bytes cross IPC as a Uint8Array (Electron's structured clone; outside Electron, raw HTTP bodies named by id). */
export const bytesSchema = z.instanceof(Uint8Array);

/** The longest file name main writes or opens by name. */
export const maxFileNameLength = 200;

/** A plain file name (no folders), as a folder export names each file. */
export const plainFileNameSchema = z
  .string()
  .trim()
  .min(1)
  // abort: a name past the limit (a page can send megabytes) is refused without further checks.
  .max(maxFileNameLength, { message: `A file name has at most ${maxFileNameLength} characters.`, abort: true })
  .refine((name) => !/[<>:"/\\|?*\p{Cc}]/u.test(name) && !/^\.+$/.test(name) && !/[. ]$/.test(name), {
    message: 'A file name cannot contain folders or characters Windows and macOS forbid.',
  })
  // Names Windows keeps for devices, with or without an extension ("NUL.csv" opens the device),
  // spaces before it ("CON .csv"), or a superscript digit ("COM¹").
  .refine((name) => !/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]) *(\.|$)/iu.test(name), {
    message: 'This file name is reserved by Windows; choose another.',
  });

export const folderPurposeSchema = z.enum(['agency-packets', 'statements', 'csv-export']);
export type FolderPurpose = z.infer<typeof folderPurposeSchema>;

/** A folder the user chose in main's dialog: `id` names it in later writes, `path` is for display. */
export const chosenFolderSchema = z.object({ id: z.string().min(1), path: z.string() }).strict();
export type ChosenFolder = z.infer<typeof chosenFolderSchema>;

/** Where a file goes: ask with a save dialog (suggesting a name), or into a chosen folder. */
export const fileDestinationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ask'), suggestedName: plainFileNameSchema }).strict(),
  z
    .object({
      kind: z.literal('folder'),
      folderId: z.string().min(1),
      fileName: plainFileNameSchema,
      /** A file of that name already there: keep it and add " (2)" to the new one, or replace it. */
      ifExists: z.enum(['keep-both', 'replace']).default('keep-both'),
    })
    .strict(),
]);
export type FileDestination = z.input<typeof fileDestinationSchema>;

/** The printable document: the app's own HTML template and Chromium's header and footer. */
export const printableDocumentSchema = z
  .object({
    html: z.string().min(1).max(50_000_000),
    headerTemplate: z.string().max(20_000),
    footerTemplate: z.string().max(20_000),
    paper: z.enum(['Letter', 'A4']),
    /** Shown as the PDF's title in viewers. */
    title: z.string().max(300),
    author: z.string().max(300).default(''),
  })
  .strict();
export type PrintableDocument = z.input<typeof printableDocumentSchema>;

/** A file appended after the document (PDF) or placed on its own page (PNG, JPEG). */
export const pdfAttachmentSchema = z.object({ name: z.string().min(1).max(300), mime: z.string().max(100), bytes: bytesSchema }).strict();
export type PdfAttachmentInput = z.input<typeof pdfAttachmentSchema>;

/** Names one export's progress events, so the window tells them from another export's. */
export const progressIdSchema = z.string().min(1).max(100);

export const exportPdfInputSchema = z
  .object({
    document: printableDocumentSchema,
    // A bound against a runaway message, far above any real account's documents.
    attachments: z.array(pdfAttachmentSchema).max(5_000).default([]),
    destination: fileDestinationSchema,
    /** When given, main reports each stage of the work as an 'export:progress' event to the asking window. */
    progressId: progressIdSchema.optional(),
  })
  .strict();

/** Main's stages of a PDF export, in order (a document with no attachments skips the middle one). */
export const exportStageSchema = z.enum(['printing', 'adding-documents', 'saving']);
export type ExportStage = z.infer<typeof exportStageSchema>;

/** One step of an export: `done` of `total` attachments while adding documents, else 0 of 0. */
export const exportProgressSchema = z
  .object({
    progressId: progressIdSchema,
    stage: exportStageSchema,
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  })
  .strict()
  .refine((progress) => progress.done <= progress.total, { message: 'More done than there is to do.', path: ['done'] });
export type ExportProgress = z.infer<typeof exportProgressSchema>;

/** What happened to each attachment, so the user hears about one that could not be included. */
export const attachmentOutcomeSchema = z
  .object({ name: z.string(), included: z.boolean(), pages: z.number().int().nonnegative(), reason: z.string().optional() })
  .strict();

export const savedFileSchema = z.object({ saved: z.literal(true), path: z.string(), fileName: z.string() }).strict();
export const notSavedSchema = z.object({ saved: z.literal(false) }).strict();

export const exportPdfResultSchema = z.union([
  savedFileSchema.extend({ pages: z.number().int().positive(), attachments: z.array(attachmentOutcomeSchema) }).strict(),
  notSavedSchema,
]);
export type ExportPdfResult = z.infer<typeof exportPdfResultSchema>;

/** The kinds of text file export:text-file writes. */
export const textFileExtensionSchema = z.enum(['csv', 'tsv', 'txt']);

export const exportTextFileInputSchema = z
  .object({
    content: z.string().max(200_000_000),
    /**
     * The save dialog's filter, e.g. { name: 'CSV file', extensions: ['csv'] }. Only text types:
     * a page must not be able to drop a script or a program into a folder the user chose.
     */
    fileType: z.object({ name: z.string().min(1).max(60), extensions: z.array(textFileExtensionSchema).min(1).max(3) }).strict(),
    destination: fileDestinationSchema,
  })
  .strict();

export const exportTextFileResultSchema = z.union([savedFileSchema, notSavedSchema]);
export type ExportTextFileResult = z.infer<typeof exportTextFileResultSchema>;
