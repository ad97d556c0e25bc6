import { describe, expect, it } from 'vitest';
import { createAppInfoService, type AppRuntime } from '../../../electron/services/app-info';

function runtime(overrides: Partial<AppRuntime> = {}): AppRuntime {
  return {
    name: () => 'Call Desk',
    version: () => '0.1.0',
    platform: () => 'win32',
    dataDirectory: () => 'C:\\Users\\ana\\AppData\\Roaming\\Call Desk',
    electronVersion: () => '41.10.0',
    browserMode: () => null,
    ...overrides,
  };
}

describe('createAppInfoService', () => {
  it('reports what the runtime knows', () => {
    expect(createAppInfoService(runtime()).get()).toEqual({
      name: 'Call Desk',
      version: '0.1.0',
      platform: 'win32',
      dataDirectory: 'C:\\Users\\ana\\AppData\\Roaming\\Call Desk',
      electronVersion: '41.10.0',
      browserMode: null,
    });
  });

  it('reports a null Electron version outside Electron, including an empty string', () => {
    expect(createAppInfoService(runtime({ electronVersion: () => null })).get().electronVersion).toBeNull();
    expect(createAppInfoService(runtime({ electronVersion: () => '' })).get().electronVersion).toBeNull();
  });

  it("reports browser mode with its exports folder, for the window's note", () => {
    const browser = runtime({ electronVersion: () => null, browserMode: () => ({ exportsFolder: '/home/ana/.config/Call Desk/exports' }) });
    expect(createAppInfoService(browser).get()).toMatchObject({
      electronVersion: null,
      browserMode: { exportsFolder: '/home/ana/.config/Call Desk/exports' },
    });
  });

  it('reads the data folder on every call, so a later change is seen', () => {
    let folder = '/home/ana/.config/Call Desk';
    const service = createAppInfoService(runtime({ dataDirectory: () => folder }));
    expect(service.get().dataDirectory).toBe('/home/ana/.config/Call Desk');
    folder = '/mnt/portable/Call Desk';
    expect(service.get().dataDirectory).toBe('/mnt/portable/Call Desk');
  });

  it('fails loudly when an adapter returns something that is not text', () => {
    const broken = runtime({ version: () => undefined as unknown as string });
    expect(() => createAppInfoService(broken).get()).toThrow();
  });
});
