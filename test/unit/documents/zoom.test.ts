import { describe, expect, it } from 'vitest';
import { fitWidthZoom, maxZoom, minZoom, zoomIn, zoomOut, zoomPercent } from '../../../renderer/documents/zoom';

describe('PDF viewer zoom', () => {
  it('fits the widest page to the available width, within limits', () => {
    expect(fitWidthZoom(816, 816)).toBe(1);
    expect(fitWidthZoom(612, 816)).toBe(0.75);
    expect(fitWidthZoom(100_000, 816)).toBe(maxZoom);
    expect(fitWidthZoom(10, 816)).toBe(0.25);
    expect(fitWidthZoom(0, 816)).toBe(1);
  });

  it('steps to the next round zoom from wherever it is', () => {
    expect(zoomIn(1)).toBe(1.25);
    expect(zoomIn(0.93)).toBe(1);
    expect(zoomIn(maxZoom)).toBe(maxZoom);
    expect(zoomOut(1)).toBe(0.75);
    expect(zoomOut(0.93)).toBe(0.75);
    expect(zoomOut(minZoom)).toBe(minZoom);
  });

  it('shows the zoom as a whole percentage', () => {
    expect(zoomPercent(1)).toBe('100%');
    expect(zoomPercent(0.934)).toBe('93%');
  });
});
