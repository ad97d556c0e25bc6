import { describe, expect, it } from 'vitest';
import type { JsonFileStore } from '../../../electron/services/json-file-store';
import type { Rect } from '../../../electron/services/window-geometry';
import { createWindowStateService, windowStateFileName, type DisplayBounds } from '../../../electron/services/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

function memoryStore(initial: Record<string, unknown> = {}): JsonFileStore & { files: Record<string, unknown> } {
  const files: Record<string, unknown> = { ...initial };
  return {
    files,
    read: async (name) => files[name],
    write: async (name, value) => {
      files[name] = JSON.parse(JSON.stringify(value));
    },
    keepAside: async () => null,
  };
}

function screens(workAreas: Rect[], primary: Rect = workAreas[0]!): DisplayBounds {
  return { workAreas: () => workAreas, primaryWorkArea: () => primary };
}

function service(store: JsonFileStore, displays = screens([laptop, rightMonitor])) {
  const warnings: string[] = [];
  return { warnings, windowState: createWindowStateService({ store, displays, warn: (m) => warnings.push(m) }) };
}

describe('window state', () => {
  it('opens 1280x800 centred on the primary screen when nothing was saved', async () => {
    const { windowState, warnings } = service(memoryStore());
    expect(await windowState.load()).toEqual({
      bounds: { x: 320, y: 125, width: 1280, height: 800 },
      maximized: false,
    });
    expect(warnings).toEqual([]);
  });

  it('shrinks the default to fit a small screen', async () => {
    const small: Rect = { x: 0, y: 25, width: 1024, height: 743 };
    const { windowState } = service(memoryStore(), screens([small]));
    expect((await windowState.load()).bounds).toEqual({ x: 0, y: 25, width: 1024, height: 743 });
  });

  it('restores what it saved, through the store', async () => {
    const store = memoryStore();
    const { windowState } = service(store);
    await windowState.save({ bounds: { x: 2100.4, y: 80, width: 1500, height: 900 }, maximized: true });
    expect(store.files[windowStateFileName]).toEqual({
      bounds: { x: 2100, y: 80, width: 1500, height: 900 },
      maximized: true,
    });
    expect(await windowState.load()).toEqual({ bounds: { x: 2100, y: 80, width: 1500, height: 900 }, maximized: true });
  });

  it('moves a window from an unplugged monitor back onto the primary screen, keeping its size', async () => {
    const store = memoryStore({
      [windowStateFileName]: { bounds: { x: 2500, y: 100, width: 1400, height: 900 }, maximized: false },
    });
    const { windowState } = service(store, screens([laptop]));
    expect((await windowState.load()).bounds).toEqual({ x: 260, y: 75, width: 1400, height: 900 });
  });

  it('pulls a window hanging off the edge fully onto the screen it mostly covers', async () => {
    const store = memoryStore({
      [windowStateFileName]: { bounds: { x: 3900, y: -50, width: 800, height: 600 }, maximized: false },
    });
    const { windowState } = service(store);
    expect((await windowState.load()).bounds).toEqual({ x: 3680, y: 0, width: 800, height: 600 });
  });

  it('shrinks a saved window larger than its screen', async () => {
    const store = memoryStore({
      [windowStateFileName]: { bounds: { x: 10, y: 10, width: 3000, height: 2000 }, maximized: false },
    });
    const { windowState } = service(store, screens([laptop]));
    expect((await windowState.load()).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1050 });
  });

  it('raises a tiny saved window to the minimum size', async () => {
    const store = memoryStore({
      [windowStateFileName]: { bounds: { x: 100, y: 100, width: 20, height: 10 }, maximized: false },
    });
    const { windowState } = service(store);
    expect((await windowState.load()).bounds).toEqual({ x: 100, y: 100, width: 800, height: 560 });
  });

  it.each([
    ['a string', 'hello'],
    ['missing bounds', { maximized: true }],
    ['a negative width', { bounds: { x: 0, y: 0, width: -5, height: 600 }, maximized: false }],
    ['a NaN position', { bounds: { x: Number.NaN, y: 0, width: 900, height: 600 }, maximized: false }],
    ['maximized as text', { bounds: { x: 0, y: 0, width: 900, height: 600 }, maximized: 'yes' }],
  ])('falls back to the default when the file holds %s', async (_label, saved) => {
    const { windowState, warnings } = service(memoryStore({ [windowStateFileName]: saved }));
    expect(await windowState.load()).toEqual({ bounds: { x: 320, y: 125, width: 1280, height: 800 }, maximized: false });
    expect(warnings).toHaveLength(1);
  });

  it('falls back to the default, with a warning, when the file cannot be read', async () => {
    const store: JsonFileStore = {
      read: async () => {
        throw new Error('window-state.json is not valid JSON.');
      },
      write: async () => {},
      keepAside: async () => null,
    };
    const { windowState, warnings } = service(store);
    expect((await windowState.load()).maximized).toBe(false);
    expect(warnings).toEqual(['Window position not restored: window-state.json is not valid JSON.']);
  });
});
