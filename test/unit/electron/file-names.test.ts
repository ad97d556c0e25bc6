// A file name main writes under: never a folder, never a name Windows keeps for a device.
import { describe, expect, it } from 'vitest';
import { plainFileNameSchema } from '../../../shared/ipc/files-contract';

describe('plain file names', () => {
  it.each(['Statement - Harbor Point.pdf', 'Acme (2026-11).csv', 'COM10.csv', 'console.pdf', 'Lpt.csv', 'Nullarbor Freight.pdf'])(
    'accepts %s',
    (name) => {
      expect(plainFileNameSchema.safeParse(name).success).toBe(true);
    },
  );

  it.each([
    'CON',
    'con.pdf',
    'NUL.csv',
    'nul .csv',
    'PRN',
    'AUX.txt',
    'COM1',
    'com9.pdf',
    'LPT1.csv',
    'COM¹',
    'com².pdf',
    'LPT³.csv',
    'CON   .pdf',
  ])('refuses the device name %s', (name) => {
    const result = plainFileNameSchema.safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('This file name is reserved by Windows; choose another.');
  });

  it.each(['../escape.pdf', 'folder/file.csv', 'C:\\\\x.pdf', 'name.', '..', 'a\u0007b.pdf'])('refuses %s', (name) => {
    expect(plainFileNameSchema.safeParse(name).success).toBe(false);
  });
});
