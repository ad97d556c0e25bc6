import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../shared/common/error-message';
import { storageProblemSentences } from '../../../shared/common/storage-problem';

describe('errorMessage', () => {
  it('keeps our own sentences', () => {
    expect(errorMessage(new Error('This call is already closed.'))).toBe('This call is already closed.');
    expect(errorMessage({ message: 'From main.' })).toBe('From main.');
    expect(errorMessage('plain text')).toBe('plain text');
  });

  it('tells a full disk in plain words, also when Dexie wraps it in a transaction abort', () => {
    const quota = { name: 'QuotaExceededError', message: 'QuotaExceededError: The quota has been exceeded.' };
    expect(errorMessage({ name: 'AbortError', message: 'Transaction aborted', inner: quota })).toBe(storageProblemSentences['disk-full']);
    expect(errorMessage(new Error('wrapped', { cause: quota }))).toBe(storageProblemSentences['disk-full']);
  });

  it('tells storage that stopped answering apart from other failures', () => {
    expect(errorMessage({ name: 'DatabaseClosedError', message: 'Database has been closed' })).toBe(
      storageProblemSentences['storage-closed'],
    );
    expect(errorMessage(new TypeError('x is undefined'))).toBe('x is undefined');
  });

  it('stops on an error that wraps itself', () => {
    const loop: { name: string; message: string; inner?: unknown } = { name: 'AbortError', message: 'loop' };
    loop.inner = loop;
    expect(errorMessage(loop)).toBe('loop');
  });
});
