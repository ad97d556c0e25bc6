// Saving letters and recording them, as both letter dialogs need it: the PDF through main, then
// one timeline note per letter. A file saved whose notes could not be written is kept in the
// state, so "Record on timeline" tries the notes again without printing or saving again.
import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../../shared/common/error-message';
import type { ReadyLetter } from '../../shared/letters/compose-letter';
import type { Settings } from '../../shared/settings/schema';
import { stepAt, type PdfExportStep } from '../export/export-progress';
import type { SavedPdf } from '../export/use-pdf-export';
import { useRecordLettersSent } from './letter-queries';
import type { LetterToRecord } from './letter-repository';
import { loadSaveLetters } from './load-save-letters';

export type SaveLettersState =
  | { status: 'idle' }
  | { status: 'saving'; step: PdfExportStep }
  /** The file is written but the timeline notes are not: `message` says so. */
  | { status: 'unrecorded'; saved: SavedPdf; toRecord: LetterToRecord[]; message: string }
  | { status: 'done'; saved: SavedPdf; count: number }
  | { status: 'failed'; message: string };

/** How a save or a retry ended: 'idle' when the user cancelled the save dialog (nothing written). */
export type SaveOutcome = SaveLettersState['status'];

const notRecorded = (count: number, error: unknown) =>
  `The PDF was saved, but ${count === 1 ? 'the letter was' : 'the letters were'} not recorded on the timeline: ${errorMessage(error)} ` +
  'Choose “Record on timeline” to try again (nothing is printed again).';

export function useSaveLetters(settings: Settings) {
  const record = useRecordLettersSent();
  const [state, setState] = useState<SaveLettersState>({ status: 'idle' });
  const running = useRef(false);

  const recordOn = useCallback(
    async (saved: SavedPdf, toRecord: LetterToRecord[]): Promise<SaveOutcome> => {
      try {
        await record.mutateAsync(toRecord);
        setState({ status: 'done', saved, count: toRecord.length });
        return 'done';
      } catch (error) {
        setState({ status: 'unrecorded', saved, toRecord, message: notRecorded(toRecord.length, error) });
        return 'unrecorded';
      }
    },
    [record],
  );

  const save = useCallback(
    async (letters: readonly ReadyLetter[], now: Date): Promise<SaveOutcome> => {
      if (running.current || letters.length === 0) return 'idle';
      running.current = true;
      setState({ status: 'saving', step: stepAt('building') });
      const onStep = (step: PdfExportStep) => setState((current) => (current.status === 'saving' ? { status: 'saving', step } : current));
      try {
        const { saveLettersPdf } = await loadSaveLetters();
        const { result, toRecord } = await saveLettersPdf(letters, { settings, now, onStep });
        if (!result.saved) {
          setState({ status: 'idle' });
          return 'idle';
        }
        return await recordOn(result, toRecord);
      } catch (error) {
        setState({ status: 'failed', message: `Nothing was saved. ${errorMessage(error) || 'Something went wrong.'}` });
        return 'failed';
      } finally {
        running.current = false;
      }
    },
    [settings, recordOn],
  );

  const retryRecord = useCallback(async (): Promise<SaveOutcome> => {
    if (running.current || state.status !== 'unrecorded') return state.status;
    running.current = true;
    try {
      return await recordOn(state.saved, state.toRecord);
    } finally {
      running.current = false;
    }
  }, [state, recordOn]);

  return { state, save, retryRecord };
}
