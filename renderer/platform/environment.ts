/** True inside the Electron shell (its user agent names it); false in the test host's Chromium. */
export function isInsideElectron(): boolean {
  return /\bElectron\//.test(navigator.userAgent);
}

export function isMac(): boolean {
  return /Mac/i.test(navigator.platform) || /Mac OS X/.test(navigator.userAgent);
}
