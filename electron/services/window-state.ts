// Remembers where the main window was (size, position, maximized) between runs.
import { z } from 'zod';
import type { JsonFileStore } from './json-file-store';
import { centreIn, clampToVisibleArea, type Rect } from './window-geometry';
import { errorMessage } from '../../shared/common/error-message';

/** Port: the screens as they are now (Electron: screen.getAllDisplays()). */
export interface DisplayBounds {
  workAreas(): Rect[];
  primaryWorkArea(): Rect;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export interface WindowStateService {
  /** The state to open the window with: saved and still visible, or a centred default. */
  load(): Promise<WindowState>;
  save(state: WindowState): Promise<void>;
}

export const windowStateFileName = 'window-state.json';

const coordinate = z.number().finite().int().min(-100_000).max(100_000);
const length = z.number().finite().int().min(1).max(100_000);
const savedStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
});

export interface WindowStateDeps {
  store: JsonFileStore;
  displays: DisplayBounds;
  /** Told why a saved state was ignored; the app still opens with the default. */
  warn?: (message: string) => void;
}

export function createWindowStateService({ store, displays, warn = () => {} }: WindowStateDeps): WindowStateService {
  function fallback(): WindowState {
    return { bounds: centreIn(displays.primaryWorkArea()), maximized: false };
  }

  return {
    async load() {
      let saved: unknown;
      try {
        saved = await store.read(windowStateFileName);
      } catch (error) {
        warn(`Window position not restored: ${errorMessage(error)}`);
        return fallback();
      }
      if (saved === undefined) return fallback();

      const parsed = savedStateSchema.safeParse(saved);
      if (!parsed.success) {
        warn(`Window position not restored: ${windowStateFileName} does not hold a window state.`);
        return fallback();
      }
      const bounds = clampToVisibleArea(parsed.data.bounds, displays.workAreas(), displays.primaryWorkArea());
      return { bounds, maximized: parsed.data.maximized };
    },

    async save(state) {
      const rounded = {
        bounds: {
          x: Math.round(state.bounds.x),
          y: Math.round(state.bounds.y),
          width: Math.round(state.bounds.width),
          height: Math.round(state.bounds.height),
        },
        maximized: state.maximized,
      };
      await store.write(windowStateFileName, savedStateSchema.parse(rounded));
    },
  };
}
