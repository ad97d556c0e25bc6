// One page of a PDF in the viewer: a canvas drawn by pdf.js once the page scrolls near view
// (a 200-page scan is not drawn all at once), with pdf.js's text layer over it so the text can
// be selected and copied, e.g. a purchase order number.
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy, RenderTask, TextLayer } from 'pdfjs-dist';
import { cssPixelsPerPoint, loadPdfJs } from './pdf-js';
import { errorMessage } from '../../shared/common/error-message';

export interface PageSize {
  /** CSS pixels at 100%. */
  width: number;
  height: number;
}

interface Props {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  pageCount: number;
  size: PageSize;
  zoom: number;
  /** The scrolling element, for knowing when the page is near view. */
  scrollRoot: HTMLElement;
}

export function PdfPage({ pdf, pageNumber, pageCount, size, zoom, scrollRoot }: Props) {
  const wrapperRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const drawnAt = useRef<number | null>(null);
  const [nearView, setNearView] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const wrapper = wrapperRef.current;
    if (!wrapper) return;
    const observer = new IntersectionObserver((entries) => setNearView(entries.some((e) => e.isIntersecting)), {
      root: scrollRoot,
      rootMargin: '100% 0px',
    });
    observer.observe(wrapper);
    return () => observer.disconnect();
  }, [scrollRoot]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const textContainer = textRef.current;
    if (!nearView || !canvas || !textContainer || drawnAt.current === zoom) return;
    let cancelled = false;
    let renderTask: RenderTask | null = null;
    let textLayer: TextLayer | null = null;

    const draw = async () => {
      const page = await pdf.getPage(pageNumber);
      if (cancelled) return;
      const viewport = page.getViewport({ scale: zoom * cssPixelsPerPoint });
      // Drawn at the screen's pixel density, shown at CSS size: sharp on high-DPI displays.
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      renderTask = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      await renderTask.promise;
      if (cancelled) return;
      drawnAt.current = zoom;
      const pdfjs = await loadPdfJs();
      if (cancelled) return;
      textContainer.replaceChildren();
      textContainer.style.setProperty('--total-scale-factor', String(viewport.scale));
      textLayer = new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: textContainer, viewport });
      await textLayer.render();
    };

    draw().catch((error: unknown) => {
      if (cancelled || (error instanceof Error && error.name === 'RenderingCancelledException')) return;
      setFailure(`Page ${pageNumber} could not be shown: ${errorMessage(error)}`);
    });
    return () => {
      cancelled = true;
      renderTask?.cancel();
      textLayer?.cancel();
    };
  }, [nearView, zoom, pdf, pageNumber]);

  const width = Math.round(size.width * zoom);
  const height = Math.round(size.height * zoom);
  return (
    <div ref={wrapperRef} className="pdf-page" style={{ width, height }}>
      <canvas ref={canvasRef} role="img" aria-label={`Page ${pageNumber} of ${pageCount}`} style={{ width, height }} />
      <div ref={textRef} className="textLayer" />
      {failure && (
        <p role="alert" className="pdf-page__failure">
          {failure}
        </p>
      )}
    </div>
  );
}
