// The letters' PDF code (layout and the PDF export's sending) is its own script file, loaded at
// the first save: the customer file opens without it.
export const loadSaveLetters = () => import('./save-letters-pdf');
