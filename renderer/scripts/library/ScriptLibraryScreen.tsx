// Scripts: the built-in scripts (read-only, one per stage of an overdue account) and the office's
// own copies, with what each is for, its version and whether calls are offered it.
import { scriptAsUsed, libraryScripts, type LibraryScript } from '../../../shared/scripts/library/script-library';
import { scriptToneLabels } from '../../../shared/scripts/tones';
import { formatInstant, officeClockOf } from '../../../shared/dates/office-time';
import { routes } from '../../shell/router';
import { useSettings } from '../../settings/queries';
import { Button } from '../../ui/Button';
import { useScriptRows, useSetScriptArchived } from './queries';
import { useDuplicateScript } from './use-duplicate-script';
import './script-library.css';

const kindWords = { commercial: 'Businesses', consumer: 'Private persons' } as const;

export function ScriptLibraryScreen() {
  const rows = useScriptRows();
  const settings = useSettings().data;
  const duplicate = useDuplicateScript(rows.data ?? []);
  const archive = useSetScriptArchived();
  if (rows.isPending)
    return (
      <p className="loading" role="status">
        Reading the scripts…
      </p>
    );
  if (rows.isError)
    return (
      <p role="alert" className="ui-form-error">
        The scripts could not be read: {rows.error.message}
      </p>
    );
  const all = libraryScripts(rows.data);
  const titleOf = (id: string) => scriptAsUsed(rows.data, id, undefined)?.title ?? id;
  const proposedWords = (script: LibraryScript) =>
    script.origin === 'built-in'
      ? script.template.id === 'collection-call'
        ? 'Never proposed; any stage'
        : 'By the proposal rules'
      : script.proposedInstead
        ? `Instead of ${titleOf(script.proposedInstead)}`
        : 'Chosen from the list only';
  return (
    <main className="screen script-library" aria-labelledby="scripts-heading">
      <div className="screen-header">
        <h1 id="scripts-heading">Call scripts</h1>
      </div>
      <p>
        The built-in scripts are read-only. “Duplicate and edit” makes your own copy to reword; each save is a new version, and a call keeps
        showing the version it was made with.
      </p>
      {duplicate.error && (
        <p role="alert" className="ui-form-error">
          {duplicate.error}
        </p>
      )}
      {archive.error && (
        <p role="alert" className="ui-form-error">
          The script was not changed: {archive.error.message}
        </p>
      )}
      <table className="script-library-table">
        <thead>
          <tr>
            <th scope="col">Script</th>
            <th scope="col">Tone</th>
            <th scope="col">For</th>
            <th scope="col">Version</th>
            <th scope="col">Proposed</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {all.map((script) => (
            <tr key={script.template.id} className={script.archived ? 'is-archived' : undefined}>
              <th scope="row">
                <a href={routes.script(script.template.id)}>{script.template.title}</a>
                {script.origin === 'built-in' ? <span className="badge">Built in</span> : <span className="badge">Yours</span>}
                {script.archived && <span className="badge">Not offered in calls</span>}
                <p className="muted small">{script.template.description}</p>
              </th>
              <td>{scriptToneLabels[script.template.tone]}</td>
              <td>{script.template.forKind ? kindWords[script.template.forKind] : 'Any'}</td>
              <td>
                {script.template.version}
                {script.savedAt && settings && (
                  <span className="muted small"> · {formatInstant(script.savedAt, officeClockOf(settings))}</span>
                )}
              </td>
              <td>{proposedWords(script)}</td>
              <td className="script-library-actions">
                <Button
                  disabled={duplicate.pending}
                  onClick={() => void duplicate.duplicate(script.template, script.proposedInstead)}
                  aria-label={`Duplicate and edit ${script.template.title}`}
                >
                  Duplicate and edit
                </Button>
                {script.origin === 'custom' && (
                  <Button
                    variant="link"
                    disabled={archive.isPending}
                    onClick={() => archive.mutate({ scriptId: script.template.id, archived: !script.archived })}
                    aria-label={`${script.archived ? 'Offer' : 'Stop offering'} ${script.template.title} in calls`}
                  >
                    {script.archived ? 'Offer in calls again' : 'Stop offering in calls'}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
