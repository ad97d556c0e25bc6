import { describe, expect, it } from 'vitest';
import { errorMessage, storageProblemOf } from '../../../shared/common/error-message';

describe('errorMessage', () => {
  it('keeps our own sentences', () => {
    expect(errorMessage(new Error('This call is already closed.'))).toBe('This call is already closed.');
    expect(errorMessage({ message: 'From main.' })).toBe('From main.');
    expect(errorMessage('plain text')).toBe('plain text');
  });

  it('tells a full disk in plain words, also when Dexie wraps it in a transaction abort', () => {
    const quota = { name: 'QuotaExceededError', message: 'QuotaExceededError: The quota has been exceeded.' };
    const aborted = { name: 'AbortError', message: 'Transaction aborted', inner: quota };
    expect(storageProblemOf(aborted)).toBe('disk-full');
    expect(errorMessage(aborted)).toBe('The disk is full, so this was not saved. Free some space on this computer and try again.');
    expect(storageProblemOf(new Error('wrapped', { cause: quota }))).toBe('disk-full');
  });

  it('tells storage that stopped answering apart from other failures', () => {
    expect(storageProblemOf({ name: 'DatabaseClosedError', message: 'Database has been closed' })).toBe('storage-unavailable');
    expect(errorMessage({ name: 'UnknownError', message: 'Internal error opening backing store' })).toMatch(/could not reach its stored data/);
    expect(storageProblemOf(new TypeError('x is undefined'))).toBeNull();
  });

  it('stops on an error that wraps itself', () => {
    const loop: { name: string; message: string; inner?: unknown } = { name: 'AbortError', message: 'loop' };
    loop.inner = loop;
    expect(errorMessage(loop)).toBe('loop');
  });
});
