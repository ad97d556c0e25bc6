// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { guardAgainstStrayFileDrops, setStrayFilesHandler } from '../../../../renderer/documents/file-drop-guard';
import { fileDropAttribute } from '../../../../renderer/documents/use-file-drop';

function fileDrag(type: 'dragover' | 'drop', target: Element, files: File[]) {
  const event = new Event(type, { bubbles: true, cancelable: true }) as DragEvent;
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files, dropEffect: 'none' } });
  target.dispatchEvent(event);
  return event;
}

let stop: () => void = () => {};
afterEach(() => {
  stop();
  setStrayFilesHandler(null);
  document.body.innerHTML = '';
});

describe('files dropped outside a documents drop zone', () => {
  const report = new File(['Customer,Amount\n'], 'aging.csv', { type: 'text/csv' });

  it('go to the handler the app set (Import), never to the browser', () => {
    stop = guardAgainstStrayFileDrops(window);
    const taken: File[][] = [];
    setStrayFilesHandler((files) => taken.push(files));
    const over = fileDrag('dragover', document.body, [report]);
    expect(over.defaultPrevented).toBe(true);
    expect(over.dataTransfer!.dropEffect).toBe('copy');
    const drop = fileDrag('drop', document.body, [report]);
    expect(drop.defaultPrevented).toBe(true);
    expect(taken).toEqual([[report]]);
  });

  it('inside a drop zone stay with that zone', () => {
    stop = guardAgainstStrayFileDrops(window);
    const taken: File[][] = [];
    setStrayFilesHandler((files) => taken.push(files));
    const zone = document.createElement('div');
    zone.setAttribute(fileDropAttribute, '');
    const inner = zone.appendChild(document.createElement('span'));
    document.body.appendChild(zone);
    fileDrag('drop', inner, [report]);
    expect(taken).toEqual([]);
  });

  it('with no handler show “no drop” and do nothing', () => {
    stop = guardAgainstStrayFileDrops(window);
    expect(fileDrag('dragover', document.body, [report]).dataTransfer!.dropEffect).toBe('none');
    expect(fileDrag('drop', document.body, [report]).defaultPrevented).toBe(true);
  });
});
