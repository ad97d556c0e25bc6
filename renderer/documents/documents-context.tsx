// One place for what the customer file's document pieces share: the customer's documents, the
// file chooser, and the attach, viewer and remove dialogs. The Documents card and the invoice
// rows (drop a file on an invoice, list an invoice's documents) all act through it.
import { createContext, lazy, Suspense, useCallback, useContext, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { StoredDocument } from '../../shared/documents/schema';
import type { Invoice } from '../../shared/invoices/schema';
import { AttachDocumentsDialog } from './AttachDocumentsDialog';
import { RemoveDocumentDialog } from './RemoveDocumentDialog';
import { useCustomerDocuments } from './queries';

export interface DocumentsContextValue {
  customerId: string;
  invoices: readonly Invoice[];
  locale: string;
  /** The office zone: the day a document was added is the office's day. */
  timeZone: string;
  documents: readonly StoredDocument[];
  loadError: unknown;
  isLoading: boolean;
  documentsOfInvoice(invoiceId: string): readonly StoredDocument[];
  invoiceNumber(invoiceId: string | null): string | null;
  /** The hidden <input type="file"> the Documents card renders. */
  fileInputRef: RefObject<HTMLInputElement | null>;
  /** Opens the OS file chooser; what is chosen goes to `invoiceId` (null: the whole account). */
  chooseFiles(invoiceId: string | null): void;
  /** The input's change handler. */
  onFilesChosen(files: File[]): void;
  /** Opens the attach dialog for files chosen or dropped. */
  attachFiles(files: File[], invoiceId: string | null): void;
  openDocument(document: StoredDocument): void;
  askToRemove(document: StoredDocument): void;
  isInvoiceExpanded(invoiceId: string): boolean;
  toggleInvoice(invoiceId: string): void;
  /** The outcome of the last attach or remove, announced in the Documents card. */
  status: string | null;
}

/** The Documents card's heading: focus goes there when the document that had it is removed. */
export const documentsHeadingId = 'documents-heading';

// The viewer (and PDF.js behind it) is its own script file, loaded when a document is opened.
const DocumentViewerDialog = lazy(async () => ({ default: (await import('./DocumentViewerDialog')).DocumentViewerDialog }));

const DocumentsContext = createContext<DocumentsContextValue | null>(null);

/** The shared document state, or null outside a customer file (e.g. an invoice table elsewhere). */
export function useDocumentsContext(): DocumentsContextValue | null {
  return useContext(DocumentsContext);
}

interface AttachRequest {
  files: File[];
  invoiceId: string | null;
  /** Changes with every request, so a second drop starts a fresh dialog. */
  key: number;
}

interface Props {
  customerId: string;
  invoices: readonly Invoice[];
  locale: string;
  /** The office zone: the day a document was added is the office's day. */
  timeZone: string;
  children: ReactNode;
}

export function DocumentsProvider({ customerId, invoices, locale, timeZone, children }: Props) {
  const documentsQuery = useCustomerDocuments(customerId);
  const documents = useMemo(() => documentsQuery.data ?? [], [documentsQuery.data]);
  const [attachRequest, setAttachRequest] = useState<AttachRequest | null>(null);
  const [viewing, setViewing] = useState<StoredDocument | null>(null);
  const [removing, setRemoving] = useState<StoredDocument | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<string | null>(null);
  const fileInputRef = useRef<HTMLInputElement | null>(null);
  const chooserInvoiceRef = useRef<string | null>(null);
  const requestCount = useRef(0);

  const byInvoice = useMemo(() => {
    const map = new Map<string, StoredDocument[]>();
    for (const document of documents) {
      if (document.invoiceId === null) continue;
      const list = map.get(document.invoiceId) ?? [];
      list.push(document);
      map.set(document.invoiceId, list);
    }
    return map;
  }, [documents]);
  const numbers = useMemo(() => new Map(invoices.map((i) => [i.id, i.number])), [invoices]);

  const attachFiles = useCallback((files: File[], invoiceId: string | null) => {
    if (files.length === 0) return;
    requestCount.current += 1;
    setStatus(null);
    setAttachRequest({ files, invoiceId, key: requestCount.current });
  }, []);

  const value = useMemo<DocumentsContextValue>(
    () => ({
      customerId,
      invoices,
      locale,
      timeZone,
      documents,
      loadError: documentsQuery.error,
      isLoading: documentsQuery.isPending,
      documentsOfInvoice: (invoiceId) => byInvoice.get(invoiceId) ?? [],
      invoiceNumber: (invoiceId) => (invoiceId === null ? null : (numbers.get(invoiceId) ?? null)),
      fileInputRef,
      chooseFiles: (invoiceId) => {
        const input = fileInputRef.current;
        if (!input) return;
        chooserInvoiceRef.current = invoiceId;
        input.value = ''; // choosing the same file again still fires change
        input.click();
      },
      onFilesChosen: (files) => attachFiles(files, chooserInvoiceRef.current),
      attachFiles,
      openDocument: setViewing,
      askToRemove: setRemoving,
      isInvoiceExpanded: (invoiceId) => expanded.has(invoiceId),
      toggleInvoice: (invoiceId) =>
        setExpanded((current) => {
          const next = new Set(current);
          if (!next.delete(invoiceId)) next.add(invoiceId);
          return next;
        }),
      status,
    }),
    [
      customerId,
      invoices,
      locale,
      timeZone,
      documents,
      documentsQuery.error,
      documentsQuery.isPending,
      byInvoice,
      numbers,
      attachFiles,
      expanded,
      status,
    ],
  );

  const onAttached = (added: readonly StoredDocument[]) => {
    setAttachRequest(null);
    const invoiceIds = new Set(added.map((d) => d.invoiceId).filter((id): id is string => id !== null));
    // Show the new documents where the user looks: an invoice's list opens when files went to it.
    if (invoiceIds.size > 0) setExpanded((current) => new Set([...current, ...invoiceIds]));
    setStatus(added.length === 1 ? `Attached ${added[0]!.fileName}.` : `Attached ${added.length} documents.`);
  };

  return (
    <DocumentsContext.Provider value={value}>
      {children}
      {attachRequest && (
        <AttachDocumentsDialog
          key={attachRequest.key}
          customerId={customerId}
          files={attachRequest.files}
          initialInvoiceId={attachRequest.invoiceId}
          invoices={invoices}
          locale={locale}
          onClose={() => setAttachRequest(null)}
          onAttached={onAttached}
        />
      )}
      {viewing && (
        <Suspense
          fallback={
            <p role="status" className="loading">
              Opening {viewing.fileName}…
            </p>
          }
        >
          <DocumentViewerDialog
            document={viewing}
            invoiceNumber={value.invoiceNumber(viewing.invoiceId)}
            office={{ timeZone, locale }}
            onClose={() => setViewing(null)}
          />
        </Suspense>
      )}
      {removing && (
        <RemoveDocumentDialog
          document={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(removed) => {
            setRemoving(null);
            if (viewing?.id === removed.id) setViewing(null);
            setStatus(`Removed ${removed.fileName}.`);
            // Its Remove button is gone; once the dialog has closed, continue from the section.
            requestAnimationFrame(() => window.document.getElementById(documentsHeadingId)?.focus());
          }}
        />
      )}
    </DocumentsContext.Provider>
  );
}
