// A list of attached documents: open one in the viewer, see what it is and when it came,
// remove it. Used for the whole account (Documents card) and for one invoice.
import { formatInstant } from '../../shared/dates/office-time';
import { formatFileSize } from '../../shared/documents/file-size';
import { documentCategoryLabels, isCallRecording, type StoredDocument } from '../../shared/documents/schema';
import { formatRecordingDuration } from '../../shared/recordings/duration-format';
import { routes } from '../shell/router';
import { DocumentKindIcon } from './document-icons';
import { useDocumentsContext } from './documents-context';

interface Props {
  documents: readonly StoredDocument[];
  label: string;
  /** False in an invoice's own list, where the invoice goes without saying. */
  showInvoice?: boolean;
}

export function DocumentList({ documents, label, showInvoice = true }: Props) {
  const context = useDocumentsContext();
  if (!context) return null;
  const { customerId, locale, timeZone, invoiceNumber, openDocument, askToRemove } = context;
  const office = { timeZone, locale };

  return (
    <ul className="document-list" aria-label={label}>
      {documents.map((document) => {
        const number = invoiceNumber(document.invoiceId);
        return (
          <li key={document.id} className="document-item" aria-label={document.fileName}>
            <DocumentKindIcon mime={document.mime} />
            <div className="document-item__main">
              <button
                type="button"
                className="link document-item__open"
                aria-label={`Open ${document.fileName}`}
                onClick={() => openDocument(document)}
              >
                {document.fileName}
              </button>
              <p className="document-item__facts">
                <span>{documentCategoryLabels[document.category]}</span>
                {isCallRecording(document) ? (
                  <>
                    <span>Length {formatRecordingDuration(document.durationSeconds ?? null)}</span>
                    <a href={routes.call(customerId, document.callId)}>Its call</a>
                  </>
                ) : (
                  showInvoice && (
                    <span>{number ? `Invoice ${number}` : document.invoiceId ? 'Invoice no longer on file' : 'Whole account'}</span>
                  )
                )}
                <span>Added {formatInstant(document.addedAt, office, 'date')}</span>
                <span>{formatFileSize(document.size, locale)}</span>
              </p>
            </div>
            <button
              type="button"
              className="link document-item__remove"
              aria-label={`Remove ${document.fileName}`}
              onClick={() => askToRemove(document)}
            >
              Remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}
