// Makes an element a drop target for files from the desktop, with a highlight while files are
// dragged over it. Drags that carry no files (selected text, say) are left alone.
import { useRef, useState, type DragEvent } from 'react';

/** Marks drop targets, so the window-wide guard (file-drop-guard.ts) leaves their drops alone. */
export const fileDropAttribute = 'data-file-drop';

export function carriesFiles(dataTransfer: DataTransfer | null): boolean {
  return dataTransfer !== null && Array.from(dataTransfer.types).includes('Files');
}

export function useFileDrop<E extends HTMLElement>(onFiles: (files: File[]) => void) {
  const [isOver, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the pointer left.
  const depth = useRef(0);

  const dropProps = {
    [fileDropAttribute]: '',
    onDragEnter: (event: DragEvent<E>) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth.current += 1;
      setOver(true);
    },
    onDragOver: (event: DragEvent<E>) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: (event: DragEvent<E>) => {
      if (!carriesFiles(event.dataTransfer)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    },
    onDrop: (event: DragEvent<E>) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth.current = 0;
      setOver(false);
      const files = Array.from(event.dataTransfer.files);
      if (files.length > 0) onFiles(files);
    },
  };
  return { isOver, dropProps };
}
