// The customer file's Documents section: every document attached to the account or one of its
// invoices, newest first. Files come in through "Attach files…" or by dropping them here.
import { Button } from '../ui/Button';
import { DocumentList } from './DocumentList';
import { documentsHeadingId, useDocumentsContext } from './documents-context';
import { useFileDrop } from './use-file-drop';
import './documents.css';
import { errorMessage } from '../../shared/common/error-message';

export function DocumentsCard() {
  const context = useDocumentsContext();
  if (!context) throw new Error('DocumentsCard needs a <DocumentsProvider> above it.');
  const { documents, isLoading, loadError, fileInputRef, chooseFiles, onFilesChosen, attachFiles, status } = context;
  const { isOver, dropProps } = useFileDrop<HTMLElement>((files) => attachFiles(files, null));

  return (
    <section className={`card documents-card${isOver ? ' is-drop-target' : ''}`} aria-labelledby={documentsHeadingId} {...dropProps}>
      <div className="card-header">
        <h2 id={documentsHeadingId} tabIndex={-1}>
          Documents
        </h2>
        {documents.length > 0 && <span className="muted">{documents.length}</span>}
        <div className="actions">
          <Button onClick={() => chooseFiles(null)}>Attach files…</Button>
        </div>
      </div>
      <input
        ref={fileInputRef}
        type="file"
        multiple
        accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
        aria-label="Files to attach"
        className="visually-hidden"
        tabIndex={-1}
        onChange={(event) => onFilesChosen(Array.from(event.currentTarget.files ?? []))}
      />
      <p role="status" className="documents-status">
        {status}
      </p>
      {loadError ? (
        <p role="alert" className="error-text">
          The documents could not be loaded: {errorMessage(loadError)}
        </p>
      ) : isLoading ? null : documents.length === 0 ? (
        <p className="documents-empty">
          No documents yet. Attach what an agency will ask for — the signed agreement, purchase orders, proof of delivery — by dragging PDFs
          or images here, or with the “Attach files…” button.
        </p>
      ) : (
        <DocumentList documents={documents} label="Attached documents" />
      )}
      {isOver && (
        <div className="documents-drop-hint" aria-hidden="true">
          Drop the files to attach them to this account
        </div>
      )}
    </section>
  );
}
