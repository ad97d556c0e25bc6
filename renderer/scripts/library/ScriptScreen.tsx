// One script: a built-in one read-only (with its wording as the template, merge fields and all,
// and a preview), an office one in the editor.
import { scripts as builtInScripts } from '../../../shared/scripts/default-script';
import { latestOfficeScripts } from '../../../shared/scripts/library/script-library';
import { routes } from '../../shell/router';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { Button } from '../../ui/Button';
import { BuiltInScriptView } from './BuiltInScriptView';
import { useScriptRows } from './queries';
import { ScriptEditForm } from './ScriptEditForm';
import { useDuplicateScript } from './use-duplicate-script';
import './script-library.css';

export function ScriptScreen({ scriptId }: { scriptId: string }) {
  const rows = useScriptRows();
  const duplicate = useDuplicateScript(rows.data ?? []);
  if (rows.isPending)
    return (
      <p className="loading" role="status">
        Reading the script…
      </p>
    );
  if (rows.isError)
    return (
      <p role="alert" className="ui-form-error">
        The script could not be read: {rows.error.message}
      </p>
    );
  const builtIn = builtInScripts.find((s) => s.id === scriptId);
  const own = latestOfficeScripts(rows.data).find((row) => row.scriptId === scriptId);
  const title = builtIn?.title ?? own?.template.title;
  return (
    <main className="screen script-screen" aria-labelledby="script-heading">
      <div className="screen-header">
        <div>
          <Breadcrumb items={[{ label: 'Call scripts', href: routes.scripts() }, { label: title ?? 'Script' }]} />
          <h1 id="script-heading">{title ? (builtIn ? title : `Edit: ${title}`) : 'Script not found'}</h1>
        </div>
        {(builtIn ?? own) && (
          <div className="actions">
            <Button
              disabled={duplicate.pending}
              onClick={() => void duplicate.duplicate(builtIn ?? own!.template, own?.proposedInstead ?? null)}
            >
              Duplicate and edit
            </Button>
          </div>
        )}
      </div>
      {duplicate.error && (
        <p role="alert" className="ui-form-error">
          {duplicate.error}
        </p>
      )}
      {builtIn ? (
        <BuiltInScriptView template={builtIn} />
      ) : own ? (
        <ScriptEditForm key={own.scriptId} row={own} />
      ) : (
        <p>
          This script is not in the library. <a href={routes.scripts()}>Back to the scripts</a>
        </p>
      )}
    </main>
  );
}
