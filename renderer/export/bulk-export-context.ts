// The one multi-account export store of the app window, provided by BulkExportProvider.
import { createContext } from 'react';
import type { BulkExportStore } from './bulk-export-store';

export const BulkExportContext = createContext<BulkExportStore | null>(null);
