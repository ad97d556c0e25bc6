// Opens an attached document inside the app: PDFs page by page, images fitted, a call
// recording in a player. The dialog is named by the file name.
import { formatInstant, type OfficeClock } from '../../shared/dates/office-time';
import { formatFileSize } from '../../shared/documents/file-size';
import { documentCategoryLabels, isCallRecording, type StoredDocument } from '../../shared/documents/schema';
import { formatRecordingDuration } from '../../shared/recordings/duration-format';
import { RecordingPlayer } from '../recordings/RecordingPlayer';
import { Dialog } from '../ui/Dialog';
import { ImageView } from './ImageView';
import { PdfView } from './PdfView';
import { useDocumentFile } from './queries';
import './documents.css';

interface Props {
  document: StoredDocument;
  invoiceNumber: string | null;
  office: OfficeClock;
  onClose(): void;
}

export function DocumentViewerDialog({ document, invoiceNumber, office, onClose }: Props) {
  if (isCallRecording(document)) {
    // Sound is never read as a PDF or a picture: the player reads the bytes itself.
    return (
      <Dialog title={document.fileName} onClose={onClose}>
        <div className="document-viewer">
          <p className="document-viewer__facts muted">
            <span>{documentCategoryLabels[document.category]}</span>
            <span>Length {formatRecordingDuration(document.durationSeconds ?? null)}</span>
            <span>{formatFileSize(document.size, office.locale)}</span>
            <span>Added {formatInstant(document.addedAt, office, 'date')}</span>
          </p>
          <RecordingPlayer recording={document} />
        </div>
      </Dialog>
    );
  }
  return <PaperDocumentViewer document={document} invoiceNumber={invoiceNumber} office={office} onClose={onClose} />;
}

function PaperDocumentViewer({ document, invoiceNumber, office, onClose }: Props) {
  const file = useDocumentFile(document.id);
  const added = formatInstant(document.addedAt, office, 'date');

  return (
    <Dialog title={document.fileName} onClose={onClose} wide>
      <div className="document-viewer">
        <p className="document-viewer__facts muted">
          <span>{documentCategoryLabels[document.category]}</span>
          <span>{invoiceNumber ? `Invoice ${invoiceNumber}` : document.invoiceId ? 'Invoice no longer on file' : 'Whole account'}</span>
          <span>{formatFileSize(document.size, office.locale)}</span>
          <span>Added {added}</span>
        </p>
        {file.isPending ? (
          <p role="status" className="viewer-message">
            Opening {document.fileName}…
          </p>
        ) : file.isError ? (
          <p role="alert" className="viewer-message error-text">
            {document.fileName} cannot be displayed: {file.error instanceof Error ? file.error.message : String(file.error)}
          </p>
        ) : document.mime === 'application/pdf' ? (
          <PdfView bytes={file.data.bytes} fileName={document.fileName} />
        ) : document.mime === 'image/png' || document.mime === 'image/jpeg' ? (
          <ImageView bytes={file.data.bytes} mime={document.mime} fileName={document.fileName} />
        ) : (
          <p role="alert" className="viewer-message error-text">
            {document.fileName} cannot be displayed here.
          </p>
        )}
      </div>
    </Dialog>
  );
}
