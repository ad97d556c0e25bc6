// Main's open "dialog" in browser mode: the browser's own file picker. A picker may only open
// soon after a click; when the request took longer than that, a small dialog asks for the one
// click the browser needs ("Choose a file…"), or Cancel.

/** Resolves with the chosen file, or null when the user cancelled. */
export function pickFile(title: string, extensions: readonly string[], doc: Document = document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.hidden = true;
    if (extensions.length > 0) input.accept = extensions.map((extension) => `.${extension}`).join(',');
    doc.body.append(input);
    let askForClick: HTMLDialogElement | null = null;
    let settled = false;
    const finish = (file: File | null) => {
      if (settled) return;
      settled = true;
      // jsdom (unit tests) has no close(); removing the element is what matters.
      if (typeof askForClick?.close === 'function') askForClick.close();
      askForClick?.remove();
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => finish(null));
    try {
      if (typeof input.showPicker !== 'function') throw new Error('No showPicker here.');
      input.showPicker();
    } catch {
      askForClick = clickToChoose(
        doc,
        title,
        () => input.click(),
        () => finish(null),
      );
    }
  });
}

function clickToChoose(doc: Document, title: string, choose: () => void, cancel: () => void): HTMLDialogElement {
  const dialog = doc.createElement('dialog');
  dialog.className = 'ui-dialog';
  const heading = doc.createElement('h2');
  heading.id = 'call-desk-choose-file-title';
  heading.textContent = title;
  dialog.setAttribute('aria-labelledby', heading.id);
  const header = doc.createElement('header');
  header.className = 'ui-dialog__header';
  header.append(heading);
  const body = doc.createElement('div');
  body.className = 'ui-dialog__body';
  const explanation = doc.createElement('p');
  explanation.textContent = 'Your browser opens its file picker only after a click.';
  const actions = doc.createElement('div');
  actions.className = 'ui-form-actions';
  const chooseButton = doc.createElement('button');
  chooseButton.type = 'button';
  chooseButton.className = 'primary';
  chooseButton.textContent = 'Choose a file…';
  chooseButton.addEventListener('click', choose);
  const cancelButton = doc.createElement('button');
  cancelButton.type = 'button';
  cancelButton.textContent = 'Cancel';
  cancelButton.addEventListener('click', cancel);
  // Escape closes the dialog as a Cancel.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    cancel();
  });
  actions.append(chooseButton, cancelButton);
  body.append(explanation, actions);
  dialog.append(header, body);
  doc.body.append(dialog);
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
  chooseButton.focus();
  return dialog;
}
