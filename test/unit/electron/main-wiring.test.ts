// Runs electron/main.ts against a fake 'electron' module: the only check of the wiring we
// can make without the Electron binary.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { runPacketJob } from '../../../electron/services/export/packet-job';
import { invokeChannels } from '../../../shared/ipc/channels';
import { solidPng, textPdf } from '../export-assembly/fixtures';
import { createFakeElectron, FakeWebContents } from './fake-electron';

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'call-desk-main-'));
  vi.resetModules();
});
afterEach(async () => {
  vi.doUnmock('electron');
  await rm(userData, { recursive: true, force: true });
});

async function startMain(options: { singleInstanceLock?: boolean } = {}) {
  const fake = createFakeElectron({ ...options, userData });
  vi.doMock('electron', () => ({ ...fake.electron, default: fake.electron }));
  await import('../../../electron/main');
  return fake;
}

async function startedApp() {
  const fake = await startMain();
  fake.markReady();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  return fake;
}

describe('electron/main.ts wiring', () => {
  it('registers app:// as a privileged standard, secure, fetch-capable scheme before ready', async () => {
    const fake = await startMain();
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
    ]);
    expect(fake.windows).toHaveLength(0);
  });

  it('quits at once, registering nothing, when another instance holds the lock', async () => {
    const fake = await startMain({ singleInstanceLock: false });
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.ipcHandlers.size).toBe(0);
  });

  it('routes every invoke channel, and only for senders on the app origin', async () => {
    const fake = await startMain();
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...invokeChannels].sort());
    const getInfo = fake.ipcHandlers.get('app:get-info')!;
    const fromApp = await getInfo({ senderFrame: { url: 'app://call-desk/index.html' } }, undefined);
    expect(fromApp).toMatchObject({ ok: true, value: { name: 'Call Desk', dataDirectory: userData } });
    const fromElsewhere = await getInfo({ senderFrame: { url: 'https://evil.example/' } }, undefined);
    expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(await getInfo({ senderFrame: null }, undefined)).toMatchObject({ ok: false });
  });

  it('opens the window with the security baseline on app://call-desk', async () => {
    const fake = await startedApp();
    const window = fake.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(window.options).toMatchObject({ width: 1280, height: 800, x: 320, y: 140 });
    expect(window.loadURL).toHaveBeenCalledWith('app://call-desk/index.html');
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('denies every permission and cancels remote requests', async () => {
    const fake = await startedApp();
    const session = fake.electron.session.defaultSession;
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]![0] as (...a: unknown[]) => void;
    const callback = vi.fn();
    requestHandler({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean;
    expect(checkHandler(null, 'clipboard-read', 'app://call-desk', {})).toBe(false);
    const onRequest = session.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: unknown, cb: (r: unknown) => void) => void;
    const decisions: unknown[] = [];
    onRequest({ url: 'https://cdn.example.com/x.js' }, (r) => decisions.push(r));
    onRequest({ url: 'app://call-desk/assets/app.js' }, (r) => decisions.push(r));
    expect(decisions).toEqual([{ cancel: true }, { cancel: false }]);
  });

  it('grants the microphone to the app’s page only while it records, and closes it when the page is replaced', async () => {
    const fake = await startedApp();
    const session = fake.electron.session.defaultSession;
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]![0] as (...a: unknown[]) => void;
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean;
    const displayHandler = session.setDisplayMediaRequestHandler.mock.calls[0]![0] as (...a: unknown[]) => void;
    const page = new FakeWebContents();
    fake.electron.app.emit('web-contents-created', {}, page);
    const fromApp = { senderFrame: { url: 'app://call-desk/index.html' }, sender: page };
    const details = (mediaTypes: string[], url = 'app://call-desk/index.html') => ({
      isMainFrame: true,
      requestingUrl: url,
      securityOrigin: 'app://call-desk',
      mediaTypes,
    });
    const ask = (contents: unknown, permission: string, asked: unknown) => {
      const callback = vi.fn();
      requestHandler(contents, permission, callback, asked);
      return callback.mock.calls[0]![0] as boolean;
    };
    const check = () =>
      checkHandler(page, 'media', 'app://call-desk', {
        isMainFrame: true,
        requestingUrl: 'app://call-desk/index.html',
        mediaType: 'audio',
      });

    expect(ask(page, 'media', details(['audio']))).toBe(false);
    const began = (await fake.ipcHandlers.get('recording:begin')!(fromApp, { systemAudio: true })) as {
      ok: boolean;
      value: { recordingId: string; systemAudio: boolean };
    };
    // Not Windows or macOS in Electron (the tests run in Node): the microphone only.
    expect(began).toMatchObject({ ok: true, value: { systemAudio: false } });
    expect(ask(page, 'media', details(['audio']))).toBe(true);
    expect(check()).toBe(true);
    expect(ask(page, 'media', details(['audio', 'video']))).toBe(false);
    expect(ask(page, 'media', details(['audio'], 'https://evil.example/'))).toBe(false);
    expect(ask(new FakeWebContents(), 'media', details(['audio']))).toBe(false);
    expect(ask(page, 'notifications', details([]))).toBe(false);
    expect(ask(page, 'geolocation', details([]))).toBe(false);
    const display = vi.fn();
    displayHandler(
      {
        frame: { contents: page, url: 'app://call-desk/index.html', parent: null },
        securityOrigin: 'app://call-desk',
        audioRequested: true,
        videoRequested: true,
      },
      display,
    );
    expect(display).toHaveBeenCalledWith({});

    await fake.ipcHandlers.get('recording:end')!(fromApp, { recordingId: began.value.recordingId });
    expect(ask(page, 'media', details(['audio']))).toBe(false);
    expect(check()).toBe(false);

    // A reload (a new document) closes a window left open.
    await fake.ipcHandlers.get('recording:begin')!(fromApp, { systemAudio: false });
    expect(ask(page, 'media', details(['audio']))).toBe(true);
    page.emit('did-navigate');
    await vi.waitFor(() => expect(ask(page, 'media', details(['audio']))).toBe(false));
  });

  it('guards every web contents: no foreign navigation, no windows, no webviews; tel: goes to the OS', async () => {
    const fake = await startedApp();
    const contents = new FakeWebContents();
    fake.electron.app.emit('web-contents-created', {}, contents);

    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      contents.emit('will-navigate', event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('app://call-desk/index.html#/customers')).toBe(false);
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('tel:+15551234567')).toBe(true);

    expect(contents.windowOpenHandler?.({ url: 'app://call-desk/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'mailto:ap@example.com' })).toEqual({ action: 'deny' });
    await vi.waitFor(() =>
      expect(fake.electron.shell.openExternal.mock.calls.map((c) => c[0])).toEqual(['tel:+15551234567', 'mailto:ap@example.com']),
    );

    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('installs the menu and sends its commands to the window', async () => {
    const fake = await startedApp();
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalled();
    const template = fake.electron.Menu.buildFromTemplate.mock.calls[0]![0] as {
      submenu?: { accelerator?: string; click?: () => void }[];
    }[];
    const find = template.flatMap((menu) => menu.submenu ?? []).find((item) => item.accelerator === 'CmdOrCtrl+K');
    find?.click?.();
    expect(fake.windows[0]!.webContents.send).toHaveBeenCalledWith('menu:command', 'find-customer');
  });

  it('brings the existing window forward when a second instance starts', async () => {
    const fake = await startedApp();
    fake.electron.app.emit('second-instance');
    expect(fake.windows[0]!.focus).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
  });

  it('opens file dialogs on the main window, starting in Documents', async () => {
    const fake = await startedApp();
    const fromApp = { senderFrame: { url: 'app://call-desk/index.html' } };
    fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(userData, 'out', 'customers.csv') });
    const saved = await fake.ipcHandlers.get('export:text-file')!(fromApp, {
      content: 'Name\r\n',
      fileType: { name: 'CSV file', extensions: ['csv'] },
      destination: { kind: 'ask', suggestedName: 'customers.csv' },
    });
    expect(saved).toMatchObject({ ok: true, value: { saved: true, fileName: 'customers.csv' } });
    const [parent, options] = fake.electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(parent).toBe(fake.windows[0]);
    expect(options).toMatchObject({ defaultPath: path.join(userData, 'customers.csv') });

    const shown = await fake.ipcHandlers.get('files:show-in-folder')!(fromApp, { path: path.join(userData, 'out', 'customers.csv') });
    expect(shown).toEqual({ ok: true, value: { shown: true } });
    expect(fake.electron.shell.showItemInFolder).toHaveBeenCalledWith(path.join(userData, 'out', 'customers.csv'));
  });

  describe('PDF export', () => {
    const fromApp = { senderFrame: { url: 'app://call-desk/index.html' } };
    const request = (attachments: unknown[]) => ({
      document: {
        html: '<!DOCTYPE html><p>INV-7</p>',
        headerTemplate: '',
        footerTemplate: '',
        paper: 'Letter',
        title: 'Harbor Point Marine',
        author: '',
      },
      attachments,
      destination: { kind: 'ask', suggestedName: 'Harbor Point Marine.pdf' },
    });

    async function exportingApp() {
      const fake = await startedApp();
      const printed = await textPdf([['ACCOUNT FILE']]);
      fake.onNewWindow((window) => window.webContents.printToPDF.mockResolvedValue(Buffer.from(printed)));
      fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({
        canceled: false,
        filePath: path.join(userData, 'out', 'Harbor Point Marine.pdf'),
      });
      return fake;
    }

    it('puts the packet together in a utility process with a capped heap, and saves what comes back', async () => {
      const fake = await exportingApp();
      // The child runs the real job, its messages structured-cloned both ways as Electron's are.
      fake.onUtilityProcess((child) =>
        child.postMessage.mockImplementation(
          (message) => void runPacketJob(structuredClone(message), (reply) => child.emit('message', structuredClone(reply))),
        ),
      );
      const saved = await fake.ipcHandlers.get('export:pdf')!(
        fromApp,
        request([{ name: 'delivery.png', mime: 'image/png', bytes: solidPng(30, 20, [0, 90, 200]) }]),
      );
      expect(saved).toMatchObject({ ok: true, value: { saved: true, pages: 2, attachments: [{ name: 'delivery.png', included: true }] } });
      expect(fake.utilityProcesses).toHaveLength(1);
      const [child] = fake.utilityProcesses;
      expect(path.basename(child!.modulePath)).toBe('packet-worker.cjs');
      expect(child!.options).toEqual({ serviceName: 'Call Desk PDF builder', execArgv: ['--js-flags=--max-old-space-size=1024'] });
      expect(child!.kill).toHaveBeenCalled();
      const written = await PDFDocument.load(await readFile(path.join(userData, 'out', 'Harbor Point Marine.pdf')));
      expect(written.getPageCount()).toBe(2);
    });

    it('saves nothing and says why when the utility process dies', async () => {
      const fake = await exportingApp();
      fake.onUtilityProcess((child) => child.postMessage.mockImplementation(() => void setImmediate(() => child.emit('exit', 139))));
      const result = await fake.ipcHandlers.get('export:pdf')!(fromApp, request([]));
      expect(result).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('Building the PDF stopped unexpectedly, and nothing was saved.') },
      });
      await expect(readFile(path.join(userData, 'out', 'Harbor Point Marine.pdf'))).rejects.toThrow();
    });
  });

  it("lets a page's unfinished backup transfer go when the page reloads, removing its temporary file", async () => {
    const fake = await startedApp();
    const contents = new FakeWebContents();
    fake.electron.app.emit('web-contents-created', {}, contents);
    const fromPage = { senderFrame: { url: 'app://call-desk/index.html' }, sender: contents };
    const begun = await fake.ipcHandlers.get('backup:write-begin')!(fromPage, {
      target: { kind: 'safety-copy', reason: 'restore' },
    });
    expect(begun).toMatchObject({ ok: true, value: { started: true } });
    const backups = path.join(userData, 'backups');
    expect((await readdir(backups)).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
    // Another page cannot reach it.
    const writeId = (begun as { value: { writeId: string } }).value.writeId;
    const elsewhere = { ...fromPage, sender: new FakeWebContents() };
    expect(await fake.ipcHandlers.get('backup:write-abort')!(elsewhere, { writeId })).toEqual({ ok: true, value: { aborted: false } });

    contents.emit('did-navigate', {}, 'app://call-desk/index.html');
    await vi.waitFor(async () => expect(await readdir(backups)).toEqual([]));
    expect(await fake.ipcHandlers.get('backup:write-abort')!(fromPage, { writeId })).toEqual({ ok: true, value: { aborted: false } });
  });
});
