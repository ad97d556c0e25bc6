// The Electron adapters for dialogs and PDF printing, against the fake 'electron' module: what
// they ask Electron for (parent window, filters, a locked-down hidden window, print options)
// and that they clean up after themselves.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { printMarginsMm } from '../../../shared/export/print-styles';
import { createFakeElectron } from './fake-electron';

let fake: ReturnType<typeof createFakeElectron>;
type FakeWindow = InstanceType<typeof fake.electron.BrowserWindow>;
beforeEach(() => {
  vi.resetModules();
  fake = createFakeElectron();
  vi.doMock('electron', () => ({ ...fake.electron, default: fake.electron }));
});
afterEach(() => {
  vi.doUnmock('electron');
});

const request = {
  html: '<!DOCTYPE html><html><head><title>Packet</title></head><body><p>INV-7</p></body></html>',
  headerTemplate: '<div>Header</div>',
  footerTemplate: '<div><span class="pageNumber"></span></div>',
  paper: 'A4' as const,
};

describe('Electron dialogs', () => {
  async function dialogs(window: unknown) {
    const { createElectronDialogs } = await import('../../../electron/adapters/electron-dialogs');
    return createElectronDialogs({ parent: () => window as never, startFolder: () => '/home/ana/Documents' });
  }

  it('asks for a save path on the main window, starting in Documents with the suggested name', async () => {
    const window = new fake.electron.BrowserWindow({});
    fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/ana/Packets/Harbor.pdf' });
    const chosen = await (
      await dialogs(window)
    ).chooseSavePath({
      title: 'Save as PDF',
      defaultName: 'Harbor.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    expect(chosen).toBe('/home/ana/Packets/Harbor.pdf');
    expect(fake.electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: 'Save as PDF',
        defaultPath: '/home/ana/Documents/Harbor.pdf',
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      }),
    );
  });

  it('answers null when the user cancels, and opens without a parent when no window is left', async () => {
    const window = new fake.electron.BrowserWindow({});
    window.close();
    const chosen = await (await dialogs(window)).chooseFolder({ title: 'Choose a folder' });
    expect(chosen).toBeNull();
    const [options] = fake.electron.dialog.showOpenDialog.mock.calls[0]!;
    expect(options).toMatchObject({ title: 'Choose a folder', properties: expect.arrayContaining(['openDirectory']) });
  });

  it('opens one file with the filters given', async () => {
    fake.electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb/office.cdbackup'] });
    const filters = [
      { name: 'Call Desk backup', extensions: ['cdbackup'] },
      { name: 'All files', extensions: ['*'] },
    ];
    expect(await (await dialogs(null)).chooseOpenPath({ title: 'Restore from backup', filters })).toBe('/media/usb/office.cdbackup');
    expect(fake.electron.dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ filters, properties: ['openFile'] }));
  });
});

describe('Electron PDF renderer', () => {
  async function renderer() {
    const { createElectronPdfRenderer, printPartition } = await import('../../../electron/adapters/electron-pdf-renderer');
    return { renderer: createElectronPdfRenderer(), printPartition };
  }

  it('prints the HTML from a temporary file in a hidden, script-free, sandboxed window, then cleans up', async () => {
    const { renderer: pdf, printPartition } = await renderer();
    let loadedFile = '';
    let htmlOnDisk = '';
    const created: FakeWindow[] = [];
    fake.onNewWindow((window) => {
      created.push(window);
      window.loadURL.mockImplementation(async (url: string) => {
        loadedFile = fileURLToPath(url);
        htmlOnDisk = readFileSync(loadedFile, 'utf8');
      });
    });

    const bytes = await pdf.render(request);

    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7 fake');
    expect(created).toHaveLength(1);
    const window = created[0]!;
    expect(window.options).toMatchObject({ show: false });
    const preferences = window.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false });
    expect(preferences.preload).toBeUndefined();
    expect(fake.electron.session.fromPartition).toHaveBeenCalledWith(printPartition, { cache: false });
    expect(printPartition.startsWith('persist:')).toBe(false);
    expect(preferences.session).toBe(fake.electron.session.fromPartition.mock.results[0]!.value);
    expect(htmlOnDisk).toBe(request.html);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: request.headerTemplate,
      footerTemplate: request.footerTemplate,
      margins: {
        top: printMarginsMm.top / 25.4,
        right: printMarginsMm.right / 25.4,
        bottom: printMarginsMm.bottom / 25.4,
        left: printMarginsMm.left / 25.4,
      },
    });
    expect(window.destroy).toHaveBeenCalled();
    expect(existsSync(loadedFile)).toBe(false);
  });

  it('gives its session no permissions and lets it load only the document being printed', async () => {
    const { renderer: pdf } = await renderer();
    const decisions: { url: string; cancel: boolean }[] = [];
    let documentUrl = '';
    fake.onNewWindow((window) => {
      const printSession = fake.electron.session.fromPartition.mock.results[0]!.value;
      const onRequest = printSession.webRequest.onBeforeRequest.mock.calls[0]![0] as (
        d: { url: string },
        cb: (r: { cancel: boolean }) => void,
      ) => void;
      window.loadURL.mockImplementation(async (url: string) => {
        documentUrl = url;
        for (const asked of [url, 'https://tracker.example/pixel.png', 'file:///etc/passwd', 'data:image/png;base64,AAAA']) {
          onRequest({ url: asked }, ({ cancel }) => decisions.push({ url: asked, cancel }));
        }
      });
    });
    await pdf.render(request);

    expect(decisions).toEqual([
      { url: documentUrl, cancel: false },
      { url: 'https://tracker.example/pixel.png', cancel: true },
      { url: 'file:///etc/passwd', cancel: true },
      { url: 'data:image/png;base64,AAAA', cancel: false },
    ]);
    const printSession = fake.electron.session.fromPartition.mock.results[0]!.value;
    const requestHandler = printSession.setPermissionRequestHandler.mock.calls[0]![0] as (...a: unknown[]) => void;
    const callback = vi.fn();
    requestHandler({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((printSession.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean)()).toBe(false);
    // The session is made once and reused.
    await pdf.render(request);
    expect(fake.electron.session.fromPartition).toHaveBeenCalledTimes(1);
  });

  it('destroys the window and removes the file when printing fails', async () => {
    const { renderer: pdf } = await renderer();
    let loadedFile = '';
    const created: FakeWindow[] = [];
    fake.onNewWindow((window) => {
      created.push(window);
      window.loadURL.mockImplementation(async (url: string) => void (loadedFile = fileURLToPath(url)));
      window.webContents.printToPDF.mockRejectedValueOnce(new Error('Printing failed'));
    });
    await expect(pdf.render(request)).rejects.toThrow('Printing failed');
    expect(created[0]!.destroy).toHaveBeenCalled();
    expect(existsSync(loadedFile)).toBe(false);
  });
});

describe('Electron folder revealer', () => {
  it('hands the path to shell.showItemInFolder', async () => {
    const { electronFolderRevealer } = await import('../../../electron/adapters/electron-ports');
    electronFolderRevealer.showItemInFolder('/home/ana/Packets/Harbor.pdf');
    expect(fake.electron.shell.showItemInFolder).toHaveBeenCalledWith('/home/ana/Packets/Harbor.pdf');
  });
});
