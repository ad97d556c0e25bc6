// "Attach documents": every chosen file with its type and the invoice it supports, and the
// files that cannot be attached with the reason. Attach writes all the accepted files in one
// transaction, or none of them.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { guessDocumentCategory } from '../../shared/documents/category-guess';
import { formatFileSize } from '../../shared/documents/file-size';
import {
  documentCategoryLabels,
  documentCategorySchema,
  paperDocumentCategories,
  type DocumentCategory,
  type StoredDocument,
} from '../../shared/documents/schema';
import type { Invoice } from '../../shared/invoices/schema';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { SelectField, type SelectOption } from '../ui/fields';
import { useAddDocuments } from './queries';
import { useCheckedFiles, type CheckedFile } from './use-checked-files';
import { errorMessage } from '../../shared/common/error-message';

interface Props {
  customerId: string;
  files: readonly File[];
  initialInvoiceId: string | null;
  invoices: readonly Invoice[];
  locale: string;
  onClose(): void;
  onAttached(added: StoredDocument[]): void;
}

interface Choice {
  category: DocumentCategory;
  /** '' for the whole account. */
  invoiceId: string;
}

// A call recording is attached on its call, never here.
const categoryOptions: SelectOption[] = paperDocumentCategories.map((value) => ({ value, label: documentCategoryLabels[value] }));

type Accepted = Extract<CheckedFile, { status: 'accepted' }>;

export function AttachDocumentsDialog({ customerId, files, initialInvoiceId, invoices, locale, onClose, onAttached }: Props) {
  const checked = useCheckedFiles(files);
  const addDocuments = useAddDocuments();
  const knownInvoice = invoices.some((i) => i.id === initialInvoiceId) ? (initialInvoiceId ?? '') : '';
  const [guessed] = useState<Choice[]>(() =>
    files.map((file) => ({ category: guessDocumentCategory(file.name), invoiceId: knownInvoice })),
  );
  const [choices, setChoices] = useState<Choice[]>(guessed);
  // The files came from a picker or a drop; only the choices made here would be lost.
  const changed = choices.some((choice, i) => choice.category !== guessed[i]?.category || choice.invoiceId !== guessed[i]?.invoiceId);
  const [saveError, setSaveError] = useState<string | null>(null);

  const invoiceOptions: SelectOption[] = [
    { value: '', label: 'Whole account' },
    ...invoices.map((i) => ({ value: i.id, label: i.number })),
  ];
  const accepted = checked
    .map((entry, index) => ({ entry, index }))
    .filter((x): x is { entry: Accepted; index: number } => x.entry.status === 'accepted');
  const refused = checked.filter((entry): entry is Extract<CheckedFile, { status: 'refused' }> => entry.status === 'refused');
  const checking = checked.some((entry) => entry.status === 'checking');

  // The dialog opens while the files are still being read; once they are, start the user on the
  // first file's type (unless they have already moved on).
  const formRef = useRef<HTMLFormElement>(null);
  const wasChecking = useRef(checking);
  useEffect(() => {
    if (wasChecking.current && !checking) {
      const active = document.activeElement;
      const untouched = !active || active === document.body || active.closest('.ui-form-actions') !== null;
      if (untouched) formRef.current?.querySelector<HTMLElement>('select')?.focus();
    }
    wasChecking.current = checking;
  }, [checking]);

  const choose = (index: number, change: Partial<Choice>) =>
    setChoices((list) => list.map((choice, i) => (i === index ? { ...choice, ...change } : choice)));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (checking || accepted.length === 0) return;
    setSaveError(null);
    try {
      const added = await addDocuments.mutateAsync({
        customerId,
        files: accepted.map(({ entry, index }) => ({
          fileName: entry.file.name,
          statedType: entry.file.type,
          bytes: entry.bytes,
          category: choices[index]!.category,
          invoiceId: choices[index]!.invoiceId || null,
        })),
      });
      onAttached(added);
    } catch (error) {
      setSaveError(`Nothing was attached: ${errorMessage(error)}`);
    }
  };

  return (
    <Dialog title="Attach documents" onClose={onClose} hasUnsavedInput={changed} wide>
      <form ref={formRef} className="ui-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <FormErrorBanner message={saveError} />
        {refused.length > 0 && (
          <div role="alert" className="attach-refusals">
            <p>{refused.length === 1 ? 'This file cannot be attached:' : `These ${refused.length} files cannot be attached:`}</p>
            <ul>
              {refused.map((entry, i) => (
                <li key={i}>{entry.reason}</li>
              ))}
            </ul>
          </div>
        )}
        {checking && (
          <p role="status" className="muted">
            Checking the chosen files…
          </p>
        )}
        {accepted.length > 0 && (
          <table className="ui-table attach-table">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Type of document</th>
                <th scope="col">Supports</th>
              </tr>
            </thead>
            <tbody>
              {accepted.map(({ entry, index }) => (
                <tr key={index}>
                  <th scope="row" className="attach-table__file">
                    <span className="attach-table__name">{entry.file.name}</span>
                    <span className="muted attach-table__size">{formatFileSize(entry.bytes.byteLength, locale)}</span>
                  </th>
                  <td>
                    <SelectField
                      label={`Type of ${entry.file.name}`}
                      labelHidden
                      options={categoryOptions}
                      value={choices[index]!.category}
                      onChange={(e) => choose(index, { category: documentCategorySchema.parse(e.target.value) })}
                    />
                  </td>
                  <td>
                    <SelectField
                      label={`Invoice for ${entry.file.name}`}
                      labelHidden
                      options={invoiceOptions}
                      value={choices[index]!.invoiceId}
                      onChange={(e) => choose(index, { invoiceId: e.target.value })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {!checking && accepted.length === 0 && <p>None of the chosen files can be attached.</p>}
        <p className="muted attach-note">
          Attached files are kept in Call Desk on this computer, included in backups, and added to the agency packet.
        </p>
        <div className="ui-form-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={checking || accepted.length === 0 || addDocuments.isPending}>
            Attach
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
