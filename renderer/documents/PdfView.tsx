// A PDF in the viewer: every page in one scrolling column, fitted to the width by default, with
// zoom buttons (and the keys + - 0 anywhere in the viewer). Arrow keys, Page Up/Down, Home
// and End scroll the pages, as in any reader.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist';
import { Button } from '../ui/Button';
import { PdfPage, type PageSize } from './PdfPage';
import { cssPixelsPerPoint, openPdf, pdfErrorMessage } from './pdf-js';
import { fitWidthZoom, maxZoom, minZoom, zoomIn, zoomOut, zoomPercent, type ZoomMode } from './zoom';
import { plural } from '../../shared/wording/plural';

interface OpenedPdf {
  pdf: PDFDocumentProxy;
  sizes: PageSize[];
}

/** Space around the pages inside the scrolling area (see .pdf-pages in documents.css). */
const pagePadding = 16;

function useOpenedPdf(bytes: Uint8Array): { opened: OpenedPdf | null; error: string | null } {
  const [opened, setOpened] = useState<OpenedPdf | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let task: PDFDocumentLoadingTask | null = null;
    setOpened(null);
    setError(null);
    const open = async () => {
      task = await openPdf(bytes);
      if (cancelled) return;
      const pdf = await task.promise;
      const sizes: PageSize[] = [];
      for (let n = 1; n <= pdf.numPages; n += 1) {
        const viewport = (await pdf.getPage(n)).getViewport({ scale: cssPixelsPerPoint });
        sizes.push({ width: viewport.width, height: viewport.height });
      }
      if (!cancelled) setOpened({ pdf, sizes });
    };
    open().catch((failure: unknown) => {
      if (!cancelled) setError(pdfErrorMessage(failure));
    });
    return () => {
      cancelled = true;
      void task?.destroy();
    };
  }, [bytes]);

  return { opened, error };
}

export function PdfView({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) {
  const { opened, error } = useOpenedPdf(bytes);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [availableWidth, setAvailableWidth] = useState(0);
  const [mode, setMode] = useState<ZoomMode>({ kind: 'fit-width' });
  // Where the reader was, as a fraction of the whole, so a zoom keeps the same place in view.
  const keepPlace = useRef<number | null>(null);

  useEffect(() => {
    if (!scroller) return;
    scroller.focus({ preventScroll: true });
    const observer = new ResizeObserver(() => setAvailableWidth(scroller.clientWidth - 2 * pagePadding));
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [scroller]);

  const widest = opened ? Math.max(...opened.sizes.map((s) => s.width)) : 0;
  const zoom = mode.kind === 'fit-width' ? fitWidthZoom(availableWidth, widest) : mode.zoom;

  const changeZoom = (next: ZoomMode) => {
    if (scroller && scroller.scrollHeight > 0) keepPlace.current = scroller.scrollTop / scroller.scrollHeight;
    setMode(next);
  };

  useLayoutEffect(() => {
    if (!scroller || keepPlace.current === null) return;
    scroller.scrollTo({ top: keepPlace.current * scroller.scrollHeight });
    keepPlace.current = null;
  }, [zoom, scroller]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') changeZoom({ kind: 'fixed', zoom: zoomIn(zoom) });
    else if (event.key === '-') changeZoom({ kind: 'fixed', zoom: zoomOut(zoom) });
    else if (event.key === '0') changeZoom({ kind: 'fit-width' });
    else return;
    event.preventDefault();
  };

  // The zoom keys work from the toolbar too, so a zoom button keeps focus while trying levels.
  return (
    <div className="viewer-body" onKeyDown={onKeyDown}>
      <div className="viewer-toolbar" role="group" aria-label="Zoom">
        <Button
          onClick={() => changeZoom({ kind: 'fixed', zoom: zoomOut(zoom) })}
          disabled={!opened || zoom <= minZoom}
          aria-keyshortcuts="-"
        >
          Zoom out
        </Button>
        <output className="viewer-toolbar__zoom" aria-label="Zoom level">
          {opened ? zoomPercent(zoom) : '—'}
        </output>
        <Button
          onClick={() => changeZoom({ kind: 'fixed', zoom: zoomIn(zoom) })}
          disabled={!opened || zoom >= maxZoom}
          aria-keyshortcuts="+"
        >
          Zoom in
        </Button>
        <Button
          onClick={() => changeZoom({ kind: 'fit-width' })}
          disabled={!opened}
          aria-pressed={mode.kind === 'fit-width'}
          aria-keyshortcuts="0"
        >
          Fit width
        </Button>
        {opened && <span className="muted viewer-toolbar__pages">{plural(opened.sizes.length, 'page')}</span>}
      </div>
      <div ref={setScroller} className="pdf-pages viewer-frame" tabIndex={0} role="region" aria-label={`Pages of ${fileName}`}>
        {error ? (
          <p role="alert" className="viewer-message error-text">
            {error}
          </p>
        ) : !opened || !scroller || availableWidth <= 0 ? (
          <p role="status" className="viewer-message">
            Opening the PDF…
          </p>
        ) : (
          opened.sizes.map((size, i) => (
            <PdfPage
              key={i}
              pdf={opened.pdf}
              pageNumber={i + 1}
              pageCount={opened.sizes.length}
              size={size}
              zoom={zoom}
              scrollRoot={scroller}
            />
          ))
        )}
      </div>
    </div>
  );
}
