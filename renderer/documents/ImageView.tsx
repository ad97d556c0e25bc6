// An attached image in the viewer: fitted to the window, or at its actual size to read small
// print (scroll with the arrow keys once the picture has focus).
import { useEffect, useState } from 'react';
import type { DocumentMime } from '../../shared/documents/schema';
import { Button } from '../ui/Button';

function useObjectUrl(bytes: Uint8Array, mime: DocumentMime): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const created = URL.createObjectURL(new Blob([bytes.slice()], { type: mime }));
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [bytes, mime]);
  return url;
}

export function ImageView({ bytes, mime, fileName }: { bytes: Uint8Array; mime: DocumentMime; fileName: string }) {
  const url = useObjectUrl(bytes, mime);
  const [actualSize, setActualSize] = useState(false);
  const [broken, setBroken] = useState(false);
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);

  useEffect(() => frame?.focus({ preventScroll: true }), [frame]);

  return (
    <>
      <div className="viewer-toolbar" role="group" aria-label="Size">
        <Button aria-pressed={actualSize} onClick={() => setActualSize((v) => !v)} disabled={broken}>
          Actual size
        </Button>
      </div>
      <div
        ref={setFrame}
        className={`image-frame viewer-frame${actualSize ? ' is-actual-size' : ''}`}
        tabIndex={0}
        role="region"
        aria-label={`Picture ${fileName}`}
      >
        {broken ? (
          <p role="alert" className="viewer-message error-text">
            This image cannot be displayed: the stored file is damaged or incomplete.
          </p>
        ) : (
          url && <img src={url} alt={fileName} onError={() => setBroken(true)} />
        )}
      </div>
    </>
  );
}
