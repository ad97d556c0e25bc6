// @vitest-environment jsdom
// The browser's file picker as main's open dialog: straight away after a click, else after the
// one click the browser needs, with Cancel (or Escape) answering "no file".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickFile } from '../../../../electron/browser-mode/page/file-picker';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('No file input in the page.');
  return input;
}

function choose(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file] });
  input.dispatchEvent(new Event('change'));
}

describe('pickFile', () => {
  it('opens the picker at once, offering the given kinds of file, and answers with the chosen file', async () => {
    const opened = vi.fn();
    HTMLInputElement.prototype.showPicker = opened;
    const picking = pickFile('Import from your books', ['csv', 'xlsx']);
    expect(opened).toHaveBeenCalledTimes(1);
    expect(fileInput().accept).toBe('.csv,.xlsx');
    const file = new File(['a,b'], 'aging.csv');
    choose(fileInput(), file);
    expect(await picking).toBe(file);
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('answers null when the user closes the picker', async () => {
    HTMLInputElement.prototype.showPicker = vi.fn();
    const picking = pickFile('Open a backup', []);
    expect(fileInput().accept).toBe('');
    fileInput().dispatchEvent(new Event('cancel'));
    expect(await picking).toBeNull();
  });

  it('asks for the click the browser needs when it refuses to open the picker by itself', async () => {
    HTMLInputElement.prototype.showPicker = () => {
      throw new DOMException('Must be handling a user gesture to show a file picker.', 'NotAllowedError');
    };
    const clicked = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {});
    const picking = pickFile('Open a backup', ['cdbackup']);
    const dialog = document.querySelector('dialog');
    expect(dialog?.getAttribute('aria-labelledby')).toBe('call-desk-choose-file-title');
    expect(dialog?.querySelector('h2')?.textContent).toBe('Open a backup');
    expect(document.activeElement?.textContent).toBe('Choose a file…');
    (document.activeElement as HTMLButtonElement).click();
    expect(clicked).toHaveBeenCalledTimes(1);
    const file = new File(['x'], 'Call Desk backup.cdbackup');
    choose(fileInput(), file);
    expect(await picking).toBe(file);
    expect(document.querySelector('dialog')).toBeNull();
  });

  it('takes Cancel, or Escape, in that dialog as no file', async () => {
    HTMLInputElement.prototype.showPicker = () => {
      throw new DOMException('No gesture.', 'NotAllowedError');
    };
    const first = pickFile('Open a backup', []);
    [...document.querySelectorAll('button')].find((button) => button.textContent === 'Cancel')?.click();
    expect(await first).toBeNull();
    const second = pickFile('Open a backup', []);
    document.querySelector('dialog')?.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(await second).toBeNull();
    expect(document.body.children).toHaveLength(0);
  });
});
