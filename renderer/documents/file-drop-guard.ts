// A file dropped outside a drop target would make the browser open it in place of the app
// (losing the screen the user was on). Outside the targets, file drags show "no drop" and the
// drop does nothing; the targets themselves (use-file-drop.ts) handle theirs first.
import { carriesFiles } from './use-file-drop';

export function guardAgainstStrayFileDrops(target: Window): () => void {
  const onDragOver = (event: DragEvent) => {
    if (event.defaultPrevented || !carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'none';
  };
  const onDrop = (event: DragEvent) => {
    if (carriesFiles(event.dataTransfer)) event.preventDefault();
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}
