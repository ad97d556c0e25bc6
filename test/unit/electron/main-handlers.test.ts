// The real services behind the real router, with fake ports: what main answers end to end.
import { describe, expect, it } from 'vitest';
import { createMainHandlers } from '../../../electron/ipc/main-handlers';
import { createIpcRouter } from '../../../electron/ipc/router';
import { createMainServices } from '../../../electron/services/main-services';
import { fakeMainPorts } from './fake-main-ports';

function mainWithFakes() {
  const ports = fakeMainPorts();
  const services = createMainServices(ports);
  return { opened: ports.opened, ports, router: createIpcRouter(createMainHandlers(services)) };
}

describe('main IPC handlers', () => {
  it('answers app:get-info from the runtime', async () => {
    const { router } = mainWithFakes();
    expect(await router.handle('app:get-info', undefined)).toEqual({
      ok: true,
      value: {
        name: 'Call Desk',
        version: '0.1.0',
        platform: 'darwin',
        dataDirectory: '/Users/ana/Library/Application Support/Call Desk',
        electronVersion: null,
      },
    });
  });

  it('opens a tel: link through the opener', async () => {
    const { router, opened } = mainWithFakes();
    expect(await router.handle('shell:open-external', { url: 'tel:+15551234567' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(opened).toEqual(['tel:+15551234567']);
  });

  it('never reaches the opener with a web link', async () => {
    const { router, opened } = mainWithFakes();
    const result = await router.handle('shell:open-external', { url: 'https://example.com' });
    expect(result.ok).toBe(false);
    expect(opened).toEqual([]);
  });
});
