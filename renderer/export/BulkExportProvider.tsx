// Mounted in the app shell, above the screens: the multi-account export keeps its run (progress,
// Cancel, summary) while the user works elsewhere, and there is only ever one.
import { useState, type ReactNode } from 'react';
import { useDb } from '../data/db-context';
import { invoke } from '../platform/bridge';
import { BulkExportContext } from './bulk-export-context';
import { createBulkExportStore } from './bulk-export-store';
import { loadPdfExport } from './load-pdf-export';

export function BulkExportProvider({ children }: { children: ReactNode }) {
  const db = useDb();
  const [store] = useState(() =>
    createBulkExportStore({
      chooseFolder: async (kind) =>
        (await invoke('files:choose-folder', { purpose: kind === 'statement' ? 'statements' : 'agency-packets' })).folder,
      exportOne: async (folder, customerId, kind) => {
        const { exportAgencyPacket, exportCustomerStatement } = await loadPdfExport();
        const write = kind === 'statement' ? exportCustomerStatement : exportAgencyPacket;
        return (await write(db, customerId, { destination: (fileName) => ({ kind: 'folder', folderId: folder.id, fileName }) })).result;
      },
    }),
  );
  return <BulkExportContext.Provider value={store}>{children}</BulkExportContext.Provider>;
}
