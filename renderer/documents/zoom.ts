// Zoom for the PDF viewer: "fit width" follows the viewer's width; otherwise one of a few fixed
// steps, as in any PDF reader. Values are fractions of real size (1 = 100%).

export const zoomSteps = [0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4] as const;
export const minZoom = zoomSteps[0];
export const maxZoom = zoomSteps[zoomSteps.length - 1]!;

export type ZoomMode = { kind: 'fit-width' } | { kind: 'fixed'; zoom: number };

/** The zoom that makes the widest page fill `availableWidth` CSS pixels. */
export function fitWidthZoom(availableWidth: number, widestPageWidthAtFullSize: number): number {
  if (availableWidth <= 0 || widestPageWidthAtFullSize <= 0) return 1;
  return Math.min(maxZoom, Math.max(0.25, availableWidth / widestPageWidthAtFullSize));
}

/** The next step above the current zoom (so zooming in from "fit width" lands on a round step). */
export function zoomIn(current: number): number {
  return zoomSteps.find((step) => step > current + 0.001) ?? maxZoom;
}

export function zoomOut(current: number): number {
  return [...zoomSteps].reverse().find((step) => step < current - 0.001) ?? minZoom;
}

export function zoomPercent(zoom: number): string {
  return `${Math.round(zoom * 100)}%`;
}
