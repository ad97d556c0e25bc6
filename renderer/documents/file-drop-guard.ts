// A file dropped outside a drop target would make the browser open it in place of the app
// (losing the screen the user was on). Outside the targets, file drags go to the handler the
// app set (Import takes them) or, with none, show "no drop" and do nothing; the targets
// themselves (use-file-drop.ts) handle theirs first.
import { carriesFiles, fileDropAttribute } from './use-file-drop';

let strayFilesHandler: ((files: File[]) => void) | null = null;

/** Who takes files dropped outside every drop target (null: nobody, the drop does nothing). */
export function setStrayFilesHandler(handler: ((files: File[]) => void) | null): void {
  strayFilesHandler = handler;
}

function insideDropTarget(event: DragEvent): boolean {
  return event.target instanceof Element && event.target.closest(`[${fileDropAttribute}]`) !== null;
}

export function guardAgainstStrayFileDrops(target: Window): () => void {
  const onDragOver = (event: DragEvent) => {
    if (event.defaultPrevented || !carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer!.dropEffect = strayFilesHandler ? 'copy' : 'none';
  };
  const onDrop = (event: DragEvent) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    const files = Array.from(event.dataTransfer!.files);
    if (strayFilesHandler && !insideDropTarget(event) && files.length > 0) strayFilesHandler(files);
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}
