// The account PDFs' code (the statement and packet layouts) is its own script file, loaded at
// the first export: the customer file opens without it.
export const loadPdfExport = () => import('./pdf-export');
