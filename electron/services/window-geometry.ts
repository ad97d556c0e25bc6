// Pure rectangle arithmetic for placing the main window on a screen that exists right now
// (a saved position may belong to a monitor that has since been unplugged).

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const defaultWindowSize = { width: 1280, height: 800 } as const;
export const minimumWindowSize = { width: 800, height: 560 } as const;

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clampNumber(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/** Shrinks `rect` to fit `area` (never below the minimum unless the area itself is smaller). */
function fitSize(rect: Pick<Rect, 'width' | 'height'>, area: Rect): { width: number; height: number } {
  const width = Math.min(Math.max(rect.width, minimumWindowSize.width), area.width);
  const height = Math.min(Math.max(rect.height, minimumWindowSize.height), area.height);
  return { width: Math.round(width), height: Math.round(height) };
}

/** A window of `size` (shrunk to fit) centred in `area`. */
export function centreIn(area: Rect, size: Pick<Rect, 'width' | 'height'> = defaultWindowSize): Rect {
  const fitted = fitSize(size, area);
  return {
    ...fitted,
    x: Math.round(area.x + (area.width - fitted.width) / 2),
    y: Math.round(area.y + (area.height - fitted.height) / 2),
  };
}

/**
 * Places `wanted` entirely inside the work area it overlaps most. When it overlaps none of
 * them (the monitor is gone), the same size is centred on the primary work area.
 */
export function clampToVisibleArea(wanted: Rect, workAreas: readonly Rect[], primary: Rect): Rect {
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(wanted, area);
    if (overlap > bestOverlap) {
      best = area;
      bestOverlap = overlap;
    }
  }
  if (!best) return centreIn(primary, wanted);

  const size = fitSize(wanted, best);
  return {
    ...size,
    x: Math.round(clampNumber(wanted.x, best.x, best.x + best.width - size.width)),
    y: Math.round(clampNumber(wanted.y, best.y, best.y + best.height - size.height)),
  };
}
