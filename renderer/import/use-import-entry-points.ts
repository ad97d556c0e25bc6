// The ways into Import from anywhere in the app: Ctrl+I and File ▸ Import… (main's file dialog)
// and a file dropped on the window outside any documents drop zone.
import { useEffect } from 'react';
import { useCommand } from '../shell/commands';
import { navigate, routes } from '../shell/router';
import { setStrayFilesHandler } from '../documents/file-drop-guard';
import { requestImport } from './import-requests';

export function useImportEntryPoints(): void {
  useCommand('import-file', () => {
    requestImport({ kind: 'dialog' });
    navigate(routes.import());
  });
  useEffect(() => {
    setStrayFilesHandler((files) => {
      // One file at a time: the first one dropped.
      requestImport({ kind: 'file', file: files[0]! });
      navigate(routes.import());
    });
    return () => setStrayFilesHandler(null);
  }, []);
}
