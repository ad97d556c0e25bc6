// Where a letter dialog says how the save is going: the progress while the PDF is printed and
// saved, then the file written and that the letters are on the timeline, with "Show in folder".
// Failures are said in the dialog's error banner, where the user is looking.
import { plural } from '../../shared/wording/plural';
import { stepPercent, stepText } from '../export/export-progress';
import { ShowInFolderButton } from '../platform/ShowInFolderButton';
import type { SaveLettersState } from './use-save-letters';

export function LetterSaveStatus({ state }: { state: SaveLettersState }) {
  if (state.status === 'saving') {
    const text = stepText(state.step);
    return (
      <div className="letter-save-status">
        <progress aria-label="Saving the letters" max={100} value={stepPercent(state.step)} aria-valuetext={text} />
        <p role="status">{text}…</p>
      </div>
    );
  }
  if (state.status !== 'done') return null;
  const { saved, count } = state;
  return (
    <div className="letter-save-status saved" role="status" aria-label="Letters saved">
      <p>
        Saved <strong>{saved.fileName}</strong> ({plural(saved.pages, 'page', 'pages')}).{' '}
        {count === 1
          ? 'The letter is recorded on the account’s timeline.'
          : `Each of the ${count} letters is recorded on its account’s timeline.`}
      </p>
      <ShowInFolderButton path={saved.path} />
    </div>
  );
}
