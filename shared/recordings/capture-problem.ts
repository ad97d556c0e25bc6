// Why a recording could not start, in words a bookkeeper can act on. The browser reports a
// refused or missing microphone as a DOMException whose name is the only reliable part; its
// message ("Permission denied", "Could not start audio source") means little to the user.

/** Just what is read of the error: its name and message (a DOMException, an Error, or anything). */
function nameAndMessage(error: unknown): { name: string; message: string } {
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return { name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : '' };
  }
  return { name: '', message: typeof error === 'string' ? error : '' };
}

/** The sentence for a microphone that could not be opened; `desktop` is the Electron app (not a browser tab). */
export function microphoneProblem(error: unknown, desktop: boolean): string {
  const { name, message } = nameAndMessage(error);
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return desktop
        ? 'Call Desk was not allowed to use the microphone. Check that your computer’s privacy settings let Call Desk use it (on a Mac: System Settings ▸ Privacy & Security ▸ Microphone), then try again.'
        : 'The browser did not allow Call Desk to use the microphone. Allow it for this page (the icon at the end of the address bar), then try again.';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'No microphone was found. Plug one in, or choose one in your computer’s sound settings, then try again.';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'The microphone is busy or not answering: another program, such as your softphone, may be holding it. Close that program or choose another microphone, then try again.';
    default:
      return message ? `The microphone could not be opened: ${message}` : 'The microphone could not be opened.';
  }
}

/** The notice when the other side's sound could not be added: the recording goes on with the microphone. */
export function systemAudioProblem(error: unknown): string {
  const { name, message } = nameAndMessage(error);
  const why =
    name === 'NotAllowedError' || name === 'SecurityError'
      ? 'your computer did not allow Call Desk to record its sound (on a Mac: System Settings ▸ Privacy & Security ▸ Screen & System Audio Recording)'
      : message || 'your computer did not provide its sound';
  return `Only your microphone is being recorded: the other side could not be added, because ${why}.`;
}
