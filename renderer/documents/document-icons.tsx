// Icons for documents, drawn in SVG so they look the same on every machine.
import { isAudioMime, type StoredDocumentMime } from '../../shared/documents/schema';

export function PaperclipIcon() {
  return (
    <svg
      aria-hidden="true"
      width="14"
      height="14"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      className="icon"
    >
      <path d="M21 11.5l-8.6 8.6a5.5 5.5 0 0 1-7.8-7.8l8.6-8.6a3.7 3.7 0 0 1 5.2 5.2l-8.6 8.6a1.8 1.8 0 0 1-2.6-2.6l7.9-7.9" />
    </svg>
  );
}

/** A loudspeaker, for a call recording. */
function RecordingKindIcon() {
  return (
    <svg aria-hidden="true" width="28" height="32" viewBox="0 0 28 32" className="document-kind-icon is-recording">
      <path d="M3 1h15l7 7v21a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2z" fill="#fff" stroke="currentColor" strokeWidth="1.5" />
      <path d="M6 14h3l4-4v14l-4-4H6z" fill="currentColor" />
      <path
        d="M16 13.5a4 4 0 0 1 0 7M18.5 11a7.5 7.5 0 0 1 0 12"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** A page with "PDF" on it, a picture, or a loudspeaker, depending on the file. */
export function DocumentKindIcon({ mime }: { mime: StoredDocumentMime }) {
  if (isAudioMime(mime)) return <RecordingKindIcon />;
  const isPdf = mime === 'application/pdf';
  return (
    <svg aria-hidden="true" width="28" height="32" viewBox="0 0 28 32" className={`document-kind-icon ${isPdf ? 'is-pdf' : 'is-image'}`}>
      <path d="M3 1h15l7 7v21a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2z" fill="#fff" stroke="currentColor" strokeWidth="1.5" />
      <path d="M18 1v7h7" fill="none" stroke="currentColor" strokeWidth="1.5" />
      {isPdf ? (
        <text x="13" y="23" textAnchor="middle" fontSize="8" fontWeight="700" fill="currentColor" fontFamily="system-ui, sans-serif">
          PDF
        </text>
      ) : (
        <>
          <circle cx="9" cy="15" r="2.2" fill="currentColor" />
          <path d="M4 26l6-6 4 4 3-3 6 5z" fill="currentColor" />
        </>
      )}
    </svg>
  );
}
