// "Show in folder" for a file main has just saved: main opens the file manager on it.
import { useState } from 'react';
import { invoke } from './bridge';
import { Button } from '../ui/Button';
import { errorMessage } from '../../shared/common/error-message';

export function ShowInFolderButton({ path }: { path: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const show = async () => {
    setProblem(null);
    try {
      const { shown } = await invoke('files:show-in-folder', { path });
      if (!shown) setProblem('The folder could not be shown. The file may have been moved or deleted.');
    } catch (error) {
      setProblem(`The folder could not be shown: ${errorMessage(error)}`);
    }
  };
  return (
    <>
      <Button onClick={() => void show()}>Show in folder</Button>
      {problem && (
        <p role="alert" className="ui-form-error">
          {problem}
        </p>
      )}
    </>
  );
}
