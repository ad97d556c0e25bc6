// The OS file dialogs as the e2e tests play them: each answer is queued by the test before the
// dialog opens (null = the user cancelled), and every dialog main showed is recorded.
import type { Dialogs } from '../../electron/services/files/file-ports';

export type DialogKind = 'save' | 'folder' | 'open';

export interface AskedDialog {
  kind: DialogKind;
  title: string;
  /** The name a save dialog suggested. */
  defaultName?: string;
}

export interface ScriptedDialogs extends Dialogs {
  /** The answer the next save dialog gives: a full path, or null for Cancel. */
  queueSavePath(path: string | null): void;
  queueFolder(path: string | null): void;
  queueOpenPath(path: string | null): void;
  /**
   * Queues a save dialog that stays open until the test answers it, as a user taking their time
   * would: what the window shows meanwhile can be checked.
   */
  holdSaveDialog(): { answer(path: string | null): void };
  /** Every dialog main showed, oldest first. */
  readonly asked: readonly AskedDialog[];
}

export function createScriptedDialogs(): ScriptedDialogs {
  const answers: Record<DialogKind, (string | null | Promise<string | null>)[]> = { save: [], folder: [], open: [] };
  const asked: AskedDialog[] = [];
  // With nothing queued a dialog answers as if the user cancelled.
  const answer = (kind: DialogKind): Promise<string | null> => Promise.resolve(answers[kind].shift() ?? null);

  return {
    asked,
    queueSavePath: (path) => void answers.save.push(path),
    queueFolder: (path) => void answers.folder.push(path),
    queueOpenPath: (path) => void answers.open.push(path),
    holdSaveDialog() {
      let answer: (path: string | null) => void = () => {};
      answers.save.push(new Promise<string | null>((resolve) => (answer = resolve)));
      return { answer: (path) => answer(path) };
    },
    chooseSavePath({ title, defaultName }) {
      asked.push({ kind: 'save', title, defaultName });
      return answer('save');
    },
    chooseFolder({ title }) {
      asked.push({ kind: 'folder', title });
      return answer('folder');
    },
    chooseOpenPath({ title }) {
      asked.push({ kind: 'open', title });
      return answer('open');
    },
  };
}
