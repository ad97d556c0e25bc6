// Asks before a document is removed: the file goes with it, and it is no longer in the packet.
import { useState } from 'react';
import type { StoredDocument } from '../../shared/documents/schema';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { useRemoveDocument } from './queries';
import { errorMessage } from '../../shared/common/error-message';

interface Props {
  document: StoredDocument;
  onClose(): void;
  onRemoved(document: StoredDocument): void;
}

export function RemoveDocumentDialog({ document, onClose, onRemoved }: Props) {
  const remove = useRemoveDocument();
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setError(null);
    try {
      onRemoved(await remove.mutateAsync({ id: document.id }));
    } catch (failure) {
      setError(`${document.fileName} was not removed: ${errorMessage(failure)}`);
    }
  };

  return (
    <Dialog title="Remove document" onClose={onClose}>
      <div className="ui-form">
        <FormErrorBanner message={error} />
        <p>
          Remove <strong>{document.fileName}</strong> from this account? The file is deleted from Call Desk and will not be in the agency
          packet. Backups made before now still contain it.
        </p>
        <div className="ui-form-actions">
          <Button data-autofocus onClick={onClose}>
            Keep document
          </Button>
          <Button variant="danger" disabled={remove.isPending} onClick={() => void confirm()}>
            Remove document
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
