import { describe, expect, it } from 'vitest';
import { createImportFileService } from '../../../../electron/services/import/import-file-service';
import { createScriptedDialogs } from '../../../host/scripted-dialogs';
import { createMemoryFileSystem } from '../files/memory-file-system';

const report = '/Users/ana/Downloads/AR Aging Detail.csv';

function setup(files: Record<string, Uint8Array | string>, sizeLimit = 1_000) {
  const fs = createMemoryFileSystem(files);
  const reads: string[] = [];
  const read = fs.read.bind(fs);
  fs.read = async (file) => {
    reads.push(file);
    return read(file);
  };
  const dialogs = createScriptedDialogs();
  return { fs, reads, dialogs, service: createImportFileService({ dialogs, fs, sizeLimit }) };
}

describe('import: opening a file', () => {
  it('asks with an open dialog and hands back the chosen file’s name and bytes', async () => {
    const { dialogs, service } = setup({ [report]: 'Customer,Num,Open Balance\nAcme,1001,250.00\n' });
    dialogs.queueOpenPath(report);
    const result = await service.openFile();
    expect(result).toMatchObject({ opened: true, fileName: 'AR Aging Detail.csv' });
    expect(result.opened && new TextDecoder().decode(result.bytes)).toBe('Customer,Num,Open Balance\nAcme,1001,250.00\n');
    expect(dialogs.asked).toEqual([{ kind: 'open', title: 'Import from your books' }]);
  });

  it('offers the spreadsheet and report types first, and every file after', async () => {
    const asked: { name: string; extensions: string[] }[][] = [];
    const service = createImportFileService({
      dialogs: { chooseOpenPath: async ({ filters }) => (asked.push(filters), null) },
      fs: createMemoryFileSystem(),
    });
    await service.openFile();
    expect(asked[0]).toEqual([
      { name: 'Reports and lists (CSV, Excel, IIF)', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'xls', 'iif'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('reads nothing when the user cancels', async () => {
    const { reads, service } = setup({ [report]: 'x' });
    expect(await service.openFile()).toEqual({ opened: false });
    expect(reads).toEqual([]);
  });

  it('refuses a file over the limit with its size and the limit, without reading it', async () => {
    const { dialogs, reads, service } = setup({ [report]: new Uint8Array(1_001) });
    dialogs.queueOpenPath(report);
    expect(await service.openFile()).toEqual({ opened: false, tooLarge: true, fileName: 'AR Aging Detail.csv', size: 1_001, limit: 1_000 });
    expect(reads).toEqual([]);
  });

  it('reads a file of exactly the limit', async () => {
    const { dialogs, service } = setup({ [report]: new Uint8Array(1_000) });
    dialogs.queueOpenPath(report);
    expect(await service.openFile()).toMatchObject({ opened: true });
  });

  it('says which file could not be opened when it cannot be read', async () => {
    const { fs, dialogs, service } = setup({ [report]: 'x' });
    fs.denyReading(report);
    dialogs.queueOpenPath(report);
    await expect(service.openFile()).rejects.toThrow('Call Desk could not open "AR Aging Detail.csv".');
  });
});
